package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.content.Names;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.problem.Suggest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders guide bodies. Build one and share it: the flexmark parser, renderer and HTML allow-list are
 * immutable and thread-safe once built.
 */
public final class MarkdownRenderer {
    /** The info string of a fenced block that embeds a message template. */
    public static final String EMBED_INFO = "template";

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Evaluator HEADINGS = QueryParser.parse("h2[id], h3[id]");

    /** flexmark's options: its extensions, and how it renders headings, line breaks and tables. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new QuickAutolink(),
                    TypographicExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlAllowList allowed = new HtmlAllowList();
    private final CheckedBody.Checker checker;

    /**
     * Configures flexmark and the allow-list for raw HTML.
     *
     * @param checker the page verifier's rules, run on each rendered body while it is parsed
     */
    public MarkdownRenderer(CheckedBody.Checker checker) {
        this.checker = checker;
        parser = Parser.builder(OPTIONS).build();
        renderer = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(opts -> new EmbedRenderer())
                .nodeRendererFactory(opts -> new PlainTextRenderer()).build();
    }

    /**
     * A body rendered, and what later stages read of its text.
     *
     * @param markdown the rendering
     * @param text     its prose and its sections
     */
    public record Rendering(RenderedMarkdown markdown, BodyText text) {
        static final Rendering NOTHING = new Rendering(RenderedMarkdown.NOTHING, BodyText.NONE);
    }

    /**
     * Renders a guide body.
     *
     * @param path     the guide's display path, for problems, e.g. {@code content/guides/x.md}
     * @param body     the Markdown after the front matter
     * @param bodyLine the file line on which {@code body} starts
     * @param links    where other guides are published
     * @param problems receives unsafe HTML, unsafe or broken links and malformed embeds
     */
    public RenderedMarkdown render(String path, String body, int bodyLine, GuideLinks links, Problems problems) {
        return renderWithText(path, body, bodyLine, links, problems).markdown();
    }

    /** Renders a guide body as {@link #render} does, and reads its prose and sections from the same parse. */
    public Rendering renderWithText(String path, String body, int bodyLine, GuideLinks links, Problems problems) {
        Positions positions = new Positions(body, bodyLine);
        Optional<Finding> tooDeep = NestingLimit.check(body);
        if (tooDeep.isPresent()) {
            RenderedMarkdown.SourcePosition at = positions.of(tooDeep.get().offset());
            problems.add(new Problem(path, at.line(), at.column(), tooDeep.get().message(), tooDeep.get().hint()));
            return Rendering.NOTHING;
        }
        try {
            return render(path, body, positions, links, problems);
        } catch (StackOverflowError e) {
            // the limit above keeps guides far from this; should one still get here, it is the writer's to fix
            problems.add(new Problem(path, bodyLine, 1, "this guide nests quotes, lists or HTML too deeply to render",
                    "flatten the deepest part"));
            return Rendering.NOTHING;
        }
    }

    private Rendering render(String path, String body, Positions positions, GuideLinks links,
                                    Problems problems) {
        com.vladsch.flexmark.util.ast.Document document = parser.parse(body);
        String guidesRelative = path.contains("/guides/") ? path.substring(path.indexOf("/guides/") + 8) : path;
        Map<String, RenderedMarkdown.SourcePosition> linkPositions = new LinkedHashMap<>();
        List<RenderedMarkdown.Embed> embeds = new ArrayList<>();
        Scan scan = new Scan(path, guidesRelative, positions, links, linkPositions, embeds, problems,
                body.contains("{{") || body.contains("}}"));
        scan.visitor.visit(document);
        // every piece of raw HTML, whatever kind of node the parser made of it
        for (Node node : document.getDescendants()) {
            if ((node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)
                    && !(node.getParent() instanceof HtmlBlockBase)) {
                scan.report(allowed.raw(node.getChars().toString()), node.getStartOffset());
            }
        }

        if (scan.unsafe) {
            return Rendering.NOTHING; // no page is made from it, and its problems are all known
        }
        String html = renderer.render(document);
        // parsed once: checked as a whole, in case something unsafe reached it some other way, then read
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html, HtmlAllowList.BASE);
        scan.report(allowed.rendered(html, fragment.body(), body), 0);
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        for (Element heading : fragment.select(HEADINGS)) {
            headings.add(new RenderedMarkdown.Heading(heading.tagName().equals("h2") ? 2 : 3, heading.id(),
                    heading.text()));
        }
        List<BodyText.Section> sections = sections(fragment.body());
        int words = 0;
        for (BodyText.Section section : sections) {
            words += count(section.heading()) + count(section.text());
        }
        return new Rendering(new RenderedMarkdown(Utf8.of(html), List.copyOf(headings), List.copyOf(embeds),
                Map.copyOf(linkPositions), words, checker.check(path, fragment.body(), linkPositions,
                        new WrittenHtml(fragment.body(), html, body, headingIds(scan.headings), positions))),
                new BodyText(ProseReader.read(document, positions).prose(), sections));
    }

    /** Where each heading starts in the Markdown, by the id the renderer gave it. */
    private static Map<String, Integer> headingIds(List<Heading> headings) {
        Map<String, Integer> offsets = new HashMap<>();
        for (Heading heading : headings) {
            if (heading.getAnchorRefId() != null) {
                offsets.putIfAbsent(heading.getAnchorRefId(), heading.getStartOffset());
            }
        }
        return offsets;
    }

    /** The number of runs of non-white-space characters, e.g. 3 for {@code " a b  c "}. */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** The body split at its h2 and h3 headings; embedded templates left out. */
    private static List<BodyText.Section> sections(Element body) {
        List<BodyText.Section> sections = new ArrayList<>();
        String id = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Element child : body.children()) {
            if (child.tagName().equals("h2") || child.tagName().equals("h3")) {
                addSection(sections, id, heading, text);
                id = child.id();
                heading = child.text();
                text.setLength(0);
            } else if (!child.hasAttr(RenderedMarkdown.EMBED_ATTRIBUTE)) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(child.text());
            }
        }
        addSection(sections, id, heading, text);
        return List.copyOf(sections);
    }

    /** Adds a section, unless it is empty. */
    private static void addSection(List<BodyText.Section> sections, String id, String heading, StringBuilder text) {
        if (!heading.isEmpty() || text.length() > 0) {
            sections.add(new BodyText.Section(id, heading, text.toString().strip()));
        }
    }

    /** Walks the tree once: rewrites guide links, checks addresses and raw HTML, finds embeds. */
    private final class Scan {
        final NodeVisitor visitor;
        /** Whether unsafe HTML or an address with an unsafe scheme was reported. */
        boolean unsafe;
        private final String path;
        private final String guidesRelative;
        private final Positions positions;
        private final GuideLinks links;
        private final Map<String, RenderedMarkdown.SourcePosition> linkPositions;
        private final List<RenderedMarkdown.Embed> embeds;
        /** The headings, whose ids the renderer gives them. */
        final List<Heading> headings = new ArrayList<>();
        private final Problems problems;
        /** Whether the body has double braces anywhere; most have none, and then no text is looked at for them. */
        private final boolean anyBraces;

        Scan(String path, String guidesRelative, Positions positions, GuideLinks links,
             Map<String, RenderedMarkdown.SourcePosition> linkPositions, List<RenderedMarkdown.Embed> embeds,
             Problems problems, boolean anyBraces) {
            this.path = path;
            this.guidesRelative = guidesRelative;
            this.positions = positions;
            this.links = links;
            this.linkPositions = linkPositions;
            this.embeds = embeds;
            this.problems = problems;
            this.anyBraces = anyBraces;
            this.visitor = new NodeVisitor(
                    new VisitHandler<>(Link.class, node -> {
                        node.setUrl(BasedSequence.of(address(node.getUrl().unescape(), node.getUrl().getStartOffset())));
                        visitChildren(node);
                    }),
                    new VisitHandler<>(Image.class, node -> {
                        node.setUrl(BasedSequence.of(address(node.getUrl().unescape(), node.getUrl().getStartOffset())));
                        visitChildren(node);
                    }),
                    new VisitHandler<>(Reference.class, node ->
                            node.setUrl(BasedSequence.of(address(node.getUrl().unescape(),
                                    node.getUrl().getStartOffset())))),
                    new VisitHandler<>(AutoLink.class, node -> address(node.getUrl().toString(),
                            node.getUrl().getStartOffset())),
                    new VisitHandler<>(FencedCodeBlock.class, this::fencedBlock),
                    new VisitHandler<>(Heading.class, this::heading),
                    new VisitHandler<>(Text.class, this::braces));
        }

        private void visitChildren(Node node) {
            visitor.visitChildren(node);
        }

        /** Double braces in a guide's text are an attempt at a placeholder, which guides do not have. */
        private void braces(Text text) {
            if (!anyBraces || text.getParent() instanceof Code) {
                return; // none, or shown as written
            }
            String chars = SourceChars.of(text.getChars());
            int at = chars.indexOf("{{");
            at = at < 0 ? chars.indexOf("}}") : at;
            if (at >= 0) {
                RenderedMarkdown.SourcePosition where = positions.of(text.getStartOffset() + at);
                problems.add(new Problem(path, where.line(), where.column(), "double braces are not placeholders"
                        + " in a guide", "placeholders such as [Your Name] belong in a message template; to show"
                        + " braces as they are, put them in `backticks`"));
            }
        }

        /** The page's one {@code <h1>} is the guide's title; a heading of level 1 in the body would be a second. */
        private void heading(Heading heading) {
            headings.add(heading);
            if (heading.getLevel() == 1) {
                RenderedMarkdown.SourcePosition at = positions.of(heading.getStartOffset());
                problems.add(new Problem(path, at.line(), at.column(), "a guide has one heading of level 1, its"
                        + " title, which comes from the front matter", "make this one ## " + heading.getText()));
            }
            visitChildren(heading);
        }

        private void fencedBlock(FencedCodeBlock block) {
            String info = block.getInfo().toString().trim();
            if (!info.equals(EMBED_INFO)) {
                Suggest.nearMiss(info, List.of(EMBED_INFO)).ifPresent(embed -> {
                    RenderedMarkdown.SourcePosition near = positions.of(block.getInfo().getStartOffset());
                    problems.add(new Problem(path, near.line(), near.column(), "\"" + info + "\" is not \"" + embed
                            + "\", so this block would show as code instead of a message template",
                            "did you mean \"" + embed + "\"? Write ```" + embed + " above the template's name"));
                });
                return;
            }
            RenderedMarkdown.SourcePosition at = positions.of(block.getStartOffset());
            String name = block.getContentChars().toString().trim();
            if (name.isEmpty() || !Names.isName(name)) {
                problems.add(new Problem(path, at.line(), at.column(),
                        name.isEmpty() ? "the template block names no template"
                                : "\"" + name + "\" is not a template name",
                        "write the template's file name without .md on the line inside the block"));
                return;
            }
            embeds.add(new RenderedMarkdown.Embed(name, at));
        }

        /** Checks one link address and returns it as it should be rendered. */
        private String address(String url, int offset) {
            RenderedMarkdown.SourcePosition at = positions.of(offset);
            String rendered = rewrite(url.trim(), at);
            linkPositions.putIfAbsent(rendered, at);
            return rendered;
        }

        private String rewrite(String url, RenderedMarkdown.SourcePosition at) {
            if (url.isEmpty()) {
                problems.add(new Problem(path, at.line(), at.column(), "this link has no address", ""));
                return url;
            }
            if (SCHEME.matcher(url).find()) {
                String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
                if (!SAFE_SCHEMES.contains(scheme)) {
                    unsafe = true;
                    problems.add(new Problem(path, at.line(), at.column(),
                            "links with \"" + scheme + ":\" are not allowed",
                            "use http, https, mailto or tel addresses, or a relative link to a guide"));
                }
                return url;
            }
            if (url.startsWith("//") || url.startsWith("/")) {
                problems.add(new Problem(path, at.line(), at.column(),
                        "the link \"" + url + "\" starts with \"/\", which breaks when the handbook is not at the"
                                + " root of a site", "link to the guide's file instead, e.g. declining-a-job-offer.md"));
                return url;
            }
            int hash = url.indexOf('#');
            String file = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash);
            if (!file.endsWith(".md")) {
                return url;
            }
            String target = resolve(guidesRelative, decode(file));
            if (links.isDraft(target)) {
                problems.add(new Problem(path, at.line(), at.column(), "the guide " + relativeTo(guidesRelative,
                        target) + " is a draft, so it is not published and this link would lead nowhere",
                        "link to it once it is published, or publish it now: remove \"draft: true\" from its front"
                                + " matter"));
                return url;
            }
            return links.slugOf(target).map(slug -> "../" + slug + "/index.html" + fragment).orElseGet(() -> {
                String hint = Suggest.closest(target, links.slugByFile().keySet())
                        .map(s -> "did you mean \"" + relativeTo(guidesRelative, s) + "\"?")
                        .orElse("link to a file in content/guides/, relative to this one");
                problems.add(new Problem(path, at.line(), at.column(),
                        "broken link: there is no guide \"" + file + "\"", hint));
                return url;
            });
        }

        /** Reports what the allow-list found, at offsets from {@code start}. */
        void report(List<Finding> found, int start) {
            for (Finding one : found) {
                RenderedMarkdown.SourcePosition at = positions.of(start + one.offset());
                problems.add(new Problem(path, at.line(), at.column(), one.message(), one.hint()));
                unsafe = true;
            }
        }
    }

    private static String decode(String file) {
        try {
            return URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return file;
        }
    }

    /** Resolves a relative file link against the folder of the linking file; both relative to guides/. */
    static String resolve(String from, String link) {
        List<String> parts = new ArrayList<>(Arrays.asList(from.split("/")));
        parts.remove(parts.size() - 1);
        for (String part : link.split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                } else {
                    parts.add("..");
                }
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String relativeTo(String from, String target) {
        int depth = from.split("/").length - 1;
        return "../".repeat(depth) + target;
    }

    /** Replaces a template block with its marker; every other fenced block renders as usual. */
    private static final class EmbedRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            String name = block.getContentChars().toString().trim();
            if (block.getInfo().toString().trim().equals(EMBED_INFO) && Names.isName(name)) {
                html.line().raw(RenderedMarkdown.embedMarker(name)).line();
            } else {
                context.delegateRender();
            }
        }
    }

    /**
     * Writes text that flexmark's own renderer would write unchanged as it is. That renderer unescapes backslashes
     * and entities, turns {@code \r} into line ends and escapes {@code & < > "}, each in a pass over a copy of the
     * text, and most text has none of them: 7 % of a cold build's time went to those passes. Any other text is
     * rendered by flexmark.
     */
    private static final class PlainTextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = SourceChars.of(node.getChars());
            if (plain(text)) {
                html.raw(text);
            } else {
                context.delegateRender();
            }
        }

        static boolean plain(String text) {
            for (int i = 0; i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case '\\', '&', '\r', '<', '>', '"' -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
            return true;
        }
    }

    /** Turns offsets in the body into lines and columns in the file. */
    static final class Positions {
        private final int[] lineStarts;
        private final int firstLine;

        Positions(String text, int firstLine) {
            this.firstLine = firstLine;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        RenderedMarkdown.SourcePosition of(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            int line = index >= 0 ? index : -index - 2;
            return new RenderedMarkdown.SourcePosition(firstLine + line, offset - lineStarts[line] + 1);
        }
    }

}
