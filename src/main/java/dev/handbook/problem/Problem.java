package dev.handbook.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, pointing at the file a writer can fix.
 *
 * @param path    the file, relative to the repository root, with forward slashes, e.g. {@code content/guides/x.md}
 * @param line    1-based line, or 0 when the problem concerns the whole file, e.g. {@code 12}
 * @param column  1-based column, or 0 when unknown, e.g. {@code 5}
 * @param message what is wrong, as one sentence without a final full stop, e.g. {@code unknown key "titel"}
 * @param hint    what to do about it, or the empty string, e.g. {@code did you mean "title"?}
 */
public record Problem(String path, int line, int column, String message, String hint)
        implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** Checks the components; a negative line or column is a programming error. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A problem without a hint. */
    public static Problem at(String path, int line, int column, String message) {
        return new Problem(path, line, column, message, "");
    }

    /** A copy of this problem with the given hint. */
    public Problem withHint(String newHint) {
        return new Problem(path, line, column, message, newHint);
    }

    /**
     * The compiler-style location and message, e.g. {@code content/guides/x.md:12:5: error: unknown key}.
     * The hint, if any, is not included; see {@link ProblemReport}.
     */
    public String headline() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": error: ").append(message).toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return headline();
    }
}
