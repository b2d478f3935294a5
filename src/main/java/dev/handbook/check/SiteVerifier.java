package dev.handbook.check;

import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.handbook.markdown.CheckedBody;
import dev.handbook.markdown.RenderedMarkdown.SourcePosition;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.message.Field;
import dev.handbook.message.Message;
import dev.handbook.message.MessageTemplate;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.problem.Suggest;
import dev.handbook.render.Page;
import dev.handbook.render.ScriptHash;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Checks a whole site in memory. Stateless; safe to share.
 *
 * <p>A guide's page is checked in two parts that together cover every byte of it: the guide's rendered body, by
 * {@link #check(String, Element, Map)} on the Markdown stage's parse of it (once per body, and memoised with it), and
 * the rest of the page, the theme's part and the fillers, which {@link #parse} parses without the body. The body's
 * findings are then added to the page's, its ids and headings to the page's, and its addresses resolved from where
 * the page is published, as if the page had been parsed whole.
 */
public final class SiteVerifier implements CheckedBody.Checker {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]+)");
    // selectors compiled once: jsoup evaluators are thread-safe, and parsing a selector per use was a
    // twentieth of a large build
    private static final Evaluator BODY = QueryParser.parse(".guide-body");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator POLICY = QueryParser.parse("head meta[http-equiv=Content-Security-Policy]");
    private static final Evaluator DESCRIPTION = QueryParser.parse("meta[name=description]");
    /** The schemes of the addresses a page may link to. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> SOURCES = Set.of("script", "img", "audio", "video", "source", "track", "embed",
            "input");
    /** What every page's Content-Security-Policy must say: only the site's own scripts and styles, no requests. */
    static final List<String> REQUIRED_POLICY = List.of("default-src 'none'", "script-src 'self'",
            "style-src 'self'", "connect-src 'none'", "form-action 'none'");

    private static final Pattern HASHED_SCRIPTS = Pattern.compile("script-src 'self'((?: 'sha256-[A-Za-z0-9+/]+=*')+)");
    private static final Pattern HASH = Pattern.compile("'sha256-([A-Za-z0-9+/]+=*)'");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The kinds of {@code <link>} that name the page elsewhere, and load nothing. */
    private static final Pattern NAMES_ELSEWHERE = Pattern.compile("(?i)canonical|alternate");

    /** A parsed page, ready to be checked against the others. */
    public record Parsed(Page page, Document document) {
    }

    /** Parses a page, without the guide's body when that was checked on its own; safe to run in parallel. */
    public Parsed parse(Page page) {
        return new Parsed(page, Jsoup.parse(page.checkedHtml()));
    }

    /** Runs the rules of single elements on a guide's rendered body alone; the page check adds the rest. */
    @Override
    public CheckedBody check(String path, Element body, Map<String, SourcePosition> linkPositions,
                             Function<Element, Optional<SourcePosition>> written) {
        Problems problems = new Problems();
        Page alone = new Page("", "", path, "", linkPositions, List.of(), List.of());
        PageCheck check = new PageCheck(alone, body, Set.of(), problems, new ArrayList<>());
        check.written = written;
        check.body();
        return new CheckedBody(problems.sorted(), List.copyOf(check.bodyIds), List.copyOf(check.sections),
                List.copyOf(check.addresses), List.copyOf(check.h1s), check.fillerCount);
    }

    /**
     * Checks every page against the whole site.
     *
     * @param pages       the parsed pages
     * @param otherFiles  the output paths of every file that is not a page (assets), e.g. {@code assets/style.css}
     * @return the problems found, sorted
     */
    public List<Problem> verify(List<Parsed> pages, Set<String> otherFiles) {
        return problemsOf(pages.stream().map(page -> check(page, otherFiles)).toList());
    }

    /**
     * What checking one page alone found: its problems, its ids, and its links to pages, which
     * {@link #resolve} checks once every page's ids are known. Holds no document.
     *
     * @param path     the page's output path, e.g. {@code guide/index.html}
     * @param problems the problems of the page alone
     * @param anchors  what links from other pages may name on it
     * @param links    its links to pages of the site, with or without a section
     */
    public record Checked(String path, List<Problem> problems, Anchors anchors, List<PageLink> links) {
    }

    /**
     * What links may name on a page, and what a writer knows it as.
     *
     * @param source   the file it was made from, e.g. {@code content/guides/x.md}
     * @param ids      the ids of its elements
     * @param sections the ids of its headings, in order, e.g. {@code [why, steps]}
     */
    public record Anchors(String source, Set<String> ids, List<String> sections) {
        /** A page that only needs to exist: what it holds does not matter. */
        public static final Anchors ANY = new Anchors("", Set.of(), List.of());
    }

    /**
     * A link to a page of the site, and where to report it if it is broken.
     *
     * @param target the output path it leads to, e.g. {@code other/index.html}
     * @param id     the section it names, or empty
     * @param url    the address as written
     * @param at     where a problem with it is reported
     */
    public record PageLink(String target, String id, String url, Where at) {

        Problem missingPage() {
            return at.problem("broken link: \"" + url + "\" leads to " + target + ", which the site does not have", "");
        }

        Problem missingSection(Anchors there) {
            List<String> known = there.sections().isEmpty() ? List.copyOf(there.ids()) : there.sections();
            String hint = Suggest.closest(id, known).map(s -> "did you mean #" + s + "?")
                    .orElse(there.sections().isEmpty() ? "it has no sections"
                            : "its sections: #" + String.join(", #", there.sections()));
            // a writer knows a guide by its file; other pages by where they are on the site
            String page = there.source().endsWith(".md") ? there.source() : target;
            return at.problem("broken link: " + page + " has no section \"#" + id + "\"", hint);
        }
    }

    /**
     * Where a problem is reported, decided while the element is at hand and made into a problem later.
     *
     * @param path   the file, e.g. {@code content/guides/x.md}
     * @param line   1-based, or 0
     * @param column 1-based, or 0
     * @param suffix what follows the message, e.g. {@code " (in x/index.html)"} for a problem in the theme
     */
    public record Where(String path, int line, int column, String suffix) {

        Problem problem(String message, String hint) {
            return new Problem(path, line, column, message + suffix, hint);
        }
    }

    /**
     * Checks one page on its own: everything but whether its links to other pages lead somewhere.
     *
     * @param otherFiles the output paths of every file that is not a page
     */
    public Checked check(Parsed parsed, Set<String> otherFiles) {
        Problems problems = new Problems();
        List<PageLink> links = new ArrayList<>();
        PageCheck check = new PageCheck(parsed.page(), parsed.document(), otherFiles, problems, links);
        check.run();
        return new Checked(parsed.page().outputPath(), problems.sorted(), new Anchors(parsed.page().sourcePath(),
                Set.copyOf(check.ids), List.copyOf(check.sections)), List.copyOf(links));
    }

    /**
     * Every problem of pages checked one by one: what checking each alone found, and its links to pages or
     * sections that do not exist among them. Sorted.
     */
    public List<Problem> problemsOf(List<Checked> pages) {
        Map<String, Anchors> idsByPage = new HashMap<>();
        pages.forEach(c -> idsByPage.put(c.path(), c.anchors()));
        Problems problems = new Problems();
        for (Checked c : pages) {
            problems.addAll(c.problems());
            problems.addAll(resolve(c.links(), idsByPage));
        }
        return problems.sorted();
    }

    /** The problems of links whose page or section does not exist, given what each page offers by output path. */
    public List<Problem> resolve(List<PageLink> links, Map<String, Anchors> anchorsByPage) {
        List<Problem> problems = new ArrayList<>();
        for (PageLink link : links) {
            Anchors there = anchorsByPage.get(link.target());
            if (there == null) {
                problems.add(link.missingPage());
            } else if (!link.id().isEmpty() && !there.ids().contains(link.id())) {
                problems.add(link.missingSection(there));
            }
        }
        return problems;
    }

    /** The checks of one page. */
    private static final class PageCheck {
        private final Page page;
        /** The page's document, or a guide's body alone. */
        private final Element root;
        /** Whether {@link #root} is a guide's body alone, whose every element is the guide's. */
        private final boolean bodyAlone;
        private final Set<String> otherFiles;
        private final Problems problems;
        private final List<PageLink> links;
        private final Set<String> ids = new HashSet<>();
        private final List<String> sections = new ArrayList<>();
        /** The hashes of the inline scripts the page's policy allows. */
        private final Set<String> scriptHashes = new HashSet<>();
        private URI base;
        /** Of a body alone: its ids, the addresses it links to, its h1 and filler elements. */
        private final List<CheckedBody.Id> bodyIds = new ArrayList<>();
        private final List<CheckedBody.Address> addresses = new ArrayList<>();
        private final List<SourcePosition> h1s = new ArrayList<>();
        private int fillerCount;
        /** Of a body alone: where the writer wrote an element as HTML. */
        private Function<Element, Optional<SourcePosition>> written = element -> Optional.empty();
        /** Where problems with the theme's part of the page are reported, once made. */
        private Where inTheme;

        PageCheck(Page page, Element root, Set<String> otherFiles, Problems problems, List<PageLink> links) {
            this.page = page;
            this.root = root;
            this.bodyAlone = !(root instanceof Document);
            this.otherFiles = otherFiles;
            this.problems = problems;
            this.links = links;
        }

        void run() {
            metadata((Document) root);
            elements();
        }

        void body() {
            elements();
        }

        private void metadata(Document doc) {
            if (doc.selectFirst(HTML_LANG) == null || doc.selectFirst(HTML).attr("lang").isBlank()) {
                theme("the page has no language (<html lang>)");
            }
            if (doc.title().isBlank()) {
                theme("the page has no <title>");
            }
            Element policy = doc.selectFirst(POLICY);
            if (policy == null) {
                theme("the page has no Content-Security-Policy <meta http-equiv> in its <head>");
            } else {
                List<String> directives = new ArrayList<>();
                for (String directive : policy.attr("content").split(";")) {
                    String plain = SPACES.matcher(directive.trim()).replaceAll(" ");
                    // the theme's own inline scripts, each allowed by its hash: "script-src 'self' 'sha256-…'"
                    Matcher hashed = HASHED_SCRIPTS.matcher(plain);
                    if (hashed.matches()) {
                        plain = "script-src 'self'";
                        Matcher hash = HASH.matcher(hashed.group(1));
                        while (hash.find()) {
                            scriptHashes.add(hash.group(1));
                        }
                    }
                    directives.add(plain);
                }
                for (String required : REQUIRED_POLICY) {
                    if (!directives.contains(required)) {
                        theme("the page's Content-Security-Policy lacks \"" + required + "\"");
                    }
                }
            }
            Element description = doc.selectFirst(DESCRIPTION);
            if (description == null || description.attr("content").isBlank()) {
                theme("the page has no meta description");
            }
        }

        /** Every rule that looks at single elements, in one walk over the document. */
        private void elements() {
            int h1 = 0;
            Element secondH1 = null;
            // template markup left over is raw "{{" or "}}" in the HTML; most pages have none to look for, and a
            // guide's own text was never a template: the Markdown stage reports braces there at their line
            boolean markupInText = !bodyAlone && leftover(page.checkedHtml());
            List<Element> fillers = new ArrayList<>();
            List<Element> unmade = new ArrayList<>();
            for (Element element : root.getAllElements()) {
                String tag = element.tagName();
                if (tag.equals("h1") && ++h1 == 2) {
                    secondH1 = element;
                }
                if (tag.equals("h1") && bodyAlone) {
                    h1s.add(writtenAt(element));
                }
                if ((tag.equals("h2") || tag.equals("h3")) && element.hasAttr("id") && inBody(element)
                        && !element.hasClass("filler-title")) {
                    sections.add(element.id());
                }
                if (element.hasAttr("id")) {
                    if (bodyAlone) {
                        bodyIds.add(new CheckedBody.Id(element.id(), writtenAt(element)));
                    } else if (!ids.add(element.id())) {
                        report(element, twice(element.id()), TWICE_HINT);
                    }
                }
                if (markupInText && !tag.equals("script") && !tag.equals("pre") && !tag.equals("code")
                        && !inBody(element)) {
                    leftovers(element);
                }
                addresses(element, tag);
                unsafe(element, tag);
                if (tag.equals("section") && element.hasClass("filler")) {
                    fillers.add(element);
                }
                // in a body alone, the markers are where the page will put the fillers
                if (!bodyAlone && element.hasAttr(RenderedMarkdown.EMBED_ATTRIBUTE)) {
                    unmade.add(element);
                }
            }
            if (bodyAlone) {
                fillerCount = fillers.size();
            } else {
                whole(h1, secondH1, fillers, unmade);
            }
        }

        /**
         * The rules of the page as a whole, with what the guide's body, checked apart, adds: its problems, its ids and
         * headings, its addresses, its {@code <h1>}s and anything in it that looks like a filler.
         */
        private void whole(int h1, Element secondH1, List<Element> fillers, List<Element> unmade) {
            CheckedBody body = page.body().orElse(CheckedBody.NONE);
            problems.addAll(body.problems());
            sections.addAll(0, body.sections());
            for (CheckedBody.Id id : body.ids()) {
                if (!ids.add(id.id())) {
                    problems.add(inGuide(id.at()).problem(twice(id.id()), TWICE_HINT));
                }
            }
            for (CheckedBody.Address address : body.addresses()) {
                link(new Origin(address.tag(), inGuide(address.at())), address.url(), address.resource());
            }
            int allH1 = h1 + body.h1s().size();
            if (allH1 != 1) {
                String message = "the page has " + allH1 + " <h1> headings; it must have exactly one";
                String hint = "use ## for headings inside a guide";
                // the second, if it is the guide's: the theme's part comes first
                problems.add(secondH1 == null && allH1 > 1 ? inGuide(body.h1s().get(1 - h1)).problem(message, hint)
                        : problem(secondH1, message, hint));
            }
            fillers(fillers, body.fillers(), unmade);
        }

        private static final String TWICE_HINT = "give the headings different titles, or embed each template once";

        private static String twice(String id) {
            return "the id \"" + id + "\" is used twice on this page";
        }

        private Where inGuide(SourcePosition at) {
            return new Where(page.sourcePath(), at.line(), at.column(), "");
        }

        /** Where an element of the guide's body was written, as well as that is known. */
        private SourcePosition writtenAt(Element element) {
            SourcePosition at = positionOf(element);
            return at != null ? at : written.apply(element).orElse(CheckedBody.UNKNOWN);
        }

        /** Whether an element is part of the guide's body, where problems point at the guide. */
        private boolean inBody(Element element) {
            return bodyAlone || element.closest(BODY) != null;
        }

        /**
         * What no page may hold, whoever wrote it: the second line of defence behind the guides' allow-list, which
         * it does not trust. Event handlers, refreshes and other {@code http-equiv} headers, forms that send, a
         * base address, embedded content and inline scripts.
         */
        private void unsafe(Element element, String tag) {
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    report(element, "the event handler " + key + " on <" + tag + "> is not allowed", "");
                } else if (key.equals("formaction")) {
                    report(element, "the attribute formaction on <" + tag + "> is not allowed", "");
                }
            }
            switch (tag) {
                case "meta" -> {
                    boolean header = element.hasAttr("http-equiv");
                    if (element.closest("head") == null || header
                            && !element.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                        report(element, header ? "<meta http-equiv=\"" + element.attr("http-equiv")
                                + "\"> is not allowed" : "<meta> is only allowed in the page's <head>", "");
                    }
                }
                case "form" -> {
                    if (element.hasAttr("action") || element.hasAttr("method")) {
                        report(element, "a <form> that sends what is typed is not allowed: nothing a reader types"
                                + " leaves the page", "");
                    }
                }
                case "script" -> {
                    boolean data = element.attr("type").equalsIgnoreCase("application/json");
                    if (!element.hasAttr("src") && !data && !scriptHashes.contains(ScriptHash.of(element.data()))) {
                        report(element, "inline scripts are not allowed", "put scripts in theme/assets/");
                    }
                }
                case "base", "embed", "applet", "frameset", "portal" ->
                        report(element, "<" + tag + "> is not allowed", "");
                default -> {
                }
            }
        }

        private static boolean leftover(String text) {
            return text.contains("{{") || text.contains("}}");
        }

        private void leftovers(Element element) {
            for (TextNode text : element.textNodes()) {
                if (leftover(text.getWholeText())) {
                    report(element, "template markup \"{{\" or \"}}\" is left in the page", "");
                    break;
                }
            }
            for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
                if (leftover(attribute.getValue())) {
                    report(element, "template markup is left in the attribute " + attribute.getKey(), "");
                }
            }
        }

        private void addresses(Element element, String tag) {
            switch (tag) {
                case "a", "area" -> {
                    if (element.hasAttr("href")) {
                        address(element, element.attr("href"), false);
                    }
                }
                case "link" -> {
                    // canonical and alternate addresses name the page elsewhere; they load nothing
                    boolean loads = !NAMES_ELSEWHERE.matcher(element.attr("rel")).matches();
                    if (element.hasAttr("href") && (loads || !EXTERNAL.matcher(element.attr("href")).find())) {
                        address(element, element.attr("href"), loads);
                    }
                }
                case "iframe", "object", "frame" ->
                        report(element, "<" + tag + "> is not allowed: pages must not embed other pages", "");
                default -> {
                }
            }
            if (element.hasAttr("src") && SOURCES.contains(tag)) {
                address(element, element.attr("src"), true);
            }
            if (tag.equals("img") && !element.hasAttr("alt")) {
                report(element, "this image has no alt text", "describe it: ![a short description](picture.png)");
            }
            if (element.hasAttr("srcset") && (tag.equals("img") || tag.equals("source"))) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String url = candidate.trim().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        address(element, url, true);
                    }
                }
            }
            if (tag.equals("style") || element.hasAttr("style")) {
                String css = tag.equals("style") ? element.data() : element.attr("style");
                var matcher = CSS_URL.matcher(css);
                while (matcher.find()) {
                    address(element, matcher.group(1), true);
                }
                if (css.contains("@import")) {
                    report(element, "@import is not allowed in page styles", "");
                }
            }
        }

        /** The page's own address, which relative addresses resolve against. */
        private URI base() throws URISyntaxException {
            if (base == null) {
                base = new URI(null, null, "/" + page.outputPath(), null);
            }
            return base;
        }

        /**
         * An address of an element: checked now on a page, kept with where it was written in a body alone, to be
         * checked on the page that holds it.
         */
        private void address(Element element, String url, boolean resource) {
            if (bodyAlone) {
                SourcePosition at = positionOf(element);
                addresses.add(new CheckedBody.Address(element.tagName(), url, resource,
                        at == null ? CheckedBody.UNKNOWN : at));
            } else {
                link(new Origin(element.tagName(), where(element)), url, resource);
            }
        }

        private void link(Origin element, String url, boolean resource) {
            if (url.isBlank()) {
                report(element, "empty address in <" + element.tag() + ">", "");
                return;
            }
            if (EXTERNAL.matcher(url).find()) {
                String scheme = url.startsWith("//") ? "" : url.substring(0, url.indexOf(':')).toLowerCase();
                if (resource && !scheme.equals("data")) {
                    report(element, "the page loads \"" + url + "\" from another host",
                            "copy the file into theme/assets/ and link to it relatively");
                } else if (!resource && !scheme.isEmpty() && !LINK_SCHEMES.contains(scheme)) {
                    report(element, "the address \"" + url + "\" is not allowed",
                            "use an http, https, mailto or tel address");
                } else if (scheme.isEmpty()) {
                    report(element, "the address \"" + url + "\" has no scheme", "write https://…");
                }
                return;
            }
            if (url.startsWith("/")) {
                report(element, "the address \"" + url + "\" starts with \"/\", which breaks under a sub-path or"
                        + " from file://", "use a page-relative address");
                return;
            }
            int hash = url.indexOf('#');
            String path = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash + 1);
            String target;
            if (path.isEmpty()) {
                target = page.outputPath();
            } else {
                int query = path.indexOf('?');
                if (query >= 0) {
                    path = path.substring(0, query);
                }
                try {
                    String resolved = base().resolve(new URI(null, null, decode(path), null)).getPath();
                    target = resolved.startsWith("/") ? resolved.substring(1) : resolved;
                } catch (URISyntaxException | IllegalArgumentException e) {
                    report(element, "the address \"" + url + "\" is not valid", "");
                    return;
                }
                if (target.startsWith("../") || target.startsWith("/")) {
                    report(element, "the address \"" + url + "\" points outside the site", "");
                    return;
                }
                if (target.isEmpty() || target.endsWith("/")) {
                    report(element, "the address \"" + url + "\" points at a folder, which does not open from"
                            + " file://", "link to " + target + "index.html");
                    return;
                }
            }
            if (otherFiles.contains(target)) {
                return;
            }
            String id = fragment.isEmpty() ? "" : decode(fragment);
            links.add(new PageLink(target, id, url, element.at()));
        }

        /**
         * Where problems with an element are reported, as a {@link Where}: one for all the elements of the theme's
         * part of the page (a page's links are kept until all pages are made, and most are the theme's).
         */
        private Where where(Element element) {
            if (!fromBody(element)) {
                if (inTheme == null) {
                    inTheme = new Where(page.templatePath(), 0, 0, inThisPage());
                }
                return inTheme;
            }
            Problem where = problem(element, "", "");
            return new Where(where.path(), where.line(), where.column(), where.message());
        }

        /** What a problem of the theme's part of the page adds to its message. */
        private String inThisPage() {
            return " (in " + page.outputPath() + ")";
        }

        /** Whether an element is of the guide's own HTML. */
        private boolean fromBody(Element element) {
            return element != null && inBody(element) && !page.sourcePath().equals(page.templatePath());
        }

        private void report(Origin origin, String message, String hint) {
            problems.add(origin.at().problem(message, hint));
        }

        /**
         * Every template the guide embeds must have become its filler, in the guide's order: a marker left in the
         * page is an embed that did not, whatever the reason.
         */
        private void fillers(List<Element> fillers, int inBody, List<Element> unmade) {
            for (Element marker : unmade) {
                String name = marker.attr(RenderedMarkdown.EMBED_ATTRIBUTE);
                SourcePosition at = page.embeds().stream().filter(e -> e.name().equals(name))
                        .map(RenderedMarkdown.Embed::position).findFirst()
                        .orElse(new SourcePosition(0, 0));
                problems.add(new Problem(page.sourcePath(), at.line(), at.column(), "the template \"" + name
                        + "\" embedded here did not become a filler (in " + page.outputPath() + ")",
                        "the problems of content/templates/" + name + ".md say why"));
            }
            List<MessageTemplate> templates = page.templates();
            boolean sameNames = templates.size() == page.embeds().size();
            for (int i = 0; sameNames && i < templates.size(); i++) {
                sameNames = templates.get(i).name().equals(page.embeds().get(i).name());
            }
            if (fillers.size() + inBody != page.embeds().size() || !sameNames) {
                if (unmade.isEmpty()) {
                    theme("the page has " + (fillers.size() + inBody) + " fillers for the " + page.embeds().size()
                            + " templates its guide embeds");
                }
                return;
            }
            for (int i = 0; i < fillers.size(); i++) {
                filler(fillers.get(i), templates.get(i));
            }
        }

        private void filler(Element section, MessageTemplate template) {
            String where = "the filler of template \"" + template.name() + "\"";
            if (!template.name().equals(section.attr("data-template"))) {
                templateProblem(template, where + " is not where the guide embeds it");
                return;
            }
            FillerParts parts = new FillerParts(section);
            for (Field field : template.fields()) {
                List<Element> controls = parts.fields.stream().filter(c -> c.attr("data-field").equals(field.id()))
                        .toList();
                if (controls.size() != 1) {
                    templateProblem(template, where + " has " + controls.size() + " controls for ["
                            + field.name() + "]; it needs exactly one");
                    continue;
                }
                String most = String.valueOf(field.kind().maxLength());
                if (!controls.get(0).attr("maxlength").equals(most)) {
                    templateProblem(template, where + " does not limit the length of [" + field.name() + "]: its"
                            + " control needs maxlength=\"" + most + "\", so that a long paste cannot freeze the page");
                }
            }
            Set<String> known = new HashSet<>();
            template.fields().forEach(f -> known.add(f.id()));
            for (Element control : parts.fields) {
                if (!known.contains(control.attr("data-field"))) {
                    templateProblem(template, where + " has a control for \"" + control.attr("data-field")
                            + "\", which the template does not have");
                }
            }
            for (var choice : template.choices()) {
                int expected = choice.toggle() ? 1 : choice.options().size();
                long found = parts.choices.stream().filter(c -> c.attr("data-choice").equals(choice.id())).count();
                if (found != expected) {
                    templateProblem(template, where + " has " + found + " controls for the choice \""
                            + choice.id() + "\"; it needs " + expected);
                }
            }
            for (Element control : parts.controls) {
                if (control.attr("type").equals("hidden")) {
                    continue;
                }
                boolean labelled = !control.id().isEmpty() && parts.labelled.contains(control.id())
                        || control.hasAttr("aria-label") || control.closest("label") != null;
                if (!labelled) {
                    templateProblem(template, where + " has a control without a label: " + control.cssSelector());
                }
            }
            Message fallback = template.fallback();
            Element subject = parts.subject;
            Element body = parts.body;
            if (subject == null || !subject.wholeText().equals(fallback.subject())) {
                templateProblem(template, where + " does not show the template's subject as written");
            }
            if (body == null || !body.wholeText().equals(fallback.body())) {
                templateProblem(template, where + " does not show the template's text as written");
            }
            Element data = parts.data;
            if (data == null) {
                templateProblem(template, where + " has no data for the script");
                return;
            }
            try {
                if (!JsonParser.parseString(data.data()).equals(JsonParser.parseString(template.toJson()))) {
                    templateProblem(template, where + " carries data that does not match the template");
                }
            } catch (JsonSyntaxException e) {
                templateProblem(template, where + " carries data that is not valid JSON");
            }
        }

        /** The parts of a filler that its check looks at, found in one walk over its elements. */
        private static final class FillerParts {
            final List<Element> fields = new ArrayList<>();
            final List<Element> choices = new ArrayList<>();
            final List<Element> controls = new ArrayList<>();
            final Set<String> labelled = new HashSet<>();
            Element subject;
            Element body;
            Element data;

            FillerParts(Element section) {
                for (Element element : section.getAllElements()) {
                    String tag = element.tagName();
                    if (element.hasAttr("data-field")) {
                        fields.add(element);
                    }
                    if (element.hasAttr("data-choice")) {
                        choices.add(element);
                    }
                    switch (tag) {
                        case "input", "textarea", "select" -> controls.add(element);
                        case "label" -> labelled.add(element.attr("for"));
                        default -> {
                        }
                    }
                    String role = element.attr("data-role");
                    if (subject == null && role.equals("subject")) {
                        subject = element;
                    }
                    if (body == null && tag.equals("pre") && role.equals("body")) {
                        body = element;
                    }
                    if (data == null && tag.equals("script") && element.attr("type").equals("application/json")) {
                        data = element;
                    }
                }
            }
        }

        /** A filler that does not match its template: the theme's filler template made it. */
        private void templateProblem(MessageTemplate template, String message) {
            String filler = page.templatePath().substring(0, page.templatePath().lastIndexOf('/') + 1)
                    + "filler.mustache";
            problems.add(Problem.at(filler, 0, 0, message + " (in " + page.outputPath() + ", for "
                    + template.path() + ")"));
        }

        private void theme(String message) {
            problems.add(Problem.at(page.templatePath(), 0, 0, message + " (in " + page.outputPath() + ")"));
        }

        private void report(Element element, String message, String hint) {
            problems.add(problem(element, message, hint));
        }

        /** A problem at the guide's line when the element came from the guide's body, else at the theme. */
        private Problem problem(Element element, String message, String hint) {
            if (fromBody(element)) {
                SourcePosition at = writtenAt(element);
                return new Problem(page.sourcePath(), at.line(), at.column(), message, hint);
            }
            return new Problem(page.templatePath(), 0, 0, message + inThisPage(), hint);
        }

        private SourcePosition positionOf(Element element) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute)) {
                    SourcePosition at = page.linkPositions().get(element.attr(attribute));
                    if (at != null) {
                        return at;
                    }
                }
            }
            return null;
        }
    }

    /**
     * An element with an address: its tag, and where problems with it are reported.
     *
     * @param tag e.g. {@code a}
     * @param at  where its problems are reported
     */
    private record Origin(String tag, Where at) {
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

}
