package dev.handbook.content;

import dev.handbook.problem.Problems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code handbook.yml} against the settings' schema. */
final class SettingsParser {
    /** The settings of a handbook whose settings file cannot be used. */
    static final Settings FALLBACK = new Settings("Handbook", "A handbook.", "en", Optional.empty(),
            Optional.empty(), List.of(), Settings.PlainLanguage.DEFAULT);

    /**
     * Whether the text is a well-formed language tag whose language exists, such as {@code en}, {@code en-GB} or
     * {@code fil} (three-letter languages are taken as written: Java knows only the two-letter ones by name).
     */
    static boolean isLanguageTag(String text) {
        Locale locale = Locale.forLanguageTag(text);
        String language = locale.getLanguage();
        return locale.toLanguageTag().equalsIgnoreCase(text) && (language.length() == 3
                || language.length() == 2 && Set.of(Locale.getISOLanguages()).contains(language));
    }

    /** The tag meant by a language's English name ("English") or a tag written with "_" ("en_GB"). */
    private static Optional<String> languageNamed(String text) {
        String dashed = text.strip().replace('_', '-');
        if (!dashed.equals(text) && isLanguageTag(dashed)) {
            return Optional.of(Locale.forLanguageTag(dashed).toLanguageTag());
        }
        return Arrays.stream(Locale.getISOLanguages())
                .filter(code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(text.strip()))
                .findFirst();
    }

    private SettingsParser() {
    }

    /** The settings under {@code plainLanguage:}, the defaults for what is not there. */
    private static Settings.PlainLanguage plainLanguage(FrontMatter settings, Problems problems) {
        Optional<FrontMatter> under = settings.mapping("plainLanguage");
        if (under.isEmpty()) {
            return Settings.PlainLanguage.DEFAULT;
        }
        FrontMatter fm = under.get();
        fm.rejectUnknownKeys(Settings.PlainLanguage.KEYS);
        int words = fm.integer("sentenceWords").orElse(Settings.PlainLanguage.DEFAULT.sentenceWords());
        if (words < 5) {
            problems.add(fm.problemAtValue("sentenceWords", "a limit of " + words + " words a sentence leaves no"
                    + " room to write").withHint("write a number of 5 or more; 25 is usual"));
        }
        int grade = fm.integer("grade").orElse(Settings.PlainLanguage.DEFAULT.grade());
        if (grade < 1 || grade > 20) {
            problems.add(fm.problemAtValue("grade", "a reading grade of " + grade + " is not a school grade")
                    .withHint("write a grade from 1 to 20; 9 is a reading age of about 14"));
        }
        return new Settings.PlainLanguage(words, grade, named(fm, "errors"), named(fm, "off"));
    }

    private static List<Settings.Named> named(FrontMatter fm, String key) {
        List<String> names = fm.stringList(key);
        List<Place> places = fm.placesOfItems(key);
        List<Settings.Named> named = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            named.add(new Settings.Named(names.get(i), fm.path(), i < places.size() ? places.get(i)
                    : fm.placeOfValue(key)));
        }
        return List.copyOf(named);
    }

    static ParsedSettings parse(String path, byte[] bytes) {
        Problems problems = new Problems();
        Optional<FrontMatter> parsed;
        try {
            parsed = FrontMatter.parse(path, 1, SourceText.decode(bytes, path).text(), problems);
        } catch (SourceException e) {
            return new ParsedSettings(FALLBACK, List.of(e.problem()));
        }
        if (parsed.isEmpty()) {
            return new ParsedSettings(FALLBACK, problems.sorted());
        }
        FrontMatter fm = parsed.get();
        fm.rejectUnknownKeys(Settings.KEYS);
        String title = fm.requireString("title").orElse(FALLBACK.title());
        String description = fm.requireString("description").orElse(FALLBACK.description());
        String language = fm.requireString("language").orElse(FALLBACK.language());
        if (fm.has("language") && !isLanguageTag(language)) {
            problems.add(fm.problemAtValue("language", "\"" + language + "\" is not a language tag")
                    .withHint(languageNamed(language).map(tag -> "did you mean \"" + tag + "\"? ").orElse("")
                            + "write the code of the language, such as en, or with its country, such as en-GB"));
        }
        Optional<String> baseUrl = fm.string("baseUrl").map(url -> url.endsWith("/") ? url : url + "/");
        baseUrl.filter(url -> !url.matches("https?://[^/\\s]+/\\S*"))
                .ifPresent(url -> problems.add(fm.problemAtValue("baseUrl",
                        "\"baseUrl\" must be an absolute http(s) address, such as https://example.org/handbook/")));
        Optional<String> editUrl = fm.string("editUrl").map(url -> url.endsWith("/") ? url : url + "/");
        editUrl.filter(url -> !url.matches("https?://\\S+"))
                .ifPresent(url -> problems.add(fm.problemAtValue("editUrl",
                        "\"editUrl\" must be an absolute http(s) address")));
        Settings settings = new Settings(title, description, language, baseUrl, editUrl,
                fm.stringList("categories"), plainLanguage(fm, problems));
        return new ParsedSettings(settings, problems.sorted());
    }
}
