package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private final Problems problems = new Problems();

    private FrontMatter parse(String yaml) {
        return FrontMatter.parse("f.md", 2, yaml, problems).orElseThrow();
    }

    @Test
    void readsTypedValues() {
        FrontMatter fm = parse("title: No\nupdated: 2026-01-31\ndraft: true\norder: 3\ntags: [a, b]\n");
        assertEquals(Optional.of("No"), fm.string("title"));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), fm.date("updated"));
        assertEquals(Optional.of(true), fm.bool("draft"));
        assertEquals(Optional.of(3), fm.integer("order"));
        assertEquals(List.of("a", "b"), fm.stringList("tags"));
        assertEquals(List.of(), headlines());
    }

    @Test
    void reportsWrongTypesAtTheValue() {
        FrontMatter fm = parse("updated: 31/01/2026\ndraft: maybe\norder: first\ntags: a\ntitle: [x]\n");
        fm.date("updated");
        fm.bool("draft");
        fm.integer("order");
        fm.stringList("tags");
        fm.string("title");
        assertEquals(List.of(
                "f.md:2:10: error: \"updated\" must be a date written as YYYY-MM-DD",
                "f.md:3:8: error: \"draft\" must be true or false",
                "f.md:4:8: error: \"order\" must be a whole number",
                "f.md:5:7: error: \"tags\" must be a list, such as [interviews, email]",
                "f.md:6:8: error: \"title\" must be text"), headlines());
    }

    /** The one problem of YAML that does not parse, with its hint. */
    private String mistake(String yaml) {
        Problems found = new Problems();
        assertEquals(Optional.empty(), FrontMatter.parse("f.md", 2, yaml, found));
        Problem problem = found.sorted().get(0);
        assertEquals(1, found.sorted().size(), found.sorted().toString());
        return problem.headline() + " (" + problem.hint() + ")";
    }

    @Test
    void yamlMistakesAreNamedAtTheirOwnLineWithTheFixThatFitsThem() {
        assertEquals("f.md:3:8: error: there is no space after the colon of \"summary\" (write summary: Say no.)",
                mistake("title: T\nsummary:Say no.\nupdated: 2026-01-01\n"));
        assertEquals("f.md:3:10: error: the quote that starts this value is not closed (end the value with \" on the"
                + " same line, or leave the quote out)", mistake("title: T\nsummary: \"Say no.\nupdated: 2026-01-01\n"));
        assertEquals("f.md:3:1: error: a tab indents this line, and YAML does not allow tabs (indent with spaces"
                + " instead)", mistake("title: T\n\tsummary: S\n"));
        assertEquals("f.md:3:1: error: this line is indented, so YAML takes it as part of the line above (remove the"
                + " spaces at its start; only the lines under a group such as \"fields:\" are indented)",
                mistake("title: T\n  summary: S\n"));
        assertEquals("f.md:3:1: error: this line is indented, so YAML takes it as part of the line above (remove the"
                + " spaces at its start; only the lines under a group such as \"fields:\" are indented)",
                mistake("title: \"T\"\n  bad: indent\nsubject: S\n"));
        assertEquals("f.md:2:8: error: this value holds \": \", which YAML reads as another key (put the value in"
                + " quotes: title: \"Offer: say \\\"no\\\"\")", mistake("title: Offer: say \"no\"\n"));
        assertEquals("f.md:2:8: error: this is not valid YAML: found undefined alias x (front matter is \"key: value\""
                + " lines; quote a value that contains \": \" or starts with a special character)",
                mistake("title: *x\n"));
    }

    @Test
    void anImpossibleDayIsNotADate() {
        parse("updated: 2026-02-30\n").date("updated");
        assertEquals(List.of("f.md:2:10: error: \"updated\" must be a date written as YYYY-MM-DD"), headlines());
    }

    @Test
    void unknownAndDuplicateKeysAreProblems() {
        FrontMatter fm = parse("title: A\nsumary: B\ntitle: C\n");
        fm.rejectUnknownKeys(List.of("title", "summary"));
        fm.requireString("summary");
        List<Problem> sorted = problems.sorted();
        assertEquals(List.of("f.md:3:1: error: unknown key \"sumary\"",
                "f.md:4:1: error: the key \"title\" appears twice"), headlines());
        assertEquals("did you mean \"summary\"? allowed keys: title, summary", sorted.get(0).hint());
    }

    @Test
    void missingAndEmptyRequiredValuesAreProblems() {
        FrontMatter fm = parse("title: \"  \"\n");
        fm.requireString("title");
        fm.requireString("summary");
        assertEquals(List.of("f.md:2:8: error: \"title\" must not be empty",
                "f.md:3:1: error: missing required key \"summary\""), headlines());
        assertEquals("add a line above the closing ---, for example: summary: Say no kindly and keep the door open.",
                problems.sorted().get(1).hint());
    }

    @Test
    void yamlOneTwoKeepsNorwayAsText() {
        assertEquals(Optional.of("no"), parse("country: no\n").string("country"));
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Problem::headline).toList();
    }
}
