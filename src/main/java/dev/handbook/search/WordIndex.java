package dev.handbook.search;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
final class WordIndex {
    /** The size above which a part lists next letters instead of words, in bytes (a tenth of a first search). */
    static final int LIMIT = 32 * 1024;
    /** The longest prefix a part is made for, whatever its size. */
    static final int DEEPEST = 12;
    private static final Gson GSON = new Gson();
    private static final int ABSENT = 4;

    private final int guides;
    private final int limit;
    private final String[] words;
    private final int[][] postings;
    private final String[] encoded;
    private final long[] sizeBefore;
    private final int[] best;
    private final Map<String, String> parts = new LinkedHashMap<>();

    private WordIndex(List<GuideWords> guides, int limit) {
        this.guides = guides.size();
        this.limit = limit;
        Map<String, IntList> byWord = new HashMap<>();
        for (int g = 0; g < guides.size(); g++) {
            GuideWords of = guides.get(g);
            String all = of.words();
            int from = 0;
            for (int i = 0; i < of.size(); i++) {
                int end = all.indexOf('\n', from);
                byWord.computeIfAbsent(all.substring(from, end), word -> new IntList()).add(g << 2 | of.places()[i]);
                from = end + 1;
            }
        }
        this.words = byWord.keySet().toArray(String[]::new);
        Arrays.sort(words);
        this.postings = new int[words.length][];
        this.encoded = new String[words.length];
        this.sizeBefore = new long[words.length + 1];
        for (int i = 0; i < words.length; i++) {
            postings[i] = byWord.get(words[i]).toArray();
            encoded[i] = encode(postings[i], postings[i].length);
            sizeBefore[i + 1] = sizeBefore[i] + encoded[i].length() + GSON.toJson(words[i]).length() + 2;
        }
        this.best = new int[this.guides];
        Arrays.fill(best, ABSENT);
    }

    /**
     * The parts, by name ({@code words}, {@code w-in}, …), each a JSON object: {@code n} the number of guides (in
     * the root only), {@code w} the words of a leaf with their guides, or {@code u} the guides of the prefix (not in
     * the root) and {@code k} the next letters.
     *
     * @param guides the words of each guide, in the order of the guides' numbers
     */
    static Map<String, String> parts(List<GuideWords> guides) {
        return parts(guides, LIMIT);
    }

    /** The parts, split where they would be larger than {@code limit} bytes. */
    static Map<String, String> parts(List<GuideWords> guides, int limit) {
        WordIndex index = new WordIndex(guides, limit);
        index.part("", 0, index.words.length, 0);
        return index.parts;
    }

    /** The name of the part for a prefix: letters a to z and digits as they are, others as {@code _hex_}. */
    static String name(String prefix) {
        if (prefix.isEmpty()) {
            return "words";
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
            parts.put(name(prefix), json.append("}}").toString());
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
        parts.put(name(prefix), json.append("\"k\":").append(GSON.toJson(next)).append('}').toString());
        for (Child child : children) {
            part(child.prefix(), child.lo(), child.hi(), depth + 1);
        }
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
}
