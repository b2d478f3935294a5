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
 * @param severity whether it stops the build
 */
public record Problem(String path, int line, int column, String message, String hint, Severity severity)
        implements Comparable<Problem> {

    /** Whether a problem stops the build. */
    public enum Severity {
        /** The build stops, and the site is left as it was. */
        ERROR,
        /** Printed, shown in the preview and annotated on a pull request; the build goes on. */
        WARNING;

        /** The word that starts the message, e.g. {@code error}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    /** Checks the components; a negative line or column is a programming error. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** An error. */
    public Problem(String path, int line, int column, String message, String hint) {
        this(path, line, column, message, hint, Severity.ERROR);
    }

    /** A problem without a hint. */
    public static Problem at(String path, int line, int column, String message) {
        return new Problem(path, line, column, message, "");
    }

    /** A copy of this problem with the given hint. */
    public Problem withHint(String newHint) {
        return new Problem(path, line, column, message, newHint, severity);
    }

    /** A copy of this problem that does not stop the build. */
    public Problem asWarning() {
        return new Problem(path, line, column, message, hint, Severity.WARNING);
    }

    /** Whether it stops the build. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The compiler-style location, severity and message, e.g.
     * {@code content/guides/x.md:12:5: error: unknown key}.
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
        return out.append(": ").append(severity.word()).append(": ").append(message).toString();
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
