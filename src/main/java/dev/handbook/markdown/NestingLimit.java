package dev.handbook.markdown;

import java.util.Optional;

/**
 * How deeply a guide may nest quotes and lists. The Markdown parser and renderer recurse once a level, so a file of
 * a thousand nested quotes would exhaust the stack, and one of ten thousand nested lists would take minutes first;
 * a line is looked at before any of that, in time that grows with its length only. No guide needs a tenth of it.
 */
final class NestingLimit {
    /** The most quote and list markers a line may start with. */
    static final int MARKERS = 20;
    /** The most columns a line may be indented, which nests lists too. */
    static final int INDENT = 100;
    /** The most HTML elements a guide's raw HTML may nest inside each other. */
    static final int ELEMENTS = 50;

    private NestingLimit() {
    }

    /**
     * The first line that nests too deeply, if there is one.
     *
     * @param body the Markdown
     * @return the line's offset in {@code body} and what is wrong
     */
    static Optional<Finding> check(String body) {
        boolean fenced = false;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            end = end < 0 ? body.length() : end;
            int at = start;
            int columns = 0;
            while (at < end && (body.charAt(at) == ' ' || body.charAt(at) == '\t')) {
                columns += body.charAt(at) == '\t' ? 4 : 1;
                at++;
            }
            if (body.startsWith("```", at) || body.startsWith("~~~", at)) {
                fenced = !fenced;
            } else if (!fenced) {
                if (columns > INDENT) {
                    return Optional.of(new Finding(start, "this line is indented " + columns
                            + " columns, which nests lists deeper than a guide may (" + INDENT + " columns at most)",
                            "flatten the list, or put the text in a ``` block"));
                }
                int markers = markers(body, at, end);
                if (markers > MARKERS) {
                    return Optional.of(new Finding(start, "this line starts " + markers
                            + " quotes or lists inside each other; a guide may nest " + MARKERS + " at most",
                            "flatten the quotes or lists"));
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** The number of quote and list markers at the start of a line, from {@code at}, spaces between them skipped. */
    private static int markers(String body, int at, int end) {
        int markers = 0;
        while (at < end) {
            char c = body.charAt(at);
            int next = at + 1;
            if (c == '>') {
                markers++;
            } else if ((c == '-' || c == '*' || c == '+') && next < end && body.charAt(next) == ' ') {
                markers++;
            } else if (Character.isDigit(c)) {
                while (next < end && Character.isDigit(body.charAt(next))) {
                    next++;
                }
                if (next + 1 < end && (body.charAt(next) == '.' || body.charAt(next) == ')')
                        && body.charAt(next + 1) == ' ') {
                    markers++;
                    next++;
                } else {
                    return markers;
                }
            } else if (c != ' ' && c != '\t') {
                return markers;
            }
            at = next;
        }
        return markers;
    }
}
