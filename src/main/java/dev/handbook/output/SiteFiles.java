package dev.handbook.output;

import dev.handbook.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The files of a built site in memory, by path relative to the site, e.g. {@code guide/index.html}. A file of
 * slices is put together when it is first read. Safe to use from several threads at once.
 */
public final class SiteFiles implements SiteSink {
    private final Map<String, File> files = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** A file: its bytes, or how to make them and how many there will be. */
    private static final class File {
        private volatile byte[] bytes;
        private final Supplier<byte[]> make;
        private final long size;

        File(byte[] bytes) {
            this.bytes = bytes;
            this.make = null;
            this.size = bytes.length;
        }

        File(Supplier<byte[]> make, long size) {
            this.make = make;
            this.size = size;
        }

        byte[] bytes() {
            byte[] here = bytes;
            if (here == null) {
                synchronized (this) {
                    here = bytes;
                    if (here == null) {
                        here = make.get();
                        bytes = here;
                    }
                }
            }
            return here;
        }
    }

    /** Adds a text file, encoded as UTF-8. */
    public void addText(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Stored add(String path, byte[] bytes) {
        claim(path, new File(bytes));
        return new Stored.InMemory(bytes);
    }

    @Override
    public Stored keep(String path, Stored earlier) {
        return add(path, earlier instanceof Stored.InMemory inMemory ? inMemory.bytes()
                : new Slice(earlier, 0, Math.toIntExact(((Stored.InFile) earlier).stamp().size())).read());
    }

    /** Keeps the slices and puts the file together when it is first read, as the preview reads few files. */
    @Override
    public Stored add(String path, List<Slice> slices) {
        claim(path, new File(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            slices.forEach(slice -> out.writeBytes(slice.read()));
            return out.toByteArray();
        }, slices.stream().mapToLong(Slice::length).sum()));
        return new Stored.Later();
    }

    private void claim(String path, File file) {
        SiteSink.checkPath(path);
        if (files.putIfAbsent(path, file) != null) {
            throw new IllegalArgumentException("two files would be written to " + path);
        }
        bytes.addAndGet(file.size);
    }

    /** Nothing to put in place: the files are in memory. */
    @Override
    public List<Problem> commit() {
        return List.of();
    }

    /** One file's bytes, made now if it is made of slices; null if the site has no such file. */
    public byte[] get(String path) {
        File file = files.get(path);
        return file == null ? null : file.bytes();
    }

    /** Every file, sorted by path, each made if it is made of slices. The arrays must not be changed. */
    public Map<String, byte[]> asMap() {
        Map<String, byte[]> sorted = new TreeMap<>();
        files.forEach((path, file) -> sorted.put(path, file.bytes()));
        return Collections.unmodifiableMap(sorted);
    }

    @Override
    public int fileCount() {
        return files.size();
    }

    @Override
    public long totalBytes() {
        return bytes.get();
    }
}
