package dev.handbook.memo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One stage's results, each filed under the key record that lists its inputs: two keys are the same entry exactly
 * when they are equal. A build finds what earlier builds made and adds what it makes. What the last successful
 * build used, and what failed builds since used, is live; the rest is stale, is never written to a file, and is
 * forgotten once it could be a fifth of the table, so a table holds about one build's worth without going through
 * all its entries after every build. Safe to use from several threads at once.
 *
 * <p>In a file, an entry is filed under the {@link Codec#digest digest} of its key. Entries read from a file are
 * found by the digest of the key asked for, which is taken only while such entries are left, so a table kept in
 * memory, as the preview keeps its tables, compares keys and never digests them.
 *
 * @param <K> the key: a record of exactly the stage's inputs
 * @param <V> the result
 */
public final class Table<K extends Record, V> {
    private final String name;
    private final Class<V> type;
    private final boolean kept;
    private final Map<Slot<K>, Entry<V>> entries = new ConcurrentHashMap<>();
    private volatile Map<Digest, Entry<V>> read = new ConcurrentHashMap<>();
    /** The number of the build under way; an entry remembers the last build that used it. */
    private volatile int build;
    /** The number of the last successful build: entries last used before it are stale. */
    private volatile int live;
    /** How many entries the table held when it last forgot the stale ones. */
    private volatile int swept;

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
        Slot<K> slot = new Slot<>(key);
        Entry<V> entry = entry(slot);
        if (entry != null) {
            try {
                return entry.value(type);
            } catch (Codec.Malformed e) {
                // made again below
            }
        }
        V made = make.get();
        entries.put(slot, new Entry<>(made, build));
        return made;
    }

    /**
     * The result filed under this key that still passes {@code usable} (a page whose file was changed since is not),
     * if there is one.
     */
    public Optional<V> find(K key, Predicate<V> usable) {
        Entry<V> entry = entry(new Slot<>(key));
        if (entry == null) {
            return Optional.empty();
        }
        try {
            V value = entry.value(type);
            return usable.test(value) ? Optional.of(value) : Optional.empty();
        } catch (Codec.Malformed e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the result filed under this key for the next build without reading it, as a build does with a result it
     * may need later, such as a page's full check, which is read only when the page's links are checked again.
     *
     * @return whether there is such a result
     */
    public boolean retain(K key) {
        return entry(new Slot<>(key)) != null;
    }

    /** The entry filed under a key, marked as used by this build; from a memo file if need be. */
    private Entry<V> entry(Slot<K> slot) {
        Entry<V> entry = entries.get(slot);
        if (entry == null && !read.isEmpty()) {
            Digest digest = Codec.digest(slot.key);
            entry = read.get(digest);
            if (entry != null) {
                entry.digest = digest;
                entries.put(slot, entry);
            }
        }
        if (entry != null) {
            entry.used = build;
        }
        return entry;
    }

    /** Files a result under its key. */
    public void put(K key, V value) {
        entries.put(new Slot<>(key), new Entry<>(value, build));
    }

    /**
     * Ends a build: after a successful one, what it did not use is stale; after a failed one, what the table held
     * before stays live too, so that fixing a mistake does not make everything again.
     */
    public void endBuild(boolean succeeded) {
        if (succeeded) {
            live = build;
            read = new ConcurrentHashMap<>();
            if (entries.size() > swept + swept / 4 + 64) {
                int from = live;
                entries.values().removeIf(entry -> entry.used < from);
                swept = entries.size();
            }
        }
        build++;
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
        read = new ConcurrentHashMap<>();
        swept = 0;
    }

    /** How many results the table holds for the next build, stale ones left out. */
    public int size() {
        int from = live;
        return (int) entries.values().stream().filter(entry -> entry.used >= from).count() + read.size();
    }

    /** How many entries the table keeps in memory, stale ones included. */
    int held() {
        return entries.size() + read.size();
    }

    /**
     * Writes what the table holds for the next build, stale entries left out, sorted by the digests of the keys: a
     * count, then each digest, length and bytes.
     */
    public void write(DataOutputStream out) throws IOException {
        Map<Digest, Entry<V>> all = new TreeMap<>(read);
        int from = live;
        List<Map.Entry<Slot<K>, Entry<V>>> byKey = entries.entrySet().stream()
                .filter(entry -> entry.getValue().used >= from).toList();
        byKey.parallelStream().forEach(entry -> entry.getValue().digest(entry.getKey().key));
        byKey.forEach(entry -> all.put(entry.getValue().digest, entry.getValue()));
        out.writeInt(all.size());
        for (Map.Entry<Digest, Entry<V>> entry : all.entrySet()) {
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
    public void read(ByteBuffer in) throws IOException {
        try {
            int count = in.getInt();
            Map<Digest, Entry<V>> entries = new ConcurrentHashMap<>(Math.max(16, Math.min(count, 1 << 20) * 2));
            for (int i = 0; i < count; i++) {
                Digest key = Digest.read(in);
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    throw new IOException("an entry of the table " + name + " runs past the end");
                }
                entries.put(key, new Entry<>(in.array(), in.position(), length));
                in.position(in.position() + length);
            }
            read = entries;
        } catch (BufferUnderflowException e) {
            throw new IOException("the table " + name + " runs past the end", e);
        }
    }

    /** A key with its hash code, worked out once for the several lookups of one request. */
    private static final class Slot<K extends Record> {
        private final K key;
        private final int hash;

        Slot(K key) {
            this.key = key;
            this.hash = key.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Slot<?> that && that.hash == hash && that.key.equals(key);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A result, its bytes once it has been written or when it was read from a file, and its key's digest. */
    private static final class Entry<V> {
        private volatile V value;
        private volatile byte[] source;
        private final int offset;
        private final int length;
        private volatile Digest digest;

        /** The number of the last build that used the entry. */
        private volatile int used;

        Entry(V value, int build) {
            this.value = value;
            this.offset = -1;
            this.length = -1;
            this.used = build;
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

        void digest(Record key) {
            if (digest == null) {
                digest = Codec.digest(key);
            }
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
