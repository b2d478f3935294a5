package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** What a reader who followed a broken address must get, whatever its depth: the styled page, search, a way home. */
final class NotFoundPage {
    private NotFoundPage() {
    }

    /** Opens {@code address} (missing) and checks the 404 page of the site at {@code root} works there. */
    static void worksAt(ChromeDriver driver, String root, String address) throws InterruptedException {
        driver.get(address);
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText(), address);
        JavascriptExecutor js = driver;
        // the theme's style sheet gives the main column its width; unstyled, it has none
        Browser.waitFor(address + " styled", () -> !"none".equals(js.executeScript(
                "return getComputedStyle(document.querySelector('main')).maxWidth;")));
        Browser.waitFor(address + " search ready", () -> Boolean.FALSE.equals(js.executeScript(
                "return document.querySelector('[data-search]').hidden;")));
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("reschedule");
        Browser.waitFor(address + " search results", () -> !driver.findElements(By.cssSelector("#search-results a")).isEmpty());
        String result = driver.findElement(By.cssSelector("#search-results a")).getAttribute("href");
        assertTrue(result.startsWith(root + "asking-to-reschedule-an-interview/index.html"), result);
        List<String> broken = driver.findElements(By.cssSelector("a[href]")).stream()
                .map(a -> a.getAttribute("href")).filter(href -> href.startsWith("http") && !href.startsWith(root))
                .toList();
        assertEquals(List.of(), broken, "every link of the page leads into the site");
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) js.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; });");
        assertEquals(List.of(), requested.stream().filter(url -> !url.startsWith(root)).toList(),
                "looking for the site's root asks for nothing above it");
        driver.findElement(By.linkText("Go to the list of all guides")).click();
        assertEquals(root + "index.html", driver.getCurrentUrl());
        assertEquals("Guides by topic", driver.findElement(By.tagName("h1")).getText());
    }
}
