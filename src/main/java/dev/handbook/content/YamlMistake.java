package dev.handbook.content;

import dev.handbook.problem.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a writer did wrong when front matter is not valid YAML. The YAML parser names what it met where it
 * gave up, which is often the line after the mistake and always in the parser's terms; this looks at the lines
 * around that place for the usual mistakes (a tab, no space after a colon, a quote left open, a line indented by
 * accident, a colon inside a value) and points at the one it finds, with the fix.
 */
final class YamlMistake {
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*)([A-Za-z][A-Za-z0-9_-]*):([^\\s:/])");
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*)(?:- )?([^\\s:#][^:#]*?):(?:\\s+(.*))?$");

    private YamlMistake() {
    }

    /**
     * The problem to report.
     *
     * @param path      the file's display path
     * @param yaml      the front matter's text
     * @param firstLine the file line that text starts on
     * @param atLine    the 0-based line of the text the parser stopped at, or -1 when it did not say
     * @param atColumn  the 0-based column there, or -1
     * @param said      the parser's own words, e.g. {@code mapping values are not allowed here}
     * @param context   what the parser was doing, e.g. {@code while scanning a quoted scalar}, or empty
     */
    static Problem explain(String path, int firstLine, String yaml, int atLine, int atColumn, String said,
                           String context) {
        List<String> lines = yaml.lines().toList();
        String parser = said + " " + context;
        for (int i = 0; i < lines.size() && i <= Math.max(atLine, 0); i++) {
            int tab = leadingTab(lines.get(i));
            if (tab >= 0) {
                return new Problem(path, firstLine + i, tab + 1, "a tab indents this line, and YAML does not allow"
                        + " tabs", "indent with spaces instead");
            }
        }
        if (atLine >= 0) {
            for (int i = Math.min(atLine, lines.size() - 1); i >= 0 && i >= atLine - 1; i--) {
                Matcher m = NO_SPACE.matcher(lines.get(i));
                if (m.find()) {
                    return new Problem(path, firstLine + i, m.end(2) + 1, "there is no space after the colon of \""
                            + m.group(2) + "\"", "write " + m.group(2) + ": " + lines.get(i).substring(m.end(2) + 1)
                            .strip());
                }
            }
        }
        if (parser.contains("end of stream") || parser.contains("quoted scalar")) {
            for (int i = 0; i < lines.size(); i++) {
                int open = unclosedQuote(lines.get(i));
                if (open >= 0) {
                    char quote = lines.get(i).charAt(open);
                    return new Problem(path, firstLine + i, open + 1, "the quote that starts this value is not"
                            + " closed", "end the value with " + quote + " on the same line, or leave the quote out");
                }
            }
        }
        if (atLine >= 0 && atLine < lines.size()) {
            String line = lines.get(atLine);
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
            boolean nested = parser.contains("mapping values are not allowed") || parser.contains("expected <block end>");
            if (indented && nested && previousHasValue(lines, atLine)) {
                return new Problem(path, firstLine + atLine, 1, "this line is indented, so YAML takes it as part of"
                        + " the line above", "remove the spaces at its start; only the lines under a group such as"
                        + " \"fields:\" are indented");
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (parser.contains("mapping values are not allowed") && m.matches() && m.group(3) != null) {
                return new Problem(path, firstLine + atLine, m.start(3) + 1, "this value holds \": \", which YAML"
                        + " reads as another key", "put the value in quotes: " + m.group(1) + m.group(2) + ": \""
                        + m.group(3).replace("\"", "\\\"") + "\"");
            }
        }
        return new Problem(path, atLine < 0 ? firstLine : firstLine + atLine, atColumn < 0 ? 0 : atColumn + 1,
                "this is not valid YAML: " + said,
                "front matter is \"key: value\" lines; quote a value that contains \": \" or starts with a special"
                        + " character");
    }

    /** The index of a tab among the spaces that start the line, or -1. */
    private static int leadingTab(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return i;
            }
            if (c != ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** The index of a quote that opens a line's value and is not closed on the line, or -1. */
    private static int unclosedQuote(String line) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches() || m.group(3) == null || m.group(3).isEmpty()) {
            return -1;
        }
        String value = m.group(3).strip();
        char quote = value.charAt(0);
        if (quote != '"' && quote != '\'') {
            return -1;
        }
        boolean closed = value.length() > 1 && value.charAt(value.length() - 1) == quote
                && (quote == '\'' || value.charAt(value.length() - 2) != '\\');
        return closed ? -1 : m.start(3);
    }

    /** Whether the nearest line above with text is a key with a value of its own, which nothing can nest under. */
    private static boolean previousHasValue(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                Matcher m = KEY_VALUE.matcher(lines.get(i));
                return m.matches() && m.group(3) != null && !m.group(3).isBlank();
            }
        }
        return false;
    }
}
