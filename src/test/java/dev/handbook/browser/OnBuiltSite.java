package dev.handbook.browser;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
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

    @BeforeAll
    void buildAndStart() throws Exception {
        built = new BuiltSite(subPath());
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

    /** The site's root over file:// and over HTTP, for parameterized tests. */
    Stream<String> bases() {
        return built.bases();
    }
}
