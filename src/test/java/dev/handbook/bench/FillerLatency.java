package dev.handbook.bench;

import dev.handbook.browser.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How quickly a filler's box answers a keystroke when it is nearly full, in headless Chromium: on every guide of a
 * built site, fills each box to 20 characters short of its limit, types 20 keys, and times each from the key's
 * event to the first frame after the filler rendered the message. Then the same for one box with its limit taken
 * away and 100,000 characters pasted in, which is what the limit prevents. Prints the median and the slowest.
 *
 * <p>{@code java dev.handbook.bench.FillerLatency SITE}
 */
public final class FillerLatency {
    private static final int KEYS = 20;
    private static final String CLOCK = "window.__keys = []; document.addEventListener('keydown', function (e) {"
            + " var t = e.timeStamp; requestAnimationFrame(function () { setTimeout(function () {"
            + " window.__keys.push(performance.now() - t); }, 0); }); }, true);";

    private FillerLatency() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path site = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createTempDirectory("filler-latency");
        ChromeDriver driver = Browser.start(work.resolve("profile"), work.resolve("downloads"));
        try {
            Map<String, List<Double>> byKind = new TreeMap<>();
            for (Path page : pagesWithFillers(site)) {
                driver.get(page.toUri().toString());
                js(driver, CLOCK);
                for (WebElement box : driver.findElements(By.cssSelector("[data-field][maxlength]"))) {
                    int limit = Integer.parseInt(box.getAttribute("maxlength"));
                    String kind = box.getTagName().equals("textarea") ? "multiline" : box.getAttribute("type");
                    byKind.computeIfAbsent(kind + " (" + limit + ")", k -> new ArrayList<>())
                            .addAll(type(driver, box, "x".repeat(limit - KEYS)));
                }
            }
            byKind.forEach((kind, times) -> report("box of kind " + kind + ", nearly full", times));

            driver.get(pagesWithFillers(site).get(0).toUri().toString());
            js(driver, CLOCK);
            WebElement box = driver.findElement(By.cssSelector("[data-field][maxlength]"));
            js(driver, "arguments[0].removeAttribute('maxlength');", box);
            report("box without its limit, 100,000 characters", type(driver, box, "x".repeat(100_000)));
        } finally {
            driver.quit();
        }
    }

    /** Pastes {@code start} into the box, then types {@link #KEYS} keys; the milliseconds of each key. */
    private static List<Double> type(ChromeDriver driver, WebElement box, String start) throws InterruptedException {
        js(driver, "arguments[0].value = ''; arguments[0].focus();", box);
        driver.executeCdpCommand("Input.insertText", Map.of("text", start));
        js(driver, "window.__keys = [];");
        for (int i = 0; i < KEYS; i++) {
            driver.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", "a", "text", "a"));
            driver.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "a"));
            for (int wait = 0; wait < 200 && ((Number) js(driver, "return window.__keys.length;")).intValue() <= i;
                    wait++) {
                Thread.sleep(5);
            }
        }
        List<Double> times = new ArrayList<>();
        for (Object time : (List<?>) js(driver, "return window.__keys;")) {
            times.add(((Number) time).doubleValue());
        }
        return times;
    }

    private static List<Path> pagesWithFillers(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> pages = new ArrayList<>();
            for (Path page : files.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                Element filler = Jsoup.parse(page.toFile()).selectFirst("section.filler");
                if (filler != null) {
                    pages.add(page);
                }
            }
            return pages;
        }
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "filler keystroke, %s: median %.0f ms, slowest %.0f ms (%d keys)%n", what,
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }
}
