package dev.handbook.search;

import com.google.gson.Gson;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.output.Stored;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Which guides have which words, split into parts that a search loads only when a query needs them. The parts make
 * a tree by the words' first letters: the root ({@code words}) and each part for a prefix either list their words
 * (a leaf), or, when that would be more than {@link #LIMIT} bytes, list the next letters that have a part of their
 * own and hold the guides of every word with the prefix (which is what a query of just the prefix finds).
 *
 * <p>A word's guides are written as the guides' numbers (their order by title) with the word's best place in each:
 * either a list of numbers, each {@code (number - previous number) * 4 + place}, or, when shorter, a string of one
 * letter for two guides, {@code 'A' + 5 * first + second}, where a guide's figure is 0 without the word and
 * {@code 1 + place} with it.
 *
 * <p>The parts below the root are made by {@link GuideWords#GROUPS groups} of first letters, each memoised under
 * the digests of every guide's words in the group: after an edit, only the groups whose words changed are made
 * again.
 */
public final class WordIndex {
    /** The size above which a part lists next letters instead of words, in bytes (a tenth of a first search). */
    static final int LIMIT = 32 * 1024;
    /** The longest prefix a part is made for, whatever its size. */
    static final int DEEPEST = 12;
    /** The name of the root part. */
    static final String ROOT = "words";
    private static final Gson GSON = new Gson();
    private static final int ABSENT = 4;

    private final int guides;
    private final int limit;
    private final String[] words;
    private final int[][] postings;
    private final String[] encoded;
    private final long[] sizeBefore;
    private final int[] best;
    private final List<String> names = new ArrayList<>();
    private final List<Stored> files = new ArrayList<>();

    /**
     * What the parts of a group depend on.
     *
     * @param guides the number of guides, which the letters for two guides depend on
     * @param group  the group's number
     * @param words  the digest of each guide's words in the group, by the guide's number
     */
    public record GroupKey(int guides, int group, List<Digest> words) {
    }

    /**
     * The parts of a group of first letters.
     *
     * @param names   the parts' names, e.g. {@code w-in}
     * @param files   their bytes, or where an earlier build wrote them, in the same order
     * @param letters the first letters of the group's words, each with a part of its own below the root
     * @param size    the size of the group's words with their guides, in bytes: if all groups' fit in one part,
     *                the root lists them
     */
    public record GroupParts(List<String> names, List<Stored> files, List<String> letters, long size) {
    }

    /**
     * The word index.
     *
     * @param root   the root part's bytes
     * @param groups each group's key and parts; their files are the index's only where {@link #split}
     * @param split  whether the root lists first letters, and the groups' parts are the index's
     */
    public record Parts(byte[] root, List<Map.Entry<GroupKey, GroupParts>> groups, boolean split) {
    }

    private WordIndex(List<List<GuideWords.Group>> guides, int limit) {
        this.guides = guides.size();
        this.limit = limit;
        Postings gathered = Postings.of(guides);
        int count = gathered.size();
        record Word(String word, int[] postings) {
        }
        List<Word> all = new ArrayList<>(count);
        gathered.forEach((word, list) -> all.add(new Word(word, list)));
        all.sort(Comparator.comparing(Word::word));
        this.words = new String[count];
        this.postings = new int[count][];
        this.encoded = new String[count];
        this.sizeBefore = new long[count + 1];
        for (int i = 0; i < count; i++) {
            words[i] = all.get(i).word();
            postings[i] = all.get(i).postings();
            encoded[i] = encode(postings[i], postings[i].length);
            // a word is letters and digits, which JSON writes as they are, in quotes
            sizeBefore[i + 1] = sizeBefore[i] + encoded[i].length() + words[i].length() + 4;
        }
        this.best = new int[this.guides];
        Arrays.fill(best, ABSENT);
    }

    /**
     * The word index, split where a part would be larger than {@code limit} bytes; each group's parts from the memo
     * when its guides' words are as they were there and its files still as they were written.
     *
     * @param guides  the words of each guide, by the guides' numbers
     * @param current whether a file an earlier build wrote is still as it was
     */
    static Parts parts(List<GuideWords> guides, int limit, Table<GroupKey, GroupParts> memo,
                       Predicate<Stored> current) {
        List<Map.Entry<GroupKey, GroupParts>> groups = IntStream.range(0, GuideWords.GROUPS).parallel()
                .mapToObj(group -> {
                    GroupKey key = new GroupKey(guides.size(), group,
                            guides.stream().map(words -> words.digests().get(group)).toList());
                    GroupParts parts = memo.find(key, earlier -> earlier.files().stream().allMatch(current))
                            .orElseGet(() -> {
                                GroupParts made = group(guides, group, limit);
                                memo.put(key, made);
                                return made;
                            });
                    return Map.entry(key, parts);
                }).toList();
        long size = groups.stream().mapToLong(group -> group.getValue().size()).sum();
        if (size <= limit) {
            WordIndex all = new WordIndex(guides.stream().map(GuideWords::groups).toList(), limit);
            all.part("", 0, all.words.length, 0);
            return new Parts(((Stored.InMemory) all.files.get(0)).bytes(), groups, false);
        }
        List<String> letters = groups.stream().flatMap(group -> group.getValue().letters().stream()).sorted().toList();
        return new Parts(script("{\"n\":" + guides.size() + ",\"k\":" + GSON.toJson(letters) + "}"), groups,
                true);
    }

    /** The parts of a group: a part for each first letter of its words, and the parts below those. */
    private static GroupParts group(List<GuideWords> guides, int group, int limit) {
        WordIndex index = new WordIndex(guides.stream().map(words -> List.of(words.groups().get(group))).toList(),
                limit);
        List<String> letters = new ArrayList<>();
        for (int from = 0; from < index.words.length; ) {
            String letter = Character.toString(index.words[from].codePointAt(0));
            int to = from + 1;
            while (to < index.words.length && index.words[to].startsWith(letter)) {
                to++;
            }
            letters.add(letter);
            index.part(letter, from, to, 1);
            from = to;
        }
        return new GroupParts(List.copyOf(index.names), List.copyOf(index.files), List.copyOf(letters),
                index.sizeBefore[index.words.length]);
    }

    /** The name of the part for a prefix: letters a to z and digits as they are, others as {@code _hex_}. */
    static String name(String prefix) {
        if (prefix.isEmpty()) {
            return ROOT;
        }
        StringBuilder name = new StringBuilder("w-");
        prefix.codePoints().forEach(c -> {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                name.appendCodePoint(c);
            } else {
                name.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return name.toString();
    }

    /** A script that hands JSON to the search. */
    static byte[] script(String json) {
        return ("HANDBOOK_SEARCH_PART(" + json + ");\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Makes the part for the words from {@code lo} to {@code hi}, which all start with {@code prefix}. */
    private void part(String prefix, int lo, int hi, int depth) {
        StringBuilder json = new StringBuilder("{");
        if (depth == 0) {
            json.append("\"n\":").append(guides).append(',');
        }
        if (sizeBefore[hi] - sizeBefore[lo] <= limit || hi - lo <= 1 || depth >= DEEPEST) {
            json.append("\"w\":{");
            for (int i = lo; i < hi; i++) {
                json.append(i > lo ? "," : "").append(GSON.toJson(words[i])).append(':').append(encoded[i]);
            }
            add(prefix, json.append("}}"));
            return;
        }
        if (depth > 0) {
            json.append("\"u\":").append(union(lo, hi)).append(',');
        }
        // a word that is the prefix itself is in the union, and in no part below
        int from = lo < hi && words[lo].length() == prefix.length() ? lo + 1 : lo;
        List<String> next = new ArrayList<>();
        record Child(String prefix, int lo, int hi) {
        }
        List<Child> children = new ArrayList<>();
        while (from < hi) {
            int letter = words[from].codePointAt(prefix.length());
            String longer = prefix + Character.toString(letter);
            int to = from + 1;
            while (to < hi && words[to].startsWith(longer)) {
                to++;
            }
            next.add(Character.toString(letter));
            children.add(new Child(longer, from, to));
            from = to;
        }
        add(prefix, json.append("\"k\":").append(GSON.toJson(next)).append('}'));
        for (Child child : children) {
            part(child.prefix(), child.lo(), child.hi(), depth + 1);
        }
    }

    private void add(String prefix, StringBuilder json) {
        names.add(name(prefix));
        files.add(new Stored.InMemory(script(json.toString())));
    }

    /** The guides of every word from {@code lo} to {@code hi}, each with its best place among them, encoded. */
    private String union(int lo, int hi) {
        IntList touched = new IntList();
        for (int i = lo; i < hi; i++) {
            for (int posting : postings[i]) {
                int guide = posting >>> 2;
                int place = posting & 3;
                if (best[guide] == ABSENT) {
                    touched.add(guide);
                }
                best[guide] = Math.min(best[guide], place);
            }
        }
        int[] guidesOf = touched.toArray();
        Arrays.sort(guidesOf);
        int[] merged = new int[guidesOf.length];
        for (int i = 0; i < guidesOf.length; i++) {
            merged[i] = guidesOf[i] << 2 | best[guidesOf[i]];
            best[guidesOf[i]] = ABSENT;
        }
        return encode(merged, merged.length);
    }

    /** A word's guides, sorted by number, in the shorter of the two forms. */
    private String encode(int[] postings, int count) {
        int denseLength = (guides + 1) / 2 + 2;
        StringBuilder list = new StringBuilder("[");
        int previous = 0;
        for (int i = 0; i < count && list.length() < denseLength; i++) {
            int guide = postings[i] >>> 2;
            list.append(i > 0 ? "," : "").append((long) (guide - previous) * 4 + (postings[i] & 3));
            previous = guide;
        }
        if (list.length() < denseLength) {
            return list.append(']').toString();
        }
        int[] figure = new int[guides + 1];
        for (int i = 0; i < count; i++) {
            figure[postings[i] >>> 2] = 1 + (postings[i] & 3);
        }
        StringBuilder dense = new StringBuilder("\"");
        for (int g = 0; g < guides; g += 2) {
            dense.append((char) ('A' + 5 * figure[g] + figure[g + 1]));
        }
        return dense.append('"').toString();
    }

    /** A growing list of ints. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * The guides of each word, each {@code number << 2 | place}: a table found by a run of a guide's
     * words without copying it out, which a build does a few million times at 10,000 guides.
     */
    private static final class Postings {
        private String[] words = new String[1 << 10];
        private int[] hashes = new int[1 << 10];
        private IntList[] lists = new IntList[1 << 10];
        private int size;

        /** The words of each guide's groups, by the guides' numbers. */
        static Postings of(List<List<GuideWords.Group>> guides) {
            Postings postings = new Postings();
            for (int g = 0; g < guides.size(); g++) {
                for (GuideWords.Group of : guides.get(g)) {
                    String all = of.words();
                    int from = 0;
                    for (int i = 0; i < of.size(); i++) {
                        int end = all.indexOf('\n', from);
                        postings.find(all, from, end).add(g << 2 | of.places()[i]);
                        from = end + 1;
                    }
                }
            }
            return postings;
        }

        int size() {
            return size;
        }

        /** The list of the word {@code text[from, to)}, added if it is new. */
        IntList find(String text, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int mask = words.length - 1;
            int slot = (hash ^ hash >>> 16) & mask;
            while (words[slot] != null) {
                if (hashes[slot] == hash && words[slot].length() == to - from
                        && words[slot].regionMatches(0, text, from, to - from)) {
                    return lists[slot];
                }
                slot = (slot + 1) & mask;
            }
            words[slot] = text.substring(from, to);
            hashes[slot] = hash;
            lists[slot] = new IntList();
            IntList found = lists[slot];
            if (++size * 2 > words.length) {
                grow();
            }
            return found;
        }

        private void grow() {
            String[] oldWords = words;
            int[] oldHashes = hashes;
            IntList[] oldLists = lists;
            words = new String[oldWords.length * 2];
            hashes = new int[words.length];
            lists = new IntList[words.length];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                if (oldWords[i] != null) {
                    int slot = (oldHashes[i] ^ oldHashes[i] >>> 16) & mask;
                    while (words[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    words[slot] = oldWords[i];
                    hashes[slot] = oldHashes[i];
                    lists[slot] = oldLists[i];
                }
            }
        }

        void forEach(java.util.function.BiConsumer<String, int[]> each) {
            for (int i = 0; i < words.length; i++) {
                if (words[i] != null) {
                    each.accept(words[i], lists[i].toArray());
                }
            }
        }
    }
}
