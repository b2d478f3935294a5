package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import dev.handbook.pipeline.TestSites;
import dev.handbook.message.Field;
import dev.handbook.message.Message;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.TemplateCatalog;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The filler in a real browser, on the built handbook, over file:// and over HTTP under a sub-path. Every
 * rendering is compared, character for character, with the Java reference renderer.
 */
class FillerBrowserTest extends OnBuiltSite {
    private static final String GUIDE = "declining-a-job-interview/index.html";

    private Path work;
    private Path downloads;
    private MessageTemplate full;
    private MessageTemplate brief;

    /**
     * One shared vector: field values by id and option index by choice id; with {@code overLimit}, every field
     * gets more characters than its box keeps, each one that a mailto link encodes as six.
     */
    record Vector(String name, Map<String, String> values, Map<String, Integer> choices, boolean overLimit) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    String subPath() {
        return "/handbook/";
    }

    @BeforeAll
    void loadTemplates() {
        TemplateCatalog catalog = TestSites.templates(TestSites.CONTENT);
        full = catalog.find("decline-interview").orElseThrow();
        brief = catalog.find("decline-interview-short").orElseThrow();
        work = built.work;
        downloads = built.downloads;
    }

    /** The vectors, each key of which names a part of {@link Vector}: a key that binds to nothing fails. */
    static List<Vector> vectors() throws IOException {
        String json = Files.readString(TestSites.resource("filler/vectors.json"), StandardCharsets.UTF_8);
        Set<String> parts = Arrays.stream(Vector.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        for (JsonElement vector : JsonParser.parseString(json).getAsJsonArray()) {
            Set<String> keys = vector.getAsJsonObject().keySet();
            assertTrue(parts.containsAll(keys), "vectors.json: " + keys + " has a key that is none of " + parts);
        }
        return new Gson().fromJson(json, new TypeToken<List<Vector>>() { }.getType());
    }

    Stream<Arguments> vectorsOnBothBases() throws IOException {
        List<Vector> vectors = vectors();
        List<Arguments> out = new ArrayList<>();
        for (String base : bases().toList()) {
            for (Vector vector : vectors) {
                out.add(Arguments.of(base.startsWith("file:") ? "file" : "http", base, vector));
            }
        }
        return out.stream();
    }

    private void open(String base) {
        driver.get(base + GUIDE);
        js("localStorage.clear();");
        driver.navigate().refresh();
        js("window.__pwned = undefined; window.__copied = null;"
                + " navigator.clipboard.writeText = function (t) { window.__copied = t; return Promise.resolve(); };");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebElement section(MessageTemplate template) {
        return driver.findElement(By.id("tpl-" + template.name()));
    }

    /** Sets a value as typing would, firing the input event; returns what the control then holds. */
    private String setValue(WebElement control, String value) {
        return (String) js("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true})); return arguments[0].value;",
                control, value);
    }

    private Map<String, String> fill(MessageTemplate template, Map<String, String> values) {
        Map<String, String> held = new LinkedHashMap<>();
        for (Field field : template.fields()) {
            WebElement control = section(template).findElement(By.cssSelector("[data-field='" + field.id() + "']"));
            held.put(field.id(), setValue(control, values.getOrDefault(field.id(), "")));
        }
        return held;
    }

    private void choose(MessageTemplate template, Map<String, Integer> choices) {
        for (var entry : choices.entrySet()) {
            var choice = template.choice(entry.getKey());
            if (choice.toggle()) {
                WebElement box = section(template).findElement(By.cssSelector("[data-choice='" + choice.id() + "']"));
                if (box.isSelected() != (entry.getValue() == 1)) {
                    box.click();
                }
            } else {
                section(template).findElement(By.id("tpl-" + template.name() + "-c-" + choice.id() + "-"
                        + entry.getValue())).click();
            }
        }
    }

    private String subject(MessageTemplate template) {
        return (String) js("return arguments[0].textContent;",
                section(template).findElement(By.cssSelector("[data-role=subject]")));
    }

    private String body(MessageTemplate template) {
        return (String) js("return arguments[0].textContent;",
                section(template).findElement(By.cssSelector("[data-role=body]")));
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Browser.waitFor(what, condition);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("vectorsOnBothBases")
    void previewCopyMailtoAndDownloadEqualTheJavaRendering(String kind, String base, Vector vector) throws Exception {
        open(base);
        Map<String, String> values = new LinkedHashMap<>(vector.values());
        if (vector.overLimit()) {
            full.fields().forEach(field -> values.put(field.id(), "é".repeat(field.kind().maxLength() + 50)));
        }
        Map<String, String> held = fill(full, values);
        for (Field field : full.fields()) {
            int limit = field.kind().maxLength();
            int length = held.get(field.id()).length();
            assertTrue(vector.overLimit() ? length == limit : length <= limit, "a box keeps at most its limit, "
                    + limit + " characters, and keeps that many when given more: " + field.name() + " has " + length);
        }
        choose(full, vector.choices());
        Message expected = full.render(held, vector.choices());

        assertEquals(expected.subject(), subject(full));
        assertEquals(expected.body(), body(full));
        for (Field field : full.fields()) {
            boolean empty = held.get(field.id()).isBlank();
            boolean marked = section(full).findElements(By.cssSelector("[data-role=body] mark.ph")).stream()
                    .anyMatch(mark -> mark.getText().equals("[" + field.name() + "]"));
            assertEquals(empty, marked, "an unfilled placeholder stays marked: " + field.name());
        }

        section(full).findElement(By.cssSelector("[data-action=copy]")).click();
        waitFor("the copy", () -> js("return window.__copied;") != null);
        assertEquals(expected.asPlainText(), js("return window.__copied;"));
        waitFor("the status", () -> !section(full).findElement(By.className("filler-status")).getText().isEmpty());
        assertEquals("Copied. Paste the message into your email.",
                section(full).findElement(By.className("filler-status")).getText());

        WebElement mail = section(full).findElement(By.cssSelector("[data-action=mail]"));
        String href = mail.getAttribute("href");
        if (vector.overLimit()) {
            assertNull(href, "a mailto link that is too long is withdrawn");
            assertEquals("true", mail.getAttribute("aria-disabled"));
        } else {
            assertTrue(href.startsWith("mailto:?subject="), href);
            assertTrue(href.length() <= 2000, "the link stays under the safe length");
            assertFalse(href.matches(".*[\\s<>\"#&&[^&]].*"), "nothing unencoded: " + href);
            String query = href.substring("mailto:?".length());
            String subject = query.substring("subject=".length(), query.indexOf("&body="));
            String bodyPart = query.substring(query.indexOf("&body=") + 6);
            assertEquals(expected.subject(), URLDecoder.decode(subject, StandardCharsets.UTF_8));
            assertEquals(expected.body().replace("\n", "\r\n"), URLDecoder.decode(bodyPart, StandardCharsets.UTF_8));
            assertFalse(bodyPart.contains("+"), "spaces are %20, so no decoder can misread them");
        }

        Path file = downloads.resolve(full.name() + ".txt");
        Files.deleteIfExists(file);
        act(full, "download");
        waitFor("the download", () -> Files.exists(file) && fileSize(file) > 0);
        Thread.sleep(100);
        assertEquals(expected.asPlainText(), Files.readString(file, StandardCharsets.UTF_8));

        assertNull(js("return window.__pwned;"), "no script ran from typed text");
        assertEquals(0L, js("return document.querySelectorAll('.filler-message img, .filler-message script,"
                + " .filler-message b, .filler-message i').length;"));
        assertNoAlert();
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void assertNoAlert() {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a dialog opened");
        } catch (NoAlertPresentException expected) {
            // good
        }
    }

    /** Clicks an action as a reader does: those under "More" after opening it. */
    private void act(MessageTemplate template, String action) {
        WebElement button = section(template).findElement(By.cssSelector("[data-action=" + action + "]"));
        if (!button.isDisplayed()) {
            section(template).findElement(By.cssSelector(".filler-more summary")).click();
        }
        button.click();
    }

    private String status(MessageTemplate template) {
        return section(template).findElement(By.className("filler-status")).getText();
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aPasteLongerThanABoxKeepsWhatFitsAndSaysSo(String base) throws Exception {
        open(base);
        Field name = full.fields().get(0);
        int limit = name.kind().maxLength();
        WebElement box = section(full).findElement(By.cssSelector("[data-field='" + name.id() + "']"));
        WebElement count = section(full).findElement(By.id(box.getAttribute("id") + "-count"));
        assertTrue(box.getAttribute("aria-describedby").endsWith(count.getAttribute("id")), "read with the box");
        assertEquals("Up to " + limit + " characters.", count.getAttribute("textContent"));
        assertEquals(1L, js("return Math.round(arguments[0].getBoundingClientRect().width);", count),
                "the count line is out of sight while there is room");

        box.click();
        driver.executeCdpCommand("Input.insertText", Map.of("text", "x".repeat(100_000)));
        assertEquals(limit, box.getAttribute("value").length(), "the box keeps only what fits");
        String told = "Only the first " + limit + " characters fit in \"" + name.label() + "\"; the rest was left out.";
        waitFor("the reader to be told", () -> status(full).equals(told));
        assertEquals("This box is full: it keeps up to " + limit + " characters.", count.getText());
        assertEquals(full.render(Map.of(name.id(), "x".repeat(limit)), Map.of()).body(), body(full));

        box.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
        assertEquals("3 characters left, of " + limit + ".", count.getText());
        box.sendKeys(Keys.END, "yz");
        assertEquals("x".repeat(limit - 3) + "yz", box.getAttribute("value"));
        assertEquals("1 character left, of " + limit + ".", count.getText());

        // a paste from the clipboard is cut and told the same way
        box.clear();
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        Object written = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[1];"
                + " Clipboard.prototype.writeText.call(navigator.clipboard, arguments[0])"
                + ".then(function () { done('written'); }, function (e) { done(String(e)); });", "y".repeat(5_000));
        assertEquals("written", written);
        js("document.querySelector('.filler-status').textContent = '';");
        box.click();
        box.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        assertEquals("y".repeat(limit), box.getAttribute("value"));
        waitFor("the reader to be told", () -> status(full).equals(told));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void detailsKeptBeforeTheLimitsAreCutToFitWhenTheyComeBack(String base) {
        open(base);
        Field name = full.fields().stream().filter(f -> f.id().equals("your-name")).findFirst().orElseThrow();
        int limit = name.kind().maxLength();
        js("localStorage.setItem('handbook-filler-details', JSON.stringify(arguments[0]));",
                Map.of(name.id(), "😀".repeat(limit)));
        driver.navigate().refresh();
        String held = section(full).findElement(By.cssSelector("[data-field='" + name.id() + "']"))
                .getAttribute("value");
        assertEquals("😀".repeat(limit / 2), held, "cut to the limit between characters, not inside one");
        assertEquals(full.render(Map.of(name.id(), held), Map.of()).body(), body(full));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aReaderTypesFiveFieldsPicksAReasonAndCopiesTheExactMessage(String base) throws Exception {
        open(base);
        Map<String, String> typed = Map.of("interviewers-name", "Alex Morgan", "job-title", "Data Analyst",
                "company-name", "Northwind Ltd", "your-name", "Sam Lee",
                "your-linkedin-profile-or-contact-information", "linkedin.com/in/sam-lee");
        for (Field field : full.fields()) {
            section(full).findElement(By.cssSelector("[data-field='" + field.id() + "']")).sendKeys(typed.get(field.id()));
        }
        driver.findElement(By.cssSelector("label[for=tpl-decline-interview-c-reason-1]")).click();
        section(full).findElement(By.cssSelector("[data-action=copy]")).click();
        waitFor("the copy", () -> js("return window.__copied;") != null);

        assertEquals("""
                Subject: Thank you for the opportunity

                Dear Alex Morgan,

                I hope you are well.

                Thank you for inviting me to interview for the Data Analyst role at Northwind Ltd. After careful\
                 thought, I have decided not to go ahead with the interview.

                I have decided to accept another opportunity that is a closer match for my career goals.

                This was not an easy decision. I have great respect for Northwind Ltd and the work your team does.

                Thank you again for your time and for considering me.

                I would be glad to hear from you about future roles that suit my background.

                Best regards,
                Sam Lee
                linkedin.com/in/sam-lee""", js("return window.__copied;"));
        assertEquals(full.render(typed, Map.of("reason", 1)).asPlainText(), js("return window.__copied;"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void theKeyboardAloneFillsAndCopiesWithVisibleFocus(String base) throws Exception {
        open(base);
        WebElement first = section(full).findElement(By.cssSelector("[data-field=interviewers-name]"));
        js("arguments[0].focus();", first);
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        keys.sendKeys("Alex").perform();
        WebElement copy = section(full).findElement(By.cssSelector("[data-action=copy]"));
        for (int presses = 0; presses < 30 && !copy.equals(driver.switchTo().activeElement()); presses++) {
            WebElement focused = driver.switchTo().activeElement();
            assertTrue(!"none".equals(js("return getComputedStyle(arguments[0]).outlineStyle;", focused)),
                    "focus is visible on " + focused.getAttribute("id"));
            if ("radio".equals(focused.getAttribute("type"))) {
                keys.sendKeys(org.openqa.selenium.Keys.ARROW_UP).perform();
            } else if ("checkbox".equals(focused.getAttribute("type"))
                    && "keep-in-touch".equals(focused.getAttribute("data-choice"))) {
                keys.sendKeys(org.openqa.selenium.Keys.SPACE).perform();
            }
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertEquals(copy, driver.switchTo().activeElement(), "Tab reaches the Copy button");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        waitFor("the copy", () -> js("return window.__copied;") != null);
        assertEquals(full.render(Map.of("interviewers-name", "Alex"), Map.of("reason", 1, "keep-in-touch", 0))
                .asPlainText(), js("return window.__copied;"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void valuesTypedOnceFillEveryTemplateOnThePage(String base) {
        open(base);
        section(full).findElement(By.cssSelector("[data-field=your-name]")).sendKeys("Kim Park");
        assertEquals("Kim Park", section(brief).findElement(By.cssSelector("[data-field=your-name]"))
                .getAttribute("value"));
        assertTrue(body(brief).contains("Kim Park"), body(brief));
        assertEquals(brief.render(Map.of("your-name", "Kim Park"), Map.of()).body(), body(brief));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void remembersOnlyWhenAskedAndForgetsOnRequest(String base) {
        open(base);
        section(full).findElement(By.cssSelector("[data-field=your-name]")).sendKeys("Not kept");
        driver.navigate().refresh();
        assertEquals("", section(full).findElement(By.cssSelector("[data-field=your-name]")).getAttribute("value"),
                "nothing is kept unless the reader asks");
        assertNull(js("return localStorage.getItem('handbook-filler-details');"));

        section(full).findElement(By.cssSelector("label[for=tpl-decline-interview-remember]")).click();
        section(full).findElement(By.cssSelector("[data-field=your-name]")).sendKeys("Kept Name");
        driver.navigate().refresh();
        assertEquals("Kept Name", section(full).findElement(By.cssSelector("[data-field=your-name]"))
                .getAttribute("value"));
        assertTrue(section(brief).findElement(By.cssSelector("[data-remember]")).isSelected());
        assertTrue(body(full).contains("Kept Name"));

        section(brief).findElement(By.cssSelector("[data-action=forget]")).click();
        assertNull(js("return localStorage.getItem('handbook-filler-details');"));
        assertEquals("", section(full).findElement(By.cssSelector("[data-field=your-name]")).getAttribute("value"));
        driver.navigate().refresh();
        assertEquals("", section(full).findElement(By.cssSelector("[data-field=your-name]")).getAttribute("value"));
        assertFalse(section(full).findElement(By.cssSelector("[data-remember]")).isSelected());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void onlyTheReadersOwnDetailsAreOfferedByTheBrowserAndKept(String base) {
        open(base);
        Map<String, String> autocomplete = new LinkedHashMap<>();
        for (Field field : full.fields()) {
            autocomplete.put(field.id(), section(full).findElement(By.cssSelector("[data-field='" + field.id() + "']"))
                    .getAttribute("autocomplete"));
        }
        assertEquals(Map.of("interviewers-name", "off", "job-title", "off", "company-name", "off", "your-name", "name",
                "your-linkedin-profile-or-contact-information", "url"), autocomplete);

        section(full).findElement(By.cssSelector("label[for=tpl-decline-interview-remember]")).click();
        fill(full, Map.of("interviewers-name", "Alex Morgan", "job-title", "Analyst", "company-name", "Acme",
                "your-name", "Sam Lee", "your-linkedin-profile-or-contact-information", "linkedin.com/in/sam"));
        Map<String, String> stored = new Gson().fromJson((String) js("return localStorage.getItem("
                + "'handbook-filler-details');"), new TypeToken<Map<String, String>>() { }.getType());
        assertEquals(Map.of("your-name", "Sam Lee", "your-linkedin-profile-or-contact-information",
                "linkedin.com/in/sam"), stored, "the reader's own details, and nothing about the employer");

        js("localStorage.setItem('handbook-filler-details', JSON.stringify({'interviewers-name': 'Kept before',"
                + " 'your-name': 'Sam Lee'}));");
        driver.navigate().refresh();
        assertEquals("Sam Lee", section(full).findElement(By.cssSelector("[data-field=your-name]")).getAttribute("value"));
        assertEquals("", section(full).findElement(By.cssSelector("[data-field=interviewers-name]"))
                .getAttribute("value"), "someone else's detail kept by an earlier version is not brought back");
    }

    @ParameterizedTest
    @MethodSource("bases")
    void clearFieldsResetsValuesAndChoices(String base) {
        open(base);
        fill(full, Map.of("your-name", "Sam"));
        choose(full, Map.of("reason", 0, "keep-in-touch", 0));
        act(full, "reset");
        assertEquals(full.fallback().body(), body(full));
        assertEquals("", section(full).findElement(By.cssSelector("[data-field=your-name]")).getAttribute("value"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void withoutClipboardAccessTheMessageIsSelectedForCopying(String base) throws Exception {
        open(base);
        js("Object.defineProperty(navigator, 'clipboard', {value: undefined, configurable: true});");
        fill(full, Map.of("your-name", "Sam"));
        section(full).findElement(By.cssSelector("[data-action=copy]")).click();
        WebElement area = section(full).findElement(By.className("filler-copy-area"));
        assertEquals(full.render(Map.of("your-name", "Sam"), Map.of()).asPlainText(), area.getAttribute("value"));
        assertEquals(area.getAttribute("value"), js("return window.getSelection().toString() ||"
                + " document.activeElement.value.substring(document.activeElement.selectionStart,"
                + " document.activeElement.selectionEnd);"));
        waitFor("the status", () -> !section(full).findElement(By.className("filler-status")).getText().isEmpty());
        String status = section(full).findElement(By.className("filler-status")).getText();
        assertTrue(status.startsWith("Copied.") || status.contains("Ctrl+C"), status);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void printingShowsOnlyTheFinishedMessage(String base) {
        open(base);
        fill(full, Map.of("your-name", "Sam"));
        js("window.print = function () {};");
        act(full, "print");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("visible", js("return getComputedStyle(arguments[0]).visibility;",
                    section(full).findElement(By.cssSelector("[data-role=body]"))));
            assertEquals("hidden", js("return getComputedStyle(document.querySelector('h1')).visibility;"));
            assertEquals("hidden", js("return getComputedStyle(arguments[0]).visibility;",
                    section(brief).findElement(By.cssSelector("[data-role=body]"))));
            assertEquals("none", js("return getComputedStyle(arguments[0]).display;",
                    section(full).findElement(By.className("filler-form"))));
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @ParameterizedTest
    @MethodSource("bases")
    void thePageCannotSendAnythingToAnotherHost(String base) {
        open(base);
        fill(full, Map.of("your-name", "Sam", "company-name", "Acme"));
        section(full).findElement(By.cssSelector("[data-action=copy]")).click();
        Object outcome = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[0];"
                + " fetch('http://127.0.0.1:9/collect?name=Sam').then(function () { done('sent'); },"
                + " function () { done('refused'); });");
        assertEquals("refused", outcome, "the page's Content-Security-Policy forbids requests");
        if (base.startsWith("http")) {
            @SuppressWarnings("unchecked")
            List<String> resources = (List<String>) js("return performance.getEntriesByType('resource')"
                    + ".map(function (e) { return e.name; });");
            assertFalse(resources.isEmpty(), "the stylesheet and script were loaded");
            for (String resource : resources) {
                assertTrue(resource.startsWith(base), "requested " + resource);
            }
        }
    }

    @Test
    void withScriptsOffTheTemplateReadsAsPlainTextWithItsPlaceholders() throws IOException {
        ChromeDriver noScript = Browser.startWithoutJavaScript(work.resolve("profile-nojs"), downloads);
        try {
            noScript.get(built.site.toUri() + GUIDE);
            WebElement section = noScript.findElement(By.id("tpl-decline-interview"));
            assertFalse(section.findElement(By.className("filler-form")).isDisplayed());
            assertFalse(section.findElement(By.className("filler-actions")).isDisplayed());
            WebElement bodyElement = section.findElement(By.cssSelector("[data-role=body]"));
            assertTrue(bodyElement.isDisplayed());
            assertEquals(full.fallback().body(), bodyElement.getText());
            assertEquals(5, section.findElements(By.cssSelector("[data-role=body] mark.ph")).stream()
                    .map(WebElement::getText).distinct().count());
        } finally {
            noScript.quit();
        }
    }
}
