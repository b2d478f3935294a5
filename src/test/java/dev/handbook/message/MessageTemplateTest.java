package dev.handbook.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.content.SourceFile;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    private List<Problem> problems = List.of();

    private TemplateCatalog catalog(String... files) {
        List<SourceFile> sources = new ArrayList<>();
        for (int i = 0; i < files.length; i += 2) {
            sources.add(SourceFile.of(files[i], files[i + 1].getBytes(StandardCharsets.UTF_8)));
        }
        TemplateCatalog catalog = TemplateCatalog.read(sources, new Table<>("templates", ParsedTemplate.class, false));
        problems = catalog.problems();
        return catalog;
    }

    private MessageTemplate template(String text) {
        return catalog("content/templates/t.md", text).find("t").orElseThrow(() ->
                new AssertionError(problems.toString()));
    }

    private List<String> headlines() {
        return problems.stream().map(Problem::headline).toList();
    }

    private static final String DECLINE = """
            ---
            title: Decline
            subject: "[Job Title] interview"
            fields:
              Your Name:
                label: Your name
                kind: your-name
            choices:
              reason:
                label: Give a reason?
                options:
                  - label: No reason
                    text: ""
                  - label: Another offer
                    text: I accepted another offer at [Other Company].
              keep:
                label: Keep in touch
                toggle: I hope we meet again.
            ---
            Dear [Interviewer's Name],

            Thank you for the [Job Title] role.

            {reason}

            Thanks again.
            {keep}

            Best,
            [Your Name]
            """;

    @Test
    void fallbackKeepsPlaceholdersAndDefaultChoices() {
        Message message = template(DECLINE).fallback();
        assertEquals("[Job Title] interview", message.subject());
        assertEquals("Dear [Interviewer's Name],\n\nThank you for the [Job Title] role.\n\nThanks again.\n"
                + "I hope we meet again.\n\nBest,\n[Your Name]", message.body());
    }

    @Test
    void rendersValuesAndChoicesWithoutGaps() {
        MessageTemplate t = template(DECLINE);
        Message message = t.render(Map.of("interviewers-name", "  Sam Lee \n", "job-title", "Nurse\nLead",
                "other-company", "Acme & Co", "your-name", "Kim"), Map.of("reason", 1, "keep", 0));
        assertEquals("Nurse Lead interview", message.subject());
        assertEquals("Dear Sam Lee,\n\nThank you for the Nurse\nLead role.\n\nI accepted another offer at Acme & Co."
                + "\n\nThanks again.\n\nBest,\nKim", message.body());
        assertEquals("Subject: Nurse Lead interview\n\nDear Sam Lee,", message.asPlainText().substring(0, 44));
    }

    @Test
    void fieldsAreDistinctPlaceholdersInOrderOfUseWithDetails() {
        MessageTemplate t = template(DECLINE);
        assertEquals(List.of("job-title", "interviewers-name", "your-name", "other-company"),
                t.fields().stream().map(Field::id).toList());
        Field yourName = t.fields().get(2);
        assertEquals("Your name", yourName.label());
        assertEquals(FieldKind.YOUR_NAME, yourName.kind());
        assertTrue(problems.isEmpty());
    }

    @Test
    void escapesWriteLiteralBrackets() {
        MessageTemplate t = template("---\ntitle: T\nsubject: S\n---\nUse \\[square\\] and \\{curly\\} and \\\\ here.\n");
        assertEquals("Use [square] and {curly} and \\ here.", t.fallback().body());
        assertEquals(List.of(), t.fields());
    }

    @Test
    void aChoiceAtTheStartOrEndLeavesNoBlankLines() {
        MessageTemplate t = template("""
                ---
                title: T
                subject: S
                choices:
                  a:
                    label: A
                    toggle: First.
                  b:
                    label: B
                    toggle: Last.
                ---
                {a}

                Middle.

                {b}
                """);
        assertEquals("First.\n\nMiddle.\n\nLast.", t.fallback().body());
        assertEquals("Middle.", t.render(Map.of(), Map.of("a", 0, "b", 0)).body());
    }

    @Test
    void reportsEveryTemplateProblemWithItsPosition() {
        catalog("content/templates/bad.md", """
                ---
                title: Bad
                subject: Hello [Name
                fields:
                  Company:
                    label: Company
                    kind: robot
                choices:
                  empty:
                    label: Empty
                    options: []
                  unused:
                    label: Unused
                    toggle: Never shown.
                ---
                Dear [], see ] and {missing} and [Name].
                """);
        assertEquals(List.of(
                "content/templates/bad.md:3:16: error: this \"[\" is not closed on the same line",
                "content/templates/bad.md:5:3: error: the field \"Company\" has details but no placeholder [Company]"
                        + " in the message",
                "content/templates/bad.md:7:11: error: unknown kind \"robot\"",
                "content/templates/bad.md:11:5: error: the choice \"empty\" has no options",
                "content/templates/bad.md:12:3: error: the choice \"unused\" is never used in the message",
                "content/templates/bad.md:16:6: error: empty placeholder \"[]\"",
                "content/templates/bad.md:16:14: error: this \"]\" has no opening \"[\"",
                "content/templates/bad.md:16:20: error: unknown choice {missing}"),
                headlines());
    }

    @Test
    void aPlaceholderThatIsAlmostAnotherIsAProblemAtThePlaceholderWithTheOtherSuggested() {
        catalog("content/templates/t.md", """
                ---
                title: T
                subject: S
                fields:
                  Company Name:
                    label: Company name
                  Job Title:
                    kind: job-title
                ---
                Dear [Interviewer's Name],

                The [Job Title] role at [Company Nme].

                [Job Titel] again, [Your Name], [Your Nmae] and [Your Name]; [Date 1] or [Date 2].
                """);
        assertEquals(List.of(
                "content/templates/t.md:12:25: error: the placeholder [Company Nme] would get a box of its own beside"
                        + " [Company Name]",
                "content/templates/t.md:14:1: error: the placeholder [Job Titel] would get a box of its own beside"
                        + " [Job Title]",
                "content/templates/t.md:14:33: error: the placeholder [Your Nmae] would get a box of its own beside"
                        + " [Your Name]"), headlines());
        assertEquals("did you mean [Company Name]? Placeholders written the same way share one box",
                problems.get(0).hint());
    }

    @Test
    void everyTemplateKeyIsDescribedInTheContributingGuide() throws java.io.IOException {
        java.util.Set<String> keys = new java.util.TreeSet<>(TemplateParser.KEYS);
        TemplateParser.FIELD_KEYS.forEach(key -> keys.add("fields.X." + key));
        TemplateParser.CHOICE_KEYS.forEach(key -> keys.add("choices.X." + key));
        assertEquals(keys, new java.util.TreeSet<>(dev.handbook.content.ContributingGuide.keysUnder(
                "## Adding a message template")));
    }

    @Test
    void theReadersOwnDetailGivenAKindForSomeoneElsesIsAProblem() {
        catalog("content/templates/t.md", "---\ntitle: T\nsubject: S\nfields:\n  Your Name:\n    kind: name\n"
                + "  Your Phone:\n    kind: phone\n  Interviewer's Name:\n    kind: name\n  Your Reason:\n"
                + "    kind: text\n---\n[Your Name] [Your Phone] [Interviewer's Name] [Your Reason]\n");
        assertEquals(List.of("content/templates/t.md:6:11: error: [Your Name] is the reader's own, but \"name\" is for"
                        + " someone else's (did you mean \"your-name\"?)",
                "content/templates/t.md:8:11: error: [Your Phone] is the reader's own, but \"phone\" is for someone"
                        + " else's (did you mean \"your-phone\"?)"),
                problems.stream().map(p -> p.headline() + " (" + p.hint() + ")").toList());
    }

    @Test
    void aKindOrDefaultThatIsAlmostAKnownOneSuggestsIt() {
        catalog("content/templates/t.md", """
                ---
                title: T
                subject: S
                fields:
                  Job Title:
                    kind: job-titel
                choices:
                  reason:
                    label: Why?
                    default: Another ofer
                    options:
                      - label: No reason
                        text: ""
                      - label: Another offer
                        text: I took another offer.
                ---
                The [Job Title] role.

                {reason}
                """);
        assertEquals(List.of("did you mean \"job-title\"? kinds: " + String.join(", ", FieldKind.writtenNames()),
                "did you mean \"Another offer\"? labels: No reason, Another offer"),
                problems.stream().map(Problem::hint).toList());
    }

    @Test
    void twoTemplatesWithOneNameAreAProblem() {
        TemplateCatalog catalog = catalog("content/templates/a/t.md", "---\ntitle: A\nsubject: S\n---\nA\n",
                "content/templates/b/t.md", "---\ntitle: B\nsubject: S\n---\nB\n");
        assertEquals(List.of("content/templates/b/t.md: error: two templates are named \"t\": this one and"
                + " content/templates/a/t.md"), headlines());
        assertEquals("A", catalog.find("t").orElseThrow().fallback().body());
    }

    @Test
    void aMisspeltOrEmptyTitleIsReportedAndTheTemplateIsLeftOutWithoutAKnockOnProblemInTheGuide() {
        TemplateCatalog catalog = catalog("content/templates/a.md", "---\ntitel: A\nsubject: S\n---\nA\n",
                "content/templates/b.md", "---\ntitle: \"\"\nsubject: S\n---\nB\n");
        assertEquals(List.of("content/templates/a.md:2:1: error: unknown key \"titel\"",
                "content/templates/b.md:2:8: error: \"title\" must not be empty"), headlines());
        assertTrue(catalog.find("a").isEmpty() && catalog.find("b").isEmpty());
        TemplateCatalog.Embedded embedded = catalog.resolve("content/guides/g.md", List.of(
                new RenderedMarkdown.Embed("a", new RenderedMarkdown.SourcePosition(3, 1)),
                new RenderedMarkdown.Embed("c", new RenderedMarkdown.SourcePosition(5, 1))));
        assertEquals(List.of("content/guides/g.md:5:1: error: unknown template \"c\""),
                embedded.problems().stream().map(Problem::headline).toList(), "a's own problems say what is wrong");
        assertEquals(List.of(), embedded.templates());
    }

    @Test
    void aTemplateEmbeddedTwiceInOneGuideIsAProblemAtTheSecondAndEachEmbedComesWithItsDigest() {
        TemplateCatalog catalog = catalog("content/templates/t.md", "---\ntitle: T\nsubject: S\n---\nT\n",
                "content/templates/u.md", "---\ntitle: U\nsubject: S\n---\nU\n");
        TemplateCatalog.Embedded embedded = catalog.resolve("content/guides/g.md", List.of(
                new RenderedMarkdown.Embed("t", new RenderedMarkdown.SourcePosition(3, 1)),
                new RenderedMarkdown.Embed("u", new RenderedMarkdown.SourcePosition(7, 1)),
                new RenderedMarkdown.Embed("t", new RenderedMarkdown.SourcePosition(9, 1))));
        assertEquals(List.of("content/guides/g.md:9:1: error: the template \"t\" is embedded twice in this guide"),
                embedded.problems().stream().map(Problem::headline).toList());
        assertEquals(List.of("t", "u", "t"), embedded.templates().stream().map(t -> t.get().name()).toList());
        MessageTemplate t = catalog.find("t").orElseThrow();
        assertEquals(Codec.digest(t), embedded.templates().get(0).digest());
    }

    @Test
    void jsonIsSafeInsideAScriptElement() {
        MessageTemplate t = template("---\ntitle: T\nsubject: S\n---\n</script><b>&amp;</b> [Name]\n");
        String json = t.toJson();
        assertTrue(!json.contains("<") && !json.contains(">") && !json.contains("&"), json);
        assertEquals("{\"name\":\"t\",\"subject\":[[\"t\",\"S\"]],\"body\":[[\"t\",\"\\u003c/script\\u003e\\u003cb\\u003e"
                + "\\u0026amp;\\u003c/b\\u003e \"],[\"f\",\"name\",\"[Name]\"]],\"fields\":[\"name\"],\"choices\":[]}", json);
    }

    @Test
    void fieldIdsIgnoreCaseAccentsAndApostrophes() {
        assertEquals("interviewers-name", TemplateText.fieldId("Interviewer's Name"));
        assertEquals("interviewers-name", TemplateText.fieldId("Interviewer’s name"));
        assertEquals("cafe-owner", TemplateText.fieldId("Café Owner"));
    }
}
