package dev.handbook.output;

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
            return java.util.Arrays.copyOfRange(inMemory.bytes(), (int) offset, (int) offset + length);
        }
        try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(
                java.nio.file.Path.of(((Stored.InFile) source).stamp().file()))) {
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(length);
            while (bytes.hasRemaining() && file.read(bytes, offset + bytes.position()) >= 0) {
                // reads until the run is whole
            }
            if (bytes.hasRemaining()) {
                throw new java.io.IOException("the file ended before the part of it a build wrote");
            }
            return bytes.array();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
