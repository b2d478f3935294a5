package dev.handbook.output;

import dev.handbook.problem.Problem;
import java.util.List;

/**
 * Where a build puts each file as soon as it is made: in memory ({@link SiteFiles}, for the preview and tests) or
 * in a staging folder on disk ({@link SiteWriter.Staging}). Safe to call from several threads at once.
 */
public interface SiteSink {

    /**
     * Adds a file. The array is kept or written as it is: the caller must not change it afterwards.
     *
     * @param path relative to the site, e.g. {@code guide/index.html}
     * @return where the bytes are kept, for a later build to {@link #keep} them
     * @throws IllegalArgumentException if the path is not a plain relative path or is taken
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    Stored add(String path, byte[] bytes);

    /**
     * Adds a file with the bytes an earlier build stored (which must still be {@link Stored#current() current}),
     * without making them again: a staging folder links the earlier file where it can.
     *
     * @return where the bytes are kept now
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    Stored keep(String path, Stored earlier);

    /**
     * Adds a file made of runs of bytes, some of which may be in files written before; in memory, the file is put
     * together only when it is read.
     *
     * @return where the bytes are kept, for a later build to take runs of them
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    Stored add(String path, List<Slice> slices);

    /** How many files were added, e.g. {@code 24}. */
    int fileCount();

    /** Their total size in bytes. */
    long totalBytes();

    /**
     * Puts the site in place, once every file was added and nothing is wrong.
     *
     * @return problems that stopped it; empty when the site is in place
     */
    List<Problem> commit();

    /** Checks that {@code path} is a plain relative path inside the site, and not the manifest's. */
    static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || path.equals("..") || path.startsWith("../")
                || path.endsWith("/..") || path.contains("/../") || path.equals(SiteWriter.MANIFEST)) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
    }
}
