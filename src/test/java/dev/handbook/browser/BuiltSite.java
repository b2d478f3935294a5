package dev.handbook.browser;

import dev.handbook.pipeline.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real handbook built into a temporary folder, served over HTTP under a sub-path, with a browser to look at
 * it; for a test class to start once and close after its tests.
 */
final class BuiltSite implements AutoCloseable {
    final Path work;
    final Path site;
    final Path downloads;
    final StaticServer server;
    /** The browser, or null where none is installed (every test then skips itself). */
    final ChromeDriver driver;

    /** Builds the handbook that {@code content} gives. */
    BuiltSite(String subPath, Content content) throws Exception {
        work = Files.createTempDirectory("handbook-browser");
        site = work.resolve("site");
        downloads = Files.createDirectories(work.resolve("downloads"));
        TestSites.buildInto(content.write(work), TestSites.THEME, site, false);
        server = new StaticServer(site, subPath);
        driver = Browser.missing().isPresent() ? null : Browser.start(work.resolve("profile"), downloads);
    }

    /** Writes the content of a handbook to build. */
    interface Content {
        /** Writes it into the work folder, and gives its folder. */
        Path write(Path work) throws IOException;
    }

    /** The site's root over file:// and over HTTP, each ending in "/". */
    Stream<String> bases() {
        return Stream.of(site.toUri().toString(), server.url());
    }

    @Override
    public void close() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            server.close();
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
