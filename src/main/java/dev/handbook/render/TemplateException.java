package dev.handbook.render;

import dev.handbook.problem.Problem;

/** A theme template could not render a page; carries the problem that names the template and line. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** @param problem what went wrong, and where in the theme */
    public TemplateException(Problem problem) {
        super(problem.headline());
        this.problem = problem;
    }

    /** The problem that says why. */
    public Problem problem() {
        return problem;
    }
}
