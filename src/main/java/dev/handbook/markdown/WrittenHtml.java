package dev.handbook.markdown;

import dev.handbook.markdown.RenderedMarkdown.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Where an element of a rendered body was written: a heading by the id the renderer gave it, and HTML the writer
 * wrote by its text, as flexmark copies raw HTML into its output as it is, so the element's start tag, as the
 * rendered HTML has it, is found in the Markdown, the same occurrence of the same text. For the latter the rendered
 * HTML is parsed again, this time noting where each element starts: only when an element that is not a heading is
 * asked about, which is when it has a problem, and once. Not thread-safe: one per body.
 */
final class WrittenHtml implements Function<Element, Optional<SourcePosition>> {
    private final Element body;
    private final String html;
    private final String markdown;
    private final Map<String, Integer> headings;
    private final MarkdownRenderer.Positions positions;
    private List<Element> tracked;

    /**
     * @param body      the body parsed as a fragment, whose elements are asked about
     * @param html      the rendered HTML it was parsed from
     * @param markdown  the Markdown it was rendered from
     * @param headings  where each heading with an id starts in the Markdown, by id
     * @param positions where each offset of the Markdown is in the writer's file
     */
    WrittenHtml(Element body, String html, String markdown, Map<String, Integer> headings,
                MarkdownRenderer.Positions positions) {
        this.body = body;
        this.html = html;
        this.markdown = markdown;
        this.headings = headings;
        this.positions = positions;
    }

    @Override
    public Optional<SourcePosition> apply(Element element) {
        String tag = element.tagName();
        Integer heading = headings.get(element.id());
        if (heading != null && tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1'
                && tag.charAt(1) <= '6') {
            return Optional.of(positions.of(heading));
        }
        // the same element of the same parse, by its place among the body's elements
        List<Element> all = body.getAllElements();
        int index = -1;
        for (int i = 0; i < all.size() && index < 0; i++) {
            index = all.get(i) == element ? i : -1;
        }
        if (tracked == null) {
            tracked = Jsoup.parse(html, HtmlAllowList.BASE, Parser.htmlParser().setTrackPosition(true)).body()
                    .getAllElements();
        }
        if (index < 0 || index >= tracked.size() || !tracked.get(index).tagName().equals(tag)) {
            return Optional.empty();
        }
        Range range = tracked.get(index).sourceRange();
        if (!range.isTracked() || range.end().pos() <= range.start().pos()) {
            return Optional.empty();
        }
        int start = range.start().pos();
        String startTag = html.substring(start, range.end().pos());
        // the n-th time the HTML has this start tag is the n-th time the Markdown has it
        int nth = 0;
        for (int from = html.indexOf(startTag); from >= 0 && from < start; from = html.indexOf(startTag, from + 1)) {
            nth++;
        }
        int at = markdown.indexOf(startTag);
        for (int i = 0; i < nth && at >= 0; i++) {
            at = markdown.indexOf(startTag, at + 1);
        }
        return at < 0 ? Optional.empty() : Optional.of(positions.of(at));
    }
}
