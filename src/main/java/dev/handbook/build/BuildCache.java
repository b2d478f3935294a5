package dev.handbook.build;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Document;
import dev.handbook.content.Guide;
import dev.handbook.content.Settings;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.problem.Problem;
import dev.handbook.render.Theme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What earlier builds made, reused by the next build where its inputs are unchanged: unchanged files are not
 * read again, templates are parsed again only when one changed, a guide's Markdown is rendered again only when
 * its text or the set of guides changed, and a page is rendered and checked again only when its guide, Markdown,
 * templates or listing of neighbours changed; links are resolved again where a page they lead to changed. When
 * only the text of guides changed since the last successful build, only those guides' pages are made again and
 * every other file is kept. Owned by one caller at a time, such as the preview server; not thread-safe.
 */
public final class BuildCache {
    /** Whether pages' bytes and search index parts are kept for the next build, or handed on and forgotten. */
    final boolean keepsOutput;
    Theme theme;
    Settings settings;
    Map<String, String> guideFiles = Map.of();
    final Map<String, MarkdownEntry> markdown = new HashMap<>();
    final Map<String, PageEntry> pages = new HashMap<>();
    List<Document> templateFiles;
    TemplateCatalog templates;
    List<Problem> templateProblems = List.of();
    Last last;
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

    /**
     * The last successful build in memory and what it was made from, for a quick rebuild after edits that change
     * only the text of guides.
     *
     * @param guides         the guides, in the loader's order
     * @param templates      the template files
     * @param settings       the settings
     * @param otherFiles     the output paths of the files that are not pages
     * @param files          every file of the site
     * @param searchParts    the guides' parts of the search index, in its order
     * @param searchPosition where each guide's part is in {@code searchParts}, by slug
     * @param result         what the build reported
     */
    record Last(List<Guide> guides, List<Document> templates, Settings settings, Set<String> otherFiles,
                SiteFiles files, List<byte[]> searchParts, Map<String, Integer> searchPosition, BuildResult result) {
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
