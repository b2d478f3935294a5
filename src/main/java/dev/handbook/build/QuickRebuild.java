package dev.handbook.build;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Content;
import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.message.MessageTemplate;
import dev.handbook.output.SiteFiles;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problems;
import dev.handbook.render.Neighbours;
import dev.handbook.render.PageRenderer;
import dev.handbook.search.SearchIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's rebuild after edits that change only the text of guides: those pages are made again, every
 * other file is kept from the last successful build. It gives the same files and problems as a full build.
 */
final class QuickRebuild {
    private QuickRebuild() {
    }

    /**
     * After edits that change only the text of guides (not their listing, the set of files, the templates or the
     * settings), makes just those guides' pages again and keeps every other file of the last build: the pages
     * that list guides, the neighbours and the other guides' pages cannot have changed. Links from other pages
     * are checked again only where they lead to an edited page whose sections changed. Empty when a full build
     * is needed; the cache is changed only when the rebuild succeeds.
     *
     * @throws BuildFailure with every problem of the edited guides
     */
    static Optional<BuildResult> run(SiteBuilder builder, SiteVerifier verifier, SiteBuilder.Loaded loaded,
                                     BuildCache cache, Problems problems, Map<String, Long> timings)
            throws BuildFailure {
        BuildCache.Last last = cache.last;
        Content content = loaded.content();
        if (last == null || !problems.isEmpty() || !content.brokenGuides().isEmpty()
                || !content.settings().equals(last.settings()) || !content.templates().equals(last.templates())
                || !content.guideFiles().equals(cache.guideFiles) || content.guides().size() != last.guides().size()) {
            return Optional.empty();
        }
        List<Guide> edited = new ArrayList<>();
        for (int i = 0; i < content.guides().size(); i++) {
            Guide now = content.guides().get(i);
            Guide before = last.guides().get(i);
            if (now != before) {
                if (!sameListing(now, before)) {
                    return Optional.empty();
                }
                edited.add(now);
            }
        }
        long start = System.nanoTime();
        GuideLinks links = new GuideLinks(cache.guideFiles);
        PageRenderer pages = new PageRenderer(cache.theme, content.settings());
        SiteBuilder.StageClock clock = new SiteBuilder.StageClock();
        SiteFiles files = new SiteFiles();
        Set<String> editedPaths = new HashSet<>();
        edited.forEach(guide -> editedPaths.add(PageRenderer.guidePath(guide)));
        editedPaths.add(SearchIndex.PATH);
        files.addAllFrom(last.files(), editedPaths);
        List<byte[]> searchParts = new ArrayList<>(last.searchParts());
        Map<String, BuildCache.MarkdownEntry> markdownEntries = new HashMap<>();
        Map<RenderedMarkdown, BuildCache.SearchEntry> search = new IdentityHashMap<>();
        List<BuildCache.PageEntry> made = new ArrayList<>();
        for (Guide guide : edited) {
            long markdownStart = System.nanoTime();
            BuildCache.MarkdownEntry entry = builder.markdownEntry(guide.path(), guide.body(), guide.bodyLine(), links,
                    cache);
            markdownEntries.put(guide.path(), entry);
            problems.addAll(entry.problems());
            List<MessageTemplate> embedded = SiteBuilder.resolveEmbeds(guide.path(), entry.rendered(),
                    loaded.templates(), problems);
            clock.markdown.add(System.nanoTime() - markdownStart);
            if (!problems.isEmpty()) {
                continue;
            }
            Neighbours around = cache.neighbours.get(guide.slug());
            SiteBuilder.Made m = builder.makePage(new SiteBuilder.PageJob(PageRenderer.guidePath(guide),
                    List.of(new SiteBuilder.Rendered(guide, entry.rendered(), embedded), around.listing()),
                    () -> pages.guide(guide, entry.rendered(), embedded, around)), last.otherFiles(), cache, files,
                    clock);
            if (m.problem() != null) {
                problems.add(m.problem());
                continue;
            }
            made.add(m.page());
            BuildCache.SearchEntry part = SiteBuilder.searchEntry(guide, entry.rendered(), cache);
            search.put(entry.rendered(), part);
            searchParts.set(last.searchPosition().get(guide.slug()), part.json());
        }
        problems.throwIfAny();
        long verifyStart = System.nanoTime();
        Map<String, Set<String>> ids = new HashMap<>(cache.ids);
        Set<String> newSections = new HashSet<>();
        for (BuildCache.PageEntry page : made) {
            if (!page.checked().ids().equals(ids.put(page.path(), page.checked().ids()))) {
                newSections.add(page.path());
            }
        }
        for (BuildCache.PageEntry page : made) {
            problems.addAll(page.checked().problems());
            problems.addAll(verifier.resolve(page.checked().links(), ids));
        }
        if (!newSections.isEmpty()) {
            for (BuildCache.PageEntry other : cache.pages.values()) {
                if (!editedPaths.contains(other.path())) {
                    problems.addAll(verifier.resolve(other.checked().links().stream()
                            .filter(link -> newSections.contains(link.target())).toList(), ids));
                }
            }
        }
        problems.throwIfAny();
        clock.verify.add(System.nanoTime() - verifyStart);

        // all is well: the cache takes what was made
        for (BuildCache.PageEntry page : made) {
            BuildCache.PageEntry before = cache.pages.put(page.path(), page);
            cache.linkProblems.remove(before);
            cache.linkProblems.put(page, List.of());
        }
        for (Guide guide : edited) {
            BuildCache.MarkdownEntry before = cache.markdown.put(guide.path(), markdownEntries.get(guide.path()));
            if (before != null) {
                cache.searchJson.remove(before.rendered());
            }
        }
        cache.searchJson.putAll(search);
        cache.ids = ids;
        cache.rebuilt = made.size();
        cache.reused = last.result().pages() - made.size();
        files.addLater(SearchIndex.PATH, SearchIndex.scriptSize(searchParts),
                () -> SearchIndex.scriptOf(searchParts));
        long wall = System.nanoTime() - start;
        timings.put("markdown", clock.share(wall, clock.markdown));
        timings.put("render", clock.share(wall, clock.render) + clock.share(wall, clock.write));
        timings.put("verify", clock.share(wall, clock.verify));
        List<String> notes = new ArrayList<>(last.result().notes());
        notes.set(notes.size() - 1, SiteBuilder.searchNote(searchParts));
        BuildResult result = new BuildResult(files, files.fileCount(), files.totalBytes(), last.result().pages(),
                last.result().guides(), timings, List.copyOf(notes));
        cache.last = new BuildCache.Last(content.guides(), content.templates(), content.settings(),
                last.otherFiles(), files, List.copyOf(searchParts), last.searchPosition(), result);
        return Optional.of(result);
    }

    /** Whether two versions of a guide differ at most in their text, not in what other pages show of them. */
    private static boolean sameListing(Guide a, Guide b) {
        return a.path().equals(b.path()) && a.slug().equals(b.slug()) && a.title().equals(b.title())
                && a.summary().equals(b.summary()) && a.updated().equals(b.updated())
                && a.category().equals(b.category()) && a.tags().equals(b.tags()) && a.draft() == b.draft()
                && a.order() == b.order();
    }
}
