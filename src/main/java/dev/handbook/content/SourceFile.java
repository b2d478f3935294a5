package dev.handbook.content;

import dev.handbook.memo.Digest;
import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A writer's file found in {@code content/}: where it is and the digest of its bytes. The bytes read to take the
 * digest go to the first stage that asks for them (the front matter's parse); a later stage (the body's rendering)
 * reads the file again, and finds it changed if its digest is no longer the same. No file's bytes are held for the
 * whole build: at 10,000 guides they were 46 MB of the heap until the end.
 */
public final class SourceFile {
    private final String path;
    private final Path file;
    private final Digest hash;
    /** The bytes read when the digest was taken, until they are asked for. */
    private final AtomicReference<byte[]> read;
    /** Bytes given instead of a file, which are never read again. */
    private final byte[] given;

    SourceFile(String path, Path file, Digest hash, byte[] read) {
        this(path, file, hash, read, null);
    }

    private SourceFile(String path, Path file, Digest hash, byte[] read, byte[] given) {
        this.path = path;
        this.file = file;
        this.hash = hash;
        this.read = new AtomicReference<>(read);
        this.given = given;
    }

    /** A file that exists only in memory, with these bytes: for tests and tools that have the text at hand. */
    public static SourceFile of(String path, byte[] bytes) {
        return new SourceFile(path, Path.of(path), Digest.of(bytes), null, bytes);
    }

    /** The display path, e.g. {@code content/templates/decline-interview.md}. */
    public String path() {
        return path;
    }

    /** The file name without {@code .md}, e.g. {@code decline-interview}. */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** The digest of the file's bytes. */
    public Digest hash() {
        return hash;
    }

    /** The key of what is made from this file alone. */
    public SourceKey key() {
        return new SourceKey(path, hash);
    }

    /**
     * The file's bytes, as they were when their digest was taken: those read then, the first time, else read again.
     *
     * @throws Unreadable if the file can no longer be read, or was changed since
     */
    public byte[] bytes() {
        if (given != null) {
            return given;
        }
        byte[] first = read.getAndSet(null);
        if (first != null) {
            return first;
        }
        byte[] bytes = read(file, path);
        if (!Digest.of(bytes).equals(hash)) {
            throw new Unreadable(new Problem(path, 0, 0, "the file changed while the build was reading it",
                    "build again"));
        }
        return bytes;
    }

    /**
     * The file's text, decoded from its bytes on each call: the stages that need it (the front matter, the body)
     * ask once each.
     *
     * @throws SourceException if the bytes are not UTF-8
     * @throws Unreadable      if the file can no longer be read, or was changed since
     */
    public SourceText text() throws SourceException {
        return SourceText.decode(bytes(), path);
    }

    static byte[] read(Path file, String path) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(Problem.at(path, 0, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    /** A file could not be read, or changed during the build; carries the problem to report. */
    public static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.headline(), null, false, false);
            this.problem = problem;
        }

        /** What to report. */
        public Problem problem() {
            return problem;
        }
    }
}
