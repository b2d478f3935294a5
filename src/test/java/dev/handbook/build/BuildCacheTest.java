package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that reuses a cache gives what a fresh build gives, after each kind of edit. */
class BuildCacheTest {
    @TempDir
    Path work;

    @Test
    void aReusedPageLearnsThatTheSectionItLinksToIsGoneAndThatItCameBack() throws Exception {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.resource("golden/basic/content"), content);
        Path beta = content.resolve("guides/beta.md");
        String original = Files.readString(beta);
        SiteBuilder builder = SiteBuilder.standard();
        BuildCache cache = new BuildCache();
        builder.build(content, TestSites.THEME, false, cache);

        // alpha links to beta.md#details; alpha's page is reused, beta's is made again without that section
        edit(beta, original.replace("## Details", "## Particulars"));
        BuildFailure cached = assertThrows(BuildFailure.class,
                () -> builder.build(content, TestSites.THEME, false, cache));
        BuildFailure fresh = assertThrows(BuildFailure.class,
                () -> SiteBuilder.standard().build(content, TestSites.THEME, false));
        assertEquals(headlines(fresh), headlines(cached));
        assertEquals(List.of("content/guides/alpha.md:9:29: error: broken link: beta/index.html has no section"
                + " \"#details\""), headlines(cached));

        edit(beta, original);
        assertSameFiles(SiteBuilder.standard().build(content, TestSites.THEME, false),
                builder.build(content, TestSites.THEME, false, cache));
        assertEquals(1, cache.rebuiltPages(), "only beta's page is made again");
    }

    @Test
    void everyKindOfEditGivesWhatAFreshBuildGives() throws Exception {
        Path content = work.resolve("content");
        TestSites.copy(TestSites.resource("golden/basic/content"), content);
        Path alpha = content.resolve("guides/alpha.md");
        Path template = content.resolve("templates/greeting.md");
        SiteBuilder builder = SiteBuilder.standard();
        BuildCache cache = new BuildCache();
        builder.build(content, TestSites.THEME, false, cache);

        edit(alpha, Files.readString(alpha).replace("Some *text*", "Some new *text*"));
        assertSameAsFresh(content, builder.build(content, TestSites.THEME, false, cache));
        assertEquals(1, cache.rebuiltPages(), "a text edit makes one page again");
        assertTrue(Files.readString(alpha).contains("new"));
        assertTrue(new String(builder.build(content, TestSites.THEME, false, cache).files().get("assets/search-index.js"),
                java.nio.charset.StandardCharsets.UTF_8).contains("Some new text"), "the search index follows");

        edit(alpha, Files.readString(alpha).replace("## Details", "## Details\n\n## A new section"));
        assertSameAsFresh(content, builder.build(content, TestSites.THEME, false, cache));

        edit(alpha, Files.readString(alpha).replace("title: Alpha guide", "title: Alpha, renamed"));
        assertSameAsFresh(content, builder.build(content, TestSites.THEME, false, cache));
        assertTrue(cache.rebuiltPages() > 1, "a new title changes the pages that list the guide");

        edit(template, Files.readString(template) + "\nOne more line.\n");
        assertSameAsFresh(content, builder.build(content, TestSites.THEME, false, cache));

        Files.writeString(content.resolve("guides/gamma.md"), "---\ntitle: Gamma\nsummary: New.\nupdated: 2026-03-04\n"
                + "---\n\nSee [alpha](alpha.md#a-new-section).\n");
        assertSameAsFresh(content, builder.build(content, TestSites.THEME, false, cache));
    }

    private static void assertSameAsFresh(Path content, BuildResult cached) throws Exception {
        assertSameFiles(SiteBuilder.standard().build(content, TestSites.THEME, false), cached);
    }

    private static void edit(Path file, String text) throws IOException {
        long before = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, text);
        // the loader trusts a file whose size and time are unchanged
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(before + 2000));
    }

    private static List<String> headlines(BuildFailure failure) {
        return failure.problems().stream().map(Problem::headline).toList();
    }

    private static void assertSameFiles(BuildResult expected, BuildResult actual) {
        Map<String, byte[]> a = expected.files().asMap();
        Map<String, byte[]> b = actual.files().asMap();
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }
}
