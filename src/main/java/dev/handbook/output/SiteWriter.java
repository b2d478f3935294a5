package dev.handbook.output;

import dev.handbook.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Replaces an output folder with a built site, all or nothing. */
public final class SiteWriter {
    /** The manifest in the output folder: the sorted paths of the files the build wrote, one a line. */
    public static final String MANIFEST = ".handbook-files";

    /**
     * Writes the files into a staging folder beside {@code outDir}, then swaps it in. On any failure the
     * output folder is left as it was and the staging folder is removed.
     *
     * @return problems that stopped the write; empty when the site was replaced
     */
    public List<Problem> replace(Path outDir, SiteFiles site) {
        Staging staging;
        try {
            staging = stage(outDir);
        } catch (Refused e) {
            return e.problems();
        }
        try (staging) {
            site.asMap().forEach(staging::add);
            return staging.commit();
        } catch (java.io.UncheckedIOException e) {
            return List.of(staging.cannotWrite(e.getCause()));
        }
    }

    /**
     * Starts a new site beside {@code outDir}: files added to the returned staging are written at once, and
     * {@link Staging#commit()} swaps the whole folder in. Closing a staging that was not committed removes it,
     * and {@code outDir} is then as it was.
     *
     * @throws Refused if {@code outDir} holds files the build did not write, or the staging cannot be made
     */
    public Staging stage(Path outDir) throws Refused {
        Path out = outDir.toAbsolutePath().normalize();
        String display = out.getFileName().toString();
        List<Problem> refusal = checkOwned(out, display);
        if (!refusal.isEmpty()) {
            throw new Refused(refusal);
        }
        // A fixed name beside the output: a leftover from an interrupted build is ours and is cleared first.
        Path staging = out.getParent().resolve("." + display + ".staging");
        try {
            Files.createDirectories(out.getParent());
            deleteQuietly(staging);
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new Refused(List.of(Problem.at(display, 0, 0, "cannot write the site: " + e)));
        }
        return new Staging(out, staging, display);
    }

    /** The output folder cannot be replaced; {@link #problems()} says why. */
    public static final class Refused extends Exception {
        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.get(0).message(), null, false, false);
            this.problems = List.copyOf(problems);
        }

        /** Why, e.g. a file in the output folder that the build did not write. */
        public List<Problem> problems() {
            return problems;
        }
    }

    /** A site being written beside its output folder, file by file, until it is swapped in. Thread-safe. */
    public static final class Staging implements SiteSink, AutoCloseable {
        private final Path out;
        private final Path dir;
        private final String display;
        private final Set<String> paths = new java.util.concurrent.ConcurrentSkipListSet<>();
        private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        private boolean committed;

        private Staging(Path out, Path dir, String display) {
            this.out = out;
            this.dir = dir;
            this.display = display;
        }

        /**
         * Writes a file into the staging folder.
         *
         * @throws java.io.UncheckedIOException if it cannot be written
         */
        @Override
        public void add(String path, byte[] content) {
            SiteSink.checkPath(path);
            if (!paths.add(path)) {
                throw new IllegalArgumentException("two files would be written to " + path);
            }
            Path file = dir.resolve(path);
            try {
                Path folder = file.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                try (OutputStream stream = Files.newOutputStream(file)) {
                    stream.write(content);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            bytes.addAndGet(content.length);
        }

        @Override
        public int fileCount() {
            return paths.size();
        }

        @Override
        public long totalBytes() {
            return bytes.get();
        }

        /** The problem of a file that could not be written. */
        public Problem cannotWrite(IOException e) {
            return Problem.at(display, 0, 0, "cannot write the site: " + e);
        }

        /**
         * Writes the manifest and swaps the staging folder in for the output folder.
         *
         * @return problems that stopped the swap; empty when the site was replaced
         */
        public List<Problem> commit() {
            Path previous = null;
            try {
                String manifest = String.join("\n", paths) + "\n";
                Files.write(dir.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
                if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    previous = out.getParent().resolve("." + display + ".previous");
                    deleteQuietly(previous);
                    move(out, previous);
                }
                try {
                    move(dir, out);
                    committed = true;
                } catch (IOException e) {
                    if (previous != null) {
                        move(previous, out);
                        previous = null;
                    }
                    throw e;
                }
                return List.of();
            } catch (IOException e) {
                return List.of(cannotWrite(e));
            } finally {
                deleteQuietly(previous);
            }
        }

        /** Removes the staging folder unless it was swapped in. */
        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(dir);
            }
        }
    }

    /** An existing output folder may hold only what its manifest lists: the build's own files. */
    private static List<Problem> checkOwned(Path out, String display) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return List.of(Problem.at(display, 0, 0, "the output exists but is not a folder; it was left alone"));
        }
        Set<String> listed = new TreeSet<>();
        Path manifest = out.resolve(MANIFEST);
        try {
            if (Files.isRegularFile(manifest)) {
                listed.addAll(Files.readAllLines(manifest, StandardCharsets.UTF_8));
            }
            List<Problem> problems = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.sorted().toList()) {
                    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    String relative = out.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    if (!relative.equals(MANIFEST) && !listed.contains(relative)) {
                        problems.add(new Problem(display + "/" + relative, 0, 0,
                                "this file was not written by the build, so the build will not delete it",
                                "move it out of " + display + "/ (the build replaces the whole folder)"));
                    }
                }
            }
            return problems;
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(Problem.at(display, 0, 0, "cannot read the output folder: " + e.getMessage()));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException exc) throws IOException {
                    Files.delete(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a leftover staging folder is harmless and ignored by git; the next build tries again
        }
    }
}
