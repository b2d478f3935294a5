package dev.handbook.message;

import dev.handbook.content.Names;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Parses template text into segments: {@code [Placeholder]}, {@code {choice}} on a line of its own or
 * within a line, and the escapes {@code \[ \] \{ \} \\} for literal characters.
 */
final class TemplateText {

    /**
     * Where the text starts in the file, to report problems at the right line and column.
     *
     * @param placed where each placeholder, as written, is, in the order they were met: shared by every text of one
     *               template, so that a placeholder can be compared with the others
     */
    record Origin(String path, int line, int column, Placed placed) {
        Problem at(String text, int offset, String message) {
            int line = this.line;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = (line == this.line ? this.column : 1) + (offset - lineStart);
            return Problem.at(path, line, column, message);
        }
    }

    /** The placeholders of one template as written, each with where it first is and how often it is used. */
    static final class Placed {
        private final Map<String, Problem> first = new LinkedHashMap<>();
        private final Map<String, Integer> uses = new HashMap<>();

        void add(String written, Problem at) {
            first.putIfAbsent(written, at);
            uses.merge(written, 1, Integer::sum);
        }

        /** Each placeholder as written, in the order first met, with where it first is. */
        Map<String, Problem> first() {
            return Collections.unmodifiableMap(first);
        }

        /** How many times the placeholder is written. */
        int uses(String written) {
            return uses.getOrDefault(written, 0);
        }
    }

    private TemplateText() {
    }

    /**
     * Parses text into segments.
     *
     * @param choices the choices a body may use; empty where {@code {choice}} is not allowed (subject, options)
     */
    static List<Segment> parse(String text, Origin origin, java.util.Set<String> choices, Problems problems) {
        boolean allowChoices = !choices.isEmpty();
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "[]{}\\".indexOf(text.charAt(i + 1)) >= 0) {
                literal.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                int close = findClose(text, i, ']');
                if (close < 0) {
                    problems.add(origin.at(text, i, "this \"[\" is not closed on the same line")
                            .withHint("write a placeholder as [Your Name]; for a literal bracket write \\["));
                    literal.append(c);
                    i++;
                    continue;
                }
                String name = text.substring(i + 1, close);
                if (name.isBlank()) {
                    problems.add(origin.at(text, i, "empty placeholder \"" + text.substring(i, close + 1) + "\"")
                            .withHint("name what goes here, e.g. [Company Name]"));
                } else if (name.contains("[") || name.contains("{")) {
                    problems.add(origin.at(text, i, "a placeholder cannot contain \"[\" or \"{\"")
                            .withHint("for a literal bracket write \\[ or \\{"));
                } else {
                    flush(literal, segments);
                    segments.add(new Segment.Field(fieldId(name), text.substring(i, close + 1)));
                    origin.placed().add(text.substring(i, close + 1), origin.at(text, i, ""));
                }
                i = close + 1;
            } else if (c == '{') {
                int close = findClose(text, i, '}');
                if (close < 0) {
                    problems.add(origin.at(text, i, "this \"{\" is not closed on the same line")
                            .withHint("write a choice as {reason}; for a literal brace write \\{"));
                    literal.append(c);
                    i++;
                    continue;
                }
                String id = text.substring(i + 1, close).trim();
                if (!allowChoices) {
                    problems.add(origin.at(text, i, "a choice {" + id + "} can only be used in the message body,"
                            + " after its declaration under \"choices:\"")
                            .withHint("for a literal brace write \\{"));
                } else if (!Names.isName(id)) {
                    problems.add(origin.at(text, i, "\"{" + id + "}\" is not a choice name")
                            .withHint("choice names are lowercase words joined by hyphens, e.g. {keep-in-touch};"
                                    + " for a literal brace write \\{"));
                } else if (!choices.contains(id)) {
                    problems.add(origin.at(text, i, "unknown choice {" + id + "}").withHint(
                            dev.handbook.problem.Suggest.closest(id, choices).map(s -> "did you mean {" + s + "}? ")
                                    .orElse("") + "declare it under \"choices:\" in the front matter"));
                } else {
                    flush(literal, segments);
                    segments.add(new Segment.ChoiceRef(id, "", ""));
                }
                i = close + 1;
            } else if (c == ']' || c == '}') {
                problems.add(origin.at(text, i, "this \"" + c + "\" has no opening \"" + (c == ']' ? '[' : '{')
                        + "\"").withHint("for a literal bracket write \\" + c));
                literal.append(c);
                i++;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, segments);
        return absorbLineBreaks(segments);
    }

    /** The id of a placeholder name: lowercase letters and digits joined by hyphens. */
    static String fieldId(String name) {
        String id = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "field" : id;
    }

    private static int findClose(String text, int open, char closing) {
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == closing) {
                return j;
            }
        }
        return -1;
    }

    private static void flush(StringBuilder literal, List<Segment> segments) {
        if (literal.length() > 0) {
            segments.add(new Segment.Text(literal.toString()));
            literal.setLength(0);
        }
    }

    /**
     * A choice alone on its line takes that line's break with it, so that an empty choice removes its line;
     * one that stood between two blank lines also takes one of them, and one at the very start or end takes
     * every break beside it. A non-empty choice puts them back.
     */
    private static List<Segment> absorbLineBreaks(List<Segment> in) {
        List<Segment> out = new ArrayList<>(in);
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Segment.ChoiceRef choice)) {
                continue;
            }
            String before = k > 0 && out.get(k - 1) instanceof Segment.Text t ? t.text() : null;
            String after = k + 1 < out.size() && out.get(k + 1) instanceof Segment.Text t ? t.text() : null;
            boolean startsLine = k == 0 || (before != null && before.endsWith("\n"));
            boolean endsLine = k == out.size() - 1 || (after != null && after.startsWith("\n"));
            if (!startsLine || !endsLine) {
                continue;
            }
            if (after != null) {
                int breaks = k == 0 ? leadingBreaks(after)
                        : before.endsWith("\n\n") && after.startsWith("\n\n") ? 2 : 1;
                out.set(k, new Segment.ChoiceRef(choice.id(), "", after.substring(0, breaks)));
                replaceText(out, k + 1, after.substring(breaks));
            } else if (before != null) {
                int breaks = trailingBreaks(before);
                out.set(k, new Segment.ChoiceRef(choice.id(), before.substring(before.length() - breaks), ""));
                replaceText(out, k - 1, before.substring(0, before.length() - breaks));
                k = Math.max(0, k - 1);
            }
        }
        return List.copyOf(out);
    }

    private static void replaceText(List<Segment> segments, int index, String text) {
        if (text.isEmpty()) {
            segments.remove(index);
        } else {
            segments.set(index, new Segment.Text(text));
        }
    }

    private static int leadingBreaks(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == '\n') {
            n++;
        }
        return n;
    }

    private static int trailingBreaks(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(text.length() - 1 - n) == '\n') {
            n++;
        }
        return n;
    }
}
