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
import dev.handbook.output.Slice;
import dev.handbook.output.Stored;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the search index from each guide's part. The memo keeps where each part is in the index an earlier build
 * wrote, while the guide's listing and body are the same, so an unchanged part is copied from there.
 */
public final class SearchIndex {
    /** Where the index is published. */
    public static final String PATH = "assets/search-index.js";
    private static final Gson GSON = new Gson();
    private static final byte[] HEAD = "window.HANDBOOK_SEARCH = [".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = ",".getBytes(StandardCharsets.UTF_8);
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
     * @param messages the digests of the message templates it embeds, in order
     */
    public record Key(String slug, String title, String summary, String category, Digest body,
                      List<Digest> messages) {
    }

    /**
     * The index as runs of bytes, and which runs are the guides' parts.
     *
     * @param slices the runs, in order: the head, the parts with commas between, the tail
     * @param parts  for each guide, its key's digest and the number of its run in {@code slices}
     */
    public record Script(List<Slice> slices, List<Part> parts) {

        /** The size in bytes of the index. */
        public long size() {
            return slices.stream().mapToLong(Slice::length).sum();
        }

        /**
         * Files in the memo where each part now is: the index just written.
         *
         * @param written where the sink stored the index
         */
        public void remember(Stored written, Table<Key, Slice> memo) {
            if (!(written instanceof Stored.InFile)) {
                return;
            }
            long offset = 0;
            int next = 0;
            for (int i = 0; i < slices.size(); i++) {
                if (next < parts.size() && parts.get(next).slice() == i) {
                    memo.put(parts.get(next).key(), new Slice(written, offset, slices.get(i).length()));
                    next++;
                }
                offset += slices.get(i).length();
            }
        }
    }

    /**
     * A guide's part of the index.
     *
     * @param key   what it depends on
     * @param slice the number of its run
     */
    public record Part(Key key, int slice) {
    }

    /**
     * The index, as a script that sets {@code window.HANDBOOK_SEARCH}: a list of guides, each
     * {@code {t: title, u: url, s: summary, c: category, h: [[id, heading, text], …]}}; the first section has an
     * empty id and heading and holds the text before the first heading; each message template the guide embeds
     * follows as a section of its own at its filler, {@code [id, title, text, "1"]}, whose title counts as text,
     * so that the words of a message find the guide and lead to the message. A part the
     * memo knows, in a file still as it was written, is a run of that file; the others are made now.
     *
     * @param guides   the guides in the order of the home page
     * @param bodies   their rendered bodies, by display path
     * @param messages the templates each guide embeds, by display path
     */
    public static Script script(List<Guide> guides, Map<String, MarkdownStage.Rendered> bodies,
                                Map<String, List<Digested<MessageTemplate>>> messages, Table<Key, Slice> memo) {
        Map<Stored, Boolean> current = new ConcurrentHashMap<>();
        record Made(Key key, Slice slice) {
        }
        List<Made> made = guides.parallelStream().map(guide -> {
            MarkdownStage.Rendered body = bodies.get(guide.path());
            List<Digested<MessageTemplate>> embedded = messages.getOrDefault(guide.path(), List.of());
            Key key = new Key(guide.slug(), guide.title(), guide.summary(), guide.category(),
                    body.markdown().digest(), embedded.stream().map(Digested::digest).toList());
            // one look at the file all parts were written into, not one a part
            Slice slice = memo.find(key, earlier -> earlier.source() instanceof Stored.InFile
                    ? current.computeIfAbsent(earlier.source(), Stored::current) : earlier.source().current())
                    .orElseGet(() -> {
                        Slice fresh = Slice.of(json(guide, body.markdown().get(),
                                embedded.stream().map(Digested::get).toList()));
                        memo.put(key, fresh);
                        return fresh;
                    });
            return new Made(key, slice);
        }).toList();
        List<Slice> slices = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        slices.add(Slice.of(HEAD));
        for (Made part : made) {
            if (!parts.isEmpty()) {
                slices.add(Slice.of(COMMA));
            }
            parts.add(new Part(part.key(), slices.size()));
            slices.add(part.slice());
        }
        slices.add(Slice.of(TAIL));
        return new Script(List.copyOf(slices), List.copyOf(parts));
    }

    /** One guide of the index as JSON in UTF-8, safe inside a script. */
    public static byte[] json(Guide guide, RenderedMarkdown markdown, List<MessageTemplate> messages) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("t", guide.title());
        g.put("u", guide.slug() + "/index.html");
        g.put("s", guide.summary());
        g.put("c", guide.category());
        List<List<String>> sections = new ArrayList<>();
        markdown.sections().forEach(s -> sections.add(List.of(s.id(), s.heading(), s.text())));
        for (MessageTemplate message : messages) {
            // the message as a reader first sees it, placeholders and all; the filler's id is where it leads
            Message shown = message.fallback();
            String text = String.join(" ", List.of(message.description(), shown.subject(), shown.body()).stream()
                    .filter(part -> !part.isBlank()).toList()).replaceAll("\\s+", " ");
            // marked 1: its title names the message, not a part of the guide, so it counts as text
            sections.add(List.of(message.fillerId(), message.title(), text, "1"));
        }
        g.put("h", sections);
        return GSON.toJson(g).getBytes(StandardCharsets.UTF_8);
    }
}
