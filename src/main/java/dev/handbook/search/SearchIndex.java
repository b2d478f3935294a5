package dev.handbook.search;

import com.google.gson.Gson;
import dev.handbook.content.Guide;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.message.Message;
import dev.handbook.message.MessageTemplate;
import dev.handbook.output.Stored;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the search index: a file per guide with its title, summary and sections ({@code g-N.js}), and the parts
 * of the {@link WordIndex} that say which guides have which words. Every file is a script that hands its JSON to
 * {@code HANDBOOK_SEARCH_PART}, so that pages opened from {@code file://} can load it with a {@code <script>}
 * element, and a search loads only the parts its words need and the files of the guides it shows.
 *
 * <p>The memo keeps each guide's words, and where its file is in the site an earlier build wrote, while the
 * guide's listing and body are the same; an unchanged guide's file is kept as it is.
 */
public final class SearchIndex {
    /** The folder of the index in the site. */
    public static final String FOLDER = "assets/search/";
    private static final Gson GSON = new Gson();

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
     * @param messages the digests of the message templates it embeds, in order
     */
    public record Key(String slug, String title, String summary, String category, Digest body,
                      List<Digest> messages) {
    }

    /**
     * A guide's part of the index.
     *
     * @param file  its file's bytes, or where an earlier build wrote them
     * @param words its words, for the word index
     */
    public record Part(Stored file, GuideWords words) {
    }

    /**
     * A file of the index.
     *
     * @param path  e.g. {@code assets/search/w-in.js}
     * @param bytes its bytes, or where an earlier build wrote them
     * @param guide the key of the guide whose file it is; null for the word index's parts
     */
    public record File(String path, Stored bytes, Key guide) {
    }

    /**
     * The index.
     *
     * @param files  its files: the word index's parts, then each guide's by number
     * @param guides the words of each guide, by number, for {@link #remember}
     * @param size   its size in bytes
     */
    public record Index(List<File> files, List<GuideWords> guides, long size) {

        /**
         * Files in the memo where each guide's file now is.
         *
         * @param written where the sink stored each file, in the order of {@link #files}
         */
        public void remember(List<Stored> written, Table<Key, Part> memo) {
            int guide = 0;
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).guide() != null) {
                    memo.put(files.get(i).guide(), new Part(written.get(i), guides.get(guide++)));
                }
            }
        }
    }

    /**
     * The index of the guides. A guide's file is {@code {t: title, u: url, s: summary, c: category, h: [[id,
     * heading, text], …]}}; the first section has an empty id and heading and holds the text before the first
     * heading; each message template the guide embeds follows as a section of its own at its filler, {@code [id,
     * title, text, "1"]}, whose title counts as text, so that the words of a message find the guide and lead to the
     * message. Guides are numbered by title (then slug), so that guides that match equally well are shown in
     * that order.
     *
     * @param guides   the guides
     * @param bodies   their rendered bodies, by display path
     * @param messages the templates each guide embeds, by display path
     */
    public static Index index(List<Guide> guides, Map<String, MarkdownStage.Rendered> bodies,
                              Map<String, List<Digested<MessageTemplate>>> messages, Table<Key, Part> memo) {
        Map<Stored, Boolean> current = new ConcurrentHashMap<>();
        record Made(Key key, Part part) {
        }
        List<Guide> numbered = guides.stream()
                .sorted(Comparator.comparing(Guide::title).thenComparing(Guide::slug)).toList();
        List<Made> made = numbered.parallelStream().map(guide -> {
            MarkdownStage.Rendered body = bodies.get(guide.path());
            List<Digested<MessageTemplate>> embedded = messages.getOrDefault(guide.path(), List.of());
            Key key = new Key(guide.slug(), guide.title(), guide.summary(), guide.category(),
                    body.markdown().digest(), embedded.stream().map(Digested::digest).toList());
            // one look at the folder all files were written into, not one a file
            Part part = memo.find(key, earlier -> current.computeIfAbsent(earlier.file(), Stored::current))
                    .orElseGet(() -> {
                        Part fresh = part(guide, body.markdown().get(), embedded.stream().map(Digested::get).toList());
                        memo.put(key, fresh);
                        return fresh;
                    });
            return new Made(key, part);
        }).toList();
        List<GuideWords> words = made.stream().map(m -> m.part().words()).toList();
        List<File> files = new ArrayList<>();
        WordIndex.parts(words).forEach((name, json) -> files.add(new File(FOLDER + name + ".js",
                new Stored.InMemory(script(json)), null)));
        for (int i = 0; i < made.size(); i++) {
            files.add(new File(FOLDER + "g-" + i + ".js", made.get(i).part().file(), made.get(i).key()));
        }
        long size = files.stream().mapToLong(file -> size(file.bytes())).sum();
        return new Index(List.copyOf(files), words, size);
    }

    private static long size(Stored stored) {
        return stored instanceof Stored.InFile inFile ? inFile.stamp().size()
                : ((Stored.InMemory) stored).bytes().length;
    }

    /** A guide's part: its file and its words. */
    static Part part(Guide guide, RenderedMarkdown markdown, List<MessageTemplate> messages) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("t", guide.title());
        g.put("u", guide.slug() + "/index.html");
        g.put("s", guide.summary());
        g.put("c", guide.category());
        GuideWords.Collector words = new GuideWords.Collector()
                .add(guide.title(), GuideWords.TITLE)
                .add(guide.summary(), GuideWords.SUMMARY);
        List<List<String>> sections = new ArrayList<>();
        for (RenderedMarkdown.Section s : markdown.sections()) {
            sections.add(List.of(s.id(), s.heading(), s.text()));
            words.add(s.heading(), GuideWords.HEADING).add(s.text(), GuideWords.TEXT);
        }
        for (MessageTemplate message : messages) {
            // the message as a reader first sees it, placeholders and all; the filler's id is where it leads
            Message shown = message.fallback();
            String text = String.join(" ", List.of(message.description(), shown.subject(), shown.body()).stream()
                    .filter(part -> !part.isBlank()).toList()).replaceAll("\\s+", " ");
            // marked 1: its title names the message, not a part of the guide, so it counts as text
            sections.add(List.of(message.fillerId(), message.title(), text, "1"));
            words.add(message.title(), GuideWords.TEXT).add(text, GuideWords.TEXT);
        }
        g.put("h", sections);
        return new Part(new Stored.InMemory(script(GSON.toJson(g))), words.words());
    }

    /** A script that hands JSON to the search. */
    private static byte[] script(String json) {
        return ("HANDBOOK_SEARCH_PART(" + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }
}
