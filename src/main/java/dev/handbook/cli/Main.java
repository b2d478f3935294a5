package dev.handbook.cli;

import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Memo;
import dev.handbook.pipeline.MemoFile;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Request;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import dev.handbook.problem.ProblemReport;
import dev.handbook.preview.PreviewServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java dev.handbook.cli.Main --content content --theme theme --out site}: builds the handbook.
 * Exit codes: 0 built, 1 the input has problems, 2 wrong arguments or an internal error.
 */
public final class Main {
    static final String USAGE = """
            usage: handbook [--content DIR] [--theme DIR] [--out DIR] [--drafts] [--cache DIR | --no-cache]
                            [--serve [--port N]] [--quiet] [--all-warnings] [--debug]
              --content DIR  guides, templates and handbook.yml (default: content)
              --theme DIR    templates and assets (default: theme)
              --out DIR      the folder to replace with the built site (default: site)
              --drafts       include guides marked draft: true
              --cache DIR    where to keep what this build made, for the next build to reuse what did not
                             change (default: target/handbook-cache beside the content folder)
              --no-cache     build everything afresh and keep nothing
              --serve        preview: serve from memory on 127.0.0.1, rebuild and reload on every change;
                             drafts are shown and the output folder is not touched
              --port N       the preview's port (default: 8000; 0 picks a free one)
              --quiet        print only problems
              --all-warnings print every warning (by default the first 100 in full, then how many more)
              --debug        print a stack trace on an internal error
            """;

    /** Where the memo is kept by default, relative to the folder that holds the content folder. */
    static final Path DEFAULT_CACHE = Path.of("target", "handbook-cache");

    private Main() {
    }

    /** Runs the build and exits with its code. */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the build; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (arguments.help()) {
            out.print(USAGE);
            return 0;
        }
        for (Path dir : new Path[] {arguments.content(), arguments.theme()}) {
            if (!Files.isDirectory(dir)) {
                err.println(dir + ": error: no such folder");
                return 2;
            }
        }
        if (arguments.serve()) {
            return serve(arguments, out, err);
        }
        Path root = arguments.content().toAbsolutePath().normalize().getParent();
        Request request = Request.into(arguments.content(), arguments.theme(), arguments.out(), arguments.drafts());
        Optional<MemoFile> memoFile = arguments.noCache() ? Optional.empty()
                : Optional.of(MemoFile.open(arguments.cache().orElse(root.resolve(DEFAULT_CACHE))));
        try {
            BuildResult result = Pipeline.standard().build(request,
                    memoFile.map(MemoFile::memo).orElseGet(Memo::inMemory));
            memoFile.ifPresent(MemoFile::save);
            if (!result.warnings().isEmpty()) {
                err.print(new ProblemReport(root).format(result.warnings(), warningsShown(arguments)));
                annotate(result.warnings(), warningsShown(arguments), out, env);
            }
            if (!arguments.quiet()) {
                out.println(summary(result, arguments.out()));
                result.notes().forEach(note -> out.println("note: " + note));
                if (result.pagesMade() < result.pages()) {
                    out.println("note: " + (result.pages() - result.pagesMade()) + " of " + result.pages()
                            + " pages were as the last build made them");
                }
                memoFile.ifPresent(file -> file.notes().forEach(note -> out.println("note: " + note)));
            }
            return 0;
        } catch (BuildFailure failure) {
            memoFile.ifPresent(MemoFile::save);
            memoFile.ifPresent(file -> file.notes().forEach(note -> err.println("note: " + note)));
            err.print(new ProblemReport(root).format(failure.problems(), warningsShown(arguments)));
            err.println("the build failed; " + arguments.out().getFileName() + "/ was not changed");
            annotate(failure.problems(), warningsShown(arguments), out, env);
            return 1;
        } catch (OutOfMemoryError e) {
            err.println("error: the build ran out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give Java more, for example java -Xmx2g …; " + arguments.out().getFileName()
                    + "/ was not changed");
            return 2;
        } catch (RuntimeException e) {
            err.println("internal error: " + e + " (this is a bug in the builder, not in your content;"
                    + " run with --debug for details)");
            if (arguments.debug()) {
                e.printStackTrace(err);
            }
            return 2;
        } finally {
            memoFile.ifPresent(MemoFile::close);
        }
    }

    private static int warningsShown(Arguments arguments) {
        return arguments.allWarnings() ? Integer.MAX_VALUE : ProblemReport.WARNINGS_SHOWN;
    }

    /** On GitHub Actions, each error and the warnings shown also as annotations on the pull request's diff. */
    private static void annotate(List<Problem> problems, int warningsShown, PrintStream out,
                                 Map<String, String> env) {
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            ProblemReport.shown(problems, warningsShown)
                    .forEach(problem -> out.println(ProblemReport.annotation(problem)));
        }
    }

    private static int serve(Arguments arguments, PrintStream out, PrintStream err) {
        PreviewServer server;
        try {
            server = new PreviewServer(arguments.content(), arguments.theme(), arguments.port(), Pipeline.standard(),
                    out);
        } catch (BindException e) {
            err.println("error: port " + arguments.port() + " is already in use; choose another with --port"
                    + " (with Maven: -Dport=8001)");
            return 2;
        } catch (IOException e) {
            err.println("error: the preview cannot start: " + e.getMessage());
            return 2;
        }
        out.println("preview at " + server.url() + " (drafts included; " + arguments.out().getFileName()
                + "/ is not touched). Press Ctrl+C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
            out.println("preview stopped");
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static String summary(BuildResult result, Path out) {
        StringBuilder line = new StringBuilder();
        long total = result.timings().values().stream().mapToLong(Long::longValue).sum();
        line.append(String.format(Locale.ROOT, "built %d guides, %d pages, %d files (%.1f kB) into %s/ in %d ms (",
                result.guides(), result.pages(), result.fileCount(), result.totalBytes() / 1024.0,
                out.getFileName(), total / 1_000_000));
        String stages = String.join(", ", result.timings().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / 1_000_000 + " ms").toList());
        return line.append(stages).append(')').toString();
    }

    /** The parsed command line. */
    record Arguments(Path content, Path theme, Path out, boolean drafts, boolean quiet, boolean debug,
                     boolean help, boolean serve, int port, Optional<Path> cache, boolean noCache,
                     boolean allWarnings) {
        static Arguments parse(String[] args) {
            Path content = Path.of("content");
            Path theme = Path.of("theme");
            Path out = Path.of("site");
            boolean drafts = false;
            boolean quiet = false;
            boolean debug = false;
            boolean help = false;
            boolean serve = false;
            int port = 8000;
            Optional<Path> cache = Optional.empty();
            boolean noCache = false;
            boolean allWarnings = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--content" -> content = Path.of(value(args, ++i, "--content"));
                    case "--theme" -> theme = Path.of(value(args, ++i, "--theme"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--drafts" -> drafts = true;
                    case "--quiet" -> quiet = true;
                    case "--debug" -> debug = true;
                    case "--help", "-h" -> help = true;
                    case "--serve" -> serve = true;
                    case "--port" -> port = port(value(args, ++i, "--port"));
                    case "--cache" -> cache = Optional.of(Path.of(value(args, ++i, "--cache")));
                    case "--no-cache" -> noCache = true;
                    case "--all-warnings" -> allWarnings = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (noCache && cache.isPresent()) {
                throw new IllegalArgumentException("--cache and --no-cache cannot go together");
            }
            return new Arguments(content, theme, out, drafts, quiet, debug, help, serve, port, cache, noCache,
                    allWarnings);
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--port needs a number from 0 to 65535, not " + text);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
