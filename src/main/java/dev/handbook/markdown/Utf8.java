package dev.handbook.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A text kept as its UTF-8 bytes, as a rendered body's HTML is kept until its page is made: half the memory of a
 * {@code String} for text that is not all Latin-1 (a typographic quote is enough), and written to a page without
 * being encoded again. Two are equal when their bytes are.
 *
 * @param bytes the text's UTF-8 bytes; not to be changed
 */
public record Utf8(byte[] bytes) {

    /** The empty text. */
    public static final Utf8 EMPTY = new Utf8(new byte[0]);

    /** The UTF-8 bytes of a text. */
    public static Utf8 of(String text) {
        return text.isEmpty() ? EMPTY : new Utf8(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the text is empty. */
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /**
     * Where {@code target} first occurs from byte {@code from} on, in bytes, or -1; a match of valid UTF-8 in valid
     * UTF-8 is always a match of whole characters.
     */
    public int indexOf(String target, int from) {
        return indexOf(target.getBytes(StandardCharsets.UTF_8), from);
    }

    private int indexOf(byte[] target, int from) {
        outer:
        for (int at = Math.max(0, from); at <= bytes.length - target.length; at++) {
            for (int i = 0; i < target.length; i++) {
                if (bytes[at + i] != target[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }

    /** The text between two byte offsets, which must be the bounds of characters. */
    public String slice(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** The text with every occurrence of {@code target} replaced by {@code replacement}, as String.replace does. */
    public Utf8 replace(String target, String replacement) {
        byte[] find = target.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(find, 0);
        if (at < 0 || find.length == 0) {
            return this;
        }
        byte[] with = replacement.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + with.length);
        int from = 0;
        for (; at >= 0; at = indexOf(find, from)) {
            out.write(bytes, from, at - from);
            out.writeBytes(with);
            from = at + find.length;
        }
        out.write(bytes, from, bytes.length - from);
        return new Utf8(out.toByteArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8 that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The text. */
    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
