package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The W3C Nu HTML Checker reports no error on any page of the handbook. */
class HtmlValidatorTest {
    @TempDir
    Path work;

    /** Runs the checker's command line in a JVM of its own (it ends with System.exit) and returns its output. */
    private static Result check(Path folder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--skip-non-html",
                folder.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        List<String> errors = output.lines().filter(line -> line.contains(": error:")).toList();
        return new Result(code, errors);
    }

    private record Result(int code, List<String> errors) {
    }

    @Test
    void everyPageOfTheHandbookIsValidHtml() throws IOException, InterruptedException, BuildFailure {
        TestSites.buildInto(TestSites.CONTENT, TestSites.THEME, work.resolve("site"), false);
        Result result = check(work.resolve("site"));
        assertEquals(List.of(), result.errors());
        assertEquals(0, result.code());
    }

    @Test
    void theCheckerDoesReportInvalidHtml() throws IOException, InterruptedException {
        Files.writeString(work.resolve("bad.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p><div>unclosed</p><img src=\"x.png\"></body></html>");
        Result result = check(work);
        assertTrue(result.errors().size() >= 2, result.errors().toString());
        assertEquals(1, result.code());
    }
}
