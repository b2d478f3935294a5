package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown.Section;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
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

    private static String script(List<Guide> guides, RenderedMarkdown markdown) {
        Map<String, MarkdownStage.Rendered> bodies = new HashMap<>();
        for (Guide guide : guides) {
            bodies.put(guide.path(), new MarkdownStage.Rendered(guide.path(),
                    Digested.of(Codec.digest(markdown), markdown), markdown.embeds()));
        }
        SearchIndex.Script script = SearchIndex.script(guides, bodies, new Table<>("search", Slice.class, false));
        SiteFiles files = new SiteFiles();
        files.add(SearchIndex.PATH, script.slices());
        assertEquals(script.size(), files.totalBytes());
        return new String(files.get(SearchIndex.PATH), StandardCharsets.UTF_8);
    }
}
