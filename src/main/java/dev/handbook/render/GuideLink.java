package dev.handbook.render;

import dev.handbook.content.Guide;

/**
 * What a page shows of another guide: a link with its title and summary.
 *
 * @param slug    e.g. {@code declining-a-job-offer}
 * @param title   e.g. {@code How to decline a job offer}
 * @param summary one or two sentences
 */
public record GuideLink(String slug, String title, String summary) {

    /** Worked out by hand, as it is for every page's key in every build; equal links have equal codes. */
    @Override
    public int hashCode() {
        return (31 * slug.hashCode() + title.hashCode()) * 31 + summary.hashCode();
    }

    /** The link to a guide. */
    public static GuideLink to(Guide guide) {
        return new GuideLink(guide.slug(), guide.title(), guide.summary());
    }
}
