package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.Problem;
import java.io.IOException;
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
            assertEquals(List.of(site), siblings.toList(), "no staging or previous folder is left");
        }
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
    void aLeftoverStagingFolderFromAnInterruptedBuildIsCleared() throws IOException {
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
