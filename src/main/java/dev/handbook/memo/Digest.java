package dev.handbook.memo;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A 128-bit MD5 digest: the name under which a memo files a result, as Gradle names its build-cache entries.
 * It names entries and protects nothing: a collision would have to be crafted from binary blocks, which strict
 * UTF-8 and the front-matter schemas reject, and MD5 is four times faster than SHA-256 in a JVM that has not
 * compiled its intrinsics yet, which is where a warm build spends its time.
 *
 * @param high the first 8 bytes, big-endian
 * @param low  the last 8 bytes
 */
public record Digest(long high, long low) implements Comparable<Digest> {
    /** The number of bytes of a digest. */
    public static final int BYTES = 16;

    /** The digest of some bytes. */
    public static Digest of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** The digest of {@code length} bytes from {@code offset}. */
    public static Digest of(byte[] bytes, int offset, int length) {
        MessageDigest md5 = md5();
        md5.update(bytes, offset, length);
        return read(ByteBuffer.wrap(md5.digest()));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** Reads a digest written by {@link #write(ByteBuffer)}. */
    public static Digest read(ByteBuffer in) {
        return new Digest(in.getLong(), in.getLong());
    }

    /** Writes the bytes of the digest. */
    public void write(ByteBuffer out) {
        out.putLong(high).putLong(low);
    }

    /** The bytes of the digest. */
    public byte[] bytes() {
        ByteBuffer out = ByteBuffer.allocate(BYTES);
        write(out);
        return out.array();
    }

    @Override
    public int compareTo(Digest other) {
        int order = Long.compareUnsigned(high, other.high);
        return order != 0 ? order : Long.compareUnsigned(low, other.low);
    }

    /** The digest in hexadecimal, e.g. {@code 9e107d9d372bb6826bd81d3542a419d6}. */
    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes());
    }
}
