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

    @Test
    void thePageReloadsAfterEachSaveAndShowsProblemsUntilTheyAreFixed() throws Exception {
        TestSites.copy(TestSites.CONTENT, work.resolve("content"));
        Path guide = work.resolve("content/guides/declining-a-job-interview.md");
        String original = Files.readString(guide);
        ChromeDriver driver = Browser.start(work.resolve("profile"), Files.createDirectories(work.resolve("dl")));
        try (PreviewServer server = new PreviewServer(work.resolve("content"), TestSites.THEME, 0,
                Pipeline.standard(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            driver.get(server.url() + "declining-a-job-interview/index.html");
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
