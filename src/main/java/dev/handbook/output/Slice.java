package dev.handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A run of bytes of a file to write: bytes at hand, or a part of a file a build wrote before, which a staging folder
 * copies without reading it into memory.
 *
 * @param source where the bytes are
 * @param offset where the run starts in them
 * @param length how many bytes it has
 */
public record Slice(Stored source, long offset, int length) {

    /** All of some bytes at hand. */
    public static Slice of(byte[] bytes) {
        return new Slice(new Stored.InMemory(bytes), 0, bytes.length);
    }

    /** The bytes of the run, read now if they are in a file. */
    byte[] read() {
        if (source instanceof Stored.InMemory inMemory) {
            return Arrays.copyOfRange(inMemory.bytes(), (int) offset, (int) offset + length);
        }
        try (FileChannel file = FileChannel.open(
                Path.of(((Stored.InFile) source).stamp().file()))) {
            ByteBuffer bytes = ByteBuffer.allocate(length);
            while (bytes.hasRemaining() && file.read(bytes, offset + bytes.position()) >= 0) {
                // reads until the run is whole
            }
            if (bytes.hasRemaining()) {
                throw new IOException("the file ended before the part of it a build wrote");
            }
            return bytes.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
