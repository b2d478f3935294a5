package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path root;

    private static SiteFiles files(String... pathsAndTexts) {
        SiteFiles site = new SiteFiles();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            site.addText(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return site;
    }

    @Test
    void replacesTheSiteAndDropsFilesThatNoLongerHaveASource() throws IOException {
        Path site = root.resolve("site");
        SiteWriter writer = new SiteWriter();
        assertEquals(List.of(), writer.replace(site, files("index.html", "one", "old/index.html", "old")));
        assertEquals(List.of(), writer.replace(site, files("index.html", "two", "new/index.html", "new")));
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertTrue(Files.exists(site.resolve("new/index.html")));
        assertFalse(Files.exists(site.resolve("old")));
        assertEquals("index.html\nnew/index.html\n", Files.readString(site.resolve(SiteWriter.MANIFEST)));
        try (var siblings = Files.list(root)) {
            assertEquals(List.of(root.resolve(".site.lock"), root.resolve(".site.spare"), site),
                    siblings.sorted().toList(), "the site, the one before it set aside for the next build, the lock");
        }
        assertEquals("one", Files.readString(root.resolve(".site.spare/index.html")));
    }

    @Test
    void aKeptFileIsLinkedAndAChangedOneIsWrittenAfreshWithoutTouchingThePublishedSite() throws IOException {
        Path site = root.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.replace(site, files("a.html", "one", "b.html", "bee"));
        Stored a;
        try (SiteWriter.Staging staging = stage(writer, site)) {
            a = staging.add("a.html", bytes("two"));
            staging.keep("b.html", stored(site.resolve("b.html")));
            assertEquals(List.of(), staging.commit());
        }
        assertTrue(a.current());
        try (SiteWriter.Staging staging = stage(writer, site)) {
            assertEquals(a, staging.keep("a.html", a), "a kept file keeps its stamp");
            staging.add("b.html", bytes("changed"));
            assertEquals("bee", Files.readString(site.resolve("b.html")), "the published site is untouched");
            assertEquals(List.of(), staging.commit());
        }
        assertEquals("two", Files.readString(site.resolve("a.html")));
        assertEquals("changed", Files.readString(site.resolve("b.html")));
        assertEquals(Files.getAttribute(site.resolve("a.html"), "unix:ino"),
                Files.getAttribute(root.resolve(".site.spare/a.html"), "unix:ino"), "a hard link, not a copy");
        assertEquals("bee", Files.readString(root.resolve(".site.spare/b.html")), "the site before, set aside");
    }

    @Test
    void oneBuildAtATimeWritesTheSite() throws IOException {
        Path site = root.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.replace(site, files("index.html", "one"));
        try (SiteWriter.Staging first = stage(writer, site)) {
            first.add("index.html", bytes("two"));
            List<Problem> refused = writer.replace(site, files("index.html", "three"));
            assertEquals(List.of("site: error: another build is writing site/ now, so this one leaves it alone"),
                    refused.stream().map(Problem::headline).toList());
            assertEquals(List.of(), first.commit());
        }
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(), writer.replace(site, files("index.html", "four")), "free once the first is done");
        assertEquals("four", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aSwapThatStoppedHalfwayIsEndedByTheNextBuild() throws IOException {
        Path site = root.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.replace(site, files("index.html", "one"));
        writer.replace(site, files("index.html", "two"));

        // stopped after the first rename: no site, the old one set aside
        Files.move(site, root.resolve(".site.swap"));
        SiteWriter.Staging abandoned = stage(writer, site); // finding the swap half done is what starting does
        try {
            assertEquals("two", Files.readString(site.resolve("index.html")), "the old site is back");
        } finally {
            abandoned.close();
        }
        // stopped after the second rename: the new site in place, the old one not yet the spare
        Files.move(root.resolve(".site.spare"), root.resolve(".site.swap"));
        assertEquals(List.of(), writer.replace(site, files("index.html", "three")));
        assertEquals("three", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(root.resolve(".site.swap")));
    }

    @Test
    void aSpareFolderWithoutItsManifestIsClearedAndMadeAfresh() throws IOException {
        Path site = root.resolve("site");
        SiteWriter writer = new SiteWriter();
        writer.replace(site, files("index.html", "one", "old.html", "old"));
        writer.replace(site, files("index.html", "two"));
        Files.delete(root.resolve(".site.spare/" + SiteWriter.MANIFEST));
        Files.writeString(root.resolve(".site.spare/half-written.html"), "x");
        assertEquals(List.of(), writer.replace(site, files("index.html", "three")));
        assertEquals(List.of(".handbook-files", "index.html"), list(root.resolve(".site.spare")));
        assertEquals(List.of(".handbook-files", "index.html"), list(site));
    }

    private static List<String> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static SiteWriter.Staging stage(SiteWriter writer, Path site) {
        try {
            return writer.stage(site);
        } catch (SiteWriter.Refused e) {
            throw new AssertionError(e.problems().toString());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Stored stored(Path file) {
        return new Stored.InFile(dev.handbook.memo.FileStamp.now(file).orElseThrow());
    }

    @Test
    void refusesToDeleteFilesTheBuildDidNotWrite() throws IOException {
        Path site = root.resolve("site");
        new SiteWriter().replace(site, files("index.html", "one"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        Files.writeString(root.resolve("outside.txt"), "mine too");

        List<Problem> problems = new SiteWriter().replace(site, files("index.html", "two"));

        assertEquals(List.of("site/notes.txt: error: this file was not written by the build, so the build will not"
                + " delete it"), problems.stream().map(Problem::headline).toList());
        assertEquals("if it is left over from another branch or a git restore, remove it with: git clean -f"
                + " site/notes.txt (git clean leaves files git tracks alone); if you made it, move it out of site/,"
                + " which the build replaces whole", problems.get(0).hint());
        assertEquals("one", Files.readString(site.resolve("index.html")), "the site is left as it was");
        assertEquals("mine", Files.readString(site.resolve("notes.txt")));
        assertEquals("mine too", Files.readString(root.resolve("outside.txt")));
    }

    @Test
    void aFolderWithoutManifestIsNotReplaced() throws IOException {
        Path site = root.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "hand-made");
        assertEquals(1, new SiteWriter().replace(site, files("index.html", "built")).size());
        assertEquals("hand-made", Files.readString(site.resolve("index.html")));
    }

    @Test
    void aLeftoverStagingFolderOfAnEarlierVersionIsCleared() throws IOException {
        Files.createDirectories(root.resolve(".site.staging/junk"));
        assertEquals(List.of(), new SiteWriter().replace(root.resolve("site"), files("index.html", "x")));
        assertFalse(Files.exists(root.resolve(".site.staging")));
    }

    @Test
    void siteFilesRejectUnsafeOrDuplicatePaths() {
        SiteFiles site = files("a.html", "x");
        assertThrows(IllegalArgumentException.class, () -> site.addText("a.html", "y"));
        assertThrows(IllegalArgumentException.class, () -> site.addText("../escape.html", "y"));
        assertThrows(IllegalArgumentException.class, () -> site.addText("a/../../escape.html", "y"));
        assertThrows(IllegalArgumentException.class, () -> site.addText("a/..", "y"));
        assertThrows(IllegalArgumentException.class, () -> site.addText("/abs.html", "y"));
        assertThrows(IllegalArgumentException.class, () -> site.addText(SiteWriter.MANIFEST, "y"));
    }
}
