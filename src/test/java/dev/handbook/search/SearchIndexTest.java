package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.RenderedMarkdown.Section;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
        assertEquals(List.of(new Section("", "", "Intro text."), new Section("first", "First", "One & two."),
                new Section("deeper", "Deeper", "a b")), markdown.sections());
        assertEquals("window.HANDBOOK_SEARCH = [{\"t\":\"Title \\u003c/script\\u003e\",\"u\":\"g/index.html\","
                + "\"s\":\"Sum\",\"c\":\"Cat\",\"h\":[[\"\",\"\",\"Intro text.\"],[\"first\",\"First\",\"One \\u0026 two.\"],"
                + "[\"deeper\",\"Deeper\",\"a b\"]]}];\n",
                new String(SearchIndex.scriptOf(List.of(SearchIndex.json(guide, markdown))),
                        StandardCharsets.UTF_8));
        List<byte[]> parts = List.of("{}".getBytes(StandardCharsets.UTF_8), "{\"t\":\"é\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(SearchIndex.scriptOf(parts).length, SearchIndex.scriptSize(parts));
        assertEquals("window.HANDBOOK_SEARCH = [];\n", new String(SearchIndex.scriptOf(List.of()), StandardCharsets.UTF_8));
    }
}
