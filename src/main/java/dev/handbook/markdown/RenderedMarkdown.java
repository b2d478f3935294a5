package dev.handbook.markdown;

import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import java.util.List;
import java.util.Map;

/**
 * A guide body rendered to HTML.
 *
 * @param html          the body's HTML; each embedded template is a marker {@link #embedMarker(String)}
 * @param headings      the h2 and h3 headings, in order, for the contents list
 * @param embeds        the templates embedded, in order
 * @param linkPositions where each link or image address in the HTML was written, by address as rendered
 * @param words         the number of words, for reading time, e.g. {@code 612}
 * @param checked       what the page verifier's rules found in the HTML, so that pages need not parse it again
 */
public record RenderedMarkdown(Utf8 html, List<Heading> headings, List<Embed> embeds,
                               Map<String, SourcePosition> linkPositions, int words, CheckedBody checked) {

    /** What a body that could not be rendered stands for; its problems say why, and no page is made from it. */
    public static final RenderedMarkdown NOTHING = new RenderedMarkdown(Utf8.EMPTY, List.of(), List.of(), Map.of(), 0,
            CheckedBody.NONE);

    /**
     * A heading.
     *
     * @param level 2 or 3
     * @param id    its fragment id, e.g. {@code what-not-to-say}
     * @param text  its text, e.g. {@code What not to say}
     */
    public record Heading(int level, String id, String text) {
    }

    /**
     * A template embedded in a guide.
     *
     * @param name     e.g. {@code decline-interview}
     * @param position where the embedding block starts
     */
    public record Embed(String name, SourcePosition position) {
    }

    /**
     * A line and column in the writer's file.
     *
     * @param line   1-based, e.g. {@code 42}
     * @param column 1-based, e.g. {@code 7}
     */
    public record SourcePosition(int line, int column) {
    }

    /**
     * The digest of the rendering: of its HTML, embeds and link positions, which determine the rest (the headings
     * and the word count are read from the HTML).
     */
    public Digest digest() {
        return Codec.digest(new Determined(html, embeds, linkPositions));
    }

    private record Determined(Utf8 html, List<Embed> embeds, Map<String, SourcePosition> linkPositions) {
    }

    /** The attribute of the element that stands where a template is embedded, until the page is rendered. */
    public static final String EMBED_ATTRIBUTE = "data-handbook-embed";

    /** How each marker of an embed starts; the template's name and {@code "></div>} follow. */
    public static final String MARKER_START = "<div " + EMBED_ATTRIBUTE + "=\"";

    /** The exact HTML that stands where a template is embedded, until the page is rendered. */
    public static String embedMarker(String name) {
        return MARKER_START + name + "\"></div>";
    }
}
