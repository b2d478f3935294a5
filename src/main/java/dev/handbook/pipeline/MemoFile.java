package dev.handbook.pipeline;

import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A {@link Memo} kept in a folder between command-line builds: {@code memo.bin}, and {@code memo.lock}, which one
 * build at a time holds.
 *
 * <p>The memo is only ever an optimisation. The file carries a format number, the identity of the builder that
 * wrote it and a checksum; a file that is damaged, of another format or builder, or unreadable is set aside with a
 * one-line note and the build starts afresh. It is written to a temporary file and renamed over the old one, so a
 * build that stops halfway leaves the old file whole; a failure to write it is a note, never a failed build. A
 * build that finds the folder locked by another build neither reads nor writes it.
 */
public final class MemoFile implements AutoCloseable {
    /** The format of the file; a change of the layout or of the codec's encoding takes a new number. */
    static final int FORMAT = 1;
    static final String FILE = "memo.bin";
    static final String LOCK = "memo.lock";
    private static final byte[] MAGIC = "handbook memo\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 4 + Digest.BYTES + 8 + 4;

    private final Path dir;
    private final Digest builder;
    private final Memo memo;
    private final FileChannel lock;
    private final List<String> notes = new ArrayList<>();

    private MemoFile(Path dir, Digest builder, Memo memo, FileChannel lock) {
        this.dir = dir;
        this.builder = builder;
        this.memo = memo;
        this.lock = lock;
    }

    /** Opens the memo folder for the running builder, creating it if needed. */
    public static MemoFile open(Path dir) {
        return open(dir, BuilderIdentity.current());
    }

    /**
     * Opens the memo folder for a builder: takes its lock and reads its memo. Never fails: a folder that cannot be
     * used gives an empty memo that is not written, and a note that says why.
     */
    static MemoFile open(Path dir, Digest builder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = tryLock(channel);
            if (held == null) {
                channel.close();
                MemoFile unshared = new MemoFile(dir, builder, Memo.inMemory(), null);
                unshared.notes.add("another build is using the memo in " + dir + "; this build does without it");
                return unshared;
            }
            // the lock file's modification time is the file system's clock, which file stamps are compared with
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), 0);
            channel.force(false);
            long now = Files.getLastModifiedTime(dir.resolve(LOCK)).to(TimeUnit.NANOSECONDS);
            MemoFile file = new MemoFile(dir, builder, new Memo(() -> now), channel);
            file.read();
            return file;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            MemoFile none = new MemoFile(dir, builder, Memo.inMemory(), null);
            none.notes.add("cannot use the memo folder " + dir + " (" + e.getMessage() + "); this build does without it");
            return none;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The memo to build with. */
    public Memo memo() {
        return memo;
    }

    /** What happened to the memo file, e.g. that it was damaged and set aside; empty when all was well. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void read() {
        Path file = dir.resolve(FILE);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | OutOfMemoryError e) {
            notes.add("cannot read the memo " + file + " (" + e.getMessage() + "); this build starts afresh");
            return;
        }
        String why = check(bytes);
        if (why != null) {
            notes.add("the memo " + file + " " + why + "; this build starts afresh");
            return;
        }
        Map<String, Table<?, ?>> kept = memo.tables().stream().filter(Table::kept)
                .collect(Collectors.toMap(Table::name, Function.identity()));
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(HEADER);
        try {
            int count = in.getInt();
            if (count != kept.size()) {
                throw new IOException("it has " + count + " tables");
            }
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[in.get() & 0xFF];
                in.get(name);
                Table<?, ?> table = kept.get(new String(name, StandardCharsets.UTF_8));
                if (table == null) {
                    throw new IOException("it has an unknown table");
                }
                table.read(in);
            }
        } catch (IOException | RuntimeException e) {
            memo.tables().forEach(Table::clear);
            notes.add("the memo " + file + " is damaged (" + e.getMessage() + "); this build starts afresh");
        }
    }

    /** Why a memo file cannot be used, or null if it can. */
    private String check(byte[] bytes) {
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "is not a memo file";
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length, HEADER - MAGIC.length);
        int format = header.getInt();
        if (format != FORMAT) {
            return "has format " + format + ", not " + FORMAT;
        }
        if (!Digest.read(header).equals(builder)) {
            return "was made by another version of the builder";
        }
        long length = header.getLong();
        int checksum = header.getInt();
        if (length != bytes.length - HEADER) {
            return "is cut short or too long";
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, HEADER, bytes.length - HEADER);
        return (int) crc.getValue() == checksum ? null : "is damaged";
    }

    /** Writes what the memo holds for the next build; a failure is a note, never an exception. */
    public void save() {
        if (lock == null) {
            return;
        }
        Path file = dir.resolve(FILE);
        Path temporary = dir.resolve(FILE + ".tmp");
        try {
            CRC32C crc = new CRC32C();
            long length;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                channel.position(HEADER);
                CheckedOutputStream checked = new CheckedOutputStream(
                        Channels.newOutputStream(channel), crc);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
                List<Table<?, ?>> kept = memo.tables().stream().filter(Table::kept).toList();
                out.writeInt(kept.size());
                for (Table<?, ?> table : kept) {
                    byte[] name = table.name().getBytes(StandardCharsets.UTF_8);
                    out.writeByte(name.length);
                    out.write(name);
                    table.write(out);
                }
                out.flush();
                length = channel.position() - HEADER;
                ByteBuffer header = ByteBuffer.allocate(HEADER).put(MAGIC).putInt(FORMAT);
                builder.write(header);
                header.putLong(length).putInt((int) crc.getValue()).flip();
                channel.write(header, 0);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            notes.add("cannot write the memo " + file + " (" + e + "); the next build starts afresh");
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more to do: a leftover temporary file is overwritten next time
            }
        }
    }

    /** Releases the folder for other builds. */
    @Override
    public void close() {
        closeQuietly(lock);
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
}
