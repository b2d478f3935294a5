package dev.handbook.search;

import com.google.gson.Gson;
import dev.handbook.content.Guide;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the search index from each guide's part, which the memo keeps while the guide's listing and body are. */
public final class SearchIndex {
    /** Where the index is published. */
    public static final String PATH = "assets/search-index.js";
    private static final Gson GSON = new Gson();
    private static final byte[] HEAD = "window.HANDBOOK_SEARCH = [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "];\n".getBytes(StandardCharsets.UTF_8);

    private SearchIndex() {
    }

    /**
     * What a guide's part of the index depends on.
     *
     * @param slug     e.g. {@code declining-a-job-offer}
     * @param title    the guide's title
     * @param summary  its summary
     * @param category its category
     * @param body     the digest of its rendered body
     */
    public record Key(String slug, String title, String summary, String category, Digest body) {
    }

    /**
     * Every guide's part of the index as JSON in UTF-8, in the given order, from the memo where it has it.
     *
     * @param guides the guides in the order of the home page
     * @param bodies their rendered bodies, by display path
     */
    public static List<byte[]> parts(List<Guide> guides, Map<String, MarkdownStage.Rendered> bodies,
                                     Table<Key, byte[]> memo) {
        return guides.parallelStream().map(guide -> {
            MarkdownStage.Rendered body = bodies.get(guide.path());
            Key key = new Key(guide.slug(), guide.title(), guide.summary(), guide.category(),
                    body.markdown().digest());
            return memo.get(key, () -> json(guide, body.markdown().get()));
        }).toList();
    }

    /**
     * The index as a script, in UTF-8, that sets {@code window.HANDBOOK_SEARCH}: a list of guides, each
     * {@code {t: title, u: url, s: summary, c: category, h: [[id, heading, text], …]}}; the first section has an
     * empty id and heading and holds the text before the first heading. Guides are in the order given, already
     * turned into JSON by {@link #json}. Kept as bytes: for a large handbook it is the biggest file.
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
    public static byte[] json(Guide guide, RenderedMarkdown markdown) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("t", guide.title());
        g.put("u", guide.slug() + "/index.html");
        g.put("s", guide.summary());
        g.put("c", guide.category());
        g.put("h", markdown.sections().stream().map(s -> List.of(s.id(), s.heading(), s.text())).toList());
        return GSON.toJson(g).getBytes(StandardCharsets.UTF_8);
    }
}
