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
import java.util.Map;
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
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        String display = out.getFileName().toString();
        List<Problem> refusal = checkOwned(out, display);
        if (!refusal.isEmpty()) {
            return refusal;
        }
        // Fixed names beside the output: a leftover from an interrupted build is ours and is cleared first.
        Path staging = parent.resolve("." + display + ".staging");
        Path previous = null;
        try {
            Files.createDirectories(parent);
            deleteQuietly(staging);
            Files.createDirectory(staging);
            write(staging, site);
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                previous = parent.resolve("." + display + ".previous");
                deleteQuietly(previous);
                move(out, previous);
            }
            try {
                move(staging, out);
                staging = null;
            } catch (IOException e) {
                if (previous != null) {
                    move(previous, out);
                    previous = null;
                }
                throw e;
            }
            return List.of();
        } catch (IOException e) {
            return List.of(Problem.at(display, 0, 0, "cannot write the site: " + e));
        } finally {
            deleteQuietly(staging);
            deleteQuietly(previous);
        }
    }

    /**
     * Writes the files into an empty or missing folder, without staging; for tests and benchmarks.
     *
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir, SiteFiles site) throws IOException {
        Set<Path> made = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : site.asMap().entrySet()) {
            Path file = dir.resolve(entry.getKey());
            Path folder = file.getParent();
            if (made.add(folder)) {
                Files.createDirectories(folder);
            }
            try (OutputStream stream = Files.newOutputStream(file)) {
                stream.write(entry.getValue());
            }
        }
        String manifest = String.join("\n", site.asMap().keySet()) + "\n";
        Files.write(dir.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
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
