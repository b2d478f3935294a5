package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.memo.Digest;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build with a memo gives exactly what a build without one gives: after each of a few hundred random edits of the
 * handbook (and of a generated one), the files and problems of a build that reuses a memo in memory, as the
 * preview does, and of one that reads and writes a memo file and a site folder, as the command line does, are
 * compared with a build from nothing. Run longer with {@code -Dmemo.edits=2000}, another way with
 * {@code -Dmemo.seed=N}.
 */
class MemoEquivalenceTest {
    private static final int EDITS = Integer.getInteger("memo.edits", 150);
    private static final long SEED = Long.getLong("memo.seed", 20261201L);
    private static final Digest BUILDER = Digest.of(new byte[] {1});

    @TempDir
    Path work;

    /** What a build gave: every file and the numbers, or its problems. */
    private record Outcome(Map<String, byte[]> files, String counts, List<Problem> problems, int made) {

        static Outcome of(BuildResult result, Map<String, byte[]> files) {
            return new Outcome(files, result.pages() + " pages, " + result.guides() + " guides", List.of(),
                    result.pagesMade());
        }

        static Outcome of(BuildFailure failure) {
            return new Outcome(Map.of(), "", failure.problems(), 0);
        }

        Outcome withFiles(Map<String, byte[]> other) {
            return new Outcome(other, counts, problems, made);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"the handbook", "a generated handbook"})
    void aBuildWithAMemoGivesWhatABuildFromNothingGivesAfterEveryEdit(String handbook) throws IOException {
        Path content = work.resolve("content");
        Path theme = work.resolve("theme");
        TestSites.copy(TestSites.THEME, theme);
        Random random = new Random(SEED + handbook.length());
        if (handbook.equals("the handbook")) {
            TestSites.copy(TestSites.CONTENT, content);
        } else {
            RandomEdits.generate(content, 16, random);
        }
        RandomEdits edits = new RandomEdits(content, theme, random);
        edits.settle();
        Memo inMemory = Memo.inMemory();
        Path cache = work.resolve("cache");
        Path site = work.resolve("site");
        Map<String, byte[]> published = Map.of();
        boolean failed = false;
        int built = 0;
        int pages = 0;
        int madeInMemory = 0;
        int madeOnDisk = 0;
        for (int step = 0; step <= EDITS; step++) {
            String edit = step == 0 ? "none" : edits.next(failed);
            Outcome fresh = build(Request.inMemory(content, theme, false), Memo.inMemory());
            // the preview's way: a memo in memory, and the changed paths its file watcher saw
            Request told = step == 0 ? Request.inMemory(content, theme, false)
                    : Request.inMemory(content, theme, false).after(edits.touched());
            Outcome memo = build(told, inMemory);
            Outcome file;
            try (MemoFile memoFile = MemoFile.open(cache, BUILDER)) {
                file = build(Request.into(content, theme, site, false), memoFile.memo());
                memoFile.save();
                assertEquals(List.of(), memoFile.notes(), "step " + step);
            }
            Outcome onDisk = file.problems().isEmpty() ? file.withFiles(read(site)) : file;
            String where = "after step " + step + " (" + edit + ", seed " + SEED + ")";
            assertSame(fresh, memo, "a memo in memory " + where);
            assertSame(fresh, onDisk, "a memo file and a site folder " + where);
            failed = !fresh.problems().isEmpty();
            if (!failed) {
                published = onDisk.files();
                built++;
                pages += fresh.made();
                madeInMemory += memo.made();
                madeOnDisk += onDisk.made();
            } else if (!published.isEmpty()) {
                assertSame(new Outcome(published, "", List.of(), 0), new Outcome(read(site), "", List.of(), 0),
                        "a failed build leaves the site as it was " + where);
            }
        }
        assertTrue(built > EDITS / 4, "enough builds succeed that pages are made and kept: " + built);
        assertTrue(madeInMemory < pages / 2 && madeOnDisk < pages / 2, "the memo spares most pages: of " + pages
                + ", made again " + madeInMemory + " in memory and " + madeOnDisk + " on disk");
    }

    private static Outcome build(Request request, Memo memo) {
        try {
            BuildResult result = TestSites.PIPELINE.build(request, memo);
            return Outcome.of(result, result.files().asMap());
        } catch (BuildFailure failure) {
            return Outcome.of(failure);
        }
    }

    private static void assertSame(Outcome expected, Outcome actual, String what) {
        assertEquals(expected.problems(), actual.problems(), what);
        if (!expected.counts().isEmpty() && !actual.counts().isEmpty()) {
            assertEquals(expected.counts(), actual.counts(), what);
        }
        assertEquals(expected.files().keySet(), actual.files().keySet(), what);
        for (Map.Entry<String, byte[]> file : expected.files().entrySet()) {
            if (!Arrays.equals(file.getValue(), actual.files().get(file.getKey()))) {
                fail(what + ": " + file.getKey() + " differs");
            }
        }
    }

    private static Map<String, byte[]> read(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(site)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(".handbook-files")) {
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
