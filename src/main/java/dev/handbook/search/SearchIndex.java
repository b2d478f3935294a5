package dev.handbook.search;

import com.google.gson.Gson;
import dev.handbook.content.Guide;
import dev.handbook.markdown.RenderedMarkdown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the search index. Stateless. */
public final class SearchIndex {
    /** Where the index is published. */
    public static final String PATH = "assets/search-index.js";
    private static final Gson GSON = new Gson();

    private SearchIndex() {
    }

    /** One guide and its rendered body. */
    public record Entry(Guide guide, RenderedMarkdown markdown) {
    }

    /**
     * The index as a script that sets {@code window.HANDBOOK_SEARCH}: a list of guides, each
     * {@code {t: title, u: url, s: summary, c: category, h: [[id, heading, text], …]}}; the first section has an
     * empty id and heading and holds the text before the first heading. Guides are in the order given.
     */
    public static String script(List<Entry> entries) {
        return scriptOf(entries.stream().map(SearchIndex::json).toList());
    }

    /** The script from guides already turned into JSON by {@link #json(Entry)}, in order. */
    public static String scriptOf(List<String> guides) {
        return "window.HANDBOOK_SEARCH = [" + String.join(",", guides) + "];\n";
    }

    /** One guide of the index as JSON, safe inside a script. */
    public static String json(Entry entry) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("t", entry.guide().title());
        g.put("u", entry.guide().slug() + "/index.html");
        g.put("s", entry.guide().summary());
        g.put("c", entry.guide().category());
        g.put("h", entry.markdown().sections());
        return GSON.toJson(g);
    }
}
