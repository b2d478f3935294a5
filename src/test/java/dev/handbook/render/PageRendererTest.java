package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.markdown.RenderedMarkdown.Heading;
import dev.handbook.memo.Digested;
import dev.handbook.pipeline.TestSites;
import dev.handbook.problem.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRendererTest {
    @Test
    void theContentsListNestsEachH3UnderItsH2() {
        List<Map<String, Object>> toc = PageRenderer.contents(List.of(new Heading(3, "early", "Early"),
                new Heading(2, "a", "A"), new Heading(3, "a1", "A1"), new Heading(3, "a2", "A2"),
                new Heading(2, "b", "B")));
        assertEquals(List.of("early", "a", "b"), toc.stream().map(e -> e.get("id")).toList());
        assertEquals(List.of(Map.of("id", "a1", "text", "A1"), Map.of("id", "a2", "text", "A2")),
                toc.get(1).get("children"));
        assertEquals(List.of(false, true, false), toc.stream().map(e -> e.get("hasChildren")).toList());
    }

    @Test
    void categoriesFollowTheSettingsThenTheAlphabetAndGuidesTheirOrderThenTitle() {
        var settings = new dev.handbook.content.Settings("T", "D", "en", Optional.empty(), Optional.empty(),
                List.of("Offers", "Interviews"), dev.handbook.content.Settings.PlainLanguage.DEFAULT);
        Theme theme = Theme.load(Path.of("theme")).theme().orElseThrow();
        PageRenderer renderer = new PageRenderer(theme, settings);
        Map<String, List<Guide>> grouped = renderer.byCategory(List.of(guide("z", "Interviews", 0, "Zebra"),
                guide("a", "Applications", 0, "Apple"), guide("y", "Interviews", 0, "Yak"),
                guide("x", "Interviews", -1, "Xylophone"), guide("o", "Offers", 0, "Offer")));
        assertEquals(List.of("Offers", "Interviews", "Applications"), List.copyOf(grouped.keySet()));
        assertEquals(List.of("x", "y", "z"), grouped.get("Interviews").stream().map(Guide::slug).toList());
    }

    @Test
    void neighboursArePreviousAndNextInTheCategoryAndRelatedBySharedTagsThenCategory() {
        var settings = new dev.handbook.content.Settings("T", "D", "en", Optional.empty(), Optional.empty(), List.of(),
                dev.handbook.content.Settings.PlainLanguage.DEFAULT);
        PageRenderer renderer = new PageRenderer(Theme.load(Path.of("theme")).theme()
                .orElseThrow(), settings);
        Guide a = guide("a", "One", 1, "A", "email", "offers");
        Guide b = guide("b", "One", 2, "B");
        Guide c = guide("c", "One", 3, "C", "email");
        Guide d = guide("d", "Two", 1, "D", "email", "offers");
        Guide e = guide("e", "Two", 2, "E");
        Map<String, Neighbours> around = renderer.neighbours(List.of(e, d, c, b, a));
        assertEquals(Optional.empty(), around.get("a").previous());
        assertEquals(Optional.of(GuideLink.to(b)), around.get("a").next());
        assertEquals(Optional.of(GuideLink.to(a)), around.get("b").previous());
        assertEquals(Optional.of(GuideLink.to(c)), around.get("b").next());
        assertEquals(links(d, c, b), around.get("a").related(), "two shared tags, then one tag and the category,"
                + " then the category alone");
        assertEquals(links(d), around.get("e").related());
        assertEquals(Map.of("email", List.of(a, c, d), "offers", List.of(a, d)), renderer.byTag(List.of(e, d, c, b, a)));
    }

    @Test
    void relatedGuidesWithEqualPointsGoByTitleThenSlug() {
        var settings = new dev.handbook.content.Settings("T", "D", "en", Optional.empty(), Optional.empty(), List.of(),
                dev.handbook.content.Settings.PlainLanguage.DEFAULT);
        PageRenderer renderer = new PageRenderer(Theme.load(Path.of("theme")).theme()
                .orElseThrow(), settings);
        Guide self = guide("self", "One", 0, "Self");
        Guide zebra = guide("zebra", "One", 0, "Zebra");
        Guide apple2 = guide("apple-2", "One", 0, "Apple");
        Guide mango = guide("mango", "One", 0, "Mango");
        Guide apple1 = guide("apple-1", "One", 0, "Apple");
        Map<String, Neighbours> around = renderer.neighbours(List.of(zebra, apple2, self, mango, apple1));
        assertEquals(links(apple1, apple2, mango), around.get("self").related());
        assertEquals(links(apple1, apple2, mango), around.get("zebra").related());
    }

    /**
     * A guide's page is rendered with a stand-in for its body, which is then put in its place; the verifier parses
     * the page without the body only when the theme shows the body once, as it is. Otherwise the page is rendered
     * again with the body and checked whole, and either way it is what the theme makes of the body.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<main>{{{body}}}</main> | <main>BODY</main> | true",
        "<main>{{{body}}}</main><aside>{{{body}}}</aside> | <main>BODY</main><aside>BODY</aside> | false",
        "<main>{{body}}</main> | <main>ESCAPED</main> | false",
        "<main>{{{body}}}</main><p>{{body}}</p> | <main>BODY</main><p>ESCAPED</p> | false",
        "{{#body}}<main>{{{body}}}</main>{{/body}}{{^body}}<p>none</p>{{/body}} | <main>BODY</main> | true",
        "<main>no body</main> | <main>no body</main> | false",
    })
    void aGuideIsCheckedWithoutItsBodyOnlyWhenTheThemeShowsItOnceAsItIs(String template, String expected,
                                                                        boolean apart, @TempDir Path dir)
            throws Exception {
        String body = "Hello <em>there</em> & welcome.\n";
        RenderedMarkdown markdown = new MarkdownRenderer(new SiteVerifier()).render("content/guides/g.md", body, 5,
                new GuideLinks(Map.of()), new Problems());
        Page page = guidePage(dir, template, markdown);
        String html = markdown.html().toString();
        String escaped = html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "&#10;");
        assertEquals("<html lang=\"en\"><title>G</title>" + expected.replace("BODY", html).replace("ESCAPED",
                escaped), page.html());
        assertEquals(apart, page.body().isPresent());
        assertEquals(apart ? page.html().replace(html, "") : page.html(), page.checkedHtml());
    }

    @Test
    void anEmptyBodyIsRenderedAsEmptyNotAsItsStandIn(@TempDir Path dir) throws Exception {
        RenderedMarkdown markdown = new MarkdownRenderer(new SiteVerifier()).render("content/guides/g.md", "", 5,
                new GuideLinks(Map.of()), new Problems());
        Page page = guidePage(dir, "{{#body}}<main>{{{body}}}</main>{{/body}}{{^body}}<p>none</p>{{/body}}",
                markdown);
        assertEquals("<html lang=\"en\"><title>G</title><p>none</p>", page.html());
        assertEquals(page.html(), page.checkedHtml());
    }

    private static Page guidePage(Path dir, String template, RenderedMarkdown markdown) throws Exception {
        Path theme = dir.resolve("theme");
        TestSites.copy(Path.of("theme"), theme);
        Files.writeString(theme.resolve("templates/guide.mustache"),
                "<html lang=\"{{lang}}\"><title>{{title}}</title>" + template);
        var settings = new dev.handbook.content.Settings("T", "D", "en", Optional.empty(), Optional.empty(), List.of(),
                dev.handbook.content.Settings.PlainLanguage.DEFAULT);
        PageRenderer renderer = new PageRenderer(Theme.load(theme).theme().orElseThrow(), settings);
        return renderer.render(new PageModel.GuidePage(guide("g", "One", 0, "G"), Digested.of(markdown.digest(),
                markdown), List.of(), new Neighbours(Optional.empty(), Optional.empty(), List.of())));
    }

    private static List<GuideLink> links(Guide... guides) {
        return Arrays.stream(guides).map(GuideLink::to).toList();
    }

    private static Guide guide(String slug, String category, int order, String title, String... tags) {
        return new Guide("content/guides/" + slug + ".md", slug, title, "S", LocalDate.of(2026, 1, 1), category,
                List.of(tags), false, order);
    }
}
