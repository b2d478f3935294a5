package dev.handbook.prose;

import dev.handbook.content.Settings;
import dev.handbook.content.WordsToAvoid;
import dev.handbook.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the plain-language checks hold the handbook's text to, from {@code handbook.yml} and the list of words to
 * avoid.
 *
 * @param sentenceWords the most words a sentence should have, e.g. {@code 25}
 * @param grade         the highest reading grade a guide should have, e.g. {@code 9}
 * @param errors        the checks whose findings stop the build; the others' are warnings
 * @param off           the checks that do not run
 * @param avoid         the words and phrases to avoid, each with the plain word to write instead (or empty)
 * @param language      the handbook's language tag, e.g. {@code en-GB}
 */
public record Rules(int sentenceWords, int grade, Set<Check> errors, Set<Check> off, Map<String, String> avoid,
                    String language) {

    /**
     * The rules, and what is wrong with how they are written.
     *
     * @param rules    the rules
     * @param problems unknown check names in handbook.yml, each at its place
     */
    public record Made(Rules rules, List<Problem> problems) {
    }

    /** The rules of the settings and the list of words to avoid. */
    public static Made of(Settings settings, WordsToAvoid avoid) {
        List<Problem> problems = new ArrayList<>();
        Settings.PlainLanguage plain = settings.plainLanguage();
        Set<Check> errors = checks(plain.errors(), problems);
        Set<Check> off = checks(plain.off(), problems);
        Map<String, String> words = new LinkedHashMap<>();
        for (WordsToAvoid.Entry entry : avoid.entries()) {
            words.put(entry.phrase().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), entry.plain());
        }
        return new Made(new Rules(plain.sentenceWords(), plain.grade(), errors, off, words, settings.language()),
                problems);
    }

    private static Set<Check> checks(List<Settings.Named> names, List<Problem> problems) {
        Set<Check> checks = EnumSet.noneOf(Check.class);
        for (Settings.Named named : names) {
            Optional<Check> check = Check.named(named.name());
            if (check.isPresent()) {
                checks.add(check.get());
            } else {
                problems.add(Check.unknown(named.name(), named.path(), named.place().line(), named.place().column()));
            }
        }
        return Collections.unmodifiableSet(checks);
    }

    /** The variant of English whose spelling the handbook keeps to, from its language's region. */
    Variant variant() {
        Locale locale = Locale.forLanguageTag(language);
        if (!locale.getLanguage().equals("en") || locale.getCountry().isEmpty()) {
            return Variant.ANY;
        }
        return locale.getCountry().equals("US") ? Variant.AMERICAN : Variant.BRITISH;
    }

    /** A variant of English, with the spellings of the other that it flags. */
    enum Variant {
        /** No region given: both spellings pass. */
        ANY("English"),
        /** en-GB, en-AU, en-IE, en-NZ, en-ZA, en-IN and the rest of the Commonwealth. */
        BRITISH("British English"),
        /** en-US. */
        AMERICAN("American English");

        final String name;

        Variant(String name) {
            this.name = name;
        }

        /** The other variant's name, e.g. {@code American}. */
        String other() {
            return this == AMERICAN ? "British" : "American";
        }

        /** The other variant's spellings that this one writes otherwise, each with this one's. */
        Map<String, String> otherSpellings() {
            return switch (this) {
                case ANY -> Map.of();
                case BRITISH -> Spellings.AMERICAN_TO_BRITISH;
                case AMERICAN -> Spellings.BRITISH_TO_AMERICAN;
            };
        }
    }

    /**
     * A small list of words that American and British English spell differently, in the forms writing uses: no
     * dictionary, only the families that job-search writing meets (organise, behaviour, centre, travelled, …).
     */
    static final class Spellings {
        static final Map<String, String> AMERICAN_TO_BRITISH;
        static final Map<String, String> BRITISH_TO_AMERICAN;

        static {
            Map<String, String> pairs = new HashMap<>();
            List<String> izeEndings = List.of("ize", "izes", "ized", "izing", "izer", "izers", "ization", "izations");
            for (String stem : List.of("organ", "recogn", "real", "apolog", "priorit", "summar", "special", "minim",
                    "maxim", "final", "custom", "author", "categor", "critic", "util", "familiar", "memor", "optim",
                    "personal", "standard", "visual", "emphas")) {
                for (String ending : izeEndings) {
                    pairs.put(stem + ending, stem + ending.replace('z', 's'));
                }
            }
            // "emphasis" and "analysis" are spelt alike: only the verbs differ
            pairs.remove("emphasization");
            pairs.remove("emphasizations");
            for (String stem : List.of("color", "favor", "behavior", "honor", "labor", "neighbor", "humor", "flavor",
                    "rumor", "endeavor")) {
                String british = stem.substring(0, stem.length() - 1) + "ur";
                for (String ending : List.of("", "s", "ed", "ing", "ful", "able", "ably", "ite", "ites", "hood",
                        "hoods", "al")) {
                    pairs.put(stem + ending, british + ending);
                }
            }
            for (String[] pair : new String[][] {{"center", "centre"}, {"centers", "centres"},
                {"centered", "centred"}, {"theater", "theatre"}, {"fiber", "fibre"}, {"liter", "litre"},
                {"traveled", "travelled"}, {"traveling", "travelling"}, {"traveler", "traveller"},
                {"travelers", "travellers"}, {"canceled", "cancelled"}, {"canceling", "cancelling"},
                {"labeled", "labelled"}, {"labeling", "labelling"}, {"modeled", "modelled"},
                {"modeling", "modelling"}, {"enrollment", "enrolment"}, {"fulfillment", "fulfilment"},
                {"catalog", "catalogue"}, {"catalogs", "catalogues"}, {"defense", "defence"},
                {"offense", "offence"}, {"gray", "grey"}, {"aging", "ageing"},
                {"acknowledgment", "acknowledgement"}, {"acknowledgments", "acknowledgements"},
                {"analyze", "analyse"}, {"analyzed", "analysed"}, {"analyzing", "analysing"}}) {
                pairs.put(pair[0], pair[1]);
            }
            AMERICAN_TO_BRITISH = Collections.unmodifiableMap(pairs);
            Map<String, String> reverse = new HashMap<>();
            pairs.forEach((american, british) -> reverse.put(british, american));
            BRITISH_TO_AMERICAN = Collections.unmodifiableMap(reverse);
        }

        private Spellings() {
        }
    }
}
