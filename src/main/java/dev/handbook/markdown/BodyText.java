package dev.handbook.markdown;

import java.util.List;

/**
 * What later stages read of a guide body's text besides its HTML: its prose, for the plain-language checks, and its
 * sections, for search. Read while the body is rendered and handed to those stages at once: it is as large as the
 * body, so the memo does not keep it with the rendering.
 *
 * @param prose    the prose as a reader reads it
 * @param sections the text split at the h2 and h3 headings; the first has an empty id and heading when there is
 *                 text before the first heading
 */
public record BodyText(BodyProse prose, List<Section> sections) {

    /** The text of a body that could not be rendered. */
    public static final BodyText NONE = new BodyText(BodyProse.NONE, List.of());

    /**
     * The text under one heading.
     *
     * @param id      the heading's fragment id, e.g. {@code what-not-to-say}, or empty before the first heading
     * @param heading the heading's text, or empty
     * @param text    the text of the section's blocks, embedded templates left out
     */
    public record Section(String id, String heading, String text) {
    }
}
