package dev.handbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of one guide as search matches them, each with the best place it has in the guide. A word is folded as
 * the search script folds what a reader types ({@code search.js}: {@code fold} and {@code words}): decomposed,
 * accents (U+0300 to U+036F) dropped, lower case, split at anything that is not a letter or a number.
 *
 * @param words  the distinct words, sorted, each followed by a line feed, e.g. {@code "offer\nthank\n"}
 * @param places the best place of each word, in the same order: {@link #TITLE}, {@link #HEADING}, {@link #SUMMARY}
 *               or {@link #TEXT}
 */
public record GuideWords(String words, byte[] places) {
    /** The place of a word in the guide's title, which ranks highest. */
    public static final byte TITLE = 0;
    /** In a heading. */
    public static final byte HEADING = 1;
    /** In the summary. */
    public static final byte SUMMARY = 2;
    /** In the text, or in a message the guide embeds. */
    public static final byte TEXT = 3;
    private static final Pattern ACCENTS = Pattern.compile("[\u0300-\u036f]+");

    /** Collects the words of texts, keeping each word's best place. */
    static final class Collector {
        private final Map<String, Byte> best = new HashMap<>();

        /** Adds the words of a text found at a place. */
        Collector add(String text, byte place) {
            for (String word : split(text)) {
                best.merge(word, place, (a, b) -> (byte) Math.min(a, b));
            }
            return this;
        }

        GuideWords words() {
            List<String> sorted = new ArrayList<>(best.keySet());
            sorted.sort(null);
            StringBuilder words = new StringBuilder();
            byte[] places = new byte[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                words.append(sorted.get(i)).append('\n');
                places[i] = best.get(sorted.get(i));
            }
            return new GuideWords(words.toString(), places);
        }
    }

    /** The words of a text, folded, in order, repeats kept. */
    public static List<String> split(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean inWord = isLetterOrNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }

    /** A text as search compares it: without accents, in lower case. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return ACCENTS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether a code point is in {@code \p{L}} or {@code \p{N}}, as the script's pattern reads them. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** How many words there are. */
    public int size() {
        return places.length;
    }
}
