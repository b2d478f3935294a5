package dev.handbook.pipeline;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.ContentStage;
import dev.handbook.content.Guide;
import dev.handbook.content.ParsedGuide;
import dev.handbook.content.ParsedSettings;
import dev.handbook.content.SourceKey;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digest;
import dev.handbook.memo.FileStamp;
import dev.handbook.memo.Table;
import dev.handbook.message.ParsedTemplate;
import dev.handbook.output.SiteWriter;
import dev.handbook.prose.ProseStage;
import dev.handbook.render.Neighbours;
import dev.handbook.render.PageModel;
import dev.handbook.render.Theme;
import dev.handbook.search.SearchIndex;
import dev.handbook.search.WordIndex;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Every stage's memo table, kept from one build to the next: by the preview in memory, by the command line in a
 * {@link MemoFile}. A build with a memo gives exactly what a build without one gives; the memo only spares work.
 */
public final class Memo {
    final ContentStage.Tables content = new ContentStage.Tables(
            new Table<FileStamp, Digest>("hashes", Digest.class, true),
            new Table<SourceKey, ParsedGuide>("guides", ParsedGuide.class, true),
            new Table<SourceKey, ParsedSettings>("settings", ParsedSettings.class, true),
            new Table<ContentStage.Folder, ContentStage.Walk>("walks", ContentStage.Walk.class, false));
    final Table<SourceKey, ParsedTemplate> templates = new Table<>("templates", ParsedTemplate.class, true);
    final Table<ThemeFiles, Theme.Loaded> themes = new Table<>("themes", Theme.Loaded.class, false);
    final MarkdownStage.Tables markdown = new MarkdownStage.Tables(
            new Table<MarkdownStage.Key, RenderedMarkdown>("rendered", RenderedMarkdown.class, false),
            new Table<MarkdownStage.Key, MarkdownStage.Summary>("markdown", MarkdownStage.Summary.class, true),
            new Table<GuideLinks, Digest>("guide-files", Digest.class, false));
    final Table<Places, Placement> places = new Table<>("places", Placement.class, false);
    final Table<ProseStage.Key, ProseStage.Checked> prose = new Table<>("prose", ProseStage.Checked.class, true);
    final SearchIndex.Tables search = new SearchIndex.Tables(
            new Table<SearchIndex.Key, SearchIndex.Part>("search", SearchIndex.Part.class, true),
            new Table<WordIndex.GroupKey, WordIndex.GroupParts>("search-words", WordIndex.GroupParts.class, true));
    final Table<PageStage.Key, PageStage.Made> pages = new Table<>("pages", PageStage.Made.class, true);
    final Table<Digest, SiteVerifier.Checked> checks = new Table<>("checks", SiteVerifier.Checked.class, false);
    final Table<LinkStage.Key, LinkStage.Resolved> links = new Table<>("links", LinkStage.Resolved.class, true);
    final Table<SiteOutput.Folder, SiteWriter.Folders> folders = new Table<>("folders", SiteWriter.Folders.class,
            true);
    private final LongSupplier fileSystemClock;

    /**
     * What a compiled theme depends on.
     *
     * @param digest the digest of the theme folder's files, as read
     */
    record ThemeFiles(Digest digest) {
    }

    /**
     * What the pages that list guides, and every guide's neighbours, depend on.
     *
     * @param guides     the guides
     * @param categories the settings' order of categories
     */
    record Places(List<Guide> guides, List<String> categories) {
    }

    /**
     * Where every guide stands among the others.
     *
     * @param neighbours each guide's neighbours, by its slug
     * @param listings   the models of the pages that list guides
     */
    record Placement(Map<String, Neighbours> neighbours, List<PageModel> listings) {
    }

    Memo(LongSupplier fileSystemClock) {
        this.fileSystemClock = fileSystemClock;
    }

    /** An empty memo kept in memory, such as the preview's. */
    public static Memo inMemory() {
        return new Memo(() -> Long.MIN_VALUE);
    }

    /** Every table, in a fixed order. */
    List<Table<?, ?>> tables() {
        return List.of(content.hashes(), content.guides(), content.settings(), content.walks(),
                templates, themes, markdown.rendered(), markdown.summaries(), markdown.links(), prose, places,
                search.guides(), search.words(), pages, checks, links, folders);
    }

    /** The file system's time now, in nanoseconds since 1970, or {@link Long#MIN_VALUE} where unknown. */
    long fileSystemNow() {
        return fileSystemClock.getAsLong();
    }

    /** Ends a build in every table; see {@link Table#endBuild}. */
    void endBuild(boolean succeeded) {
        tables().forEach(table -> table.endBuild(succeeded));
    }
}
