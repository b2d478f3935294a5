package dev.handbook.content;

import dev.handbook.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words and phrases that guides should not use, each with the plain word to write instead, from
 * {@code content/words-to-avoid.yml}: one {@code phrase: plain word} a line. Writers extend it; a handbook without
 * the file has none.
 *
 * @param path    the file's display path, e.g. {@code content/words-to-avoid.yml}
 * @param entries the phrases, in the file's order
 */
public record WordsToAvoid(String path, List<Entry> entries) {
    /** The file's name inside {@code content/}. */
    public static final String FILE_NAME = "words-to-avoid.yml";

    /**
     * A phrase to avoid.
     *
     * @param phrase as written, e.g. {@code in order to}
     * @param plain  what to write instead, e.g. {@code to}, or empty
     * @param place  where the phrase is written
     */
    public record Entry(String phrase, String plain, Place place) {
    }

    /** Reads the file of a content folder, if it has one; what is wrong with it goes to {@code problems}. */
    static WordsToAvoid read(Path contentDir, String prefix, Problems problems) {
        String display = prefix + "/" + FILE_NAME;
        Path file = contentDir.resolve(FILE_NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new WordsToAvoid(display, List.of());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(display, 0, 0, "the list of words to avoid must be a file");
            return new WordsToAvoid(display, List.of());
        }
        Optional<FrontMatter> parsed;
        try {
            parsed = FrontMatter.parse(display, 1, SourceText.decode(Files.readAllBytes(file), display).text(),
                    problems);
        } catch (IOException e) {
            problems.add(display, 0, 0, "cannot read the file: " + e.getMessage());
            return new WordsToAvoid(display, List.of());
        } catch (SourceException e) {
            problems.add(e.problem());
            return new WordsToAvoid(display, List.of());
        }
        List<Entry> entries = new ArrayList<>();
        parsed.ifPresent(fm -> {
            for (String phrase : fm.keys()) {
                if (!phrase.codePoints().anyMatch(Character::isLetter)) {
                    problems.add(fm.problemAt(phrase, "\"" + phrase + "\" has no word to look for"));
                    continue;
                }
                fm.requireString(phrase).ifPresent(plain -> entries.add(new Entry(phrase, plain.strip(),
                        new Place(fm.lineOf(phrase), fm.columnOf(phrase)))));
            }
        });
        return new WordsToAvoid(display, List.copyOf(entries));
    }
}
