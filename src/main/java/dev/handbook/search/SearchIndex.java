package dev.handbook.search;

import com.google.gson.Gson;
import dev.handbook.content.Guide;
import dev.handbook.markdown.RenderedMarkdown;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the search index. Stateless. */
public final class SearchIndex {
    /** Where the index is published. */
    public static final String PATH = "assets/search-index.js";
    private static final Gson GSON = new Gson();
    private static final byte[] HEAD = "window.HANDBOOK_SEARCH = [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "];\n".getBytes(StandardCharsets.UTF_8);

    private SearchIndex() {
    }

    /** One guide and its rendered body. */
    public record Entry(Guide guide, RenderedMarkdown markdown) {
    }

    /**
     * The index as a script, in UTF-8, that sets {@code window.HANDBOOK_SEARCH}: a list of guides, each
     * {@code {t: title, u: url, s: summary, c: category, h: [[id, heading, text], …]}}; the first section has an
     * empty id and heading and holds the text before the first heading. Guides are in the order given, already
     * turned into JSON by {@link #json(Entry)}. Kept as bytes: for a large handbook it is the biggest file.
     */
    public static byte[] scriptOf(List<byte[]> guides) {
        ByteBuffer script = ByteBuffer.allocate(scriptSize(guides)).put(HEAD);
        for (int i = 0; i < guides.size(); i++) {
            if (i > 0) {
                script.put((byte) ',');
            }
            script.put(guides.get(i));
        }
        return script.put(TAIL).array();
    }

    /** The size in bytes of {@link #scriptOf(List)} for these guides. */
    public static int scriptSize(List<byte[]> guides) {
        int size = HEAD.length + TAIL.length + Math.max(0, guides.size() - 1);
        for (byte[] guide : guides) {
            size += guide.length;
        }
        return size;
    }

    /** One guide of the index as JSON in UTF-8, safe inside a script. */
    public static byte[] json(Entry entry) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("t", entry.guide().title());
        g.put("u", entry.guide().slug() + "/index.html");
        g.put("s", entry.guide().summary());
        g.put("c", entry.guide().category());
        g.put("h", entry.markdown().sections());
        return GSON.toJson(g).getBytes(StandardCharsets.UTF_8);
    }
}
