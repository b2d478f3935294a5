package dev.handbook.prose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Body;
import dev.handbook.content.Place;
import dev.handbook.content.Prose;
import dev.handbook.markdown.BodyProse;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.pipeline.TestSites;
import dev.handbook.problem.Problem;
import dev.handbook.problem.ProblemReport;
import dev.handbook.problem.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks on a fixture guide, through the Markdown stage's prose, against the expected report. */
class ProseStageTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new SiteVerifier());
    private static final Path DIR = Path.of("src/test/resources/prose");

    private static MarkdownStage.Tables markdownMemo() {
        return new MarkdownStage.Tables(new Table<>("rendered", RenderedMarkdown.class, false),
                new Table<>("markdown", MarkdownStage.Summary.class, false), new Table<>("guide-files", Digest.class,
                false));
    }

    private static ProseStage.Result check(String path, String markdown, Rules rules,
                                           Table<ProseStage.Key, ProseStage.Checked> memo) {
        return check(path, markdown, rules, memo, markdownMemo());
    }

    /** Checks a guide as a build does: as the Markdown stage, with these memo tables, reads its prose. */
    private static ProseStage.Result check(String path, String markdown, Rules rules,
                                           Table<ProseStage.Key, ProseStage.Checked> memo,
                                           MarkdownStage.Tables markdownMemo) {
        String body = markdown.substring(markdown.indexOf("\n---\n", 3) + 5);
        int line = (int) markdown.substring(0, markdown.length() - body.length()).chars().filter(c -> c == '\n')
                .count() + 1;
        Body source = new Body(path, line, Digest.of(body.getBytes(StandardCharsets.UTF_8)), () -> body);
        ProseStage checks = new ProseStage(rules, memo);
        MarkdownStage.Result<ProseStage.Checked> rendered = MarkdownStage.render(List.of(source), Map.of(), Set.of(),
                MARKDOWN, checks, markdownMemo);
        return checks.result(rendered.made(), Map.of());
    }

    @Test
    void aFixtureGuideGivesTheExpectedFindingsAtTheWritersLinesAndColumns() throws IOException {
        Rules rules = new Rules(25, 3, Set.of(), Set.of(), Map.of("in order to", "to"), "en-GB");
        String path = "src/test/resources/prose/guide.md";
        ProseStage.Result result = check(path, Files.readString(DIR.resolve("guide.md")), rules,
                new Table<>("prose", ProseStage.Checked.class, false));
        String report = new ProblemReport(Path.of(".")).format(result.problems());
        Path expected = DIR.resolve("expected.txt");
        if (TestSites.UPDATE) {
            Files.writeString(expected, report, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), report);
    }

    @Test
    void proseIsTheTextAReaderSeesWithCodeAsOneWordAndEachPieceWhereItWasWritten() {
        BodyProse prose = MARKDOWN.renderWithText("g.md", "Use \\*stars\\* at AT&amp;T, `x = 1`,\n"
                + "and [a link](https://example.org/the-the) \"quoted\".\n\n<!-- allow: spacing -->\n# Head\n", 7,
                new GuideLinks(Map.of()), new Problems()).text().prose();
        assertEquals(List.of("paragraph", "heading"), prose.blocks().stream().map(Prose::kind).toList());
        Prose paragraph = prose.blocks().get(0);
        assertEquals("Use *stars* at AT&T, \uE000, and a link “quoted”.", paragraph.text());
        assertEquals(new Place(8, 6), paragraph.placeOf(paragraph.text().indexOf("a link")));
        assertEquals(new Place(7, 28), paragraph.placeOf(paragraph.text().indexOf('\uE000')));
        assertEquals(List.of(new BodyProse.Comment(10, 1, 10, "allow: spacing")), prose.comments());
    }

    @Test
    void aChangedLimitChecksAgainWhatTheMemoKeptUnderTheOldOne() {
        String guide = "---\ntitle: T\nsummary: S.\nupdated: 2026-12-01\n---\n\nOne two three four five six seven.\n";
        Table<ProseStage.Key, ProseStage.Checked> memo = new Table<>("prose", ProseStage.Checked.class, false);
        // the body's rendering is in the memo the second time, without its prose, which is read again
        MarkdownStage.Tables markdownMemo = markdownMemo();
        Rules loose = new Rules(25, 9, Set.of(), Set.of(), Map.of(), "en");
        assertEquals(List.of(), check("g.md", guide, loose, memo, markdownMemo).problems());
        Rules strict = new Rules(5, 9, Set.of(Check.LONG_SENTENCE), Set.of(), Map.of(), "en");
        List<Problem> found = check("g.md", guide, strict, memo, markdownMemo).problems();
        assertEquals(List.of("g.md:7:1: error: this sentence has 7 words, more than the 5 a sentence should have"
                + " [long-sentence]"), found.stream().map(Problem::headline).toList());
    }

    @Test
    void aGuideAboveTheGradeIsAWarningThatNamesItsHardestParagraphs() {
        String guide = "---\ntitle: T\nsummary: S.\nupdated: 2026-12-01\n---\n\nThank them for the call and say yes."
                + " Tell them the day you can start and ask what to bring with you.\n\nConsideration of remuneration"
                + " negotiations necessitates considerable organisational preparation beforehand, particularly"
                + " regarding expectations.\n";
        Rules rules = new Rules(25, 9, Set.of(), Set.of(), Map.of(), "en");
        List<Problem> found = check("g.md", guide, rules, new Table<>("prose", ProseStage.Checked.class, false))
                .problems();
        assertEquals(1, found.size(), found.toString());
        assertEquals("g.md:7:1: warning: this text reads at grade 13.8 (Flesch-Kincaid), above the handbook's limit"
                + " of 9 [reading-grade]", found.get(0).headline());
        assertEquals("the hardest paragraphs are at line 9 (grade 38.3) and line 7 (grade 0.5): shorter sentences and"
                + " shorter words bring it down", found.get(0).hint());
    }

    @Test
    void aTemplatesMessageIsCheckedAtItsLines() {
        Prose message = new Prose("paragraph", "Utilise the \uE000 form.", List.of(new Prose.Piece(0, 12, 1),
                new Prose.Piece(12, 12, 13), new Prose.Piece(13, 12, 25)));
        Rules rules = new Rules(25, 9, Set.of(), Set.of(), Map.of("utilise", "use"), "en");
        ProseStage.Result result = new ProseStage(rules, new Table<>("prose", ProseStage.Checked.class, false))
                .result(Map.of(), Map.of("t.md", List.of(message)));
        assertEquals(List.of("t.md:12:1: warning: \"utilise\" is on the list of words to avoid [words-to-avoid]"),
                result.problems().stream().map(Problem::headline).toList());
    }
}
