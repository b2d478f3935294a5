package dev.handbook.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both colour schemes of theme/assets/style.css meet WCAG 2.2 AA: 4.5:1 for text, 3:1 for borders of controls
 * and the focus ring. The colours are read from the stylesheet's own variables.
 */
class ContrastTest {
    private static final List<String[]> TEXT = List.of(new String[] {"text", "bg"}, new String[] {"muted", "bg"},
            new String[] {"text", "surface"}, new String[] {"muted", "surface"}, new String[] {"link", "bg"},
            new String[] {"link", "surface"}, new String[] {"link-visited", "bg"}, new String[] {"accent-text", "accent"},
            new String[] {"mark-text", "mark-bg"});
    private static final List<String[]> NON_TEXT = List.of(new String[] {"border", "bg"},
            new String[] {"border", "surface"}, new String[] {"focus", "bg"}, new String[] {"focus", "surface"});

    private static Map<String, String> variables(String scheme) throws IOException {
        String css = Files.readString(Path.of("theme/assets/style.css"));
        Matcher block = Pattern.compile(":root\\[data-theme=" + scheme + "\\]\\s*\\{([^}]*)\\}").matcher(css);
        assertTrue(block.find(), "the stylesheet has a " + scheme + " scheme");
        Map<String, String> vars = new HashMap<>();
        Matcher var = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(block.group(1));
        while (var.find()) {
            vars.put(var.group(1), var.group(2));
        }
        return vars;
    }

    static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyPairMeetsAA(String scheme) throws IOException {
        Map<String, String> vars = variables(scheme);
        for (String[] pair : TEXT) {
            double r = ratio(vars.get(pair[0]), vars.get(pair[1]));
            assertTrue(r >= 4.5, scheme + ": " + pair[0] + " on " + pair[1] + " is " + String.format("%.2f", r));
        }
        for (String[] pair : NON_TEXT) {
            double r = ratio(vars.get(pair[0]), vars.get(pair[1]));
            assertTrue(r >= 3.0, scheme + ": " + pair[0] + " on " + pair[1] + " is " + String.format("%.2f", r));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theSystemSchemeUsesTheSameColoursAsTheChosenOne(String scheme) throws IOException {
        String css = Files.readString(Path.of("theme/assets/style.css"));
        String system = scheme.equals("light") ? css.substring(css.indexOf(":root {"), css.indexOf("@media (prefers"))
                : css.substring(css.indexOf("@media (prefers-color-scheme: dark)"), css.indexOf("*, *::before"));
        for (Map.Entry<String, String> var : variables(scheme).entrySet()) {
            assertTrue(system.contains("--" + var.getKey() + ": " + var.getValue() + ";"),
                    scheme + " --" + var.getKey() + " differs between the system and the chosen scheme");
        }
    }
}
