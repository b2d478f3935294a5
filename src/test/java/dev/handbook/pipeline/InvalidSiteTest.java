package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.ProblemReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each folder of {@code src/test/resources/invalid/} is a handbook with mistakes; its {@code expected.txt} is
 * the exact report the build must print. A case may override theme templates in {@code theme-override/}.
 * Regenerate with {@code -Dgolden.update=true} and review the diff.
 */
class InvalidSiteTest {
    private static final Path CASES = TestSites.resource("invalid");

    @TempDir
    Path work;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CASES)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsEveryProblemExactlyAndLeavesTheSiteAlone(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path theme = TestSites.THEME;
        if (Files.isDirectory(dir.resolve("theme-override"))) {
            theme = work.resolve("theme");
            TestSites.copy(TestSites.THEME, theme);
            TestSites.copy(dir.resolve("theme-override"), theme.resolve("templates"));
        }
        Path site = work.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous build");
        Files.writeString(site.resolve(".handbook-files"), "index.html\n");
        Map<String, String> before = TestSites.read(site);

        Path content = dir.resolve("content");
        Path themeDir = theme;
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> TestSites.buildInto(content, themeDir, site, false));
        String report = new ProblemReport(dir).format(failure.problems());

        Path expectedFile = dir.resolve("expected.txt");
        if (TestSites.UPDATE) {
            Files.writeString(expectedFile, report, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), report);
        assertEquals(before, TestSites.read(site), "a failed build leaves site/ exactly as it was");
        try (Stream<Path> siblings = Files.list(work)) {
            assertEquals(theme.equals(TestSites.THEME) ? List.of(".site.lock", ".site.spare", "site")
                    : List.of(".site.lock", ".site.spare", "site", "theme"), siblings.map(p -> p.getFileName()
                    .toString()).sorted().toList(), "nothing but the site, its spare folder and its lock");
        }
    }
}
