package dev.handbook.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a built site in memory, by path relative to the site, e.g. {@code guide/index.html}. */
public final class SiteFiles implements SiteSink {
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    /** Adds a text file, encoded as UTF-8. */
    public void addText(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void add(String path, byte[] bytes) {
        SiteSink.checkPath(path);
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalArgumentException("two files would be written to " + path);
        }
    }

    /** The files, sorted by path: a view, to read once the build is done. The arrays must not be changed. */
    public Map<String, byte[]> asMap() {
        return Collections.unmodifiableSortedMap(files);
    }

    @Override
    public synchronized int fileCount() {
        return files.size();
    }

    @Override
    public synchronized long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
