package dev.handbook.content;

import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one writer's file: UTF-8 decoded strictly, a byte-order mark dropped, every line ending
 * turned into LF. Line numbers are unchanged by this, so positions in the text are positions in the file.
 *
 * @param path the display path, e.g. {@code content/guides/x.md}
 * @param text the normalised text
 */
public record SourceText(String path, String text) {

    /**
     * Reads a file.
     *
     * @throws SourceException with a problem that names the path (and the line of a bad byte)
     */
    public static SourceText read(Path file, String displayPath) throws SourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(Problem.at(displayPath, 0, 0, "cannot read the file: " + e.getMessage()));
        }
        return decode(bytes, displayPath);
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @throws SourceException if the bytes are not UTF-8
     */
    public static SourceText decode(byte[] bytes, String displayPath) throws SourceException {
        // The JDK's fast decoder turns each bad byte into U+FFFD; only a text holding one is decoded again
        // strictly, to tell a bad byte from a U+FFFD written on purpose.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes));
            } catch (MalformedInputException e) {
                throw new SourceException(badByte(bytes, displayPath));
            } catch (CharacterCodingException e) {
                throw new SourceException(Problem.at(displayPath, 0, 0, "the file is not valid UTF-8"));
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceText(displayPath, text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static Problem badByte(byte[] bytes, String displayPath) {
        // find the first offending byte again, to name its line
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int offset = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(displayPath, line, offset - lineStart + 1,
                "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + ")",
                "save the file with the UTF-8 encoding");
    }
}
