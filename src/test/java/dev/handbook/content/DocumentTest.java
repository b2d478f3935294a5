package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private static Document split(String text, Problems problems) throws SourceException {
        return Document.split(SourceText.decode(text.getBytes(StandardCharsets.UTF_8), "content/x.md"), problems)
                .orElseThrow();
    }

    @Test
    void splitsFrontMatterAndRemembersWhereTheBodyStarts() throws SourceException {
        Problems problems = new Problems();
        Document doc = split("---\ntitle: A\nsummary: B\n---\nHello\n", problems);
        assertTrue(problems.isEmpty());
        assertEquals("Hello\n", doc.body());
        assertEquals(5, doc.bodyLine());
        assertEquals(3, doc.frontMatter().lineOf("summary"));
    }

    @Test
    void byteOrderMarkAndCrLfKeepLineNumbers() throws SourceException {
        Problems problems = new Problems();
        Document doc = split("\uFEFF---\r\ntitle: A\r\n\r\nsummary: B\r\n---\r\nHello\r\n", problems);
        assertEquals(4, doc.frontMatter().lineOf("summary"));
        assertEquals(1, doc.frontMatter().columnOf("summary"));
        assertEquals(6, doc.bodyLine());
        assertEquals("Hello\n", doc.body());
    }

    @Test
    void aFileWithoutFrontMatterIsAProblem() throws SourceException {
        Problems problems = new Problems();
        Document.split(SourceText.decode("# Title\n".getBytes(StandardCharsets.UTF_8), "content/x.md"), problems);
        assertEquals(List.of("content/x.md:1:1: error: the file must start with front matter: a line \"---\""),
                headlines(problems));
    }

    @Test
    void unclosedFrontMatterAndEmptyFilesAreProblems() throws SourceException {
        Problems problems = new Problems();
        Document.split(SourceText.decode("---\ntitle: A\n".getBytes(StandardCharsets.UTF_8), "a.md"), problems);
        Document.split(SourceText.decode(" \n".getBytes(StandardCharsets.UTF_8), "b.md"), problems);
        assertEquals(List.of("a.md:1:1: error: the front matter is not closed", "b.md: error: the file is empty"),
                headlines(problems));
    }

    @Test
    void yamlErrorsPointAtTheFileLine() throws SourceException {
        Problems problems = new Problems();
        Document.split(SourceText.decode("---\ntitle: A\nsummary: [x\n---\n".getBytes(StandardCharsets.UTF_8),
                "c.md"), problems);
        Problem problem = problems.sorted().get(0);
        assertEquals("c.md", problem.path());
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("this is not valid YAML"), problem.message());
    }

    @Test
    void invalidUtf8NamesTheLineOfTheBadByte() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, '(', '\n'};
        SourceException e = assertThrows(SourceException.class, () -> SourceText.decode(bytes, "d.md"));
        assertEquals("d.md:2:2: error: the file is not valid UTF-8 (byte 0xC3)", e.problem().headline());
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsKept() throws SourceException {
        SourceText text = SourceText.decode("a \uFFFD b\r\n".getBytes(StandardCharsets.UTF_8), "e.md");
        assertEquals("a \uFFFD b\n", text.text());
    }

    private static List<String> headlines(Problems problems) {
        return problems.sorted().stream().map(Problem::headline).toList();
    }
}
