package dev.handbook.output;

import dev.handbook.memo.FileStamp;
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
        Owned owned = checkOwned(out, display);
        if (!owned.strangers().isEmpty()) {
            throw new Refused(owned.strangers());
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
        return new Staging(out, staging, display, owned.files());
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
        private final Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final List<String> previousFiles;
        private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        private boolean committed;

        private Staging(Path out, Path dir, String display, List<String> previousFiles) {
            this.out = out;
            this.dir = dir;
            this.display = display;
            this.previousFiles = previousFiles;
        }

        /**
         * Writes a file into the staging folder.
         *
         * @throws java.io.UncheckedIOException if it cannot be written
         */
        @Override
        public Stored add(String path, byte[] content) {
            Path file = claim(path);
            try {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    stream.write(content);
                }
                bytes.addAndGet(content.length);
                return placed(path, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * Adds a file of an earlier site as a hard link to it, which costs a fraction of writing it again and is
         * safe because a site's files are never changed in place: a build writes new files and swaps folders. Where
         * the file system has no hard links (or the earlier file is on another), the file is copied.
         */
        @Override
        public Stored keep(String path, Stored earlier) {
            Path file = claim(path);
            try {
                if (earlier instanceof Stored.InFile inFile) {
                    FileStamp stamp = inFile.stamp();
                    Path source = Path.of(stamp.file());
                    bytes.addAndGet(stamp.size());
                    try {
                        Files.createLink(file, source);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(source, file);
                        return placed(path, file);
                    }
                    // a link is the same file: its stamp is the earlier one, at the place it will have
                    String placed = out.resolve(path).toString();
                    return placed.equals(stamp.file()) ? earlier : new Stored.InFile(new FileStamp(placed,
                            stamp.size(), stamp.modified(), stamp.identity()));
                }
                byte[] content = ((Stored.InMemory) earlier).bytes();
                Files.write(file, content);
                bytes.addAndGet(content.length);
                return placed(path, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Takes a path for a new file and makes its folder; the file in the staging folder to write. */
        private Path claim(String path) {
            SiteSink.checkPath(path);
            if (!paths.add(path)) {
                throw new IllegalArgumentException("two files would be written to " + path);
            }
            Path file = dir.resolve(path);
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                folders.add(folder);
            }
            return file;
        }

        /** Where a file written into the staging folder will be once the site is swapped in, with its stamp. */
        private Stored placed(String path, Path staged) throws IOException {
            FileStamp stamp = FileStamp.now(staged).orElseThrow(() -> new IOException("cannot read " + staged));
            return new Stored.InFile(new FileStamp(out.resolve(path).toString(), stamp.size(), stamp.modified(),
                    stamp.identity()));
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
        @Override
        public List<Problem> commit() {
            Path previous = null;
            try {
                String manifest = String.join("\n", new TreeSet<>(paths)) + "\n";
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
                deleteListed(previous, previousFiles);
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

    /**
     * What an existing output folder holds: the files its manifest lists, and a problem for each file it lists not.
     *
     * @param files     the paths the manifest lists, which a build may delete
     * @param strangers a problem for each other file: the build refuses to delete it
     */
    private record Owned(List<String> files, List<Problem> strangers) {
    }

    /**
     * An existing output folder may hold only what its manifest lists: the build's own files. The folders are
     * listed and the manifest tells files from folders, so an entry is looked at more closely only when the
     * manifest does not know it.
     */
    private static Owned checkOwned(Path out, String display) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return new Owned(List.of(), List.of());
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return new Owned(List.of(), List.of(Problem.at(display, 0, 0,
                    "the output exists but is not a folder; it was left alone")));
        }
        Path manifest = out.resolve(MANIFEST);
        try {
            List<String> listed = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList()
                    : List.of();
            Set<String> files = new java.util.HashSet<>(listed);
            files.add(MANIFEST);
            Set<String> folders = new java.util.HashSet<>();
            for (String file : listed) {
                for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                    folders.add(file.substring(0, slash));
                }
            }
            Set<String> strangers = new TreeSet<>();
            List<String> pending = new ArrayList<>(List.of(""));
            while (!pending.isEmpty()) {
                String folder = pending.remove(pending.size() - 1);
                try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(out.resolve(folder))) {
                    for (Path entry : entries) {
                        String relative = folder.isEmpty() ? entry.getFileName().toString()
                                : folder + "/" + entry.getFileName();
                        if (folders.contains(relative)) {
                            pending.add(relative);
                        } else if (!files.contains(relative)) {
                            strangers.addAll(filesBelow(out, entry));
                        }
                    }
                }
            }
            List<Problem> problems = new ArrayList<>();
            for (String relative : strangers) {
                problems.add(new Problem(display + "/" + relative, 0, 0,
                        "this file was not written by the build, so the build will not delete it",
                        "move it out of " + display + "/ (the build replaces the whole folder)"));
            }
            return new Owned(listed, problems);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new Owned(List.of(), List.of(Problem.at(display, 0, 0,
                    "cannot read the output folder: " + e.getMessage())));
        }
    }

    /** The files at or below a path, relative to {@code out}; the path itself if it is a file. */
    private static List<String> filesBelow(Path out, Path start) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.add(out.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree, its top-level entries in parallel; what cannot be deleted is left. */
    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.toList().parallelStream().forEach(SiteWriter::deleteTree);
        } catch (IOException | java.io.UncheckedIOException e) {
            // a leftover staging folder is harmless and ignored by git; the next build tries again
        }
        deleteTree(dir);
    }

    /**
     * Deletes an earlier site whose files are known (its manifest, checked to be all it held): the files, then the
     * folders from the deepest, without looking at each entry first. Whatever is left is deleted tree-wise.
     */
    private static void deleteListed(Path dir, List<String> files) {
        if (dir == null) {
            return;
        }
        files.parallelStream().forEach(file -> {
            try {
                Files.deleteIfExists(dir.resolve(file));
            } catch (IOException e) {
                // left for the tree-wise deletion below
            }
        });
        Set<String> folders = new TreeSet<>(java.util.Comparator.comparingInt((String f) -> f.split("/").length)
                .reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        try {
            Files.deleteIfExists(dir.resolve(MANIFEST));
            for (String folder : folders) {
                Files.delete(dir.resolve(folder));
            }
            Files.delete(dir);
        } catch (IOException e) {
            deleteQuietly(dir);
        }
    }

    private static void deleteTree(Path path) {
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
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
            // what could not be deleted stays; the next build tries again
        }
    }
}
