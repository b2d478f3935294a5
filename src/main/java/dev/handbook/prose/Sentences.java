package dev.handbook.prose;

import dev.handbook.content.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block of prose into sentences and words, as a reader would: a full stop, question mark or exclamation
 * mark ends a sentence when a space and a capital, a digit or a quote follow, or the block ends; but not after an
 * abbreviation such as "e.g." or "Mr.", nor after a single capital (an initial), nor inside a number ("3.5").
 */
final class Sentences {
    /** Abbreviations after which a full stop does not end a sentence, in lower case, without their last stop. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "prof",
            "st", "vs", "approx", "a.m", "p.m", "no", "nos", "dept", "inc", "ltd", "co", "jr", "sr", "cf", "fig",
            "min", "max", "tel", "ext", "ref", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");
    /** What stands for code in a block's text: it counts as one word and matches no check. */
    static final char CODE = Prose.CODE;

    private Sentences() {
    }

    /**
     * A word of a text.
     *
     * @param start where it starts in the text
     * @param end   where it ends
     * @param lower the word in lower case, e.g. {@code don't}
     */
    record Word(int start, int end, String lower) {
    }

    /**
     * A sentence of a text.
     *
     * @param start where it starts
     * @param end   where it ends, after its final mark
     * @param words its words
     */
    record Sentence(int start, int end, List<Word> words) {
    }

    /** The words of a text: runs of letters and digits, joined by an apostrophe or a hyphen, and code. */
    static List<Word> words(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (c == CODE) {
                words.add(new Word(i, i + 1, String.valueOf(CODE)));
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                i += Character.charCount(c);
                while (i < to) {
                    int next = text.codePointAt(i);
                    if (Character.isLetterOrDigit(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
                        i += Character.charCount(next);
                    } else if ((next == '\'' || next == '’' || next == '-') && i + 1 < to
                            && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                words.add(new Word(start, i, text.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                i += Character.charCount(c);
            }
        }
        return words;
    }

    /** The sentences of a text. */
    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!' || c == '…') && ends(text, i)) {
                int end = i + 1;
                while (end < text.length() && ".?!…)]”’\"'".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                sentences.add(new Sentence(start, end, words(text, start, end)));
                start = skipSpace(text, end);
                i = start;
            } else {
                i++;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            sentences.add(new Sentence(start, text.length(), words(text, start, text.length())));
        }
        sentences.removeIf(sentence -> sentence.words().isEmpty());
        return sentences;
    }

    private static int skipSpace(String text, int from) {
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Whether the mark at {@code i} ends a sentence. */
    private static boolean ends(String text, int i) {
        int after = i + 1;
        while (after < text.length() && ".?!…)]”’\"'".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        if (after >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false; // 3.5, e.g.x, example.org
        }
        int next = skipSpace(text, after);
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        boolean starts = Character.isUpperCase(first) || Character.isDigit(first) || "“‘\"'(".indexOf(first) >= 0
                || first == CODE;
        if (!starts || text.charAt(i) != '.') {
            return starts;
        }
        // the word before the stop: an abbreviation or an initial does not end a sentence
        int wordStart = i;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && "(“‘\"'".indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String before = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(before)) {
            return false;
        }
        return !(before.length() == 1 && Character.isUpperCase(text.charAt(wordStart)));
    }
}
