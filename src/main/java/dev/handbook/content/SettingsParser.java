package dev.handbook.content;

import dev.handbook.problem.Problems;
import java.util.List;
import java.util.Optional;

/** Reads {@code handbook.yml} against the settings' schema. */
final class SettingsParser {
    /** The settings of a handbook whose settings file cannot be used. */
    static final Settings FALLBACK = new Settings("Handbook", "A handbook.", "en", Optional.empty(),
            Optional.empty(), List.of());

    private SettingsParser() {
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
        Optional<String> baseUrl = fm.string("baseUrl").map(url -> url.endsWith("/") ? url : url + "/");
        baseUrl.filter(url -> !url.matches("https?://[^/\\s]+/\\S*"))
                .ifPresent(url -> problems.add(fm.problemAtValue("baseUrl",
                        "\"baseUrl\" must be an absolute http(s) address, such as https://example.org/handbook/")));
        Optional<String> editUrl = fm.string("editUrl").map(url -> url.endsWith("/") ? url : url + "/");
        editUrl.filter(url -> !url.matches("https?://\\S+"))
                .ifPresent(url -> problems.add(fm.problemAtValue("editUrl",
                        "\"editUrl\" must be an absolute http(s) address")));
        Settings settings = new Settings(title, description, language, baseUrl, editUrl,
                fm.stringList("categories"));
        return new ParsedSettings(settings, problems.sorted());
    }
}
