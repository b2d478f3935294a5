package dev.handbook.search;

import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The words of one guide as search matches them, each with the best place it has in the guide, in {@link #GROUPS}
 * groups by their first letter, so that the word index's parts of a group are made again only when some guide's
 * words in that group changed. A word is folded as the search script folds what a reader types ({@code search.js}:
 * {@code fold} and {@code words}): decomposed, accents (U+0300 to U+036F) dropped, lower case, split at anything
 * that is not a letter or a number.
 *
 * @param groups  the words of each group, by its number: {@code first letter % GROUPS}
 * @param digests the digest of each group, which the word index's memo keys name
 */
public record GuideWords(List<Group> groups, List<Digest> digests) {
    /** The number of groups. */
    public static final int GROUPS = 16;
    /** The place of a word in the guide's title, which ranks highest. */
    public static final byte TITLE = 0;
    /** In a heading. */
    public static final byte HEADING = 1;
    /** In the summary. */
    public static final byte SUMMARY = 2;
    /** In the text, or in a message the guide embeds. */
    public static final byte TEXT = 3;

    /**
     * The words of a guide in one group.
     *
     * @param words  the distinct words, sorted, each followed by a line feed, e.g. {@code "offer\nthank\n"}
     * @param places the best place of each word, in the same order: {@link #TITLE}, {@link #HEADING},
     *               {@link #SUMMARY} or {@link #TEXT}
     */
    public record Group(String words, byte[] places) {

        /** How many words there are. */
        public int size() {
            return places.length;
        }
    }

    /** The group of a word. */
    static int group(String word) {
        return word.charAt(0) % GROUPS;
    }

    /** Collects the words of texts, keeping each word's best place. */
    static final class Collector {
        private final Map<String, Byte> best = new HashMap<>();

        /** Adds the words of a text found at a place. */
        Collector add(String text, byte place) {
            each(text, word -> {
                Byte before = best.putIfAbsent(word, place);
                if (before != null && before > place) {
                    best.put(word, place);
                }
            });
            return this;
        }

        GuideWords words() {
            List<List<String>> byGroup = new ArrayList<>();
            for (int g = 0; g < GROUPS; g++) {
                byGroup.add(new ArrayList<>());
            }
            best.keySet().forEach(word -> byGroup.get(group(word)).add(word));
            List<Group> groups = new ArrayList<>(GROUPS);
            List<Digest> digests = new ArrayList<>(GROUPS);
            for (List<String> sorted : byGroup) {
                sorted.sort(null);
                StringBuilder words = new StringBuilder();
                byte[] places = new byte[sorted.size()];
                for (int i = 0; i < sorted.size(); i++) {
                    words.append(sorted.get(i)).append('\n');
                    places[i] = best.get(sorted.get(i));
                }
                Group group = new Group(words.toString(), places);
                groups.add(group);
                digests.add(Codec.digest(group));
            }
            return new GuideWords(List.copyOf(groups), List.copyOf(digests));
        }
    }

    /** The words of a text, folded, in order, repeats kept. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        each(text, words::add);
        return words;
    }

    /**
     * Gives each word of a text, folded, in order. Folding the whole text at once is what the script does, and what
     * this gives; but it folds only the runs of letters, numbers and marks that need it, one at a time, since most
     * runs are plain ASCII and decomposing every text made the index cost as much as the guides' pages. Runs fold
     * apart as the text would: decomposition and the order of marks do not cross what is neither letter, number
     * nor mark. Only a capital sigma's lower case depends on what comes after its word, so a text with one is
     * folded whole.
     */
    private static void each(String text, Consumer<String> each) {
        if (text.indexOf('\u03a3') >= 0) {
            eachFolded(fold(text), each);
            return;
        }
        int start = -1;
        boolean ascii = true;
        boolean upper = false;
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (isLetterOrNumber(c) || isMark(c)) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                    upper = false;
                }
                ascii &= c < 0x80;
                upper |= c >= 'A' && c <= 'Z';
            } else if (start >= 0) {
                String run = text.substring(start, i);
                if (!ascii) {
                    eachFolded(fold(run), each);
                } else {
                    each.accept(upper ? run.toLowerCase(Locale.ROOT) : run);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(c) : 1;
        }
    }

    private static void eachFolded(String folded, Consumer<String> each) {
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean inWord = isLetterOrNumber(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                each.accept(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            each.accept(folded.substring(start));
        }
    }

    /** A text as search compares it: without accents, in lower case. */
    public static String fold(String text) {
        String decomposed = Normalizer.isNormalized(text, Normalizer.Form.NFD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = null;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean accent = c >= '\u0300' && c <= '\u036f';
            if (accent && plain == null) {
                plain = new StringBuilder(decomposed.length()).append(decomposed, 0, i);
            } else if (!accent && plain != null) {
                plain.append(c);
            }
        }
        return (plain == null ? decomposed : plain.toString()).toLowerCase(Locale.ROOT);
    }

    /** Whether a code point is a combining mark, which may join or leave a word once folded. */
    private static boolean isMark(int c) {
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether a code point is in {@code \p{L}} or {@code \p{N}}, as the script's pattern reads them. */
    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

}
