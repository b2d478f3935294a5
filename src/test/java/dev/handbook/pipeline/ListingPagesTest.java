package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.output.SiteFiles;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that list guides stay the same size however many guides there are: the home page shows each category's
 * first guides and a link to the rest, and a category's or a tag's list is split into pages with links between
 * them (page-relative, checked by the build like every link).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingPagesTest {
    private static final int GUIDES = 120;

    @TempDir
    static Path work;
    private SiteFiles site;

    @BeforeAll
    void build() throws IOException, BuildFailure {
        Path content = work.resolve("content");
        Files.createDirectories(content.resolve("guides"));
        Files.createDirectories(content.resolve("templates"));
        Files.writeString(content.resolve("handbook.yml"), "title: T\ndescription: D.\nlanguage: en\n");
        for (int i = 1; i <= GUIDES; i++) {
            Files.writeString(content.resolve(String.format("guides/g%03d.md", i)), String.format(
                    "---\ntitle: Guide %03d\nsummary: Summary %d.\nupdated: 2026-01-01\ncategory: Interviews\n"
                            + "tags: [email]\norder: %d\n---\nText.\n", i, i, i));
        }
        Files.writeString(content.resolve("guides/other.md"), "---\ntitle: Other\nsummary: S.\n"
                + "updated: 2026-01-01\ncategory: Offers\n---\nText.\n");
        site = TestSites.build(content, TestSites.THEME, false).files();
    }

    private Document page(String path) {
        byte[] bytes = site.get(path);
        assertTrue(bytes != null, "the site has " + path);
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    private static List<String> guides(Document page) {
        return page.select("main .guide-list > li > a").eachText();
    }

    @Test
    void theHomePageShowsEachCategorysFirstGuidesAndALinkToTheRest() {
        Document home = page("index.html");
        Element interviews = home.getElementById("category-interviews").parent();
        assertEquals(List.of("Guide 001", "Guide 002", "Guide 003", "Guide 004", "Guide 005"),
                interviews.select(".guide-list a").eachText());
        Element more = interviews.selectFirst(".more a");
        assertEquals("All 120 guides about Interviews", more.text());
        assertEquals("category/interviews/index.html", more.attr("href"));
        Element offers = home.getElementById("category-offers").parent();
        assertNull(offers.selectFirst(".more"), "a category that is shown whole needs no link to the rest");
        assertEquals("Guides by topic", home.selectFirst("h1").text());
    }

    @Test
    void aLongCategoryIsSplitIntoPagesLinkedToEachOther() {
        Document first = page("category/interviews/index.html");
        Document second = page("category/interviews/page/2/index.html");
        Document last = page("category/interviews/page/3/index.html");
        assertNull(site.get("category/interviews/page/4/index.html"));
        assertNull(site.get("category/interviews/page/1/index.html"), "page 1 has one address");
        assertEquals(50, guides(first).size());
        assertEquals("Guide 051", guides(second).get(0));
        assertEquals(List.of("Guide 101", "Guide 120"), List.of(guides(last).get(0), guides(last).get(19)));
        assertEquals(20, guides(last).size());

        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("page/2/index.html", first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("../../index.html", second.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../3/index.html", second.selectFirst("a[rel=next]").attr("href"));
        assertEquals("../2/index.html", last.selectFirst("a[rel=prev]").attr("href"));
        assertNull(last.selectFirst("a[rel=next]"));
        assertEquals("Page 2 of 3", second.selectFirst(".pager-place").text());
        assertEquals("../../../../g051/index.html", second.selectFirst("main .guide-list a").attr("href"));
        assertEquals("../../../../index.html", second.selectFirst(".breadcrumbs a").attr("href"));
        assertTrue(second.title().startsWith("Interviews (page 2 of 3) · "), second.title());
    }

    @Test
    void aLongTagIsSplitTheSameWay() {
        assertEquals(50, guides(page("tag/email/index.html")).size());
        assertEquals(20, guides(page("tag/email/page/3/index.html")).size());
        assertEquals("120 guides, page 3 of 3.", page("tag/email/page/3/index.html").selectFirst(".lead").text());
    }
}
