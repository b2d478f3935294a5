package dev.handbook.prose;

import java.util.List;

/**
 * The Flesch-Kincaid grade of text: the school grade (years of schooling in the United States) a reader needs,
 * from the average words a sentence and syllables a word: {@code 0.39 * words / sentences + 11.8 * syllables / words
 * - 15.59}. Chosen because it is the measure GOV.UK and most writing tools state reading ages in, and its two
 * inputs are the two things a writer can change: shorter sentences and shorter words. Its known weakness, that it
 * knows nothing of meaning or of how common a word is, is why the words-to-avoid list exists beside it.
 *
 * <p>Syllables are counted by rule, as such tools do, without a dictionary: groups of vowels (y counts as one
 * after a consonant), less a silent final e, -es or -ed; at least one a word.
 */
final class Grade {

    private Grade() {
    }

    /**
     * Counts for a grade.
     *
     * @param sentences how many sentences
     * @param words     how many words
     * @param syllables how many syllables
     */
    record Counts(int sentences, int words, int syllables) {

        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(sentences + other.sentences, words + other.words, syllables + other.syllables);
        }

        /** The grade, or 0 without words. */
        double grade() {
            if (words == 0 || sentences == 0) {
                return 0;
            }
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }
    }

    /** The counts of sentences. */
    static Counts of(List<Sentences.Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        for (Sentences.Sentence sentence : sentences) {
            for (Sentences.Word word : sentence.words()) {
                words++;
                syllables += syllables(word.lower());
            }
        }
        return new Counts(sentences.size(), words, syllables);
    }

    /** The syllables of a word in lower case, by rule. */
    static int syllables(String word) {
        String letters = word;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                StringBuilder kept = new StringBuilder(word.length());
                word.chars().filter(l -> l >= 'a' && l <= 'z').forEach(l -> kept.append((char) l));
                letters = kept.toString();
                break;
            }
        }
        if (letters.isEmpty()) {
            return 1; // a number, code or a word in another script counts as one
        }
        if (letters.length() <= 3) {
            return 1;
        }
        String stem = letters;
        if (stem.endsWith("es") && !stem.endsWith("ses") && !stem.endsWith("ces") && !stem.endsWith("ges")
                && !stem.endsWith("zes") && !stem.endsWith("xes")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("ed") && !stem.endsWith("ted") && !stem.endsWith("ded")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.endsWith("e") && !(stem.endsWith("le") && "aeiouy".indexOf(stem.charAt(stem.length() - 3))
                < 0)) {
            stem = stem.substring(0, stem.length() - 1); // a silent e, but not that of "table"
        }
        int count = 0;
        boolean vowel = false;
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            boolean isVowel = "aeiou".indexOf(c) >= 0 || c == 'y' && i > 0 && "aeiou".indexOf(stem.charAt(i - 1)) < 0;
            if (isVowel && !vowel) {
                count++;
            }
            vowel = isVowel;
        }
        return Math.max(1, count);
    }
}
