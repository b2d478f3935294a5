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

    /** The link to a guide. */
    public static GuideLink to(Guide guide) {
        return new GuideLink(guide.slug(), guide.title(), guide.summary());
    }
}
