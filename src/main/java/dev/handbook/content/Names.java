package dev.handbook.content;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for the names writers give things: a guide's slug, a template's name, a choice's id. Lowercase
 * letters and digits, in words joined by single hyphens, e.g. {@code decline-interview}.
 */
public final class Names {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What a slug turns into one hyphen: runs of anything but letters and digits. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Names() {
    }

    /** Whether {@code text} is such a name, e.g. true for {@code decline-interview}, false for {@code Decline}. */
    public static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    /**
     * The name made from free text, as the folder of a category's or tag's page and a heading's id: lowercase
     * letters and digits of any script, other runs of characters made one hyphen, e.g. {@code job-offers} for
     * {@code Job offers!}; {@code section} if nothing is left.
     */
    public static String slug(String text) {
        String slug = EDGE_HYPHENS.matcher(NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "section" : slug;
    }
}
