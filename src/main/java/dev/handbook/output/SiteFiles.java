package dev.handbook.output;

import dev.handbook.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The files of a built site in memory, by path relative to the site, e.g. {@code guide/index.html}. A file added
 * for later is made when it is first read.
 */
public final class SiteFiles implements SiteSink {
    private final SortedMap<String, byte[]> files = new TreeMap<>();
    private final Map<String, Supplier<byte[]>> later = new HashMap<>();
    private final Map<String, Integer> laterSizes = new HashMap<>();

    /** Adds a text file, encoded as UTF-8. */
    public void addText(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized Stored add(String path, byte[] bytes) {
        claim(path);
        files.put(path, bytes);
        return new Stored.InMemory(bytes);
    }

    @Override
    public Stored keep(String path, Stored earlier) {
        byte[] bytes = earlier instanceof Stored.InMemory inMemory ? inMemory.bytes()
                : read(((Stored.InFile) earlier).stamp().file());
        return add(path, bytes);
    }

    private static byte[] read(String file) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Nothing to put in place: the files are in memory. */
    @Override
    public List<Problem> commit() {
        return List.of();
    }

    /** Keeps the slices and puts the file together when it is first read, as the preview reads few files. */
    @Override
    public synchronized Stored add(String path, List<Slice> slices) {
        claim(path);
        later.put(path, () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            slices.forEach(slice -> out.writeBytes(slice.read()));
            return out.toByteArray();
        });
        laterSizes.put(path, slices.stream().mapToInt(Slice::length).sum());
        return new Stored.Later();
    }

    private void claim(String path) {
        SiteSink.checkPath(path);
        if (files.containsKey(path) || later.containsKey(path)) {
            throw new IllegalArgumentException("two files would be written to " + path);
        }
    }

    /** One file's bytes, made now if it was added for later; null if the site has no such file. */
    public synchronized byte[] get(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null && later.containsKey(path)) {
            bytes = later.remove(path).get();
            laterSizes.remove(path);
            files.put(path, bytes);
        }
        return bytes;
    }

    /** Every file, sorted by path, each made if it was added for later. The arrays must not be changed. */
    public synchronized Map<String, byte[]> asMap() {
        later.keySet().stream().toList().forEach(this::get);
        return Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    @Override
    public synchronized int fileCount() {
        return files.size() + later.size();
    }

    @Override
    public synchronized long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum()
                + laterSizes.values().stream().mapToLong(Integer::longValue).sum();
    }
}
