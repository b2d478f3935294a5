package dev.handbook.problem;

import java.util.List;

/** Thrown when a build found problems; carries all of them, sorted by file, line and column. */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param problems at least one problem
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public BuildFailure(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a build failure needs at least one problem");
        }
        this.problems = problems.stream().sorted().distinct().toList();
    }

    /** The problems, sorted by path, line and column, without duplicates. */
    public List<Problem> problems() {
        return problems;
    }
}
