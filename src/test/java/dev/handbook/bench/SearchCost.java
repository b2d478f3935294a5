package dev.handbook.bench;

import dev.handbook.browser.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a reader's searches load, in headless Chromium from {@code file://}: opens the home page of a built
 * synthetic handbook, types a query a key at a time as a reader does, then a second word, and counts the bytes of
 * the search script and of every part of the index the page loaded (uncompressed, as written to the site). Prints
 * the index's size and, for each query, the first search and the further word.
 *
 * <p>{@code java dev.handbook.bench.SearchCost SITE}
 */
public final class SearchCost {
    private static final String ANSWERED = "#search-results:not([aria-busy])";

    private SearchCost() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path index = site.resolve("assets/search");
        long[] words = {0, 0, 0};
        long[] guides = {0, 0, 0};
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                long[] into = file.getFileName().toString().startsWith("g-") ? guides : words;
                into[0]++;
                into[1] += Files.size(file);
                into[2] = Math.max(into[2], Files.size(file));
            }
        }
        System.out.printf(Locale.ROOT, "search index: %.1f MB in %d files: word index %d parts, %.1f MB, largest %d KB;"
                        + " guides %d files, largest %d KB%n", (words[1] + guides[1]) / 1048576.0, words[0] + guides[0],
                words[0], words[1] / 1048576.0, words[2] / 1024, guides[0], guides[2] / 1024);
        Path work = Files.createTempDirectory("search-cost");
        ChromeDriver driver = Browser.start(work.resolve("profile"), work.resolve("downloads"));
        try {
            long script = Files.size(site.resolve("assets/search.js"));
            String[][] queries = {{"interview", "deadline"}, {"s", "t"}, {"the", "and"},
                {SyntheticHandbook.tailWord(50), SyntheticHandbook.tailWord(5_000)},
                {SyntheticHandbook.tailWord(30_000), "interview"}, {"zoë", "nuñez"}};
            for (String[] query : queries) {
                driver.get(site.resolve("index.html").toUri().toString());
                WebElement box = driver.findElement(By.id("search-box"));
                Set<String> before = new LinkedHashSet<>();
                long first = type(driver, box, query[0], before) + script;
                int firstFiles = before.size() + 1;
                String firstCount = count(driver);
                Set<String> seen = new LinkedHashSet<>(before);
                long further = type(driver, box, " " + query[1], seen);
                System.out.printf(Locale.ROOT, "  first search \"%s\": %d files, %d KB (the search script's %d KB"
                                + " included), %s; further word \"%s\": %d files, %d KB, %s%n", query[0], firstFiles,
                        first / 1024, script / 1024, firstCount, query[1], seen.size() - before.size(),
                        further / 1024, count(driver));
            }
        } finally {
            driver.quit();
        }
    }

    /** Types the text a key at a time, waits for the answer; adds the parts loaded to seen, gives their bytes. */
    @SuppressWarnings("unchecked")
    private static long type(ChromeDriver driver, WebElement box, String text, Set<String> seen)
            throws IOException, InterruptedException {
        for (char key : text.toCharArray()) {
            box.sendKeys(String.valueOf(key));
        }
        Browser.waitFor("the answer to " + text, () -> !driver.findElements(By.cssSelector(ANSWERED + " p")).isEmpty());
        Path site = Path.of(java.net.URI.create(driver.getCurrentUrl())).getParent();
        long bytes = 0;
        List<String> parts = new ArrayList<>((List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('script[data-part]'), function (s) { return s.dataset.part; });"));
        for (String part : parts) {
            if (seen.add(part)) {
                bytes += Files.size(site.resolve("assets/search/" + part + ".js"));
            }
        }
        return bytes;
    }

    private static String count(ChromeDriver driver) {
        return driver.findElement(By.cssSelector(ANSWERED + " p")).getText();
    }
}
