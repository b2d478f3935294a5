package dev.handbook.build;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Content;
import dev.handbook.content.ContentLoader;
import dev.handbook.content.Document;
import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.render.Neighbours;
import dev.handbook.render.Page;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.TemplateException;
import dev.handbook.render.Theme;
import dev.handbook.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the handbook. Build one and reuse it: it holds the configured Markdown renderer and verifier. */
public final class SiteBuilder {
    private final MarkdownRenderer markdown;
    private final SiteVerifier verifier;
    private final SiteWriter writer;

    /** Uses the given collaborators, built once by the caller. */
    public SiteBuilder(MarkdownRenderer markdown, SiteVerifier verifier, SiteWriter writer) {
        this.markdown = markdown;
        this.verifier = verifier;
        this.writer = writer;
    }

    /** A builder with the standard collaborators. */
    public static SiteBuilder standard() {
        return new SiteBuilder(new MarkdownRenderer(), new SiteVerifier(), new SiteWriter());
    }

    /**
     * Builds the site in memory and verifies it.
     *
     * @param drafts whether guides marked as drafts are included
     * @throws BuildFailure with every problem found, if there are any
     */
    public BuildResult build(Path contentDir, Path themeDir, boolean drafts) throws BuildFailure {
        return build(contentDir, themeDir, drafts, new BuildCache());
    }

    /**
     * Builds the site in memory and verifies it, reusing what {@code cache} holds from earlier builds where
     * the inputs are the same. The result is the same as without a cache.
     *
     * @throws BuildFailure with every problem found, if there are any
     */
    public BuildResult build(Path contentDir, Path themeDir, boolean drafts, BuildCache cache) throws BuildFailure {
        Map<String, Long> timings = new LinkedHashMap<>();
        Problems problems = new Problems();
        long start = System.nanoTime();

        if (cache.theme == null) {
            cache.theme = Theme.load(themeDir, problems).orElse(null);
        }
        Content content = new ContentLoader(drafts, cache.files).load(contentDir, problems);
        TemplateCatalog templates = TemplateCatalog.parse(content.templates(), problems);
        if (!content.settings().equals(cache.settings)) {
            cache.settings = content.settings();
            cache.pages.clear();
        }
        start = lap(timings, "load", start);

        List<Rendered> rendered = renderMarkdown(content, templates, cache, problems);
        start = lap(timings, "markdown", start);
        // Pages are only rendered and verified from clean sources: a broken guide would be reported again
        // as broken links to its missing page.
        problems.throwIfAny();

        Theme theme = cache.theme;
        PageRenderer pages = new PageRenderer(theme, content.settings());
        SiteFiles site = new SiteFiles();
        List<Page> allPages = renderPages(pages, content, rendered, cache, problems);
        Map<String, String> extras = extraFiles(pages, content, rendered, cache, problems);
        problems.throwIfAny();
        theme.assets().forEach(site::add);
        allPages.forEach(page -> site.add(page.outputPath(), cache.pages.get(page.outputPath()).bytes()));
        extras.forEach(site::addText);
        start = lap(timings, "render", start);

        Set<String> otherFiles = new HashSet<>(theme.assets().keySet());
        otherFiles.addAll(extras.keySet());
        problems.addAll(verify(allPages, otherFiles, cache));
        problems.throwIfAny();
        lap(timings, "verify", start);
        List<String> notes = new ArrayList<>();
        if (content.settings().baseUrl().isEmpty()) {
            notes.add("no baseUrl in " + contentDir.getFileName() + "/handbook.yml: sitemap.xml, feed.xml, canonical"
                    + " and Open Graph links are left out");
        }
        notes.add(String.format(Locale.ROOT, "search index: %.1f kB for %d guides",
                extras.get(SearchIndex.PATH).length() / 1024.0, rendered.size()));
        return new BuildResult(site, allPages.size(), rendered.size(), timings, List.copyOf(notes));
    }

    /** The files that are not pages: the search index, robots.txt, and with a base URL the sitemap and feed. */
    private static Map<String, String> extraFiles(PageRenderer pages, Content content, List<Rendered> rendered,
                                                  BuildCache cache, Problems problems) {
        Map<String, String> files = new LinkedHashMap<>();
        List<Rendered> listed = new ArrayList<>(rendered);
        Map<String, Integer> position = new HashMap<>();
        pages.byCategory(content.guides()).values().stream().flatMap(List::stream)
                .forEach(g -> position.put(g.slug(), position.size()));
        listed.sort(Comparator.comparingInt(r -> position.get(r.guide().slug())));
        // a guide's part of the index is kept while its Markdown is the same object and its listing is unchanged
        Map<RenderedMarkdown, BuildCache.SearchEntry> previous = cache.searchJson;
        List<BuildCache.SearchEntry> json = listed.parallelStream().map(r -> {
            List<String> listing = List.of(r.guide().slug(), r.guide().title(), r.guide().summary(),
                    r.guide().category());
            BuildCache.SearchEntry kept = previous.get(r.markdown());
            return kept != null && kept.listing().equals(listing) ? kept : new BuildCache.SearchEntry(listing,
                    SearchIndex.json(new SearchIndex.Entry(r.guide(), r.markdown())));
        }).toList();
        Map<RenderedMarkdown, BuildCache.SearchEntry> next = new IdentityHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            next.put(listed.get(i).markdown(), json.get(i));
        }
        cache.searchJson = next;
        files.put(SearchIndex.PATH, SearchIndex.scriptOf(json.stream().map(BuildCache.SearchEntry::json).toList()));
        files.put("robots.txt", pages.robots());
        try {
            files.putAll(pages.feeds(content.guides()));
        } catch (TemplateException e) {
            problems.add(e.problem());
        }
        return files;
    }

    /**
     * Builds, verifies and, only if all is well, replaces {@code outDir} with the new site.
     *
     * @throws BuildFailure with every problem found; {@code outDir} is then unchanged
     */
    public BuildResult buildInto(Path contentDir, Path themeDir, Path outDir, boolean drafts) throws BuildFailure {
        BuildResult result = build(contentDir, themeDir, drafts);
        long start = System.nanoTime();
        List<Problem> writeProblems = writer.replace(outDir, result.files());
        if (!writeProblems.isEmpty()) {
            throw new BuildFailure(writeProblems);
        }
        Map<String, Long> timings = new LinkedHashMap<>(result.timings());
        timings.put("write", System.nanoTime() - start);
        return new BuildResult(result.files(), result.pages(), result.guides(), timings, result.notes());
    }

    private record Rendered(Guide guide, RenderedMarkdown markdown, List<MessageTemplate> templates) {
    }

    private List<Rendered> renderMarkdown(Content content, TemplateCatalog templates, BuildCache cache,
                                          Problems problems) {
        if (!content.guideFiles().equals(cache.guideFiles)) {
            cache.guideFiles = content.guideFiles();
            cache.markdown.clear();
        }
        GuideLinks links = new GuideLinks(cache.guideFiles);
        for (Document broken : content.brokenGuides()) {
            RenderedMarkdown body = markdown(broken.path(), broken.body(), broken.bodyLine(), links, cache, problems);
            resolveEmbeds(broken.path(), body, templates, problems);
        }
        // Guides render in parallel; the cache is only read meanwhile, and results keep the guides' order.
        List<BuildCache.MarkdownEntry> entries = content.guides().parallelStream()
                .map(guide -> markdownEntry(guide.path(), guide.body(), guide.bodyLine(), links, cache)).toList();
        List<Rendered> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Guide guide = content.guides().get(i);
            BuildCache.MarkdownEntry entry = entries.get(i);
            cache.markdown.put(guide.path(), entry);
            problems.addAll(entry.problems());
            out.add(new Rendered(guide, entry.rendered(), resolveEmbeds(guide.path(), entry.rendered(), templates,
                    problems)));
        }
        return out;
    }

    private RenderedMarkdown markdown(String path, String body, int bodyLine, GuideLinks links, BuildCache cache,
                                      Problems problems) {
        BuildCache.MarkdownEntry entry = markdownEntry(path, body, bodyLine, links, cache);
        cache.markdown.put(path, entry);
        problems.addAll(entry.problems());
        return entry.rendered();
    }

    /** The cached rendering if its inputs are unchanged, else a new one; does not change the cache. */
    private BuildCache.MarkdownEntry markdownEntry(String path, String body, int bodyLine, GuideLinks links,
                                                   BuildCache cache) {
        BuildCache.MarkdownEntry entry = cache.markdown.get(path);
        if (entry != null && entry.body().equals(body) && entry.bodyLine() == bodyLine
                && entry.guideFiles() == links.slugByFile()) {
            return entry;
        }
        Problems own = new Problems();
        RenderedMarkdown rendered = markdown.render(path, body, bodyLine, links, own);
        return new BuildCache.MarkdownEntry(body, bodyLine, links.slugByFile(), rendered, own.sorted());
    }

    private static List<MessageTemplate> resolveEmbeds(String path, RenderedMarkdown body, TemplateCatalog templates,
                                                       Problems problems) {
        List<MessageTemplate> embedded = new ArrayList<>();
        for (RenderedMarkdown.Embed embed : body.embeds()) {
            Optional<MessageTemplate> template = templates.find(embed.name());
            if (template.isPresent()) {
                if (embedded.contains(template.get())) {
                    problems.add(new Problem(path, embed.position().line(), embed.position().column(),
                            "the template \"" + embed.name() + "\" is embedded twice in this guide",
                            "embed each template once per guide"));
                }
                embedded.add(template.get());
            } else if (!templates.knows(embed.name())) {
                problems.add(new Problem(path, embed.position().line(), embed.position().column(),
                        "unknown template \"" + embed.name() + "\"", templates.suggest(embed.name())
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("templates are the files in content/templates/, named without .md")));
            }
        }
        return List.copyOf(embedded);
    }

    private static List<Page> renderPages(PageRenderer pages, Content content, List<Rendered> rendered,
                                          BuildCache cache, Problems problems) {
        List<Page> out = new ArrayList<>();
        try {
            // the home page lists guides: it depends on their listing, not on their text
            Object listing = content.guides().stream()
                    .map(g -> List.of(g.slug(), g.title(), g.summary(), g.category(), g.order())).toList();
            out.add(cached(cache, "index.html", listing, () -> pages.home(content.guides())));
            out.add(cached(cache, "404.html", "", pages::notFound));
            for (Map.Entry<String, List<Guide>> category : pages.byCategory(content.guides()).entrySet()) {
                Object key = category.getValue().stream().map(g -> List.of(g.slug(), g.title(), g.summary())).toList();
                out.add(cached(cache, PageRenderer.categoryPath(category.getKey()), key,
                        () -> pages.category(category.getKey(), category.getValue())));
            }
            for (Map.Entry<String, List<Guide>> tag : pages.byTag(content.guides()).entrySet()) {
                Object key = tag.getValue().stream().map(g -> List.of(g.slug(), g.title(), g.summary())).toList();
                out.add(cached(cache, PageRenderer.tagPath(tag.getKey()), key,
                        () -> pages.tag(tag.getKey(), tag.getValue())));
            }
        } catch (TemplateException e) {
            problems.add(e.problem());
        }
        Object neighboursKey = content.guides().stream()
                .map(g -> List.of(g.slug(), g.title(), g.summary(), g.category(), g.order(), g.tags())).toList();
        if (!neighboursKey.equals(cache.neighboursKey)) {
            cache.neighbours = pages.neighbours(content.guides());
            cache.neighboursKey = neighboursKey;
        }
        Map<String, Neighbours> neighbours = cache.neighbours;
        record Made(String path, Object key, Page page, byte[] bytes, Problem problem) {
        }
        List<Made> made = rendered.parallelStream().map(r -> {
            String path = PageRenderer.guidePath(r.guide());
            Neighbours around = neighbours.get(r.guide().slug());
            Object key = List.of(r, around.listing());
            BuildCache.PageEntry entry = cache.pages.get(path);
            if (entry != null && entry.key().equals(key)) {
                return new Made(path, key, entry.page(), entry.bytes(), null);
            }
            try {
                Page page = pages.guide(r.guide(), r.markdown(), r.templates(), around);
                return new Made(path, key, page, page.html().getBytes(StandardCharsets.UTF_8), null);
            } catch (TemplateException e) {
                return new Made(path, key, null, null, e.problem());
            }
        }).toList();
        for (Made m : made) {
            if (m.problem() != null) {
                problems.add(m.problem());
            } else {
                cache.pages.put(m.path(), new BuildCache.PageEntry(m.key(), m.page(), m.bytes()));
                out.add(m.page());
            }
        }
        return out;
    }

    private interface PageMaker {
        Page make() throws TemplateException;
    }

    private static Page cached(BuildCache cache, String path, Object key, PageMaker maker) throws TemplateException {
        BuildCache.PageEntry entry = cache.pages.get(path);
        if (entry != null && entry.key().equals(key)) {
            return entry.page();
        }
        Page page = maker.make();
        cache.pages.put(path, new BuildCache.PageEntry(key, page, page.html().getBytes(StandardCharsets.UTF_8)));
        return page;
    }

    /**
     * Checks pages: each changed page is parsed and checked on its own, and its document dropped at once; then
     * every page's links to other pages are resolved against all pages' ids. The cache keeps what each page's own
     * check found, so an edit re-checks one page.
     */
    private List<Problem> verify(List<Page> pages, Set<String> assets, BuildCache cache) {
        List<BuildCache.ParsedEntry> checked = pages.parallelStream().map(page -> {
            BuildCache.ParsedEntry entry = cache.parsed.get(page.outputPath());
            if (entry != null && entry.page().equals(page)) {
                return entry;
            }
            return new BuildCache.ParsedEntry(page, verifier.check(verifier.parse(page), assets));
        }).toList();
        Map<String, Set<String>> ids = new HashMap<>();
        checked.forEach(entry -> ids.put(entry.page().outputPath(), entry.checked().ids()));
        cache.parsed.keySet().retainAll(ids.keySet());
        Problems problems = new Problems();
        cache.reused = 0;
        cache.rebuilt = 0;
        for (BuildCache.ParsedEntry entry : checked) {
            if (cache.parsed.put(entry.page().outputPath(), entry) == entry) {
                cache.reused++;
            } else {
                cache.rebuilt++;
            }
            problems.addAll(entry.checked().problems());
            problems.addAll(verifier.resolve(entry.checked().links(), ids));
        }
        return problems.sorted();
    }

    private static long lap(Map<String, Long> timings, String stage, long start) {
        long now = System.nanoTime();
        timings.put(stage, now - start);
        return now;
    }
}
