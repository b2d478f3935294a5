package dev.handbook.render;

import dev.handbook.content.Guide;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digested;
import dev.handbook.message.MessageTemplate;
import java.util.List;

/**
 * Exactly what a page shows, apart from the settings and the theme: a page made from an equal model with the same
 * settings and theme is the same page, so the model is the key of the page's memo entry.
 */
public sealed interface PageModel {

    /** Where the page is published, relative to the site, e.g. {@code declining-a-job-offer/index.html}. */
    String path();

    /**
     * A guide's page.
     *
     * @param guide      the guide
     * @param body       its rendered body
     * @param templates  the templates it embeds, in order
     * @param neighbours the guides around it
     */
    record GuidePage(Guide guide, Digested<RenderedMarkdown> body, List<Digested<MessageTemplate>> templates,
                     Neighbours neighbours) implements PageModel {
        @Override
        public String path() {
            return PageRenderer.guidePath(guide.slug());
        }
    }

    /**
     * The home page: every category with its first guides.
     *
     * @param categories in the settings' order, then alphabetical
     */
    record Home(List<Category> categories) implements PageModel {
        @Override
        public String path() {
            return "index.html";
        }
    }

    /**
     * One page of a category's or a tag's guides; a long list is split into pages of
     * {@link PageRenderer#PER_PAGE}, the first at {@code category/x/index.html}, the others at
     * {@code category/x/page/N/index.html}.
     *
     * @param kind   a category's page or a tag's
     * @param name   e.g. {@code Interviews}
     * @param guides this page's guides, in the category's order
     * @param page   which page, from 1
     * @param pages  how many pages the list has
     * @param total  how many guides the list has
     */
    record Listing(Kind kind, String name, List<GuideLink> guides, int page, int pages, int total)
            implements PageModel {
        @Override
        public String path() {
            String first = kind == Kind.CATEGORY ? PageRenderer.categoryPath(name) : PageRenderer.tagPath(name);
            return page == 1 ? first : first.replace("index.html", "page/" + page + "/index.html");
        }
    }

    /** The page shown for an address that does not exist. */
    record NotFound() implements PageModel {
        @Override
        public String path() {
            return "404.html";
        }
    }

    /**
     * A category on the home page.
     *
     * @param name   e.g. {@code Interviews}
     * @param guides its first guides, in the category's order
     * @param total  how many guides it has
     */
    record Category(String name, List<GuideLink> guides, int total) {
    }

    /** What a listing page lists. */
    enum Kind {
        /** The guides of a category. */
        CATEGORY,
        /** The guides that carry a tag. */
        TAG
    }
}
