package dev.handbook.prose;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the checks on one block of prose; what it finds is at offsets of the block's text. */
final class Checker {
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "isn't",
            "aren't", "wasn't", "weren't", "'s", "’s");
    private static final Set<String> BETWEEN = Set.of("not", "never", "also", "often", "always", "already", "still",
            "usually", "just", "then", "being", "been", "sometimes", "rarely", "only");
    /** Past participles used as adjectives after "be": "I am interested", which is not the passive voice. */
    private static final Set<String> ADJECTIVES = Set.of("interested", "excited", "tired", "pleased", "qualified",
            "based", "concerned", "involved", "supposed", "used", "married", "worried", "disappointed", "surprised",
            "prepared", "experienced", "skilled", "focused", "motivated", "committed", "dedicated", "limited",
            "related", "detailed", "advanced", "satisfied", "delighted", "thrilled", "confused", "stressed",
            "frustrated", "annoyed", "bored", "scared", "embarrassed", "ashamed", "relieved", "determined",
            "convinced", "overwhelmed", "unemployed", "employed", "retired", "located", "closed", "finished",
            "organised", "organized", "balanced", "mixed", "engaged", "unexpected", "talented", "honoured",
            "honored", "flattered", "grateful", "unqualified", "overqualified", "self-employed", "done", "gone");
    private static final Set<String> IRREGULAR = Set.of("told", "given", "taken", "sent", "made", "seen", "known",
            "shown", "written", "chosen", "held", "paid", "found", "kept", "left", "met", "bought", "brought",
            "thought", "sought", "spoken", "forgotten", "hidden", "driven", "broken", "stolen", "sold", "heard",
            "understood", "won", "lost", "built", "spent", "taught", "caught", "begun", "drawn", "grown", "thrown");
    /** Words that are grammatical twice in a row: "I had had enough", "that that". */
    private static final Set<String> TWICE = Set.of("had", "that", "is", "very", "bye", "no", "ha", "so", "blah");
    /** Where a long sentence could be split, best first. */
    private static final List<String> SPLITS = List.of("; ", ": ", " – ", " — ", ", but ", ", and ", ", so ",
            ", which ", ", because ", " because ", ", or ");
    /** "a)" or "1)" starting an enumeration in the text closes nothing. */
    private static final Pattern ENUMERATION = Pattern.compile("(^|\\s)\\(?[a-zA-Z0-9]\\)");

    private final Rules rules;
    private final Rules.Variant variant;
    private final Map<String, String> otherSpellings;
    private final Map<String, List<Phrase>> avoidByFirstWord = new HashMap<>();

    /** A phrase to avoid, as words, with what to write instead. */
    private record Phrase(String[] words, String written, String plain) {
    }

    Checker(Rules rules) {
        this.rules = rules;
        this.variant = rules.variant();
        this.otherSpellings = variant.otherSpellings();
        rules.avoid().forEach((phrase, plain) -> {
            String[] words = Sentences.words(phrase, 0, phrase.length()).stream().map(Sentences.Word::lower)
                    .toArray(String[]::new);
            if (words.length > 0) {
                avoidByFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>())
                        .add(new Phrase(words, phrase, plain));
            }
        });
    }

    /**
     * A finding in a block.
     *
     * @param check   the check that found it
     * @param at      where it starts in the block's text
     * @param message what is wrong, e.g. {@code this sentence has 31 words}
     * @param hint    what to do, or empty
     */
    record Finding(Check check, int at, String message, String hint) {
    }

    /** The findings of every check that is on, in a block's text with its sentences. */
    List<Finding> check(String text, List<Sentences.Sentence> sentences, boolean heading) {
        List<Finding> found = new ArrayList<>();
        if (!heading) {
            longSentences(text, sentences, found);
            passive(text, sentences, found);
        }
        for (Sentences.Sentence sentence : sentences) {
            wordsToAvoid(text, sentence.words(), found);
            repeated(sentence.words(), found);
            spelling(sentence.words(), found);
        }
        char[] chars = text.toCharArray();
        spacing(chars, found);
        unbalanced(text, chars, found);
        found.removeIf(finding -> rules.off().contains(finding.check()));
        return found;
    }

    private void longSentences(String text, List<Sentences.Sentence> sentences, List<Finding> found) {
        for (Sentences.Sentence sentence : sentences) {
            int count = sentence.words().size();
            if (count <= rules.sentenceWords()) {
                continue;
            }
            String hint = "split it in two or more";
            String words = text.substring(sentence.start(), sentence.end());
            for (String split : SPLITS) {
                int at = words.indexOf(split);
                int before = at < 0 ? 0 : Sentences.words(words, 0, at).size();
                if (at >= 0 && before >= 5 && count - before >= 5) {
                    hint = "split it in two at \"" + split.strip() + "\", after its " + ordinal(before) + " word";
                    break;
                }
            }
            found.add(new Finding(Check.LONG_SENTENCE, sentence.start(), "this sentence has " + count
                    + " words, more than the " + rules.sentenceWords() + " a sentence should have", hint));
        }
    }

    private static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private void passive(String text, List<Sentences.Sentence> sentences, List<Finding> found) {
        for (Sentences.Sentence sentence : sentences) {
            List<Sentences.Word> words = sentence.words();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!BE.contains(words.get(i).lower())) {
                    continue;
                }
                int j = i + 1;
                while (j < words.size() - 1 && j <= i + 2 && (BETWEEN.contains(words.get(j).lower())
                        || words.get(j).lower().endsWith("ly") && words.get(j).lower().length() > 4)) {
                    j++;
                }
                String participle = words.get(j).lower();
                boolean regular = participle.endsWith("ed") && participle.length() > 4;
                if (!(regular || IRREGULAR.contains(participle)) || ADJECTIVES.contains(participle)) {
                    continue;
                }
                String phrase = text.substring(words.get(i).start(), words.get(j).end());
                found.add(new Finding(Check.PASSIVE_VOICE, words.get(i).start(), "\"" + phrase
                        + "\" is in the passive voice", agent(text, words, j)));
                i = j;
            }
        }
    }

    /** The hint for a passive sentence: the words after "by", if it names who does it. */
    private static String agent(String text, List<Sentences.Word> words, int participle) {
        for (int k = participle + 1; k < words.size() && k <= participle + 3; k++) {
            if (words.get(k).lower().equals("by") && k + 1 < words.size()) {
                int end = Math.min(words.size() - 1, k + 4);
                int stop = k + 1;
                while (stop < end && text.substring(words.get(stop).end(), words.get(stop + 1).start()).isBlank()) {
                    stop++;
                }
                return "say who does it first: start with \"" + text.substring(words.get(k + 1).start(),
                        words.get(stop).end()) + "\"";
            }
        }
        return "say who does it, if it matters: \"they will call you\" rather than \"you will be called\"";
    }

    private void wordsToAvoid(String text, List<Sentences.Word> words, List<Finding> found) {
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> phrases = avoidByFirstWord.get(words.get(i).lower());
            if (phrases == null) {
                continue;
            }
            for (Phrase phrase : phrases) {
                if (matches(text, words, i, phrase.words())) {
                    found.add(new Finding(Check.WORDS_TO_AVOID, words.get(i).start(), "\"" + phrase.written()
                            + "\" is on the list of words to avoid", "write \"" + phrase.plain() + "\" instead"));
                    break;
                }
            }
        }
    }

    /** Whether the words from {@code from} are the phrase, with nothing but spaces between them. */
    private static boolean matches(String text, List<Sentences.Word> words, int from, String[] phrase) {
        if (from + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            Sentences.Word word = words.get(from + k);
            if (!word.lower().equals(phrase[k])
                    || k > 0 && !text.substring(words.get(from + k - 1).end(), word.start()).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void repeated(List<Sentences.Word> words, List<Finding> found) {
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i).lower();
            if (word.equals(words.get(i - 1).lower()) && !TWICE.contains(word) && word.codePointAt(0) != Sentences.CODE
                    && !Character.isDigit(word.charAt(0))) {
                found.add(new Finding(Check.REPEATED_WORD, words.get(i - 1).start(), "\"" + word
                        + "\" twice in a row", "remove one"));
            }
        }
    }

    private void spelling(List<Sentences.Word> words, List<Finding> found) {
        for (Sentences.Word word : words) {
            String ours = otherSpellings.get(word.lower());
            if (ours != null) {
                found.add(new Finding(Check.SPELLING, word.start(), "\"" + word.lower() + "\" is "
                        + variant.other() + " spelling, and this handbook is in " + variant.name
                        + " (language: " + rules.language() + ")", "write \"" + ours + "\""));
            }
        }
    }

    /** Two spaces between words, and a mark twice in a row (but three stops are an ellipsis). */
    private static void spacing(char[] text, List<Finding> found) {
        for (int i = 1; i < text.length; i++) {
            char c = text[i];
            if (c == ' ' && text[i - 1] == ' ') {
                int start = i - 1;
                int end = i + 1;
                while (end < text.length && text[end] == ' ') {
                    end++;
                }
                if (start > 0 && !Character.isWhitespace(text[start - 1]) && end < text.length) {
                    found.add(new Finding(Check.SPACING, start, (end - start) + " spaces in a row", "leave one"));
                }
                i = end;
            } else if (text[i - 1] == c && (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '.')) {
                boolean ellipsis = c == '.' && (i >= 2 && text[i - 2] == '.' || i + 1 < text.length
                        && text[i + 1] == '.');
                if (!ellipsis) {
                    found.add(new Finding(Check.SPACING, i - 1, "\"" + c + c + "\": a mark twice in a row",
                            c == '.' ? "leave one, or write three for an ellipsis" : "leave one"));
                }
                while (i + 1 < text.length && text[i + 1] == c) {
                    i++;
                }
            }
        }
    }

    private static void unbalanced(String text, char[] chars, List<Finding> found) {
        Deque<Integer> open = new ArrayDeque<>();
        Set<Integer> enumerators = new java.util.HashSet<>();
        if (text.indexOf(')') >= 0) {
            Matcher enumeration = ENUMERATION.matcher(text);
            while (enumeration.find()) {
                enumerators.add(enumeration.end() - 1);
            }
        }
        int straight = -1;
        int straightCount = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '(' || c == '[' || c == '“') {
                open.push(i);
            } else if (c == ')' || c == ']' || c == '”') {
                char opener = c == ')' ? '(' : c == ']' ? '[' : '“';
                if (!open.isEmpty() && text.charAt(open.peek()) == opener) {
                    open.pop();
                } else if (!enumerators.contains(i)) {
                    found.add(new Finding(Check.UNBALANCED, i, "this \"" + c + "\" closes nothing",
                            "remove it, or open it where it starts"));
                }
            } else if (c == '"') {
                straight = i;
                straightCount++;
            }
        }
        for (int at : open) {
            char opener = text.charAt(at);
            char closer = opener == '(' ? ')' : opener == '[' ? ']' : '”';
            found.add(new Finding(Check.UNBALANCED, at, "this \"" + opener + "\" is not closed in its paragraph",
                    "close it with \"" + closer + "\""));
        }
        if (straightCount % 2 == 1) {
            found.add(new Finding(Check.UNBALANCED, straight, "this quote mark (\") has no partner in its paragraph",
                    "close the quotation, or remove the mark"));
        }
    }
}
