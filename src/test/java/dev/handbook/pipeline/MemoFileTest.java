package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.memo.Digest;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memo file only ever spares work: a damaged, cut, old, foreign or unwritable one is set aside with a note, and
 * the build gives the same files as without it; two builds that share its folder at once do not damage it.
 */
class MemoFileTest {
    private static final Digest BUILDER = Digest.of("this builder".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path work;
    Path cache;
    Map<String, byte[]> fresh;

    @BeforeEach
    void buildOnceWithoutAMemo() throws BuildFailure {
        cache = work.resolve("cache");
        fresh = TestSites.build(TestSites.CONTENT, TestSites.THEME, false).files().asMap();
    }

    /** Builds with the memo file in {@code cache}, saves it, and returns the notes and the result. */
    private Built build(Digest builder) throws BuildFailure {
        try (MemoFile file = MemoFile.open(cache, builder)) {
            BuildResult result = TestSites.PIPELINE.build(Request.inMemory(TestSites.CONTENT, TestSites.THEME, false),
                    file.memo());
            file.save();
            Map<String, byte[]> files = result.files().asMap();
            assertEquals(fresh.keySet(), files.keySet());
            fresh.forEach((path, bytes) -> assertArrayEquals(bytes, files.get(path), path));
            return new Built(result, file.notes());
        }
    }

    private record Built(BuildResult result, List<String> notes) {
    }

    @Test
    void aSecondBuildTakesEveryPageFromTheMemoFile() throws BuildFailure {
        Built first = build(BUILDER);
        assertEquals(List.of(), first.notes());
        assertEquals(first.result().pages(), first.result().pagesMade());
        Built second = build(BUILDER);
        assertEquals(List.of(), second.notes());
        assertEquals(0, second.result().pagesMade());
    }

    @Test
    void aDamagedFileIsSetAsideWithANote() throws BuildFailure, IOException {
        assertSetAside(bytes -> {
            bytes[bytes.length / 2] ^= 0x40;
            return bytes;
        }, "is damaged");
    }

    @Test
    void aFileCutShortIsSetAsideWithANote() throws BuildFailure, IOException {
        assertSetAside(bytes -> Arrays.copyOf(bytes, bytes.length * 2 / 3), "is cut short or too long");
    }

    @Test
    void aFileOfAnotherFormatIsSetAsideWithANote() throws BuildFailure, IOException {
        assertSetAside(bytes -> {
            ByteBuffer.wrap(bytes).putInt("handbook memo\n".length(), MemoFile.FORMAT - 1);
            return bytes;
        }, "has format 0, not 1");
    }

    @Test
    void aFileThatIsNotAMemoIsSetAsideWithANote() throws BuildFailure, IOException {
        assertSetAside(bytes -> "<html>not a memo</html>".getBytes(StandardCharsets.UTF_8), "is not a memo file");
    }

    @Test
    void aMemoOfAnotherBuilderIsNotUsed() throws BuildFailure {
        build(BUILDER);
        Built other = build(Digest.of(new byte[] {42}));
        assertEquals(List.of("the memo " + cache.resolve(MemoFile.FILE) + " was made by another version of the"
                + " builder; this build starts afresh"), other.notes());
        assertEquals(other.result().pages(), other.result().pagesMade());
    }

    private void assertSetAside(UnaryOperator<byte[]> damage, String why) throws BuildFailure, IOException {
        build(BUILDER);
        Path file = cache.resolve(MemoFile.FILE);
        Files.write(file, damage.apply(Files.readAllBytes(file)));
        Built afresh = build(BUILDER);
        assertEquals(List.of("the memo " + file + " " + why + "; this build starts afresh"), afresh.notes());
        assertEquals(afresh.result().pages(), afresh.result().pagesMade(), "nothing was taken from it");
        assertEquals(List.of(), build(BUILDER).notes(), "the next build has a good memo again");
    }

    @Test
    void aFolderThatCannotBeUsedOrAFileThatCannotBeWrittenIsANoteNotAFailure() throws BuildFailure, IOException {
        Files.writeString(cache, "a file where the folder should be");
        Built without = build(BUILDER);
        assertEquals(1, without.notes().size());
        assertTrue(without.notes().get(0).startsWith("cannot use the memo folder " + cache), without.notes().get(0));

        Files.delete(cache);
        Files.createDirectories(cache.resolve(MemoFile.FILE));
        Files.writeString(cache.resolve(MemoFile.FILE).resolve("x"), "a folder where the file should be");
        Built unsaved = build(BUILDER);
        assertTrue(unsaved.notes().stream().anyMatch(n -> n.startsWith("cannot write the memo")), unsaved.notes()
                .toString());
        assertTrue(Files.notExists(cache.resolve(MemoFile.FILE + ".tmp")), "no temporary file is left");
    }

    @Test
    void aSecondBuildWhileTheFolderIsInUseDoesWithoutIt() throws BuildFailure {
        try (MemoFile first = MemoFile.open(cache, BUILDER)) {
            Built second = build(BUILDER);
            assertEquals(List.of("another build is using the memo in " + cache + "; this build does without it"),
                    second.notes());
            first.save();
        }
        assertEquals(List.of(), build(BUILDER).notes(), "the folder is free again once the first build is done");
    }

    @Test
    void buildsInTwoProcessesAtOnceLeaveAMemoThatTheNextBuildUses() throws IOException, InterruptedException {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.CONTENT, content);
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(cli(content, work.resolve("site-" + i)).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            assertTrue(!output.contains("damaged") && !output.contains("cannot"), output);
        }
        Process last = cli(content, work.resolve("site-0")).start();
        String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, last.waitFor(), output);
        assertTrue(output.contains("note: 22 of 22 pages were as the last build made them"), output);
        assertTrue(!output.contains("the memo"), output);
    }

    @Test
    void buildsInTwoProcessesIntoOneSiteLeaveItWholeOrSayThatAnotherIsWriting() throws Exception {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.CONTENT, content);
        Path site = work.resolve("site");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(cli(content, site).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            assertTrue(code == 0 || code == 1 && output.contains("error: another build is writing site/ now"),
                    output);
        }
        Map<String, byte[]> built = new java.util.TreeMap<>();
        try (var walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                built.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        built.remove(".handbook-files");
        assertEquals(fresh.keySet(), built.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, built.get(path), path));
    }

    private ProcessBuilder cli(Path content, Path site) {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.handbook.cli.Main", "--content", content.toString(),
                "--theme", TestSites.THEME.toString(), "--out", site.toString(), "--cache", cache.toString())
                .redirectErrorStream(true);
    }
}
