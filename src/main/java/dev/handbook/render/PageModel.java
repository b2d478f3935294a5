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
     * The home page: every category with its guides.
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
     * The page of a category or a tag: its guides in order.
     *
     * @param kind   a category's page or a tag's
     * @param name   e.g. {@code Interviews}
     * @param guides in the category's order
     */
    record Listing(Kind kind, String name, List<GuideLink> guides) implements PageModel {
        @Override
        public String path() {
            return kind == Kind.CATEGORY ? PageRenderer.categoryPath(name) : PageRenderer.tagPath(name);
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
     * @param guides in the category's order
     */
    record Category(String name, List<GuideLink> guides) {
    }

    /** What a listing page lists. */
    enum Kind {
        /** The guides of a category. */
        CATEGORY,
        /** The guides that carry a tag. */
        TAG
    }
}
