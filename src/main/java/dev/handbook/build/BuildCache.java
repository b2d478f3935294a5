package dev.handbook.build;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Settings;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.problem.Problem;
import dev.handbook.render.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What earlier builds made, reused by the next build where its inputs are unchanged: a guide's Markdown is
 * rendered again only when its text or the set of guides changed, and a page is rendered and checked again only
 * when its guide, Markdown, templates or listing of neighbours changed; links between pages are resolved again
 * on every build. Owned by one caller at a time, such as the preview server; not thread-safe.
 */
public final class BuildCache {
    /** Whether pages' bytes and search index parts are kept for the next build, or handed on and forgotten. */
    final boolean keepsOutput;
    Theme theme;
    Settings settings;
    Map<String, String> guideFiles = Map.of();
    final Map<String, MarkdownEntry> markdown = new HashMap<>();
    final Map<String, PageEntry> pages = new HashMap<>();
    Map<String, Set<String>> ids = Map.of();
    Map<PageEntry, List<Problem>> linkProblems = Map.of();
    Map<RenderedMarkdown, SearchEntry> searchJson = new java.util.IdentityHashMap<>();
    Object neighboursKey;
    Map<String, dev.handbook.render.Neighbours> neighbours = Map.of();
    final dev.handbook.content.ContentLoader.Memo files = new dev.handbook.content.ContentLoader.Memo();
    int reused;
    int rebuilt;

    record MarkdownEntry(String body, int bodyLine, Map<String, String> guideFiles, RenderedMarkdown rendered,
                         List<Problem> problems) {
    }

    /** A guide's part of the search index, and the listing it was made with. */
    record SearchEntry(List<String> listing, byte[] json) {
    }

    /** An empty cache that keeps what the next build can reuse. */
    public BuildCache() {
        this(true);
    }

    private BuildCache(boolean keepsOutput) {
        this.keepsOutput = keepsOutput;
    }

    /** A cache for a build that no other build follows: it does not keep the pages' bytes or index parts. */
    static BuildCache forOneBuild() {
        return new BuildCache(false);
    }

    /**
     * A page as published: its bytes (null if the cache does not keep them), the inputs it was made from, and
     * what checking it alone found.
     */
    record PageEntry(String path, Object key, byte[] bytes, SiteVerifier.Checked checked) {
    }

    /**
     * Tells the next build which files changed since the last one, as a file watcher saw them, so that it need
     * not walk the guides folder to find out; see {@link dev.handbook.content.ContentLoader.Memo#changed(Set)}.
     */
    public void changed(Set<java.nio.file.Path> paths) {
        files.changed(paths);
    }

    /** How many pages the last build reused from this cache, e.g. {@code 3999}. */
    public int reusedPages() {
        return reused;
    }

    /** How many pages the last build rendered and checked again, e.g. {@code 2}. */
    public int rebuiltPages() {
        return rebuilt;
    }
}
