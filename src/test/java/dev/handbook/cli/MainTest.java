package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.TestSites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
    }

    @Test
    void buildsAndPrintsASummary() {
        int code = run(Map.of(), "--content", "content", "--theme", "theme", "--out", work.resolve("site").toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("built 7 guides, 22 pages"), printed);
        assertTrue(printed.contains("\nnote: no baseUrl in content/handbook.yml: sitemap.xml, feed.xml, canonical and"
                + " Open Graph links are left out\nnote: search index: "), printed);
        assertTrue(Files.exists(work.resolve("site/index.html")));
    }

    @Test
    void problemsGoToStandardErrorWithExitCodeOneAndAnnotationsOnGitHub() throws IOException {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.CONTENT, content);
        Files.writeString(content.resolve("guides/bad.md"), "---\ntitle: Bad\n---\n");
        int code = run(Map.of("GITHUB_ACTIONS", "true"), "--content", content.toString(), "--out",
                work.resolve("site").toString());
        assertEquals(1, code);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("content/guides/bad.md:3:1: error: missing required key \"summary\"\n"
                + "  | ---\n  | ^\n"), errors);
        assertTrue(errors.endsWith("2 problems\nthe build failed; site/ was not changed\n"), errors);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(
                "::error file=content/guides/bad.md,line=3,col=1::missing required key \"summary\""), out.toString());
        assertTrue(Files.notExists(work.resolve("site")));
    }

    @Test
    void aTemplateNoGuideEmbedsIsAWarningThatDoesNotStopTheBuildButIsPrintedAndAnnotated() throws IOException {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.CONTENT, content);
        Files.writeString(content.resolve("templates/thank-you.md"), "---\ntitle: Thanks\nsubject: Thanks\n---\n"
                + "Thank you, [Name].\n");
        int code = run(Map.of("GITHUB_ACTIONS", "true"), "--content", content.toString(), "--out",
                work.resolve("site").toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("content/templates/thank-you.md:1:1: warning: no published guide embeds the template"
                + " \"thank-you\", so its message is not on the site\n  | ---\n  | ^\n  = hint: to publish it, write in a"
                + " guide a line ```template, a line thank-you and a line ```\n1 warning\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("::warning file=content/templates/thank-you.md,line=1,"
                + "col=1::no published guide embeds the template"), out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(work.resolve("site/index.html")));

        err.reset();
        Files.writeString(content.resolve("guides/anchor.md"), "---\ntitle: A\nsummary: S.\nupdated: 2026-01-01\n"
                + "---\nSee [the offer guide](declining-a-job-offer.md#no-such-section).\n");
        assertEquals(1, run(Map.of(), "--content", content.toString(), "--out", work.resolve("site").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("\n1 problem, 1 warning\nthe build failed;"
                + " site/ was not changed\n"), "a failed build lists its warnings too: " + err);

        err.reset();
        Files.delete(content.resolve("guides/anchor.md"));
        Files.writeString(content.resolve("guides/declining-a-job-offer.md"), "---\ntitle: Bad\n---\n");
        assertEquals(1, run(Map.of(), "--content", content.toString(), "--out", work.resolve("site").toString()));
        assertTrue(!err.toString(StandardCharsets.UTF_8).contains("warning"), "a guide that did not parse embeds"
                + " nothing, so its template is not called unused: " + err);
    }

    @Test
    void theMemoIsKeptBesideTheContentFolderUnlessAskedOtherwise() throws IOException {
        Path content = work.resolve("handbook/content");
        TestSites.copy(TestSites.CONTENT, content);
        String site = work.resolve("site").toString();
        assertEquals(0, run(Map.of(), "--content", content.toString(), "--out", site));
        assertTrue(Files.isRegularFile(work.resolve("handbook/target/handbook-cache/memo.bin")));
        assertEquals(0, run(Map.of(), "--content", content.toString(), "--out", site));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("note: 22 of 22 pages were as the last build made"
                + " them"), out.toString(StandardCharsets.UTF_8));

        out.reset();
        assertEquals(0, run(Map.of(), "--content", content.toString(), "--out", site, "--no-cache"));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("as the last build made them"));
        assertEquals(0, run(Map.of(), "--content", content.toString(), "--out", site, "--cache",
                work.resolve("elsewhere").toString()));
        assertTrue(Files.isRegularFile(work.resolve("elsewhere/memo.bin")));
        assertEquals(2, run(Map.of(), "--cache", "x", "--no-cache"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: --cache and --no-cache cannot go"
                + " together\n"));
    }

    @Test
    void wrongArgumentsExitWithTwoAndUsage() {
        assertEquals(2, run(Map.of(), "--colour"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: unknown option --colour\nusage:"));
        assertEquals(2, run(Map.of(), "--content", work.resolve("nothing").toString()));
    }
}
