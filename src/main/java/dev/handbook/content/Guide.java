package dev.handbook.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One guide: an article of the handbook, as its front matter describes it. Its Markdown body is a {@link Body}.
 *
 * @param path     display path, e.g. {@code content/guides/declining-a-job-interview.md}
 * @param slug     the folder of its page, e.g. {@code declining-a-job-interview}
 * @param title    e.g. {@code How to decline a job interview}
 * @param summary  one or two sentences shown under the title and in lists
 * @param updated  the day it was last reviewed, e.g. {@code 2026-11-27}
 * @param category e.g. {@code Interviews}
 * @param tags     e.g. {@code [email, interviews]}
 * @param draft    whether it is left out of the published site
 * @param order    its place within its category; lower first, then by title
 */
public record Guide(String path, String slug, String title, String summary, LocalDate updated, String category,
                    List<String> tags, boolean draft, int order) {

    /** The keys a guide's front matter may have. */
    public static final List<String> KEYS = List.of("title", "summary", "updated", "category", "tags", "draft",
            "order", "slug");

    /** The category of a guide that names none. */
    public static final String DEFAULT_CATEGORY = "General";
}
