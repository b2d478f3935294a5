package dev.handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        String root = WordIndex.parts(guides).get("words");
        // guide 3 in its summary: 3 * 4 + 2; guide 30 in its text: (30 - 3) * 4 + 3
        assertTrue(root.contains("\"rare\":[14,111]"), root);
        // in every guide: a letter for two guides is shorter, 1 + place for each: 'A' + 5 * 4 + 4 = 'Y' for two
        // guides with it in their text, 'A' + 5 * 4 + 1 = 'V' for guides 2 and 3 (in its title)
        assertTrue(root.contains("\"common\":\"YVYYYYYYYYYYYYYYYYYY\""), root);
    }

    @Test
    void aPartOverTheLimitListsItsNextLettersAndHoldsTheGuidesOfItsPrefix() {
        List<GuideWords> guides = List.of(guide("in:3", "inner:3", "intern:1", "zebra:0"), guide("into:0", "ink:3"));
        Map<String, String> parts = WordIndex.parts(guides, 40);
        assertEquals(List.of("words", "w-i", "w-in", "w-ink", "w-inn", "w-int", "w-z"), List.copyOf(parts.keySet()),
                "made depth first, each part's children in order");
        assertEquals("{\"n\":2,\"k\":[\"i\",\"z\"]}", parts.get("words"));
        // the guides of every word that starts with "i" (guide 0 best in a heading, 1 in its title): 'A' + 5 * 2 + 1
        assertEquals("{\"u\":\"L\",\"k\":[\"n\"]}", parts.get("w-i"));
        // "in" itself is in the union, and in no part below
        assertEquals("{\"u\":\"L\",\"k\":[\"k\",\"n\",\"t\"]}", parts.get("w-in"));
        assertEquals("{\"w\":{\"inner\":[3]}}", parts.get("w-inn"));
        assertEquals("{\"w\":{\"intern\":[1],\"into\":[4]}}", parts.get("w-int"));
        assertEquals("{\"w\":{\"zebra\":[0]}}", parts.get("w-z"));
        assertEquals("w-_f8_l", WordIndex.name("øl"));
    }
}
