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
 * @param plainLanguage the limits of the plain-language checks, and which of them are errors or off
 */
public record Settings(String title, String description, String language, Optional<String> baseUrl,
                       Optional<String> editUrl, List<String> categories, PlainLanguage plainLanguage) {

    /** The file name of the settings inside {@code content/}. */
    public static final String FILE_NAME = "handbook.yml";

    /** The keys the settings file may have. */
    public static final List<String> KEYS = List.of("title", "description", "language", "baseUrl", "editUrl",
            "categories", "plainLanguage");

    /**
     * The settings of the plain-language checks, under {@code plainLanguage:}.
     *
     * @param sentenceWords the most words a sentence should have, e.g. {@code 25}
     * @param grade         the highest reading grade a guide should have, e.g. {@code 9}
     * @param errors        the checks whose findings stop the build, as written
     * @param off           the checks that do not run, as written
     */
    public record PlainLanguage(int sentenceWords, int grade, List<Named> errors, List<Named> off) {
        /** The keys under {@code plainLanguage:}. */
        public static final List<String> KEYS = List.of("sentenceWords", "grade", "errors", "off");
        /** The settings when handbook.yml has none: sentences of 25 words at most, grade 9, every check a warning. */
        public static final PlainLanguage DEFAULT = new PlainLanguage(25, 9, List.of(), List.of());
    }

    /**
     * A name written in the settings, with where, for problems found by the stage that knows the names.
     *
     * @param name  e.g. {@code long-sentence}
     * @param path  the settings file's display path, e.g. {@code content/handbook.yml}
     * @param place where the name is written
     */
    public record Named(String name, String path, Place place) {
    }
}
