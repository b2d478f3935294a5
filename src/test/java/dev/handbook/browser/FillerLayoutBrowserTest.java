package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Where the filler sits for a reader, on a 390 px phone and a wide screen, in the light and the dark scheme:
 * positions and visibility are measured in the browser, not judged from screenshots.
 */
class FillerLayoutBrowserTest extends OnBuiltSite {
    private static final String GUIDE = "declining-a-job-interview/index.html";
    private static final String FILLER = "#tpl-decline-interview";

    @Override
    String subPath() {
        return "/handbook/";
    }

    Stream<Arguments> screens() {
        List<Arguments> out = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            out.add(Arguments.of("phone", 390, 844, scheme));
            out.add(Arguments.of("desktop", 1280, 900, scheme));
        }
        return out.stream();
    }

    private void open(int width, int height, String scheme) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        driver.get(built.server.url() + GUIDE);
        js("localStorage.clear();");
    }

    @AfterEach
    void back() {
        if (driver != null) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** top, left, bottom, right of an element in the viewport, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private List<Number> box(String selector) {
        return (List<Number>) js("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return [r.top, r.left, r.bottom, r.right];", selector);
    }

    private double viewportHeight() {
        return ((Number) js("return window.innerHeight;")).doubleValue();
    }

    @ParameterizedTest(name = "{0}, {3}")
    @MethodSource("screens")
    void theGuideSaysAtItsTopThatItHasAMessageAndTheLinkJumpsToIt(String screen, int width, int height,
                                                                 String scheme) {
        open(width, height, scheme);
        WebElement jump = driver.findElement(By.cssSelector(".guide-messages a[href='" + FILLER + "']"));
        assertTrue(box(".guide-messages").get(2).doubleValue() <= viewportHeight(), "in the first screen");
        jump.click();
        double top = box(FILLER).get(0).doubleValue();
        assertTrue(top >= -2 && top < viewportHeight() / 3, "the message's filler is at the top now: " + top);
    }

    @ParameterizedTest(name = "{0}, {3}")
    @MethodSource("screens")
    void oneActionIsPrimaryTheOthersFitInTwoRowsAndRememberingStandsApart(String screen, int width, int height,
                                                                         String scheme) {
        open(width, height, scheme);
        js("document.querySelector(arguments[0]).scrollIntoView();", FILLER + " .filler-actions");
        @SuppressWarnings("unchecked")
        List<Number> rows = (List<Number>) js("return Array.prototype.map.call(document.querySelectorAll("
                + "arguments[0] + ' .filler-actions > button, ' + arguments[0] + ' .filler-actions > a, '"
                + " + arguments[0] + ' .filler-actions > details > summary'), function (e) {"
                + " return Math.round(e.getBoundingClientRect().top); });", FILLER);
        assertEquals(3, rows.size(), "copy, email, and more");
        assertTrue(rows.stream().distinct().count() <= 2, "at most two rows: " + rows);
        assertEquals(List.of("Copy message"), driver.findElements(By.cssSelector(FILLER + " .filler-actions .primary"))
                .stream().map(WebElement::getText).toList());
        String copy = (String) js("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor;",
                FILLER + " [data-action=copy]");
        String email = (String) js("return getComputedStyle(document.querySelector(arguments[0])).backgroundColor;",
                FILLER + " [data-action=mail]");
        assertNotEquals(copy, email, "the primary action looks unlike the others");
        assertEquals(Boolean.TRUE, js("var box = document.querySelector(arguments[0] + ' [data-remember]');"
                + " return box.closest('form') === null && box.closest('.filler-keep') !== null;", FILLER),
                "remembering is set apart from the message's own choices");
        String text = (String) js("return getComputedStyle(document.querySelector(arguments[0])).color;",
                FILLER + " .filler-body");
        String background = (String) js("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".backgroundColor;", FILLER + " .filler-message");
        assertNotEquals(text, background, scheme);
    }

    @ParameterizedTest(name = "{0}, {3}")
    @MethodSource("screens")
    void whileTheReaderTypesTheMessageIsInViewOrOneTapAway(String screen, int width, int height, String scheme)
            throws InterruptedException {
        open(width, height, scheme);
        // on a wide screen the last box, far below the message's start; on a phone the first, far above the message
        WebElement box = driver.findElement(By.cssSelector(FILLER + (screen.equals("desktop")
                ? " [data-field=your-linkedin-profile-or-contact-information]" : " [data-field=interviewers-name]")));
        js("arguments[0].scrollIntoView({block: arguments[1]}); arguments[0].focus();", box,
                screen.equals("desktop") ? "center" : "start");
        box.sendKeys("linkedin.com/in/sam");
        if (screen.equals("desktop")) {
            List<Number> form = box(FILLER + " .filler-form");
            List<Number> message = box(FILLER + " .filler-message");
            assertTrue(message.get(1).doubleValue() >= form.get(3).doubleValue(), "side by side: " + form + " "
                    + message);
            double top = message.get(0).doubleValue();
            double bottom = message.get(2).doubleValue();
            double visible = Math.min(bottom, viewportHeight()) - Math.max(top, 0);
            assertTrue(visible >= 0.9 * Math.min(bottom - top, viewportHeight()),
                    "the message stays in view while typing in the last box: " + message);
        } else {
            List<Number> link = box(FILLER + " .filler-to-message a");
            assertTrue(link.get(0).doubleValue() >= 0 && link.get(2).doubleValue() <= viewportHeight(),
                    "a link to the message is in view while typing: " + link);
            driver.findElement(By.cssSelector(FILLER + " .filler-to-message a")).click();
            Browser.waitFor("the message in view", () -> {
                double top = box(FILLER + " .filler-message").get(0).doubleValue();
                return top >= -2 && top < viewportHeight() / 2;
            });
            assertTrue(driver.findElement(By.cssSelector(FILLER + " .filler-body")).getText()
                    .contains("linkedin.com/in/sam"));
        }
    }
}
