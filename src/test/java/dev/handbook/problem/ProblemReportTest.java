package dev.handbook.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemReportTest {
    @TempDir
    Path root;

    @Test
    void quotesTheLineWithACaretUnderTheColumnAndTheHint() throws IOException {
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("content/a.md"), "---\ntitel: x\n---\n", StandardCharsets.UTF_8);
        Problem problem = new Problem("content/a.md", 2, 3, "unknown key \"titel\"", "did you mean \"title\"?");

        String text = new ProblemReport(root).format(List.of(problem));

        assertEquals("""
                content/a.md:2:3: error: unknown key "titel"
                  | titel: x
                  |   ^
                  = hint: did you mean "title"?
                1 problem
                """, text);
    }

    @Test
    void aProblemWithoutLineHasOnlyItsHeadline() {
        String text = new ProblemReport(root).format(Problem.at("content/gone.md", 0, 0, "the file is empty"));
        assertEquals("content/gone.md: error: the file is empty\n", text);
    }

    @Test
    void lineNumbersCountTheSameWithCrLfAndAByteOrderMark() throws IOException {
        Files.write(root.resolve("x.md"), "\uFEFFone\r\ntwo\r\nthree\r\n".getBytes(StandardCharsets.UTF_8));
        String text = new ProblemReport(root).format(Problem.at("x.md", 3, 1, "here"));
        assertEquals("x.md:3:1: error: here\n  | three\n  | ^\n", text);
    }

    @Test
    void everyErrorIsShownButWarningsOnlyUpToTheLimitAndTheRestAreCounted() {
        List<Problem> problems = List.of(Problem.at("a.md", 0, 0, "broken"),
                Problem.at("a.md", 0, 0, "long").asWarning(), Problem.at("b.md", 0, 0, "long").asWarning(),
                Problem.at("c.md", 0, 0, "long").asWarning(), Problem.at("d.md", 0, 0, "also broken"));
        assertEquals("a.md: error: broken\na.md: warning: long\nd.md: error: also broken\n"
                + "… and 2 more warnings in 2 files, not shown here\n2 problems, 3 warnings\n",
                new ProblemReport(root).format(problems, 1));
        assertEquals(5, new ProblemReport(root).format(problems).lines().count() - 1, "all of them by default");
    }

    @Test
    void githubAnnotationEscapesItsValues() {
        Problem problem = new Problem("content/a,b.md", 4, 2, "100% wrong\nreally", "fix: it");
        assertEquals("::error file=content/a%2Cb.md,line=4,col=2::100%25 wrong%0Areally (fix: it)",
                ProblemReport.annotation(problem));
    }

    @Test
    void problemsSortByPathLineAndColumn() {
        BuildFailure failure = new BuildFailure(List.of(Problem.at("b.md", 1, 1, "x"), Problem.at("a.md", 9, 1, "y"),
                Problem.at("a.md", 2, 5, "z"), Problem.at("a.md", 2, 5, "z")));
        assertEquals(List.of("a.md:2:5: error: z", "a.md:9:1: error: y", "b.md:1:1: error: x"),
                failure.problems().stream().map(Problem::headline).toList());
    }
}
