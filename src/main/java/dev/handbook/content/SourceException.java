package dev.handbook.content;

import dev.handbook.problem.Problem;

/** A file could not be read as text; carries the problem that says why. */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** @param problem what went wrong, and where */
    public SourceException(Problem problem) {
        super(problem.headline());
        this.problem = problem;
    }

    /** The problem that says why. */
    public Problem problem() {
        return problem;
    }
}
