package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same bytes; a failed build changes nothing. Runs on the real handbook. */
class DeterminismTest {
    @TempDir
    Path work;

    @Test
    void twoBuildsOfTheHandbookAreByteIdentical() throws BuildFailure, IOException {
        TestSites.buildInto(TestSites.CONTENT, TestSites.THEME, work.resolve("a"), false);
        TestSites.buildInto(TestSites.CONTENT, TestSites.THEME, work.resolve("b"), false);
        Map<String, String> a = TestSites.read(work.resolve("a"));
        Map<String, String> b = TestSites.read(work.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(Files.readAllBytes(work.resolve("a").resolve(path)),
                    Files.readAllBytes(work.resolve("b").resolve(path)), path);
        }
        assertFalse(a.values().stream().anyMatch(text -> text.contains("\r")), "only LF line endings");
    }

    @Test
    void theOutputIsTheSameWhateverTheNumberOfThreads() throws Exception {
        Map<String, byte[]> one = buildWithThreads(1);
        Map<String, byte[]> four = buildWithThreads(4);
        assertEquals(one.keySet(), four.keySet());
        for (String path : one.keySet()) {
            assertArrayEquals(one.get(path), four.get(path), path);
        }
    }

    /** Parallel streams started inside a pool run on that pool, so this sets how many threads build. */
    private static Map<String, byte[]> buildWithThreads(int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> TestSites.build(TestSites.CONTENT, TestSites.THEME, false)
                    .files().asMap()).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailingBuildLeavesAnExistingSiteUntouched() throws BuildFailure, IOException {
        BuildFailure failure = failToRebuildWith("\nSee [a missing guide](no-such-guide.md).\n");
        assertEquals("content/guides/declining-a-job-interview.md", failure.problems().get(0).path());
    }

    @Test
    void aBuildThatFailsAfterWritingPagesLeavesTheSiteAndNoStagingFolder() throws BuildFailure, IOException {
        // a missing section is found when pages are checked, after they were written into the staging folder
        BuildFailure failure = failToRebuildWith("\nSee [the offer guide](declining-a-job-offer.md#no-such-section).\n");
        assertEquals(List.of("broken link: content/guides/declining-a-job-offer.md has no section \"#no-such-section\""),
                failure.problems().stream().map(Problem::message).toList());
        try (var siblings = Files.list(work)) {
            assertEquals(List.of(work.resolve(".site.lock"), work.resolve(".site.spare"), work.resolve("content"),
                    work.resolve("site")), siblings.sorted().toList(), "nothing but the site, its spare and its lock");
        }
    }

    /** Builds the handbook into site/, then fails to rebuild it with {@code appended} added to the first guide. */
    private BuildFailure failToRebuildWith(String appended) throws BuildFailure, IOException {
        Path site = work.resolve("site");
        TestSites.buildInto(TestSites.CONTENT, TestSites.THEME, site, false);
        Map<String, String> before = TestSites.read(site);

        Path content = work.resolve("content");
        TestSites.copy(TestSites.CONTENT, content);
        Path guide = content.resolve("guides/declining-a-job-interview.md");
        Files.writeString(guide, Files.readString(guide) + appended);

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> TestSites.buildInto(content, TestSites.THEME, site, false));
        assertEquals(before, TestSites.read(site), "site/ is as it was");
        return failure;
    }
}
