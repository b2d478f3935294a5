package dev.handbook.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * A collector of problems for one stage of a build. Not thread-safe: give each thread its own and
 * {@link #addAll(Problems) merge} them.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Adds one problem. */
    public void add(Problem problem) {
        list.add(problem);
    }

    /** Adds a problem without a hint. */
    public void add(String path, int line, int column, String message) {
        list.add(Problem.at(path, line, column, message));
    }

    /** Adds all problems of another collector. */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    /** Adds all the given problems. */
    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    /** Whether no problem was added. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems so far, sorted. */
    public List<Problem> sorted() {
        return list.isEmpty() ? List.of() : list.stream().sorted().distinct().toList();
    }

    /**
     * Throws if any problem was added.
     *
     * @throws BuildFailure carrying every problem so far
     */
    public void throwIfAny() throws BuildFailure {
        if (!list.isEmpty()) {
            throw new BuildFailure(list);
        }
    }
}
