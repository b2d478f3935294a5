package dev.handbook.message;

import dev.handbook.content.FrontMatter;
import dev.handbook.content.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of a template, for the plain-language checks: its title, description and subject, and its message in
 * paragraphs between blank lines. A placeholder or a choice stands as one word, {@link Prose#CODE}.
 */
final class TemplateProse {
    private static final Pattern MARKED = Pattern.compile("\\[[^\\]\\n]*]|\\{[^}\\n]*}");

    private final List<Prose> blocks = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private List<Prose.Piece> pieces = new ArrayList<>();

    private TemplateProse() {
    }

    /**
     * The blocks of a template.
     *
     * @param body     its message, from the first line that is not blank
     * @param bodyLine the line that first line is on
     */
    static List<Prose> of(FrontMatter fm, String body, int bodyLine) {
        TemplateProse prose = new TemplateProse();
        prose.value(fm, "title", "heading");
        prose.value(fm, "description", "paragraph");
        prose.value(fm, "subject", "heading");
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                prose.end("paragraph");
            } else {
                if (!prose.text.isEmpty()) {
                    prose.add(" ", bodyLine + i, 1);
                }
                prose.line(lines[i], bodyLine + i, 1);
            }
        }
        prose.end("paragraph");
        return List.copyOf(prose.blocks);
    }

    private void value(FrontMatter fm, String key, String kind) {
        fm.string(key).filter(value -> !value.isBlank() && !value.contains("\n")).ifPresent(value -> {
            line(value, fm.valueLineOf(key), fm.valueColumnOf(key));
            end(kind);
        });
    }

    /** Adds a line of text written at a line and column, each placeholder and choice as one word. */
    private void line(String written, int line, int column) {
        Matcher marked = MARKED.matcher(written);
        int from = 0;
        while (marked.find()) {
            add(written.substring(from, marked.start()), line, column + from);
            add(String.valueOf(Prose.CODE), line, column + marked.start());
            from = marked.end();
        }
        add(written.substring(from), line, column + from);
    }

    private void add(String written, int line, int column) {
        if (!written.isEmpty()) {
            pieces.add(new Prose.Piece(text.length(), line, column));
            text.append(written);
        }
    }

    private void end(String kind) {
        if (!text.toString().isBlank()) {
            blocks.add(new Prose(kind, text.toString(), List.copyOf(pieces)));
        }
        text = new StringBuilder();
        pieces = new ArrayList<>();
    }
}
