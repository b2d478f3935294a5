package dev.handbook.markdown;

import dev.handbook.content.Prose;
import java.util.List;

/**
 * What a reader reads of a guide body, for the plain-language checks: its blocks of prose, with where each was
 * written, and the HTML comments between blocks, some of which silence a check. Read while the body is rendered and
 * handed to the checks at once: it is as large as the body's text, so no stage keeps it.
 *
 * @param blocks   the paragraphs, list items, headings and table cells as a reader reads them
 * @param comments the HTML comments between blocks
 */
public record BodyProse(List<Prose> blocks, List<Comment> comments) {

    /** The prose of a body that could not be rendered. */
    public static final BodyProse NONE = new BodyProse(List.of(), List.of());

    /**
     * An HTML comment between blocks.
     *
     * @param line    the line it starts on
     * @param column  its column
     * @param endLine the line it ends on
     * @param text    what is between {@code <!--} and {@code -->}, stripped, e.g. {@code allow: long-sentence}
     */
    public record Comment(int line, int column, int endLine, String text) {
    }
}
