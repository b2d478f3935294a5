package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.content.Guide;
import dev.handbook.content.SourceFile;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown.Section;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.ParsedTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.Slice;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    @Test
    void splitsTheBodyIntoSectionsAtItsHeadingsAndLeavesTemplatesOut() {
        String body = "Intro <b>text</b>.\n\n## First\n\nOne & two.\n\n```template\nx\n```\n\n### Deeper\n\n- a\n- b\n";
        var markdown = new MarkdownRenderer().render("content/guides/g.md", body, 1, new GuideLinks(Map.of()),
                new Problems());
        Guide guide = new Guide("content/guides/g.md", "g", "Title </script>", "Sum", LocalDate.of(2026, 1, 1), "Cat",
                List.of(), false, 0);
        Guide other = new Guide("content/guides/h.md", "h", guide.title(), "Sum", guide.updated(), "Cat", List.of(),
                false, 0);
        assertEquals(List.of(new Section("", "", "Intro text."), new Section("first", "First", "One & two."),
                new Section("deeper", "Deeper", "a b")), markdown.sections());
        assertEquals("window.HANDBOOK_SEARCH = [{\"t\":\"Title \\u003c/script\\u003e\",\"u\":\"g/index.html\","
                + "\"s\":\"Sum\",\"c\":\"Cat\",\"h\":[[\"\",\"\",\"Intro text.\"],[\"first\",\"First\",\"One \\u0026 two.\"],"
                + "[\"deeper\",\"Deeper\",\"a b\"]]},{\"t\":\"Title \\u003c/script\\u003e\",\"u\":\"h/index.html\","
                + "\"s\":\"Sum\",\"c\":\"Cat\",\"h\":[[\"\",\"\",\"Intro text.\"],[\"first\",\"First\",\"One \\u0026 two.\"],"
                + "[\"deeper\",\"Deeper\",\"a b\"]]}];\n", script(List.of(guide, other), markdown));
        assertEquals("window.HANDBOOK_SEARCH = [];\n", script(List.of(), markdown));
    }

    @Test
    void eachEmbeddedMessageIsASectionAtItsFillerWithItsDescriptionSubjectAndText() {
        var markdown = new MarkdownRenderer().render("content/guides/g.md", "Intro.\n", 1,
                new GuideLinks(Map.of()), new Problems());
        Guide guide = new Guide("content/guides/g.md", "g", "T", "Sum", LocalDate.of(2026, 1, 1), "Cat", List.of(),
                false, 0);
        MessageTemplate message = TemplateCatalog.read(List.of(SourceFile.of("content/templates/thanks.md",
                ("---\ntitle: Thank them\nsubject: Thanks, [Name]\ndescription: A short note.\n---\nDear [Name],\n\n"
                        + "thank you.\n").getBytes(StandardCharsets.UTF_8))), new Table<>("t", ParsedTemplate.class,
                false)).find("thanks").orElseThrow();
        Map<String, MarkdownStage.Rendered> bodies = Map.of(guide.path(), new MarkdownStage.Rendered(guide.path(),
                Digested.of(Codec.digest(markdown), markdown), markdown.embeds()));
        SearchIndex.Script script = SearchIndex.script(List.of(guide), bodies, Map.of(guide.path(),
                List.of(Digested.of(Codec.digest(message), message))), new Table<>("search", Slice.class, false));
        SiteFiles files = new SiteFiles();
        files.add(SearchIndex.PATH, script.slices());
        assertEquals("window.HANDBOOK_SEARCH = [{\"t\":\"T\",\"u\":\"g/index.html\",\"s\":\"Sum\",\"c\":\"Cat\","
                + "\"h\":[[\"\",\"\",\"Intro.\"],[\"tpl-thanks\",\"Thank them\",\"A short note. Thanks, [Name] Dear [Name],"
                + " thank you.\",\"1\"]]}];\n", new String(files.get(SearchIndex.PATH), StandardCharsets.UTF_8));
    }

    private static String script(List<Guide> guides, RenderedMarkdown markdown) {
        Map<String, MarkdownStage.Rendered> bodies = new HashMap<>();
        for (Guide guide : guides) {
            bodies.put(guide.path(), new MarkdownStage.Rendered(guide.path(),
                    Digested.of(Codec.digest(markdown), markdown), markdown.embeds()));
        }
        SearchIndex.Script script = SearchIndex.script(guides, bodies, Map.of(),
                new Table<>("search", Slice.class, false));
        SiteFiles files = new SiteFiles();
        files.add(SearchIndex.PATH, script.slices());
        assertEquals(script.size(), files.totalBytes());
        return new String(files.get(SearchIndex.PATH), StandardCharsets.UTF_8);
    }
}
