package dev.handbook.content;

import dev.handbook.problem.Problem;

/**
 * A place in a source file, for problems found after the file was parsed.
 *
 * @param line   1-based, or 0 for the whole file
 * @param column 1-based, or 0 when unknown
 */
public record Place(int line, int column) {
    /** The whole file. */
    public static final Place FILE = new Place(0, 0);

    /** A problem here in {@code path}. */
    public Problem problem(String path, String message, String hint) {
        return new Problem(path, line, column, message, hint);
    }
}
