package dev.handbook.search;

import com.google.gson.stream.JsonWriter;
import dev.handbook.content.Body;
import dev.handbook.content.Guide;
import dev.handbook.markdown.BodyText;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.message.Message;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteSink;
import dev.handbook.output.Stored;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Builds the search index: a file per guide with its title, summary and sections ({@code g-N.js}), and the parts
 * of the {@link WordIndex} that say which guides have which words. Every file is a script that hands its JSON to
 * {@code HANDBOOK_SEARCH_PART}, so that pages opened from {@code file://} can load it with a {@code <script>}
 * element, and a search loads only the parts its words need and the files of the guides it shows.
 *
 * <p>A guide's file is made as the Markdown stage reads the guide's sections ({@link MarkdownStage.TextUse}) and
 * handed to the sink at once, so that no guide's text waits in memory for the others; the word index is made from
 * every guide's words once all are read. The memo keeps each guide's words, and where its file is in the site an
 * earlier build wrote, while the guide's listing and body are the same; an unchanged guide's file is kept as it is.
 */
public final class SearchIndex implements MarkdownStage.TextUse<Optional<SearchIndex.Made>> {
    /** The folder of the index in the site. */
    public static final String FOLDER = "assets/search/";

    /** The guides, numbered by title (then slug), so that guides that match equally well are shown in that order. */
    private final List<Guide> numbered;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final TemplateCatalog templates;
    private final Tables memo;
    private final SiteSink sink;
    /** Whether a file an earlier build wrote is still as it was: each looked at once, however many entries name it. */
    private final Map<Stored, Boolean> looked = new ConcurrentHashMap<>();

    /**
     * The index of these guides, whose files go to {@code sink}.
     *
     * @param templates the message templates guides embed
     */
    public SearchIndex(List<Guide> guides, TemplateCatalog templates, Tables memo, SiteSink sink) {
        this.numbered = guides.stream().sorted(Comparator.comparing(Guide::title).thenComparing(Guide::slug)).toList();
        for (int i = 0; i < numbered.size(); i++) {
            numbers.put(numbered.get(i).path(), i);
        }
        this.templates = templates;
        this.memo = memo;
        this.sink = sink;
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
     * The memo tables of the index.
     *
     * @param guides each guide's part, by what it depends on
     * @param words  the word index's parts of each group of first letters, by what they depend on
     */
    public record Tables(Table<Key, Part> guides, Table<WordIndex.GroupKey, WordIndex.GroupParts> words) {
    }

    /**
     * A file of the index.
     *
     * @param path  e.g. {@code assets/search/w-in.js}
     * @param bytes where the sink stored it
     */
    public record File(String path, Stored bytes) {
    }

    /**
     * The index.
     *
     * @param files  its files: the word index's root, its groups' parts if it has them, then each guide's file by
     *               number
     * @param words  the word index
     * @param keys   what each guide's part depends on, by number
     * @param guides the words of each guide, by number
     * @param size   its size in bytes
     */
    public record Index(List<File> files, WordIndex.Parts words, List<Key> keys, List<GuideWords> guides,
                        long size) {

        /** Files in the memo where the files of each guide and of each group of the word index now are. */
        public void remember(Tables memo) {
            int file = 1;
            if (words.split()) {
                for (Map.Entry<WordIndex.GroupKey, WordIndex.GroupParts> group : words.groups()) {
                    WordIndex.GroupParts parts = group.getValue();
                    int count = parts.names().size();
                    memo.words().put(group.getKey(), new WordIndex.GroupParts(parts.names(),
                            files.subList(file, file + count).stream().map(File::bytes).toList(), parts.letters(),
                            parts.size()));
                    file += count;
                }
            }
            for (int guide = 0; guide < keys.size(); guide++) {
                memo.guides().put(keys.get(guide), new Part(files.get(file++).bytes(), guides.get(guide)));
            }
        }
    }

    /**
     * What a guide's part of the index was made from, and the part.
     *
     * @param key  what it depends on
     * @param part the part
     */
    public record Made(Key key, Part part) {
    }

    /**
     * Makes a guide's part of the index, or takes the memo's, and hands its file to the sink. A guide's file is
     * {@code {t: title, u: url, s: summary, c: category, h: [[id, heading, text], …]}}; the first section has an
     * empty id and heading and holds the text before the first heading; each message template the guide embeds
     * follows as a section of its own at its filler, {@code [id, title, text, "1"]}, whose title counts as text, so
     * that the words of a message find the guide and lead to the message.
     *
     * @return the part, or empty for a body whose front matter gave no guide
     */
    @Override
    public Optional<Made> use(Body body, MarkdownStage.Rendered rendered, Supplier<BodyText> text) {
        Integer number = numbers.get(body.path());
        if (number == null) {
            return Optional.empty();
        }
        Guide guide = numbered.get(number);
        String path = FOLDER + "g-" + number + ".js";
        List<Digested<MessageTemplate>> embedded = templates.resolve(body.path(), rendered.embeds()).templates();
        // most guides embed no template: no list is made for them (this runs for every guide on every build)
        List<Digest> digests = embedded.isEmpty() ? List.of() : embedded.stream().map(Digested::digest).toList();
        Key key = new Key(guide.slug(), guide.title(), guide.summary(), guide.category(),
                rendered.markdown().digest(), digests);
        Optional<Part> earlier = memo.guides().find(key, part -> current(part.file()));
        if (earlier.isPresent()) {
            // filed again, where the sink keeps it now, once the site is in place (Index.remember)
            return Optional.of(new Made(key, new Part(sink.keep(path, earlier.get().file()),
                    earlier.get().words())));
        }
        Part fresh = part(guide, text.get().sections(), embedded.stream().map(Digested::get).toList());
        Part part = new Part(sink.add(path, ((Stored.InMemory) fresh.file()).bytes()), fresh.words());
        memo.guides().put(key, part);
        return Optional.of(new Made(key, part));
    }

    private boolean current(Stored file) {
        return looked.computeIfAbsent(file, Stored::current);
    }

    /**
     * Makes the word index from every guide's words, hands its files to the sink, and lists every file of the index.
     *
     * @param made each guide's part, by display path, as {@link #use} made it
     */
    public Index index(Map<String, Optional<Made>> made) {
        List<Made> parts = numbered.stream().map(guide -> made.get(guide.path()).orElseThrow()).toList();
        List<GuideWords> words = parts.stream().map(m -> m.part().words()).toList();
        WordIndex.Parts wordParts = WordIndex.parts(words, WordIndex.LIMIT, memo.words(), this::current);
        List<File> files = new ArrayList<>();
        String root = FOLDER + WordIndex.ROOT + ".js";
        files.add(new File(root, sink.add(root, wordParts.root())));
        if (wordParts.split()) {
            for (Map.Entry<WordIndex.GroupKey, WordIndex.GroupParts> group : wordParts.groups()) {
                List<String> names = group.getValue().names();
                for (int i = 0; i < names.size(); i++) {
                    String path = FOLDER + names.get(i) + ".js";
                    files.add(new File(path, sink.keep(path, group.getValue().files().get(i))));
                }
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            files.add(new File(FOLDER + "g-" + i + ".js", parts.get(i).part().file()));
        }
        long size = files.stream().mapToLong(file -> size(file.bytes())).sum();
        return new Index(List.copyOf(files), wordParts, parts.stream().map(Made::key).toList(), words, size);
    }

    private static long size(Stored stored) {
        return stored instanceof Stored.InFile inFile ? inFile.stamp().size()
                : ((Stored.InMemory) stored).bytes().length;
    }

    /** A guide's part: its file and its words. */
    private static Part part(Guide guide, List<BodyText.Section> guideSections, List<MessageTemplate> messages) {
        GuideWords.Collector words = new GuideWords.Collector()
                .add(guide.title(), GuideWords.TITLE)
                .add(guide.summary(), GuideWords.SUMMARY);
        List<List<String>> sections = new ArrayList<>();
        for (BodyText.Section s : guideSections) {
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
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            // as Gson writes by default: <, >, &, = and ' escaped, so no text can end a script
            json.setHtmlSafe(true);
            json.beginObject().name("t").value(guide.title()).name("u").value(guide.slug() + "/index.html")
                    .name("s").value(guide.summary()).name("c").value(guide.category()).name("h").beginArray();
            for (List<String> section : sections) {
                json.beginArray();
                for (String item : section) {
                    json.value(item);
                }
                json.endArray();
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a string writer does not fail", e);
        }
        return new Part(new Stored.InMemory(WordIndex.script(out.toString())), words.words());
    }
}
