package dev.handbook.markdown;

import dev.handbook.markdown.RenderedMarkdown.SourcePosition;
import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * What the page verifier's rules found in a guide's rendered body, checked once from the Markdown stage's parse
 * of it, so that the pages that hold it need not parse it again. The verifier adds it to the checks of the page
 * around it: the problems as they are, the ids and headings to those of the page, the addresses resolved from
 * where the page is published.
 *
 * @param problems  what the body alone breaks, at the guide's lines
 * @param ids       the ids of its elements, in order, as often as each is used, with where each was written
 * @param sections  the ids of its h2 and h3 headings, in order
 * @param addresses every address it links to or loads, in order
 * @param h1s       where each of its {@code <h1>} elements was written, in order
 * @param fillers   how many elements it holds that look like a filler
 */
public record CheckedBody(List<Problem> problems, List<Id> ids, List<String> sections, List<Address> addresses,
                          List<SourcePosition> h1s, int fillers) {

    /** The body of nothing. */
    public static final CheckedBody NONE = new CheckedBody(List.of(), List.of(), List.of(), List.of(), List.of(), 0);

    /** Where a position is not known: line 0. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /**
     * An id in the body.
     *
     * @param id e.g. {@code what-to-say}
     * @param at where the element was written, or {@link #UNKNOWN}
     */
    public record Id(String id, SourcePosition at) {
    }

    /**
     * An address in the body.
     *
     * @param tag      the element's tag, e.g. {@code a}
     * @param url      the address as written in the HTML, e.g. {@code ../other/index.html#why}
     * @param resource whether the page loads it (an image) rather than links to it
     * @param at       where the element's link was written, or line 0 when that is not known
     */
    public record Address(String tag, String url, boolean resource, SourcePosition at) {
    }

    /** The verifier's rules, run on a body alone. Implementations are thread-safe. */
    public interface Checker {
        /**
         * Checks a rendered body.
         *
         * @param path          the guide's display path, e.g. {@code content/guides/x.md}
         * @param body          the body parsed as a fragment: its {@code <body>} element
         * @param linkPositions where each address in it was written
         * @param written       where an element of the body was written: a heading by its id, HTML the writer
         *                      wrote by its text; asked about elements with a problem or an id
         */
        CheckedBody check(String path, Element body, Map<String, SourcePosition> linkPositions,
                          Function<Element, Optional<SourcePosition>> written);
    }
}
