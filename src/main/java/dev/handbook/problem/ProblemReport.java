package dev.handbook.problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats problems for a person: the headline, the offending source line with a caret under the column,
 * and the hint. Reads the files it quotes from a root folder.
 */
public final class ProblemReport {
    /** How many warnings a report shows in full unless asked for all: as many as a person reads at once. */
    public static final int WARNINGS_SHOWN = 100;

    private final Path root;
    /** The lines of the file quoted last: problems come sorted by file, so each file is read once. */
    private String linesPath;
    private List<String> lines = List.of();

    /** @param root the folder that problem paths are relative to */
    public ProblemReport(Path root) {
        this.root = root;
    }

    /**
     * Formats every problem, then a count line, e.g. {@code 2 problems} or {@code 1 problem, 2 warnings}.
     */
    public String format(List<Problem> problems) {
        return format(problems, Integer.MAX_VALUE);
    }

    /**
     * Formats every error and the first {@code warningsShown} warnings, then a line that counts the warnings
     * not shown, if any, and the count line.
     */
    public String format(List<Problem> problems, int warningsShown) {
        StringBuilder out = new StringBuilder();
        shown(problems, warningsShown).forEach(problem -> out.append(format(problem)));
        List<Problem> hidden = problems.stream().filter(problem -> !problem.isError()).skip(warningsShown).toList();
        if (!hidden.isEmpty()) {
            long files = hidden.stream().map(Problem::path).distinct().count();
            out.append("… and ").append(hidden.size()).append(hidden.size() == 1 ? " more warning" : " more warnings")
                    .append(" in ").append(files).append(files == 1 ? " file" : " files").append(", not shown here\n");
        }
        long warnings = problems.stream().filter(p -> !p.isError()).count();
        long errors = problems.size() - warnings;
        if (errors > 0 || warnings == 0) {
            out.append(errors).append(errors == 1 ? " problem" : " problems");
        }
        if (warnings > 0) {
            out.append(errors > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return out.append('\n').toString();
    }

    /** Every error, and the first {@code warningsShown} warnings, in their order: what a report shows. */
    public static List<Problem> shown(List<Problem> problems, int warningsShown) {
        List<Problem> shown = new ArrayList<>();
        int warnings = 0;
        for (Problem problem : problems) {
            if (problem.isError() || warnings++ < warningsShown) {
                shown.add(problem);
            }
        }
        return shown;
    }

    /** Formats one problem as a headline, the quoted line and caret if known, and the hint if any. */
    public String format(Problem problem) {
        StringBuilder out = new StringBuilder(problem.headline()).append('\n');
        sourceLine(problem).ifPresent(text -> {
            String shown = text.replace('\t', ' ');
            out.append("  | ").append(shown).append('\n');
            if (problem.column() > 0) {
                int caret = Math.min(problem.column() - 1, shown.length());
                out.append("  | ").append(" ".repeat(caret)).append("^\n");
            }
        });
        if (!problem.hint().isEmpty()) {
            out.append("  = hint: ").append(problem.hint()).append('\n');
        }
        return out.toString();
    }

    /**
     * The GitHub Actions annotation of a problem, e.g. {@code ::error file=x.md,line=3,col=1::message}, or
     * {@code ::warning …} for a warning.
     */
    public static String annotation(Problem problem) {
        StringBuilder out = new StringBuilder("::").append(problem.severity().word()).append(" file=")
                .append(escapeProperty(problem.path()));
        if (problem.line() > 0) {
            out.append(",line=").append(problem.line());
            if (problem.column() > 0) {
                out.append(",col=").append(problem.column());
            }
        }
        String text = problem.hint().isEmpty() ? problem.message() : problem.message() + " (" + problem.hint() + ")";
        return out.append("::").append(escapeData(text)).toString();
    }

    // The escaping GitHub's workflow commands define for their data and property values.
    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }

    private java.util.Optional<String> sourceLine(Problem problem) {
        if (problem.line() <= 0) {
            return java.util.Optional.empty();
        }
        if (!problem.path().equals(linesPath)) {
            linesPath = problem.path();
            lines = readLines(linesPath);
        }
        if (problem.line() > lines.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(lines.get(problem.line() - 1));
    }

    private List<String> readLines(String path) {
        Path file = root.resolve(path);
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
