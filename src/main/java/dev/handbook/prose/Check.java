package dev.handbook.prose;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Suggest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The plain-language checks, by the names writers use in handbook.yml and in comments that silence one. */
public enum Check {
    /** A sentence longer than the handbook's limit. */
    LONG_SENTENCE("long-sentence"),
    /** A file whose reading grade is above the handbook's limit. */
    READING_GRADE("reading-grade"),
    /** A word or phrase of the list of words to avoid. */
    WORDS_TO_AVOID("words-to-avoid"),
    /** The same word twice in a row. */
    REPEATED_WORD("repeated-word"),
    /** Two spaces, or a punctuation mark twice, in a row. */
    SPACING("spacing"),
    /** A bracket or quote that is not closed, or closes nothing. */
    UNBALANCED("unbalanced"),
    /** A sentence in the passive voice. */
    PASSIVE_VOICE("passive-voice"),
    /** A word spelt in the other variant of English than the handbook's language. */
    SPELLING("spelling");

    private final String id;

    Check(String id) {
        this.id = id;
    }

    /** The check's name, e.g. {@code long-sentence}. */
    public String id() {
        return id;
    }

    /** Every check's name. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Check::id).toList();
    }

    /** The error of a name that is no check, written at a place of a file, with a "did you mean". */
    static Problem unknown(String name, String path, int line, int column) {
        return new Problem(path, line, column, "\"" + name + "\" is not a plain-language check",
                Suggest.closest(name, ids()).map(near -> "did you mean \"" + near + "\"? ").orElse("")
                        + "the checks are " + String.join(", ", ids()));
    }

    /** The check of a name, if there is one. */
    public static Optional<Check> named(String id) {
        return Arrays.stream(values()).filter(check -> check.id.equals(id)).findFirst();
    }
}
