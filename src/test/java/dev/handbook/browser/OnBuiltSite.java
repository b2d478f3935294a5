package dev.handbook.browser;

import dev.handbook.pipeline.TestSites;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A test class that looks at the built handbook in one browser, started before its tests and closed after them,
 * over file:// and over HTTP under {@link #subPath()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnBuiltSite {
    BuiltSite built;
    ChromeDriver driver;

    /** Where the HTTP server serves the site, e.g. {@code /handbook/}. */
    abstract String subPath();

    /** The handbook to build: this project's own, unless a test class writes its own. */
    BuiltSite.Content content() {
        return work -> TestSites.CONTENT;
    }

    @BeforeAll
    void buildAndStart() throws Exception {
        built = new BuiltSite(subPath(), content());
        driver = built.driver;
    }

    /** Each test, each parameter included, is reported as skipped where there is no browser. */
    @BeforeEach
    void requireBrowser() {
        Browser.requireInstalled();
    }

    @AfterAll
    void stop() throws IOException {
        if (built != null) {
            built.close();
        }
    }

    /**
     * Types a query into the search box of the page open, and gives the links of its results once they are shown:
     * those of this query, not those of the last one, which stay on show while this one's parts of the index load.
     */
    List<WebElement> search(String query) throws InterruptedException {
        String answered = "#search-results:not([aria-busy])";
        WebElement box = driver.findElement(By.id("search-box"));
        box.clear();
        box.sendKeys(query);
        Browser.waitFor("the results for " + query, () -> !driver.findElements(By.cssSelector(answered + " a"))
                .isEmpty() || !driver.findElements(By.cssSelector(answered + " .search-none")).isEmpty());
        return driver.findElements(By.cssSelector(answered + " a"));
    }

    /** The site's root over file:// and over HTTP, for parameterized tests. */
    Stream<String> bases() {
        return built.bases();
    }
}
