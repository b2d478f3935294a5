package dev.handbook.memo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One stage's results, each filed under the {@link Codec#digest digest} of the key record that lists its inputs.
 * A build finds what earlier builds made and adds what it makes; {@link #endBuild} then keeps what the build used
 * and forgets the rest, so a table holds about one build's worth. Safe to use from several threads at once.
 *
 * @param <K> the key: a record of exactly the stage's inputs
 * @param <V> the result
 */
public final class Table<K extends Record, V> {
    private final String name;
    private final Class<V> type;
    private final boolean kept;
    private volatile Map<Digest, Entry<V>> used = new ConcurrentHashMap<>();
    private volatile Map<Digest, Entry<V>> earlier = new ConcurrentHashMap<>();

    /**
     * @param name what the table holds, e.g. {@code markdown}; names a table in a memo file
     * @param type the class of the results, for reading them from a file
     * @param kept whether the table is written to a memo file; results that are cheap to make again or large
     *             (texts, compiled templates) stay in memory only
     */
    public Table(String name, Class<V> type, boolean kept) {
        this.name = name;
        this.type = type;
        this.kept = kept;
    }

    /** The table's name, e.g. {@code markdown}. */
    public String name() {
        return name;
    }

    /** Whether the table is written to a memo file. */
    public boolean kept() {
        return kept;
    }

    /** The result filed under this key, made by {@code make} and filed if there is none. */
    public V get(K key, Supplier<V> make) {
        return byDigest(Codec.digest(key), make);
    }

    /**
     * The result filed under this digest of a key, made by {@code make} and filed if there is none. The digest may
     * be one the caller has at hand, such as a file's content digest in a table keyed by it.
     */
    public V byDigest(Digest key, Supplier<V> make) {
        Optional<V> found = find(key, value -> true);
        if (found.isPresent()) {
            return found.get();
        }
        V made = make.get();
        used.put(key, new Entry<>(made));
        return made;
    }

    /**
     * The result filed under this digest of a key that still passes {@code usable} (a page whose file was changed
     * since is not), if there is one.
     */
    public Optional<V> find(Digest key, Predicate<V> usable) {
        Entry<V> entry = used.get(key);
        if (entry == null) {
            entry = earlier.get(key);
        }
        if (entry == null) {
            return Optional.empty();
        }
        V value;
        try {
            value = entry.value(type);
        } catch (Codec.Malformed e) {
            earlier.remove(key);
            return Optional.empty();
        }
        if (!usable.test(value)) {
            return Optional.empty();
        }
        used.put(key, entry);
        return Optional.of(value);
    }

    /**
     * Keeps the result filed under this digest for the next build without reading it, as a build does with a
     * result it may need later, such as a page's full check, which is read only when the page's links are checked
     * again.
     *
     * @return whether there is such a result
     */
    public boolean retain(Digest key) {
        if (used.containsKey(key)) {
            return true;
        }
        Entry<V> entry = earlier.get(key);
        if (entry != null) {
            used.put(key, entry);
        }
        return entry != null;
    }

    /** Files a result under a digest of its key. */
    public void put(Digest key, V value) {
        used.put(key, new Entry<>(value));
    }

    /**
     * Ends a build: after a successful one the table keeps only what it used, after a failed one also what it
     * held before, so that fixing a mistake does not make everything again.
     */
    public void endBuild(boolean succeeded) {
        Map<Digest, Entry<V>> next = new ConcurrentHashMap<>(used);
        if (!succeeded) {
            earlier.forEach(next::putIfAbsent);
        }
        earlier = next;
        used = new ConcurrentHashMap<>();
    }

    /** Forgets everything. */
    public void clear() {
        used = new ConcurrentHashMap<>();
        earlier = new ConcurrentHashMap<>();
    }

    /** How many results the table holds for the next build. */
    public int size() {
        return earlier.size();
    }

    /** Writes what the table holds for the next build, sorted by key: a count, then each key, length and bytes. */
    public void write(DataOutputStream out) throws IOException {
        List<Map.Entry<Digest, Entry<V>>> entries = new ArrayList<>(earlier.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        out.writeInt(entries.size());
        for (Map.Entry<Digest, Entry<V>> entry : entries) {
            out.write(entry.getKey().bytes());
            Entry<V> value = entry.getValue();
            byte[] bytes = value.bytes();
            out.writeInt(value.length(bytes));
            out.write(bytes, value.offset(bytes), value.length(bytes));
        }
    }

    /**
     * Reads entries written by {@link #write}, as the results of an earlier build. Their bytes stay where they are
     * in the buffer's array and are decoded only when a build asks for them.
     *
     * @param in a buffer over a whole array, at the start of the entries; left after them
     * @throws IOException if the entries do not fit in the buffer
     */
    public void read(java.nio.ByteBuffer in) throws IOException {
        try {
            int count = in.getInt();
            Map<Digest, Entry<V>> read = new ConcurrentHashMap<>(Math.max(16, Math.min(count, 1 << 20) * 2));
            for (int i = 0; i < count; i++) {
                Digest key = Digest.read(in);
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new IOException("an entry of the table " + name + " runs past the end");
                }
                read.put(key, new Entry<>(in.array(), in.position(), length));
                in.position(in.position() + length);
            }
            earlier = read;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("the table " + name + " runs past the end", e);
        }
    }

    /** A result, and its bytes once it has been written or when it was read from a file. */
    private static final class Entry<V> {
        private volatile V value;
        private volatile byte[] source;
        private final int offset;
        private final int length;

        Entry(V value) {
            this.value = value;
            this.offset = -1;
            this.length = -1;
        }

        Entry(byte[] source, int offset, int length) {
            this.source = source;
            this.offset = offset;
            this.length = length;
        }

        V value(Class<V> type) {
            V here = value;
            if (here == null) {
                here = Codec.decode(type, source, offset, length);
                value = here;
            }
            return here;
        }

        byte[] bytes() {
            byte[] bytes = source;
            if (bytes == null) {
                bytes = Codec.encode(value);
                source = bytes;
            }
            return bytes;
        }

        int offset(byte[] bytes) {
            return offset < 0 ? 0 : offset;
        }

        int length(byte[] bytes) {
            return length < 0 ? bytes.length : length;
        }
    }
}
