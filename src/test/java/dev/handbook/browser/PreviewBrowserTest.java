package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.TestSites;
import dev.handbook.preview.PreviewServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A writer keeps the preview open in a browser while editing: the page follows every save by itself. */
class PreviewBrowserTest {
    @TempDir
    Path work;
    /** The guide the tests edit, and its text before. */
    private Path guide;
    private String original;

    @Test
    void thePageReloadsAfterEachSaveAndShowsProblemsUntilTheyAreFixed() throws Exception {
        inPreview((driver, server) -> {
            assertEquals("How to decline a job interview", driver.findElement(By.tagName("h1")).getText());

            Files.writeString(guide, original.replace("title: How to decline a job interview",
                    "title: How to say no to an interview"));
            Browser.waitFor("the page to follow the change",
                    () -> h1(driver).equals("How to say no to an interview"));

            Files.writeString(guide, original.replace("updated: 2026-11-27", "updated: 27 November"));
            Browser.waitFor("the page to follow the change",
                    () -> h1(driver).equals("The handbook does not build"));
            String report = driver.findElement(By.tagName("pre")).getText();
            assertTrue(report.startsWith("content/guides/declining-a-job-interview.md:4:10: error: \"updated\" must"
                    + " be a date written as YYYY-MM-DD\n  | updated: 27 November\n  |          ^"), report);

            Files.writeString(guide, original);
            Browser.waitFor("the page to follow the change",
                    () -> h1(driver).equals("How to decline a job interview"));

            NotFoundPage.worksAt(driver, server.url(), server.url() + "a/b/c/");
        });
    }

    @Test
    void aPlainLanguageFindingIsShownAboveThePageItConcerns() throws Exception {
        inPreview((driver, server) -> {
            assertTrue(driver.findElements(By.cssSelector(".preview-warnings")).isEmpty());
            String sentence = "Utilise this sentence to see how the preview shows a sentence that goes on and on"
                    + " for far longer than any reader would like it to, with many words.";
            Files.writeString(guide, original + "\n" + sentence + "\n");
            int line = (int) original.chars().filter(c -> c == '\n').count() + 2;
            Browser.waitFor("the warnings to appear", () -> !driver.findElements(By.cssSelector(".preview-warnings"))
                    .isEmpty());
            String warnings = driver.findElement(By.cssSelector(".preview-warnings")).getText();
            assertTrue(warnings.contains("content/guides/declining-a-job-interview.md:" + line + ":1: warning: this"
                    + " sentence has 29 words, more than the 25 a sentence should have [long-sentence]"), warnings);
            assertTrue(warnings.contains("\"utilise\" is on the list of words to avoid"), warnings);
            // beside the page, not instead of it: the guide is there, with the new sentence, below the warnings
            assertEquals("How to decline a job interview", h1(driver));
            assertTrue(driver.findElement(By.cssSelector(".preview-warnings")).getRect().getY()
                    < driver.findElement(By.tagName("h1")).getRect().getY());
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("Utilise this sentence"));

            Files.writeString(guide, original);
            Browser.waitFor("the warnings to go", () -> driver.findElements(By.cssSelector(".preview-warnings"))
                    .isEmpty());
        });
    }

    /** What a test does with the preview of a copy of this handbook open in the browser. */
    private interface InPreview {
        void run(ChromeDriver driver, PreviewServer server) throws Exception;
    }

    /** Starts the preview of a copy of this handbook, opens the guide the tests edit, and runs a test. */
    private void inPreview(InPreview test) throws Exception {
        TestSites.copy(TestSites.CONTENT, work.resolve("content"));
        guide = work.resolve("content/guides/declining-a-job-interview.md");
        original = Files.readString(guide);
        ChromeDriver driver = Browser.start(work.resolve("profile"), Files.createDirectories(work.resolve("dl")));
        try (PreviewServer server = new PreviewServer(work.resolve("content"), TestSites.THEME, 0,
                Pipeline.standard(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            driver.get(server.url() + "declining-a-job-interview/index.html");
            test.run(driver, server);
        } finally {
            driver.quit();
        }
    }

    private static String h1(ChromeDriver driver) {
        try {
            return driver.findElement(By.tagName("h1")).getText();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
