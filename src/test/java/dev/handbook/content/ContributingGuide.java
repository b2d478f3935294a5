package dev.handbook.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What CONTRIBUTING.md tells writers, read so that tests can hold the code to it. */
public final class ContributingGuide {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

    private ContributingGuide() {
    }

    /** The keys in the first column of the tables under the heading that starts with {@code heading}. */
    public static Set<String> keysUnder(String heading) throws IOException {
        String text = Files.readString(Path.of("CONTRIBUTING.md"), StandardCharsets.UTF_8);
        int start = text.indexOf("\n" + heading);
        if (start < 0) {
            throw new AssertionError("CONTRIBUTING.md has no heading " + heading);
        }
        int end = text.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(text.substring(start, end < 0 ? text.length() : end));
        Set<String> keys = new LinkedHashSet<>();
        while (row.find()) {
            keys.add(row.group(1));
        }
        return keys;
    }
}
