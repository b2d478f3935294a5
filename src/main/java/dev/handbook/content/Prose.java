package dev.handbook.content;

import java.util.List;

/**
 * A block of prose as a reader reads it (a paragraph, a list item, a heading, a table cell, a message's paragraph),
 * with where each piece of it was written, for the plain-language checks.
 *
 * @param kind   {@code paragraph}, {@code item} (a list item's paragraph), {@code heading} or {@code cell}
 * @param text   its text as a reader reads it; code and placeholders stand as the character {@link #CODE}
 * @param pieces where its text was written: each piece from its offset in the text up to the next piece's; at
 *               least one
 */
public record Prose(String kind, String text, List<Piece> pieces) {
    /** What stands for code or a placeholder in prose: one word, which no check matches. */
    public static final char CODE = '\uE000';

    /**
     * Where a piece of a block's text was written.
     *
     * @param at     its offset in the block's text
     * @param line   the line it starts on, e.g. {@code 12}
     * @param column the column, e.g. {@code 3}
     */
    public record Piece(int at, int line, int column) {
    }

    /** The line the block starts on. */
    public int line() {
        return pieces.get(0).line();
    }

    /** Where the character at an offset of the text was written, as {@code {line, column}}. */
    public Place placeOf(int at) {
        Piece piece = pieces.get(0);
        for (Piece next : pieces) {
            if (next.at() > at) {
                break;
            }
            piece = next;
        }
        return new Place(piece.line(), piece.column() + (at - piece.at()));
    }
}
