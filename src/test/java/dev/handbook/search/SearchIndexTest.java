package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Body;
import dev.handbook.content.Guide;
import dev.handbook.content.SourceFile;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.BodyText.Section;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.message.ParsedTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.SiteSink;
import dev.handbook.output.Stored;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new SiteVerifier());
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final TemplateCatalog NO_TEMPLATES = TemplateCatalog.read(List.of(), new Table<>("t",
            ParsedTemplate.class, false));

    @Test
    void eachGuideHasAFileOfItsSectionsNumberedByTitleThenSlug() {
        String body = "Intro <b>text</b>.\n\n## First\n\nOne & two.\n\n```template\nx\n```\n\n### Deeper\n\n- a\n- b\n";
        Guide guide = new Guide("content/guides/g.md", "g", "Title </script>", "Sum", DAY, "Cat", List.of(), false, 0);
        Guide same = new Guide("content/guides/f.md", "f", guide.title(), "Sum", DAY, "Cat", List.of(), false, 0);
        Guide first = new Guide("content/guides/z.md", "z", "A title", "Sum", DAY, "Cat", List.of(), false, 0);
        assertEquals(List.of(new Section("", "", "Intro text."), new Section("first", "First", "One & two."),
                new Section("deeper", "Deeper", "a b")), MARKDOWN.renderWithText("content/guides/g.md", body, 1,
                new GuideLinks(Map.of()), new Problems()).text().sections());
        Map<String, String> files = files(List.of(guide, same, first), body, NO_TEMPLATES);
        String sections = "\"s\":\"Sum\",\"c\":\"Cat\",\"h\":[[\"\",\"\",\"Intro text.\"],[\"first\",\"First\","
                + "\"One \\u0026 two.\"],[\"deeper\",\"Deeper\",\"a b\"]]}";
        assertEquals("HANDBOOK_SEARCH_PART({\"t\":\"A title\",\"u\":\"z/index.html\"," + sections + ");\n",
                files.get("assets/search/g-0.js"));
        assertEquals("HANDBOOK_SEARCH_PART({\"t\":\"Title \\u003c/script\\u003e\",\"u\":\"f/index.html\"," + sections
                + ");\n", files.get("assets/search/g-1.js"));
        assertEquals("HANDBOOK_SEARCH_PART({\"t\":\"Title \\u003c/script\\u003e\",\"u\":\"g/index.html\"," + sections
                + ");\n", files.get("assets/search/g-2.js"));
        // each word with its guides; for three guides, a letter for two guides is shorter than a list of numbers
        assertEquals("HANDBOOK_SEARCH_PART({\"n\":3,\"w\":{\"a\":\"JU\",\"b\":\"YU\",\"deeper\":\"MK\","
                + "\"first\":\"MK\",\"intro\":\"YU\",\"one\":\"YU\",\"script\":\"BF\",\"sum\":\"SP\","
                + "\"text\":\"YU\",\"title\":\"GF\",\"two\":\"YU\"}});\n", files.get("assets/search/words.js"));
        assertEquals(Map.of("assets/search/words.js", "HANDBOOK_SEARCH_PART({\"n\":0,\"w\":{}});\n"),
                files(List.of(), body, NO_TEMPLATES));
    }

    @Test
    void eachEmbeddedMessageIsASectionAtItsFillerWithItsDescriptionSubjectAndText() {
        Guide guide = new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false, 0);
        TemplateCatalog templates = TemplateCatalog.read(List.of(SourceFile.of("content/templates/thanks.md",
                ("---\ntitle: Thank them\nsubject: Thanks, [Name]\ndescription: A short note.\n---\nDear [Name],\n\n"
                        + "thank you.\n").getBytes(StandardCharsets.UTF_8))), new Table<>("t", ParsedTemplate.class,
                false));
        Map<String, String> files = files(List.of(guide), "Intro.\n\n```template\nthanks\n```\n", templates);
        assertEquals("HANDBOOK_SEARCH_PART({\"t\":\"T\",\"u\":\"g/index.html\",\"s\":\"Sum\",\"c\":\"Cat\","
                + "\"h\":[[\"\",\"\",\"Intro.\"],[\"tpl-thanks\",\"Thank them\",\"A short note. Thanks, [Name] Dear"
                + " [Name], thank you.\",\"1\"]]});\n", files.get("assets/search/g-0.js"));
        // the message's title and text count as the guide's text
        String words = files.get("assets/search/words.js");
        assertEquals("HANDBOOK_SEARCH_PART({\"n\":1,\"w\":{\"a\":[3],\"dear\":[3],\"intro\":[3],\"name\":[3],"
                + "\"note\":[3],\"short\":[3],\"sum\":[2],\"t\":[0],\"thank\":[3],\"thanks\":[3],\"them\":[3],"
                + "\"you\":[3]}});\n", words);
    }

    @Test
    void anUnchangedGuideKeepsTheFileAnEarlierBuildMadeAndItsWords() {
        Guide guide = new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false, 0);
        SearchIndex.Tables memo = tables();
        SearchIndex.Index first = index(List.of(guide), "Intro.\n", NO_TEMPLATES, memo, new SiteFiles());
        first.remember(memo);
        SearchIndex.Index again = index(List.of(guide), "Intro.\n", NO_TEMPLATES, memo, new SiteFiles());
        // the very bytes the first build handed on, not made again
        assertSame(bytes(first.files().get(1).bytes()), bytes(again.files().get(1).bytes()));
        assertEquals(text(first.files().get(0).bytes()), text(again.files().get(0).bytes()));
        Guide retitled = new Guide(guide.path(), "g", "U", "Sum", DAY, "Cat", List.of(), false, 0);
        SearchIndex.Index changed = index(List.of(retitled), "Intro.\n", NO_TEMPLATES, memo, new SiteFiles());
        assertTrue(text(changed.files().get(1).bytes()).startsWith("HANDBOOK_SEARCH_PART({\"t\":\"U\","));
    }

    @Test
    void eachFileIsHandedToTheSinkAsTheIndexListsIt() {
        List<Guide> guides = List.of(new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false,
                0), new Guide("content/guides/h.md", "h", "S", "Sum", DAY, "Cat", List.of(), false, 0));
        SiteFiles sink = new SiteFiles();
        SearchIndex.Index index = index(guides, "Intro.\n", NO_TEMPLATES, tables(), sink);
        assertEquals(List.of("assets/search/g-0.js", "assets/search/g-1.js", "assets/search/words.js"),
                sink.asMap().keySet().stream().sorted().toList());
        for (SearchIndex.File file : index.files()) {
            assertEquals(text(file.bytes()), new String(sink.get(file.path()), StandardCharsets.UTF_8));
        }
    }

    private static SearchIndex.Tables tables() {
        return new SearchIndex.Tables(new Table<>("search", SearchIndex.Part.class, false),
                new Table<>("search-words", WordIndex.GroupParts.class, false));
    }

    /**
     * The index of guides that all have this body, made as a build makes it: each guide's part as the Markdown stage
     * reads the body, then the word index.
     */
    private static SearchIndex.Index index(List<Guide> guides, String body, TemplateCatalog templates,
                                           SearchIndex.Tables memo, SiteSink sink) {
        SearchIndex search = new SearchIndex(guides, templates, memo, sink);
        List<Body> bodies = guides.stream().map(guide -> new Body(guide.path(), 1,
                Digest.of(body.getBytes(StandardCharsets.UTF_8)), () -> body)).toList();
        MarkdownStage.Tables markdown = new MarkdownStage.Tables(new Table<>("rendered", RenderedMarkdown.class,
                false), new Table<>("markdown", MarkdownStage.Summary.class, false), new Table<>("guide-files",
                Digest.class, false));
        return search.index(MarkdownStage.render(bodies, Map.of(), Set.of(), MARKDOWN, search, markdown).made());
    }

    private static Map<String, String> files(List<Guide> guides, String body, TemplateCatalog templates) {
        SearchIndex.Index index = index(guides, body, templates, tables(), new SiteFiles());
        Map<String, String> files = new LinkedHashMap<>();
        long size = 0;
        for (SearchIndex.File file : index.files()) {
            files.put(file.path(), text(file.bytes()));
            size += ((Stored.InMemory) file.bytes()).bytes().length;
        }
        assertEquals(size, index.size());
        return files;
    }

    private static String text(Stored stored) {
        return new String(bytes(stored), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Stored stored) {
        return ((Stored.InMemory) stored).bytes();
    }
}
