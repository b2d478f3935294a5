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
import dev.handbook.output.SiteSink;
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
import java.util.concurrent.atomic.LongAdder;

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
        Loaded loaded = load(contentDir, themeDir, drafts, cache, problems, timings);
        Optional<BuildResult> quick = QuickRebuild.run(this, verifier, loaded, cache, problems, timings);
        if (quick.isPresent()) {
            return quick.get();
        }
        cache.last = null;
        SiteFiles files = new SiteFiles();
        Built built = make(contentDir, loaded, cache, files, problems, timings);
        // keeping files in memory is part of making them
        timings.merge("render", timings.remove("write"), Long::sum);
        BuildResult result = new BuildResult(files, files.fileCount(), files.totalBytes(), built.pages(),
                loaded.content().guides().size(), timings, built.notes());
        cache.last = new BuildCache.Last(loaded.content().guides(), loaded.content().templates(),
                loaded.content().settings(), built.otherFiles(), files, built.searchParts(), built.searchPosition(),
                result);
        return result;
    }

    /**
     * Builds, verifies and, only if all is well, replaces {@code outDir} with the new site. Pages are written
     * into a staging folder beside it as they are made, and not kept in memory.
     *
     * @throws BuildFailure with every problem found; {@code outDir} is then unchanged
     */
    public BuildResult buildInto(Path contentDir, Path themeDir, Path outDir, boolean drafts) throws BuildFailure {
        SiteWriter.Staging staging;
        try {
            staging = writer.stage(outDir);
        } catch (SiteWriter.Refused e) {
            throw new BuildFailure(e.problems());
        }
        try (staging) {
            Map<String, Long> timings = new LinkedHashMap<>();
            Problems problems = new Problems();
            BuildCache cache = BuildCache.forOneBuild();
            Loaded loaded = load(contentDir, themeDir, drafts, cache, problems, timings);
            Built built = make(contentDir, loaded, cache, staging, problems, timings);
            long start = System.nanoTime();
            List<Problem> writeProblems = staging.commit();
            if (!writeProblems.isEmpty()) {
                throw new BuildFailure(writeProblems);
            }
            timings.merge("write", System.nanoTime() - start, Long::sum);
            return new BuildResult(new SiteFiles(), staging.fileCount(), staging.totalBytes(), built.pages(),
                    loaded.content().guides().size(), timings, built.notes());
        } catch (java.io.UncheckedIOException e) {
                        throw new BuildFailure(List.of(staging.cannotWrite(e.getCause())));
        }
    }

    /** The content and templates, read and parsed (or kept from the cache where the files are unchanged). */
    record Loaded(Content content, TemplateCatalog templates) {
    }

    /** Loads the theme (once per cache), the content and the templates. */
    private static Loaded load(Path contentDir, Path themeDir, boolean drafts, BuildCache cache, Problems problems,
                               Map<String, Long> timings) {
        long start = System.nanoTime();
        if (cache.theme == null) {
            cache.theme = Theme.load(themeDir, problems).orElse(null);
        }
        Content content = new ContentLoader(drafts, cache.files).load(contentDir, problems);
        if (!content.templates().equals(cache.templateFiles)) {
            Problems own = new Problems();
            cache.templates = TemplateCatalog.parse(content.templates(), own);
            cache.templateFiles = content.templates();
            cache.templateProblems = own.sorted();
        }
        problems.addAll(cache.templateProblems);
        if (!content.settings().equals(cache.settings)) {
            cache.settings = content.settings();
            cache.pages.clear();
        }
        lap(timings, "load", start);
        return new Loaded(content, cache.templates);
    }

    /** What {@link #make} made besides the files: for the result, and for a quick rebuild after it. */
    private record Built(int pages, List<String> notes, Set<String> otherFiles, List<byte[]> searchParts,
                         Map<String, Integer> searchPosition) {
    }

    /** Makes, checks and hands every file to {@code sink}. */
    private Built make(Path contentDir, Loaded loaded, BuildCache cache, SiteSink sink, Problems problems,
                       Map<String, Long> timings) throws BuildFailure {
        long start = System.nanoTime();
        Content content = loaded.content();
        List<Rendered> rendered = renderMarkdown(content, loaded.templates(), cache, problems);
        start = lap(timings, "markdown", start);
        // Pages are only rendered and verified from clean sources: a broken guide would be reported again
        // as broken links to its missing page.
        problems.throwIfAny();

        Theme theme = cache.theme;
        PageRenderer pages = new PageRenderer(theme, content.settings());
        Extras extras = extraFiles(pages, content, rendered, cache, problems);
        Set<String> otherFiles = new HashSet<>(theme.assets().keySet());
        otherFiles.addAll(extras.paths());
        long extrasTime = System.nanoTime() - start;
        start = System.nanoTime();

        // Each page is rendered, encoded, checked and handed to the sink in one task, so its HTML text is
        // dropped at once, and its bytes too unless the cache keeps them.
        StageClock clock = new StageClock();
        List<BuildCache.PageEntry> made = renderAndCheck(pageJobs(pages, content, rendered, cache), otherFiles,
                cache, sink, clock, problems);
        problems.throwIfAny();
        long write = System.nanoTime();
        theme.assets().forEach(sink::add);
        extras.files().forEach(sink::add);
        // the preview makes the whole index only when a reader searches; a build writes it at once
        List<byte[]> searchParts = extras.searchParts();
        sink.addLater(SearchIndex.PATH, SearchIndex.scriptSize(searchParts),
                () -> SearchIndex.scriptOf(searchParts));
        clock.write.add(System.nanoTime() - write);
        problems.addAll(checkProblems(made, cache));
        problems.throwIfAny();
        long pagesTime = System.nanoTime() - start;
        timings.put("render", extrasTime + clock.share(pagesTime, clock.render));
        timings.put("verify", clock.share(pagesTime, clock.verify));
        timings.put("write", clock.share(pagesTime, clock.write));
        List<String> notes = new ArrayList<>();
        if (content.settings().baseUrl().isEmpty()) {
            notes.add("no baseUrl in " + contentDir.getFileName() + "/handbook.yml: sitemap.xml, feed.xml, canonical"
                    + " and Open Graph links are left out");
        }
        notes.add(searchNote(extras.searchParts()));
        return new Built(made.size(), List.copyOf(notes), otherFiles, searchParts, extras.searchPosition());
    }

    static String searchNote(List<byte[]> searchParts) {
        return String.format(Locale.ROOT, "search index: %.1f kB for %d guides",
                SearchIndex.scriptSize(searchParts) / 1024.0, searchParts.size());
    }

    /**
     * The files that are not pages: robots.txt, with a base URL the sitemap and feed, and the search index,
     * which is made from its parts (in the order of the home page) only when it is read.
     */
    private static Extras extraFiles(PageRenderer pages, Content content, List<Rendered> rendered, BuildCache cache,
                                     Problems problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Rendered> listed = new ArrayList<>(rendered);
        Map<String, Integer> position = new HashMap<>();
        pages.byCategory(content.guides()).values().stream().flatMap(List::stream)
                .forEach(g -> position.put(g.slug(), position.size()));
        listed.sort(Comparator.comparingInt(r -> position.get(r.guide().slug())));
        List<BuildCache.SearchEntry> json = listed.parallelStream()
                .map(r -> searchEntry(r.guide(), r.markdown(), cache)).toList();
        Map<RenderedMarkdown, BuildCache.SearchEntry> next = new IdentityHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            next.put(listed.get(i).markdown(), json.get(i));
        }
        if (cache.keepsOutput) {
            cache.searchJson = next;
        }
        files.put("robots.txt", pages.robots().getBytes(StandardCharsets.UTF_8));
        try {
            pages.feeds(content.guides())
                    .forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        } catch (TemplateException e) {
            problems.add(e.problem());
        }
        Map<String, Integer> searchPosition = new HashMap<>();
        listed.forEach(r -> searchPosition.put(r.guide().slug(), searchPosition.size()));
        return new Extras(files, json.stream().map(BuildCache.SearchEntry::json).toList(), searchPosition);
    }

    /** A guide's part of the search index: the cached one while its Markdown (the same object) and listing are. */
    static BuildCache.SearchEntry searchEntry(Guide guide, RenderedMarkdown markdown, BuildCache cache) {
        List<String> listing = List.of(guide.slug(), guide.title(), guide.summary(), guide.category());
        BuildCache.SearchEntry kept = cache.searchJson.get(markdown);
        return kept != null && kept.listing().equals(listing) ? kept
                : new BuildCache.SearchEntry(listing, SearchIndex.json(new SearchIndex.Entry(guide, markdown)));
    }

    /** The files that are not pages, and the parts of the search index with where each guide's is. */
    private record Extras(Map<String, byte[]> files, List<byte[]> searchParts, Map<String, Integer> searchPosition) {

        Set<String> paths() {
            Set<String> paths = new HashSet<>(files.keySet());
            paths.add(SearchIndex.PATH);
            return paths;
        }
    }

    record Rendered(Guide guide, RenderedMarkdown markdown, List<MessageTemplate> templates) {
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
    BuildCache.MarkdownEntry markdownEntry(String path, String body, int bodyLine, GuideLinks links,
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

    static List<MessageTemplate> resolveEmbeds(String path, RenderedMarkdown body, TemplateCatalog templates,
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

    /** A page to make, and the inputs it is made from: while they are equal, the cached page is reused. */
    record PageJob(String path, Object key, PageMaker maker) {
    }

    interface PageMaker {
        Page make() throws TemplateException;
    }

    /** Every page of the site: home, 404, categories, tags, then the guides. */
    private static List<PageJob> pageJobs(PageRenderer pages, Content content, List<Rendered> rendered,
                                          BuildCache cache) {
        List<PageJob> jobs = new ArrayList<>();
        // the home page lists guides: it depends on their listing, not on their text
        Object listing = content.guides().stream()
                .map(g -> List.of(g.slug(), g.title(), g.summary(), g.category(), g.order())).toList();
        jobs.add(new PageJob("index.html", listing, () -> pages.home(content.guides())));
        jobs.add(new PageJob("404.html", "", pages::notFound));
        for (Map.Entry<String, List<Guide>> category : pages.byCategory(content.guides()).entrySet()) {
            Object key = category.getValue().stream().map(g -> List.of(g.slug(), g.title(), g.summary())).toList();
            jobs.add(new PageJob(PageRenderer.categoryPath(category.getKey()), key,
                    () -> pages.category(category.getKey(), category.getValue())));
        }
        for (Map.Entry<String, List<Guide>> tag : pages.byTag(content.guides()).entrySet()) {
            Object key = tag.getValue().stream().map(g -> List.of(g.slug(), g.title(), g.summary())).toList();
            jobs.add(new PageJob(PageRenderer.tagPath(tag.getKey()), key,
                    () -> pages.tag(tag.getKey(), tag.getValue())));
        }
        Object neighboursKey = content.guides().stream()
                .map(g -> List.of(g.slug(), g.title(), g.summary(), g.category(), g.order(), g.tags())).toList();
        if (!neighboursKey.equals(cache.neighboursKey)) {
            cache.neighbours = pages.neighbours(content.guides());
            cache.neighboursKey = neighboursKey;
        }
        Map<String, Neighbours> neighbours = cache.neighbours;
        for (Rendered r : rendered) {
            Neighbours around = neighbours.get(r.guide().slug());
            jobs.add(new PageJob(PageRenderer.guidePath(r.guide()), List.of(r, around.listing()),
                    () -> pages.guide(r.guide(), r.markdown(), r.templates(), around)));
        }
        return jobs;
    }

    /**
     * Makes the pages in parallel, each rendered, encoded and checked on its own (what the check found is
     * reported by {@link #checkProblems}), reusing the cached page where its inputs are unchanged. Problems of
     * the theme's templates go to {@code problems}. The cache then holds exactly these pages, in the jobs' order.
     */
    private List<BuildCache.PageEntry> renderAndCheck(List<PageJob> jobs, Set<String> otherFiles, BuildCache cache,
                                                      SiteSink sink, StageClock clock, Problems problems) {
        List<Made> made = jobs.parallelStream().map(job -> makePage(job, otherFiles, cache, sink, clock)).toList();
        List<BuildCache.PageEntry> out = new ArrayList<>();
        Map<String, BuildCache.PageEntry> next = new HashMap<>();
        cache.reused = 0;
        cache.rebuilt = 0;
        for (Made m : made) {
            if (m.problem() != null) {
                problems.add(m.problem());
                continue;
            }
            if (cache.pages.get(m.page().path()) == m.page()) {
                cache.reused++;
            } else {
                cache.rebuilt++;
            }
            next.put(m.page().path(), m.page());
            out.add(m.page());
        }
        cache.pages.clear();
        cache.pages.putAll(next);
        return out;
    }

    /** A page made or kept, or the problem of the theme template that could not make it. */
    record Made(BuildCache.PageEntry page, Problem problem) {
    }

    /**
     * Renders, encodes and checks one page on its own (what the check found is reported by
     * {@link #checkProblems}) and hands it to the sink, or keeps the cached page while its inputs are unchanged.
     */
    Made makePage(PageJob job, Set<String> otherFiles, BuildCache cache, SiteSink sink, StageClock clock) {
        BuildCache.PageEntry cached = cache.pages.get(job.path());
        if (cached != null && cached.key().equals(job.key())) {
            sink.add(job.path(), cached.bytes());
            return new Made(cached, null);
        }
        try {
            long start = System.nanoTime();
            Page page = job.maker().make();
            byte[] bytes = page.html().getBytes(StandardCharsets.UTF_8);
            long rendered = System.nanoTime();
            SiteVerifier.Checked checked = verifier.check(verifier.parse(page), otherFiles);
            long verified = System.nanoTime();
            sink.add(job.path(), bytes);
            clock.render.add(rendered - start);
            clock.verify.add(verified - rendered);
            clock.write.add(System.nanoTime() - verified);
            return new Made(new BuildCache.PageEntry(job.path(), job.key(), cache.keepsOutput ? bytes : null,
                    checked), null);
        } catch (TemplateException e) {
            return new Made(null, e.problem());
        }
    }

    /**
     * What checking each page found, and the links to pages or sections that do not exist. A page kept from the
     * last build keeps its link problems too, unless a page it links to was added, removed or changed its ids.
     */
    private List<Problem> checkProblems(List<BuildCache.PageEntry> pages, BuildCache cache) {
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach(page -> ids.put(page.path(), page.checked().ids()));
        Set<String> changed = new HashSet<>();
        ids.forEach((path, pageIds) -> {
            if (!pageIds.equals(cache.ids.get(path))) {
                changed.add(path);
            }
        });
        cache.ids.keySet().stream().filter(path -> !ids.containsKey(path)).forEach(changed::add);
        Map<BuildCache.PageEntry, List<Problem>> linkProblems = new IdentityHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (BuildCache.PageEntry page : pages) {
            List<Problem> links = cache.linkProblems.get(page);
            if (links == null || page.checked().links().stream().anyMatch(link -> changed.contains(link.target()))) {
                links = verifier.resolve(page.checked().links(), ids);
            }
            linkProblems.put(page, links);
            problems.addAll(page.checked().problems());
            problems.addAll(links);
        }
        cache.ids = ids;
        cache.linkProblems = linkProblems;
        return problems;
    }

    /** The time each stage took within tasks that run several of them, summed over the threads. */
    static final class StageClock {
        final LongAdder markdown = new LongAdder();
        final LongAdder render = new LongAdder();
        final LongAdder verify = new LongAdder();
        final LongAdder write = new LongAdder();

        /** The part of {@code wall} that {@code stage} had of the tasks' time, e.g. 600 ms of 1,000 for 60%. */
        long share(long wall, LongAdder stage) {
            long total = markdown.sum() + render.sum() + verify.sum() + write.sum();
            return total == 0 ? 0 : Math.round((double) wall * stage.sum() / total);
        }
    }

    private static long lap(Map<String, Long> timings, String stage, long start) {
        long now = System.nanoTime();
        timings.put(stage, now - start);
        return now;
    }
}
