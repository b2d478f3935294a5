package dev.handbook.output;

import dev.handbook.memo.FileStamp;
import dev.handbook.problem.Problem;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Replaces an output folder with a built site, all or nothing.
 *
 * <p>A build writes the new site into a spare folder beside the output ({@code .site.spare} for {@code site}), then
 * swaps the two with renames. The spare is the site the build before last published, which the last swap set aside:
 * a file that is the same in the new site is already there, or is linked there from the output folder (files are
 * never changed in place, so a link is as good as a copy); only new and changed files are written, and files the
 * new site does not have are deleted. Each folder carries a manifest of its files; the spare's is removed while it
 * is being changed, so a spare left without one by a stopped build is cleared and made afresh.
 *
 * <p>A swap is three renames: output to {@code .site.swap}, spare to output, {@code .site.swap} to spare. A build
 * that finds {@code .site.swap} ends the swap a stopped build began: it puts the old site back if the output
 * folder is missing, and sets it aside as the spare if the new one is in place. One build at a time writes: it
 * holds {@code .site.lock} from the start of its writing until it has swapped or given up, and a second build
 * is refused with a problem that says so.
 */
public final class SiteWriter {
    /** The manifest in the output folder: the sorted paths of the files the build wrote, one a line. */
    public static final String MANIFEST = ".handbook-files";

    /**
     * Writes the files into the spare folder beside {@code outDir}, then swaps it in. On any failure the output
     * folder is left as it was.
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
        } catch (UncheckedIOException e) {
            return List.of(staging.cannotWrite(e.getCause()));
        }
    }

    /**
     * Starts bringing the spare folder beside {@code outDir} up to date: files added to the returned staging are
     * written at once, and {@link Staging#commit()} swaps it in. A staging closed without a commit leaves
     * {@code outDir} as it was.
     *
     * @throws Refused if {@code outDir} holds files the build did not write, or the spare cannot be made
     */
    public Staging stage(Path outDir) throws Refused {
        return stage(outDir, Folders.NONE);
    }

    /**
     * As {@link #stage(Path)}, knowing the stamps of the output folder's folders as the last build left them: a
     * folder whose stamp is the same has had no file added or removed since, so it is not listed again.
     */
    public Staging stage(Path outDir, Folders known) throws Refused {
        Path out = outDir.toAbsolutePath().normalize();
        String display = out.getFileName().toString();
        FileChannel lock = lock(out, display);
        try {
            return stage(out, display, known, lock);
        } catch (Refused | RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static Staging stage(Path out, String display, Folders known, FileChannel lock) throws Refused {
        Path spare = out.resolveSibling("." + display + ".spare");
        Path swap = out.resolveSibling("." + display + ".swap");
        try {
            recover(out, spare, swap);
        } catch (IOException e) {
            throw new Refused(List.of(Problem.at(display, 0, 0, "cannot finish the swap an earlier build began: "
                    + e)));
        }
        Owned owned = checkOwned(out, display, known);
        if (!owned.strangers().isEmpty()) {
            throw new Refused(owned.strangers());
        }
        try {
            // an earlier version of the builder staged here; the folder is ours
            deleteTree(out.resolveSibling("." + display + ".staging"));
            List<String> held = openSpare(spare);
            return new Staging(out, spare, swap, display, held, lock);
        } catch (IOException e) {
            throw new Refused(List.of(Problem.at(display, 0, 0, "cannot write the site: " + e)));
        }
    }

    /**
     * Takes the lock beside the output folder ({@code .site.lock} for {@code site}) that one build at a time holds
     * from the start of its writing until its swap is done or it gives up.
     *
     * @throws Refused if another build holds it
     */
    private static FileChannel lock(Path out, String display) throws Refused {
        FileChannel channel = null;
        try {
            Files.createDirectories(out.getParent());
            channel = FileChannel.open(out.resolveSibling("." + display + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by another build in this JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new Refused(List.of(Problem.at(display, 0, 0, "cannot write the site: " + e)));
        }
        closeQuietly(channel);
        throw new Refused(List.of(new Problem(display, 0, 0, "another build is writing " + display
                + "/ now, so this one leaves it alone", "wait for the other build to finish, then build again")));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases the lock whatever happens
            }
        }
    }

    /** Ends a swap a stopped build began, if there is one. */
    private static void recover(Path out, Path spare, Path swap) throws IOException {
        if (!Files.exists(swap, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            move(swap, out);
        } else if (!Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            move(swap, spare);
        } else {
            deleteTree(swap);
        }
    }

    /**
     * The files the spare folder holds, from its manifest, which is removed until the spare is whole again; a spare
     * without a manifest is cleared.
     */
    private static List<String> openSpare(Path spare) throws IOException {
        Path manifest = spare.resolve(MANIFEST);
        if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            List<String> held = readManifest(manifest);
            Files.delete(manifest);
            return held;
        }
        deleteTree(spare);
        Files.createDirectories(spare);
        return List.of();
    }

    private static List<String> readManifest(Path manifest) throws IOException {
        return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(line -> !line.isEmpty())
                .toList();
    }

    /**
     * The stamps of a site's folders, by path relative to the site ({@code ""} for the site's own), as they were when
     * the build that made them swapped them in: adding or removing a file changes its folder's stamp.
     *
     * @param stamps e.g. {@code category/offers -> (size, time, identity)}
     */
    public record Folders(Map<String, FileStamp> stamps) {
        /** Nothing known: every folder is listed. */
        public static final Folders NONE = new Folders(Map.of());

        boolean unchanged(String folder, Path dir) {
            FileStamp known = stamps.get(folder);
            return known != null && FileStamp.now(dir, true).filter(now -> now.size() == known.size()
                    && now.modified() == known.modified() && now.identity().equals(known.identity())).isPresent();
        }
    }

    /** The output folder cannot be replaced; {@link #problems()} says why. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
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

    /** The spare folder being brought up to date, file by file, until it is swapped in. Thread-safe. */
    public static final class Staging implements SiteSink, AutoCloseable {
        private final Path out;
        private final Path dir;
        private final Path swap;
        private final String display;
        private final Set<String> held;
        private final FileChannel lock;
        private final Set<String> paths = ConcurrentHashMap.newKeySet();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private final AtomicLong bytes = new AtomicLong();
        private boolean closed;
        private boolean committed;
        private Folders stamps = Folders.NONE;

        private Staging(Path out, Path dir, Path swap, String display, List<String> held, FileChannel lock) {
            this.out = out;
            this.dir = dir;
            this.swap = swap;
            this.display = display;
            this.held = Set.copyOf(held);
            this.lock = lock;
            folders.add(dir);
            for (String file : held) {
                for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                    folders.add(dir.resolve(file.substring(0, slash)));
                }
            }
        }

        /**
         * Writes a file into the spare folder, as a new file: what the spare held at that path may be a link to a
         * file of the published site, which must not change.
         *
         * @throws UncheckedIOException if it cannot be written
         */
        @Override
        public Stored add(String path, byte[] content) {
            return write(path, claim(path), content);
        }

        private Stored write(String path, Path file, byte[] content) {
            try {
                clear(path, file);
                try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    stream.write(content);
                }
                bytes.addAndGet(content.length);
                return placed(path, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes a file made of runs of bytes; runs in files written before are copied by the file system. */
        @Override
        public Stored add(String path, List<Slice> slices) {
            Path file = claim(path);
            Map<String, FileChannel> sources = new HashMap<>();
            try {
                clear(path, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (FileChannel out = FileChannel.open(file,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (Slice slice : slices) {
                    if (slice.source() instanceof Stored.InFile inFile) {
                        FileChannel source = sources.get(inFile.stamp().file());
                        if (source == null) {
                            source = FileChannel.open(Path.of(inFile.stamp().file()));
                            sources.put(inFile.stamp().file(), source);
                        }
                        long done = 0;
                        while (done < slice.length()) {
                            long moved = source.transferTo(slice.offset() + done, slice.length() - done, out);
                            if (moved <= 0) {
                                throw new IOException("the file " + inFile.stamp().file() + " ended early");
                            }
                            done += moved;
                        }
                    } else {
                        out.write(ByteBuffer.wrap(slice.read()));
                    }
                    bytes.addAndGet(slice.length());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (FileChannel source : sources.values()) {
                    try {
                        source.close();
                    } catch (IOException e) {
                        // only read from
                    }
                }
            }
            try {
                return placed(path, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Adds a file of an earlier site: nothing to do if the spare holds that very file already, else a hard link
         * to it, which costs a fraction of writing it again. Where the file system has no hard links (or the earlier
         * file is on another), the file is copied.
         */
        @Override
        public Stored keep(String path, Stored earlier) {
            Path file = claim(path);
            try {
                if (earlier instanceof Stored.InFile inFile) {
                    FileStamp stamp = inFile.stamp();
                    bytes.addAndGet(stamp.size());
                    boolean there = held.contains(path) && FileStamp.now(file).map(FileStamp::identity)
                            .filter(identity -> identity.equals(stamp.identity()) && !identity.isEmpty()).isPresent();
                    if (!there) {
                        clear(path, file);
                        try {
                            Files.createLink(file, Path.of(stamp.file()));
                        } catch (IOException | UnsupportedOperationException e) {
                            Files.copy(Path.of(stamp.file()), file);
                            return placed(path, file);
                        }
                    }
                    // the same file: its stamp is the earlier one, at the place it will have
                    String placed = out.resolve(path).toString();
                    return placed.equals(stamp.file()) ? earlier : new Stored.InFile(new FileStamp(placed,
                            stamp.size(), stamp.modified(), stamp.identity()));
                }
                return write(path, file, ((Stored.InMemory) earlier).bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Deletes what the spare folder holds at a path, if its manifest lists a file there. */
        private void clear(String path, Path file) throws IOException {
            if (held.contains(path)) {
                Files.deleteIfExists(file);
            }
        }

        /** Takes a path for a file of the new site and makes its folder; the file in the spare folder. */
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
                    throw new UncheckedIOException(e);
                }
                folders.add(folder);
            }
            return file;
        }

        /** Where a file written into the spare folder will be once the site is swapped in, with its stamp. */
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
         * Deletes what the new site does not have from the spare folder, writes its manifest and swaps it in for
         * the output folder.
         *
         * @return problems that stopped the swap; empty when the site was replaced
         */
        @Override
        public List<Problem> commit() {
            try {
                List<String> gone = held.stream().filter(file -> !paths.contains(file)).toList();
                deleteListed(dir, gone);
                writeManifest(paths);
                stamps = stamps(paths);
                if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    move(out, swap);
                    try {
                        move(dir, out);
                    } catch (IOException e) {
                        move(swap, out);
                        throw e;
                    }
                    move(swap, dir);
                } else {
                    move(dir, out);
                }
                closed = true;
                committed = true;
                return List.of();
            } catch (IOException e) {
                return List.of(cannotWrite(e));
            }
        }

        /** The stamps of the new site's folders, once it is in place; none before. */
        public Folders folders() {
            return committed ? stamps : Folders.NONE;
        }

        /** The stamps of the folders of the spare folder, which do not change when it is renamed. */
        private Folders stamps(Set<String> files) {
            Set<String> names = new TreeSet<>(foldersOf(files));
            Map<String, FileStamp> stamps = new LinkedHashMap<>();
            names.parallelStream().map(name -> Map.entry(name, FileStamp.now(dir.resolve(name), true)))
                    .toList().forEach(entry -> entry.getValue().ifPresent(stamp -> stamps.put(entry.getKey(),
                            new FileStamp("", stamp.size(), stamp.modified(), stamp.identity()))));
            return new Folders(Collections.unmodifiableMap(stamps));
        }

        private void writeManifest(Set<String> files) throws IOException {
            String manifest = String.join("\n", new TreeSet<>(files)) + "\n";
            Files.write(dir.resolve(MANIFEST), manifest.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Leaves the spare folder whole for the next build when the site was not swapped in: its manifest lists what
         * it holds now, the files it held and those written since. Then lets other builds write the site.
         */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                Set<String> holds = new HashSet<>(held);
                holds.addAll(paths);
                try {
                    writeManifest(holds);
                } catch (IOException e) {
                    // without a manifest, the next build clears the spare folder and makes it afresh
                }
            }
            closeQuietly(lock);
        }
    }

    /**
     * What an existing output folder holds: the files its manifest lists, and a problem for each file it lists not.
     *
     * @param files     the paths the manifest lists
     * @param strangers a problem for each other file: the build refuses to delete it
     */
    private record Owned(List<String> files, List<Problem> strangers) {
    }

    /**
     * An existing output folder may hold only what its manifest lists: the build's own files. The folders are
     * listed and the manifest tells files from folders, so an entry is looked at more closely only when the
     * manifest does not know it.
     */
    private static Owned checkOwned(Path out, String display, Folders known) {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return new Owned(List.of(), List.of());
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            return new Owned(List.of(), List.of(Problem.at(display, 0, 0,
                    "the output exists but is not a folder; it was left alone")));
        }
        Path manifest = out.resolve(MANIFEST);
        try {
            List<String> listed = Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS) ? readManifest(manifest)
                    : List.of();
            Set<String> files = new HashSet<>(listed);
            files.add(MANIFEST);
            Set<String> folders = foldersOf(listed);
            Map<String, List<String>> inside = new HashMap<>();
            for (String folder : folders) {
                if (!folder.isEmpty()) {
                    int slash = folder.lastIndexOf('/');
                    inside.computeIfAbsent(slash < 0 ? "" : folder.substring(0, slash), f -> new ArrayList<>())
                            .add(folder);
                }
            }
            Set<String> strangers = new TreeSet<>();
            List<String> pending = new ArrayList<>(List.of(""));
            while (!pending.isEmpty()) {
                String folder = pending.remove(pending.size() - 1);
                if (!folder.isEmpty() && known.unchanged(folder, out.resolve(folder))) {
                    pending.addAll(inside.getOrDefault(folder, List.of()));
                    continue;
                }
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(out.resolve(folder))) {
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
                        "if it is left over from another branch or a git restore, remove it with: git clean -f "
                                + display + "/" + relative + " (git clean leaves files git tracks alone); if you"
                                + " made it, move it out of " + display + "/, which the build replaces whole"));
            }
            return new Owned(listed, problems);
        } catch (IOException | UncheckedIOException e) {
            return new Owned(List.of(), List.of(Problem.at(display, 0, 0,
                    "cannot read the output folder: " + e.getMessage())));
        }
    }

    /** The folders that hold the given files, and the folders above them, e.g. {@code a} and {@code a/b}. */
    private static Set<String> foldersOf(Collection<String> files) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        return folders;
    }

    /** The files at or below a path, relative to {@code out}; the path itself if it is a file. */
    private static List<String> filesBelow(Path out, Path start) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.add(out.relativize(file).toString().replace(File.separatorChar, '/'));
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

    /**
     * Deletes files of a folder of ours whose paths are known, then the folders they leave empty, from the deepest,
     * without looking at each entry first.
     */
    private static void deleteListed(Path dir, List<String> files) throws IOException {
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.deleteIfExists(dir.resolve(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Set<String> folders = new TreeSet<>(Comparator.comparingInt((String f) -> f.split("/").length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (String file : files) {
            for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                folders.add(file.substring(0, slash));
            }
        }
        for (String folder : folders) {
            try {
                Files.delete(dir.resolve(folder));
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                // still holds files of the new site, or is gone already
            }
        }
    }

    /** Deletes a folder tree of ours, if there is one. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                Files.walkFileTree(entry, new SimpleFileVisitor<>() {
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
            }
        }
        Files.delete(dir);
    }
}
