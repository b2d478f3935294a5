package dev.handbook.content;

import java.util.List;
import java.util.Optional;

/**
 * The handbook's settings, from {@code content/handbook.yml}.
 *
 * @param title       the handbook's name, e.g. {@code Career Handbook}
 * @param description one sentence on what it is, used on the home page and in meta descriptions
 * @param language    the BCP 47 language of the content, e.g. {@code en}
 * @param baseUrl     the absolute address it is published at, if known, e.g. {@code https://example.org/handbook/}
 * @param editUrl     the prefix of "edit this page" links, if any, e.g. {@code https://github.com/o/r/edit/main/}
 * @param categories  the order of categories on the home page; others follow alphabetically
 */
public record Settings(String title, String description, String language, Optional<String> baseUrl,
                       Optional<String> editUrl, List<String> categories) {

    /** The file name of the settings inside {@code content/}. */
    public static final String FILE_NAME = "handbook.yml";

    /** The keys the settings file may have. */
    public static final List<String> KEYS = List.of("title", "description", "language", "baseUrl", "editUrl",
            "categories");
}
