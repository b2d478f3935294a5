package dev.handbook.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a built site in memory, by path relative to the site, e.g. {@code guide/index.html}. */
public final class SiteFiles {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /** Adds a text file, encoded as UTF-8. */
    public void addText(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a file. The array is kept, not copied: the caller must not change it afterwards.
     *
     * @throws IllegalArgumentException if the path is not a plain relative path or is taken
     */
    public void add(String path, byte[] bytes) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")
                || java.util.Arrays.asList(path.split("/")).contains("..")
                || path.equals(SiteWriter.MANIFEST)) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalArgumentException("two files would be written to " + path);
        }
    }

    /** The files, sorted by path. The arrays must not be changed. */
    public Map<String, byte[]> asMap() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** The total size in bytes. */
    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
