package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Search in a handbook large enough that its word index is split over several levels of parts, over file:// and
 * HTTP: a query loads only the parts its words need, and finds what the whole index would.
 *
 * <p>The handbook: 300 guides titled "Guide" and a made-up word, each with twenty made-up words of its own; the even
 * guides' words start with "in" (3,000 words, so "in" has parts below it), the others' start with consonants.
 * Guide 7 has "Ølstad", 8 "Ñandú", 9 "東京"; guide 20 has "zephyr" in its title, guide 21 in its text.
 */
class SearchBrowserTest extends OnBuiltSite {
    private static final int GUIDES = 300;
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwz";

    @Override
    String subPath() {
        return "/search/";
    }

    @Override
    BuiltSite.Content content() {
        return work -> {
            Path content = work.resolve("content");
            Files.createDirectories(content.resolve("guides"));
            Files.writeString(content.resolve("handbook.yml"), "title: Many guides\ndescription: Generated.\n"
                    + "language: en\n");
            for (int i = 0; i < GUIDES; i++) {
                Files.writeString(content.resolve("guides/guide-" + i + ".md"), guide(i), StandardCharsets.UTF_8);
            }
            return content;
        };
    }

    /** A made-up word of consonants, the same for the same number. */
    private static String word(int k) {
        StringBuilder word = new StringBuilder();
        long n = (k * 7919L + 12345L) % 2_476_099L; // 19^5
        for (int i = 0; i < 5; i++) {
            word.append(CONSONANTS.charAt((int) (n % 19)));
            n /= 19;
        }
        return word.toString();
    }

    private static String ownWord(int guide, int j) {
        return (guide % 2 == 0 ? "in" : "") + word(guide * 20 + j);
    }

    private static String title(int i) {
        return i == 20 ? "Guide Zephyr" : "Guide " + word(100_000 + i);
    }

    private static String guide(int i) {
        List<String> words = new ArrayList<>();
        for (int j = 0; j < 20; j++) {
            words.add(ownWord(i, j));
        }
        words.add(switch (i) {
            case 7 -> "Ølstad";
            case 8 -> "Ñandú";
            case 9 -> "東京";
            case 21 -> "zephyr";
            default -> "";
        });
        return "---\ntitle: " + title(i) + "\nsummary: A generated guide, number " + i + ".\nupdated: 2026-01-01\n"
                + "category: Words\n---\n\n" + String.join(" ", words).strip() + ".\n";
    }

    private List<String> titles(String query) throws InterruptedException {
        return search(query).stream().map(WebElement::getText).toList();
    }

    /** The index's files the page has loaded so far, e.g. {@code words}, {@code w-in}, {@code g-12}. */
    @SuppressWarnings("unchecked")
    private List<String> loaded() {
        return (List<String>) driver.executeScript("return Array.prototype.map.call("
                + "document.querySelectorAll('script[data-part]'), function (s) { return s.dataset.part; });");
    }

    private long size(List<String> parts) throws IOException {
        long bytes = 0;
        for (String part : parts) {
            bytes += Files.size(built.site.resolve("assets/search/" + part + ".js"));
        }
        return bytes;
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aWordDeepInTheIndexLoadsOnlyThePartsOnItsWay(String base) throws Exception {
        driver.get(base + "index.html");
        String wanted = ownWord(124, 3);
        assertEquals(List.of(title(124)), titles(wanted.toUpperCase(Locale.ROOT)));
        List<String> parts = loaded();
        assertTrue(parts.containsAll(List.of("words", "w-i", "w-in", "w-" + wanted.substring(0, 3))), parts.toString());
        assertEquals(5, parts.size(), "four parts of the word index and the guide found: " + parts);
        long all;
        try (Stream<Path> files = Files.list(built.site.resolve("assets/search"))) {
            all = files.mapToLong(file -> file.toFile().length()).sum();
        }
        assertTrue(size(parts) * 4 < all, size(parts) + " of " + all + " bytes");
    }

    @ParameterizedTest
    @MethodSource("bases")
    void typingAWordLoadsTheGuidesOfTheWordNotThoseOfEachOfItsBeginnings(String base) throws Exception {
        driver.get(base + "index.html");
        titles(ownWord(124, 3));
        // the parts on the way to the next word are loaded now, so each key finds its guides at once; a reader
        // types a key every 50 ms
        WebElement box = driver.findElement(By.id("search-box"));
        box.clear();
        for (char key : ownWord(126, 3).toCharArray()) {
            box.sendKeys(String.valueOf(key));
            Thread.sleep(50);
        }
        Browser.waitFor("the guide found", () -> driver.findElements(By.cssSelector(
                "#search-results:not([aria-busy]) a")).size() == 1);
        assertEquals(title(126), driver.findElement(By.cssSelector("#search-results a")).getText());
        List<String> guides = loaded().stream().filter(part -> part.startsWith("g-")).toList();
        assertEquals(2, guides.size(), "the files of the two guides found, and of no guide found on the way: "
                + loaded());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aPrefixFindsEveryGuideWithAWordThatStartsSoAndSaysHowManyThereAre(String base) throws Exception {
        driver.get(base + "index.html");
        assertEquals(8, titles("in").size());
        assertEquals("150 guides found, the best 8 shown", driver.findElement(By.cssSelector(".search-count")).getText());
        assertTrue(titles(ownWord(124, 3).substring(0, 5)).contains(title(124)), "a prefix of a word, in a leaf");
        assertEquals(List.of(title(124)), titles(ownWord(124, 3) + " number"));
        assertEquals(List.of(), titles(ownWord(124, 3) + " " + ownWord(125, 3)), "every word must match");
    }

    @ParameterizedTest
    @MethodSource("bases")
    void lettersBeyondAsciiAreFoundWithoutTheirAccents(String base) throws Exception {
        driver.get(base + "index.html");
        assertEquals(List.of(title(7)), titles("ølst"));
        assertEquals(List.of(title(8)), titles("NANDU"));
        assertEquals(List.of(title(9)), titles("東京"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aTitleRanksFirstAndEqualMatchesComeByTitle(String base) throws Exception {
        driver.get(base + "index.html");
        assertEquals(List.of(title(20), title(21)), titles("zephyr"));
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < GUIDES; i++) {
            titles.add(title(i));
        }
        titles.sort(null);
        assertEquals(titles.subList(0, 8), titles("guide"));
        assertEquals("300 guides found, the best 8 shown", driver.findElement(By.cssSelector(".search-count")).getText());
    }
}
