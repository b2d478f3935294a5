package dev.handbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML a guide may hold: simple elements and attributes, addresses with safe schemes, and comments written as
 * browsers read them. Checks each piece of raw HTML a writer wrote, and a rendered body as a whole, so that what
 * reaches a page passes whatever kind of node the Markdown parser made of it. Immutable and thread-safe.
 */
final class HtmlAllowList {
    /** The base that relative addresses resolve against while they are checked; never published. */
    static final String BASE = "https://handbook.invalid/guide/";
    /** A comment that browsers and jsoup both end where it seems to end: no "--" inside, not "<!-->". */
    private static final Pattern COMMENT = Pattern.compile("<!--(?!-?>)(?:(?!--)[\\s\\S])*-->");

    /** What a writer may write. */
    private final Safelist written = writable();
    /** What a rendered body may hold: what a writer may write, and what the renderer adds. */
    private final Safelist rendered = writable()
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("table", "class").addAttributes("code", "class")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("div", RenderedMarkdown.EMBED_ATTRIBUTE);

    private static Safelist writable() {
        return Safelist.relaxed()
                .preserveRelativeLinks(true)
                .addTags("abbr", "kbd", "mark", "details", "summary", "figure", "figcaption", "hr")
                .addAttributes(":all", "title", "lang", "dir")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel");
    }

    /** What is not allowed in one piece of raw HTML, e.g. {@code <span onclick="x()">}. */
    List<Finding> raw(String html) {
        List<Finding> found = declarations(html);
        Element body = Jsoup.parseBodyFragment(html, BASE).body();
        int depth = depth(body);
        if (depth > NestingLimit.ELEMENTS) {
            found.add(new Finding(0, "HTML elements are nested " + depth + " deep here; a guide may nest "
                    + NestingLimit.ELEMENTS + " at most", "close the elements you open"));
            return found;
        }
        for (Element element : body.getAllElements()) {
            elementProblems(element, written, tag -> 0, found);
        }
        return found;
    }

    /** How deeply elements are nested below {@code root}. */
    private static int depth(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        return deepest[0];
    }

    /**
     * What is not allowed in a rendered body, whatever it came from; an offset is where the element's tag first
     * appears in {@code source}, or 0.
     *
     * @param html   the rendered body
     * @param parsed the body parsed as a fragment against {@link #BASE}, which the caller reads on
     * @param source the Markdown it was rendered from
     */
    List<Finding> rendered(String html, Element parsed, String source) {
        SourceOffsets offsetOf = new SourceOffsets(source);
        List<Finding> found = new ArrayList<>();
        for (Finding declaration : declarations(html)) {
            found.add(new Finding(offsetOf.applyAsInt(html.substring(declaration.offset(),
                    declaration.offset() + 2)), declaration.message(), declaration.hint()));
        }
        for (Element element : parsed.getAllElements()) {
            elementProblems(element, rendered, tag -> offsetOf.applyAsInt("<" + tag), found);
        }
        return found;
    }

    /**
     * Markup that browsers and jsoup may read differently: comments not written as {@code <!-- text -->},
     * {@code <![CDATA[}, {@code <!DOCTYPE} and {@code <?…?>}.
     */
    private static List<Finding> declarations(String html) {
        List<Finding> found = new ArrayList<>();
        Matcher comment = COMMENT.matcher(html);
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            if (html.startsWith("<!--", at)) {
                if (comment.region(at, html.length()).lookingAt()) {
                    at = comment.end() - 1;
                    continue;
                }
                found.add(new Finding(at, "this HTML comment does not end as browsers end it, and could hide or"
                        + " reveal what follows", "write a comment as <!-- text --> with no -- inside it"));
                break;
            }
            if (html.startsWith("<!", at) || html.startsWith("<?", at)) {
                String what = html.substring(at, Math.min(html.length(), at + 9)).split("\\s")[0];
                found.add(new Finding(at, "\"" + what + "\" is not allowed in a guide",
                        "a guide's HTML is simple elements and <!-- comments --> only"));
            }
        }
        return found;
    }

    /**
     * Where a piece of markup first appears in the Markdown, in any case, or 0; worked out only for what is reported,
     * since nearly every body has nothing to report.
     */
    private static final class SourceOffsets implements ToIntFunction<String> {
        private final String source;
        private final Map<String, Integer> offsets = new HashMap<>();
        private String lower;

        SourceOffsets(String source) {
            this.source = source;
        }

        @Override
        public int applyAsInt(String start) {
            if (lower == null) {
                lower = source.toLowerCase(Locale.ROOT);
            }
            return offsets.computeIfAbsent(start, s -> Math.max(lower.indexOf(s), 0));
        }
    }

    /** Adds what is not allowed in one element, at the offset {@code offsetOf} gives for its tag name. */
    private static void elementProblems(Element element, Safelist safelist, ToIntFunction<String> offsetOf,
                                        List<Finding> found) {
        String tag = element.tagName();
        if (tag.equals("body")) {
            return;
        }
        if (!safelist.isSafeTag(tag)) {
            found.add(new Finding(offsetOf.applyAsInt(tag), "the HTML element <" + tag + "> is not allowed",
                    "use Markdown, or one of the simple elements such as <kbd>, <abbr>, <details>, <mark>, <table>"));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            if (safelist.isSafeAttribute(tag, element, attribute)) {
                continue;
            }
            boolean url = attribute.getKey().equals("href") || attribute.getKey().equals("src");
            found.add(new Finding(offsetOf.applyAsInt(tag), url
                    ? "the address \"" + attribute.getValue() + "\" in <" + tag + "> is not allowed"
                    : "the attribute " + attribute.getKey() + " on <" + tag + "> is not allowed",
                    url ? "use an http(s) address or a relative link" : "remove the attribute"));
        }
    }
}
