package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code src/test/resources/golden/basic/content} with the real theme and compares every file with
 * {@code golden/basic/expected/}. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path CASE = TestSites.resource("golden/basic");

    @TempDir
    Path out;

    @Test
    void theBuiltSiteEqualsTheExpectedFiles() throws BuildFailure, IOException {
        TestSites.buildInto(CASE.resolve("content"), TestSites.THEME, out.resolve("site"), false);
        Map<String, String> actual = new TreeMap<>(TestSites.read(out.resolve("site")));
        // the theme's static files are published as they are: compared with theme/assets, not stored again here
        Map<String, String> themeAssets = TestSites.read(TestSites.THEME.resolve("assets"));
        for (Map.Entry<String, String> asset : themeAssets.entrySet()) {
            assertEquals(asset.getValue(), actual.remove("assets/" + asset.getKey()), "assets/" + asset.getKey());
        }
        Path expectedDir = CASE.resolve("expected");
        if (TestSites.UPDATE) {
            if (Files.exists(expectedDir)) {
                try (var walk = Files.walk(expectedDir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            TestSites.copy(out.resolve("site"), expectedDir);
            for (String asset : themeAssets.keySet()) {
                Files.delete(expectedDir.resolve("assets").resolve(asset));
            }
        }
        Map<String, String> expected = TestSites.read(expectedDir);
        assertEquals(expected.keySet(), actual.keySet(), "the files of the site");
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), actual.get(entry.getKey()), entry.getKey());
        }
        assertFalse(actual.containsKey("draft/index.html"), "drafts are not published");
        assertEquals(true, actual.get(SiteWriter.MANIFEST).startsWith("404.html\nalpha/index.html\n"));
    }
}
