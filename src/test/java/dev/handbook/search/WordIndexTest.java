package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.memo.Table;
import dev.handbook.output.Stored;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordIndexTest {

    /** Guide words from "word:place" pairs. */
    private static GuideWords guide(String... words) {
        GuideWords.Collector collector = new GuideWords.Collector();
        for (String word : words) {
            String[] parts = word.split(":");
            collector.add(parts[0], Byte.parseByte(parts[1]));
        }
        return collector.words();
    }

    /** The parts of the word index by name, each part's JSON, made without a memo. */
    private static Map<String, String> parts(List<GuideWords> guides, int limit) {
        return parts(WordIndex.parts(guides, limit, memo(), file -> true));
    }

    private static Map<String, String> parts(WordIndex.Parts parts) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(WordIndex.ROOT, json(new Stored.InMemory(parts.root())));
        if (parts.split()) {
            for (Map.Entry<WordIndex.GroupKey, WordIndex.GroupParts> group : parts.groups()) {
                for (int i = 0; i < group.getValue().names().size(); i++) {
                    all.put(group.getValue().names().get(i), json(group.getValue().files().get(i)));
                }
            }
        }
        return all;
    }

    private static String json(Stored file) {
        String script = new String(((Stored.InMemory) file).bytes(), StandardCharsets.UTF_8);
        assertTrue(script.startsWith("HANDBOOK_SEARCH_PART(") && script.endsWith(");\n"), script);
        return script.substring("HANDBOOK_SEARCH_PART(".length(), script.length() - 3);
    }

    private static Table<WordIndex.GroupKey, WordIndex.GroupParts> memo() {
        return new Table<>("search-words", WordIndex.GroupParts.class, false);
    }

    @Test
    void wordsAreFoldedAsTheSearchScriptFoldsWhatIsTyped() {
        assertEquals(List.of("cafe", "naive", "istanbul", "東京", "x²", "ølstad", "don", "t"),
                GuideWords.split("Café, NAÏVE—İstanbul 東京 x² Ølstad don’t"));
    }

    @Test
    void aRareWordListsItsGuidesAsDifferencesOfNumbersWithTheirPlaces() {
        List<GuideWords> guides = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            guides.add(g == 3 ? guide("rare:2", "common:0") : g == 30 ? guide("rare:3", "common:3")
                    : guide("common:3"));
        }
        String root = parts(guides, WordIndex.LIMIT).get("words");
        // guide 3 in its summary: 3 * 4 + 2; guide 30 in its text: (30 - 3) * 4 + 3
        assertTrue(root.contains("\"rare\":[14,111]"), root);
        // in every guide: a letter for two guides is shorter, 1 + place for each: 'A' + 5 * 4 + 4 = 'Y' for two
        // guides with it in their text, 'A' + 5 * 4 + 1 = 'V' for guides 2 and 3 (in its title)
        assertTrue(root.contains("\"common\":\"YVYYYYYYYYYYYYYYYYYY\""), root);
    }

    @Test
    void aPartOverTheLimitListsItsNextLettersAndHoldsTheGuidesOfItsPrefix() {
        List<GuideWords> guides = List.of(guide("in:3", "inner:3", "intern:1", "zebra:0"), guide("into:0", "ink:3"));
        Map<String, String> parts = parts(guides, 40);
        assertEquals(Set.of("words", "w-i", "w-in", "w-ink", "w-inn", "w-int", "w-z"), parts.keySet());
        assertEquals("{\"n\":2,\"k\":[\"i\",\"z\"]}", parts.get("words"));
        // the guides of every word that starts with "i" (guide 0 best in a heading, 1 in its title): 'A' + 5 * 2 + 1
        assertEquals("{\"u\":\"L\",\"k\":[\"n\"]}", parts.get("w-i"));
        // "in" itself is in the union, and in no part below
        assertEquals("{\"u\":\"L\",\"k\":[\"k\",\"n\",\"t\"]}", parts.get("w-in"));
        assertEquals("{\"w\":{\"inner\":[3]}}", parts.get("w-inn"));
        assertEquals("{\"w\":{\"intern\":[1],\"into\":[4]}}", parts.get("w-int"));
        assertEquals("{\"w\":{\"zebra\":[0]}}", parts.get("w-z"));
        assertEquals("w-_f8_l", WordIndex.name("øl"));
        assertEquals("{\"n\":2,\"w\":{\"in\":[3],\"ink\":[7],\"inner\":[3],\"intern\":[1],\"into\":[4],"
                + "\"zebra\":[0]}}", parts(guides, 200).get("words"), "all words fit in the root");
        assertEquals(1, parts(guides, 200).size());
    }

    @Test
    void aGroupIsMadeAgainOnlyWhenAGuidesWordsInItChangedAndGivesWhatABuildFromNothingGives() {
        List<GuideWords> before = new ArrayList<>();
        for (int g = 0; g < 30; g++) {
            before.add(guide("apple" + g + ":3", "banana:" + g % 4, "cherry:3", "zebra" + g % 3 + ":1"));
        }
        Table<WordIndex.GroupKey, WordIndex.GroupParts> memo = memo();
        WordIndex.Parts first = WordIndex.parts(before, 100, memo, file -> true);
        assertTrue(first.split());
        List<GuideWords> after = new ArrayList<>(before);
        after.set(7, guide("apple7:3", "banana:3", "cherry:3", "zebra1:1", "zulu:2"));
        WordIndex.Parts second = WordIndex.parts(after, 100, memo, file -> true);
        int changed = GuideWords.group("zulu");
        for (int group = 0; group < GuideWords.GROUPS; group++) {
            boolean same = first.groups().get(group).getValue() == second.groups().get(group).getValue();
            assertEquals(group != changed, same, "group " + group);
        }
        assertEquals(parts(after, 100), parts(second));
        assertTrue(parts(second).get("w-z").contains("\"zulu\":[30]"), parts(second).get("w-z"));
        WordIndex.Parts stale = WordIndex.parts(after, 100, memo, file -> false);
        int apples = GuideWords.group("apple");
        assertTrue(second.groups().get(apples).getValue() != stale.groups().get(apples).getValue(),
                "a group whose files are not as written is made again");
    }
}
