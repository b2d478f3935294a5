package dev.handbook.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each plain-language check, with sentences it must flag and sentences it must leave alone. */
class ChecksTest {
    private static final Rules RULES = new Rules(25, 9, Set.of(), Set.of(),
            Map.of("utilise", "use", "in order to", "to", "reach out to", "contact"), "en-GB");

    /** What the checks find in a text, as "check at: message", with the text's offsets shown as the words there. */
    private static List<String> found(String text) {
        return found(text, RULES);
    }

    private static List<String> found(String text, Rules rules) {
        return new Checker(rules).check(text, Sentences.of(text), false).stream()
                .map(f -> f.check().id() + " \"" + text.substring(f.at(), Math.min(text.length(), f.at() + 12))
                        + "\": " + f.message() + (f.hint().isEmpty() ? "" : " / " + f.hint()))
                .toList();
    }

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesEndAtAStopButNotAfterAbbreviationsInitialsOrInNumbers() {
        assertEquals(List.of("Thank them.", "Then wait?", "Yes!"), sentences("Thank them. Then wait? Yes!"));
        assertEquals(List.of("Ask Mr. Lee, e.g. by email, at 3.30 p.m. today.", "Say so."),
                sentences("Ask Mr. Lee, e.g. by email, at 3.30 p.m. today. Say so."));
        assertEquals(List.of("J. R. Smith wrote back.", "Reply soon."),
                sentences("J. R. Smith wrote back. Reply soon."));
        assertEquals(List.of("Write to them (soon.)", "“Thanks.”", "Then stop"),
                sentences("Write to them (soon.) “Thanks.” Then stop"));
        assertEquals(List.of("Visit example.org today"), sentences("Visit example.org today"),
                "a list item without a full stop is one sentence");
    }

    @Test
    void aLongSentenceIsCountedAndASplitIsSuggested() {
        String twentySix = "You can write to the recruiter today and thank them for their time, and then you can"
                + " say that you have decided to stay where you are now.";
        assertEquals(List.of("long-sentence \"You can writ\": this sentence has 28 words, more than the 25 a"
                + " sentence should have / split it in two at \", and\", after its 13th word"), found(twentySix));
        String twentyFive = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                + " sixteen seventeen eighteen nineteen twenty one two three four five.";
        assertEquals(List.of(), found(twentyFive));
        assertEquals(1, found("Thank them for the call on 12 May 2026 at 10.30, which was kind, and say you have"
                + " chosen another role that suits you, with thanks to everyone you met there.").size());
    }

    @Test
    void wordsToAvoidAreFoundAsWholeWordsAndPhrasesInAnyCase() {
        assertEquals(List.of("words-to-avoid \"Utilise the \": \"utilise\" is on the list of words to avoid / write"
                + " \"use\" instead"), found("Utilise the form."));
        assertEquals(List.of("words-to-avoid \"In Order To \": \"in order to\" is on the list of words to avoid /"
                + " write \"to\" instead"), found("In Order To reply, wait."));
        assertEquals(List.of(), found("Utilised tools, in order, to reply."), "not part of a word or a broken phrase");
        assertEquals(List.of(), found("Type \uE000 to reply."), "code is not prose");
    }

    @Test
    void aWordTwiceInARowButNotWhereGrammarAllowsIt() {
        assertEquals(List.of("repeated-word \"the the recr\": \"the\" twice in a row / remove one"),
                found("Ask the the recruiter."));
        assertEquals(List.of(), found("I had had enough, and I knew that that was it."));
        assertEquals(List.of(), found("Rooms 12 12 and 14."));
    }

    @Test
    void doubledSpacesAndMarksButNotAnEllipsis() {
        assertEquals(List.of("spacing \"  them.\": 2 spaces in a row / leave one"), found("Thank  them."));
        assertEquals(List.of("spacing \",, then wait\": \",,\": a mark twice in a row / leave one"),
                found("Thank them,, then wait."));
        assertEquals(List.of(), found("Wait… or wait... then reply."));
        assertEquals(List.of("spacing \".. Then repl\": \"..\": a mark twice in a row / leave one, or write three"
                + " for an ellipsis"), found("Wait.. Then reply."));
    }

    @Test
    void bracketsAndQuotesThatDoNotCloseButNotEnumerations() {
        assertEquals(List.of("unbalanced \"(for example\": this \"(\" is not closed in its paragraph / close it with"
                + " \")\""), found("Reply soon (for example today."));
        assertEquals(List.of("unbalanced \") soon.\": this \")\" closes nothing / remove it, or open it where it"
                + " starts"), found("Reply today) soon."));
        assertEquals(List.of("unbalanced \"\"Thanks.\": this quote mark (\") has no partner in its paragraph /"
                + " close the quotation, or remove the mark"), found("Say \"Thanks."));
        assertEquals(List.of(), found("Choose a) the call or b) the email, “not both”."));
    }

    @Test
    void thePassiveVoiceWithWhoDoesItButNotAdjectives() {
        assertEquals(List.of("passive-voice \"was rejected\": \"was rejected\" is in the passive voice / say who"
                + " does it first: start with \"the hiring manager\""),
                found("Your application was rejected by the hiring manager."));
        assertEquals(List.of("passive-voice \"be told soon\": \"be told\" is in the passive voice / say who does it,"
                + " if it matters: \"they will call you\" rather than \"you will be called\""),
                found("You will be told soon."));
        assertEquals(List.of(), found("I am interested in the role and excited to start."));
        assertEquals(List.of(), found("I am not qualified for it, and I was tired."));
    }

    @Test
    void spellingOfTheOtherVariantOfEnglish() {
        assertEquals(List.of("spelling \"organize the\": \"organize\" is American spelling, and this handbook is in"
                + " British English (language: en-GB) / write \"organise\""), found("Please organize the call."));
        assertEquals(List.of(), found("Please organise the call."));
        Rules american = new Rules(25, 9, Set.of(), Set.of(), Map.of(), "en-US");
        assertEquals(2, found("Your favourite colour.", american).size(), "both words are British spelling");
        Rules any = new Rules(25, 9, Set.of(), Set.of(), Map.of(), "en");
        assertEquals(List.of(), found("Organize the centre.", any));
    }

    @Test
    void aCheckThatIsOffFindsNothing() {
        Rules off = new Rules(25, 9, Set.of(), Set.of(Check.SPACING), Map.of(), "en");
        assertEquals(List.of(), found("Thank  them.", off));
    }

    @Test
    void theGradeIsFleschKincaidWithSyllablesCountedByRule() {
        assertEquals(List.of(1, 1, 2, 3, 1, 2, 3, 1), List.of("the", "cat", "table", "interview", "called", "wanted",
                "recruiter", "smile").stream().map(Grade::syllables).toList());
        // 2 sentences, 9 words of one syllable: 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035
        Grade.Counts counts = Grade.of(Sentences.of("Thank them for the call. Say you will think."));
        assertEquals(new Grade.Counts(2, 9, 9), counts);
        assertEquals(-2.035, counts.grade(), 1e-9);
        // 1 sentence, 4 words, 16 syllables by rule (3, 5, 4, 4): 0.39 * 4 + 11.8 * 4 - 15.59 = 33.17
        assertEquals(List.of(3, 5, 4, 4), List.of("consider", "remuneration", "negotiation", "carefully").stream()
                .map(Grade::syllables).toList());
        assertEquals(33.17, Grade.of(Sentences.of("Consider remuneration negotiation carefully.")).grade(), 1e-9);
    }
}
