package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Guide;
import dev.handbook.content.SourceFile;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown.Section;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.markdown.Utf8;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.ParsedTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.Stored;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(new SiteVerifier());
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @Test
    void eachGuideHasAFileOfItsSectionsNumberedByTitleThenSlug() {
        String body = "Intro <b>text</b>.\n\n## First\n\nOne & two.\n\n```template\nx\n```\n\n### Deeper\n\n- a\n- b\n";
        var markdown = MARKDOWN.render("content/guides/g.md", body, 1, new GuideLinks(Map.of()),
                new Problems());
        Guide guide = new Guide("content/guides/g.md", "g", "Title </script>", "Sum", DAY, "Cat", List.of(), false, 0);
        Guide same = new Guide("content/guides/f.md", "f", guide.title(), "Sum", DAY, "Cat", List.of(), false, 0);
        Guide first = new Guide("content/guides/z.md", "z", "A title", "Sum", DAY, "Cat", List.of(), false, 0);
        assertEquals(List.of(new Section("", "", Utf8.of("Intro text.")), new Section("first", "First",
                Utf8.of("One & two.")), new Section("deeper", "Deeper", Utf8.of("a b"))), markdown.sections());
        Map<String, String> files = files(List.of(guide, same, first), markdown, Map.of());
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
                files(List.of(), markdown, Map.of()));
    }

    @Test
    void eachEmbeddedMessageIsASectionAtItsFillerWithItsDescriptionSubjectAndText() {
        var markdown = MARKDOWN.render("content/guides/g.md", "Intro.\n", 1,
                new GuideLinks(Map.of()), new Problems());
        Guide guide = new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false, 0);
        MessageTemplate message = TemplateCatalog.read(List.of(SourceFile.of("content/templates/thanks.md",
                ("---\ntitle: Thank them\nsubject: Thanks, [Name]\ndescription: A short note.\n---\nDear [Name],\n\n"
                        + "thank you.\n").getBytes(StandardCharsets.UTF_8))), new Table<>("t", ParsedTemplate.class,
                false)).find("thanks").orElseThrow();
        Map<String, String> files = files(List.of(guide), markdown, Map.of(guide.path(),
                List.of(Digested.of(Codec.digest(message), message))));
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
        var markdown = MARKDOWN.render("content/guides/g.md", "Intro.\n", 1,
                new GuideLinks(Map.of()), new Problems());
        Guide guide = new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false, 0);
        SearchIndex.Tables memo = tables();
        SearchIndex.Index first = SearchIndex.index(List.of(guide), bodies(List.of(guide), markdown), Map.of(), memo,
                new SiteFiles());
        first.remember(memo);
        SearchIndex.Index again = SearchIndex.index(List.of(guide), bodies(List.of(guide), markdown), Map.of(), memo,
                new SiteFiles());
        // the very bytes the first build handed on, not made again
        assertSame(bytes(first.files().get(1).bytes()), bytes(again.files().get(1).bytes()));
        assertEquals(text(first.files().get(0).bytes()), text(again.files().get(0).bytes()));
        Guide retitled = new Guide(guide.path(), "g", "U", "Sum", DAY, "Cat", List.of(), false, 0);
        SearchIndex.Index changed = SearchIndex.index(List.of(retitled), bodies(List.of(guide), markdown), Map.of(),
                memo, new SiteFiles());
        assertTrue(text(changed.files().get(1).bytes()).startsWith("HANDBOOK_SEARCH_PART({\"t\":\"U\","));
    }

    @Test
    void eachFileIsHandedToTheSinkAsTheIndexListsIt() {
        var markdown = MARKDOWN.render("content/guides/g.md", "Intro.\n", 1,
                new GuideLinks(Map.of()), new Problems());
        List<Guide> guides = List.of(new Guide("content/guides/g.md", "g", "T", "Sum", DAY, "Cat", List.of(), false,
                0), new Guide("content/guides/h.md", "h", "S", "Sum", DAY, "Cat", List.of(), false, 0));
        SiteFiles sink = new SiteFiles();
        SearchIndex.Index index = SearchIndex.index(guides, bodies(guides, markdown), Map.of(), tables(), sink);
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

    private static Map<String, MarkdownStage.Rendered> bodies(List<Guide> guides, RenderedMarkdown markdown) {
        Map<String, MarkdownStage.Rendered> bodies = new HashMap<>();
        for (Guide guide : guides) {
            bodies.put(guide.path(), new MarkdownStage.Rendered(guide.path(),
                    Digested.of(Codec.digest(markdown), markdown), markdown.embeds()));
        }
        return bodies;
    }

    private static Map<String, String> files(List<Guide> guides, RenderedMarkdown markdown,
                                             Map<String, List<Digested<MessageTemplate>>> messages) {
        SearchIndex.Index index = SearchIndex.index(guides, bodies(guides, markdown), messages,
                tables(), new SiteFiles());
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
