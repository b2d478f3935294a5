package dev.handbook.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The text of a node's characters. flexmark's own {@code toString()} copies a sequence one character at a time
 * through virtual calls; a node's characters are nearly always a plain slice of the Markdown string the parser was
 * given, which {@link String#substring} copies at once. Any other kind of sequence (one with a prefix, or made of
 * segments) is copied by flexmark as before.
 */
final class SourceChars {

    private SourceChars() {
    }

    /** The characters as a string, e.g. {@code "a *b*"} for the paragraph {@code a *b*}. */
    static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
