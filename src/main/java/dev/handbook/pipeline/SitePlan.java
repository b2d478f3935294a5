package dev.handbook.pipeline;

import dev.handbook.content.Content;
import dev.handbook.content.Guide;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.memo.Table;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteSink;
import dev.handbook.problem.Problem;
import dev.handbook.render.PageModel;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.TemplateException;
import dev.handbook.render.Theme;
import dev.handbook.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the site is made of, once its sources are clean: the model of every page, and the files that are not pages. */
final class SitePlan {
    private final Content content;
    private final Theme theme;
    private final PageRenderer renderer;
    private final MarkdownStage.Result<?> bodies;
    /** The templates each guide embeds, by its display path. */
    private final Map<String, TemplateCatalog.Embedded> embedded;
    private final Memo.Placement around;

    /** Plans the site; where each guide stands among the others is made again only when the guides' order changed. */
    SitePlan(Content content, Theme theme, MarkdownStage.Result<?> bodies,
             Map<String, TemplateCatalog.Embedded> embedded, Table<Memo.Places, Memo.Placement> places) {
        this.content = content;
        this.theme = theme;
        this.renderer = new PageRenderer(theme, content.settings());
        this.bodies = bodies;
        this.embedded = embedded;
        List<Guide> guides = content.guides();
        this.around = places.get(new Memo.Places(guides, content.settings().categories()),
                () -> new Memo.Placement(renderer.neighbours(guides), renderer.listings(guides)));
    }

    PageRenderer renderer() {
        return renderer;
    }

    /**
     * The paths of every file that is not a page and that a page may link to: the theme's assets, robots.txt and
     * the feeds. (The search index's files are loaded by the search script, never linked.)
     */
    Set<String> otherPaths() {
        Set<String> paths = new TreeSet<>(theme.assets().keySet());
        paths.add(PageRenderer.ROBOTS);
        if (content.settings().baseUrl().isPresent()) {
            paths.addAll(PageRenderer.FEEDS);
        }
        return paths;
    }

    /** The model of every page: home, 404, categories, tags, then the guides. */
    List<PageModel> pages() {
        List<PageModel> models = new ArrayList<>(around.listings());
        for (Guide guide : content.guides()) {
            models.add(new PageModel.GuidePage(guide, bodies.bodies().get(guide.path()).markdown(),
                    embedded.get(guide.path()).templates(), around.neighbours().get(guide.slug())));
        }
        return models;
    }

    /**
     * Hands the files that are not pages to the sink: the theme's assets, robots.txt and the feeds; the search index
     * handed its own files on as it made them, and is noted.
     *
     * @return notes for the person building, and the problems of theme templates that could not render a feed
     */
    Other otherFiles(SearchIndex.Index index, SiteSink sink, String contentName) {
        List<Problem> problems = new ArrayList<>();
        theme.assets().forEach(sink::add);
        sink.add(PageRenderer.ROBOTS, renderer.robots().getBytes(StandardCharsets.UTF_8));
        try {
            renderer.feeds(content.guides()).forEach((path, text) -> sink.add(path,
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (TemplateException e) {
            problems.add(e.problem());
        }
        List<String> notes = new ArrayList<>();
        if (content.settings().baseUrl().isEmpty()) {
            notes.add("no baseUrl in " + contentName + "/handbook.yml: sitemap.xml, feed.xml, canonical and Open"
                    + " Graph links are left out");
        }
        notes.add(String.format(Locale.ROOT, "search index: %.1f kB in %d files for %d guides",
                index.size() / 1024.0, index.files().size(), index.guides().size()));
        return new Other(List.copyOf(notes), List.copyOf(problems), index);
    }

    /**
     * What handing on the other files gave.
     *
     * @param notes    things worth knowing, e.g. the size of the search index
     * @param problems the problems of theme templates that could not render a feed
     * @param index    the search index as written
     */
    record Other(List<String> notes, List<Problem> problems, SearchIndex.Index index) {

        /** Once the site is in place, files where the search index's guides' parts now are. */
        void remember(SearchIndex.Tables search) {
            index.remember(search);
        }
    }
}
