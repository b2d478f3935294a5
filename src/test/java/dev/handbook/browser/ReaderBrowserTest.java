package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Finding guides: search, breadcrumbs, previous and next, the colour toggle; over file:// and HTTP. */
class ReaderBrowserTest extends OnBuiltSite {
    @Override
    String subPath() {
        return "/some/sub/path/";
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aWordOnlyInTheBodyFindsTheGuideAndOpensTheMatchingSection(String base) throws Exception {
        driver.get(base + "index.html");
        List<WebElement> results = search("recruiter");
        assertEquals("How to withdraw from a hiring process", results.get(0).getText());
        String snippet = driver.findElement(By.cssSelector("#search-results li .search-snippet")).getText();
        assertTrue(snippet.contains("recruiter"), snippet);
        assertEquals("recruiter", driver.findElement(By.cssSelector("#search-results li .search-snippet mark")).getText());

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        String section = "write-to-the-person-you-have-been-dealing-with";
        assertEquals(base + "withdrawing-from-a-hiring-process/index.html#" + section, driver.getCurrentUrl());
        Number top = (Number) driver.executeScript("return document.getElementById(arguments[0])"
                + ".getBoundingClientRect().top;", section);
        assertTrue(Math.abs(top.doubleValue()) < 5, "the section is at the top: " + top);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void aWordOnlyInAMessageFindsTheGuideThatEmbedsItAndOpensTheMessage(String base) throws Exception {
        driver.get(base + "index.html");
        List<WebElement> results = search("confidence");
        assertEquals(List.of("How to decline a job offer"), results.stream().map(WebElement::getText).toList());
        assertEquals("Email: decline the job offer", driver.findElement(By.cssSelector("#search-results li"
                + " .search-section")).getText());
        assertEquals("confidence", driver.findElement(By.cssSelector("#search-results li .search-snippet mark"))
                .getText());
        results.get(0).click();
        assertEquals(base + "declining-a-job-offer/index.html#tpl-decline-offer", driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("tpl-decline-offer")).isDisplayed());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void titlesRankFirstAndMatchingIgnoresCaseAccentsAndWordEndings(String base) throws Exception {
        driver.get(base + "declining-a-job-interview/index.html");
        assertEquals("How to decline a job offer", search("offer").get(0).getText(),
                "a title match ranks above body matches");
        assertEquals("How to ask to reschedule an interview", search("RÉSCHED").get(0).getText());
        assertTrue(search("zzzz nothing").isEmpty());
        assertTrue(driver.findElement(By.cssSelector(".search-none")).getText().startsWith("No guide matches"));
        assertTrue(search("feedback zebra").isEmpty(), "every word must match");
        List<WebElement> both = search("feedback rejection");
        assertEquals("How to ask for feedback after a rejection", both.get(0).getText());
        both.get(0).click();
        assertEquals(base + "asking-for-feedback-after-a-rejection/index.html", driver.getCurrentUrl());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void slashFocusesTheBoxAndArrowsMoveThroughResults(String base) throws Exception {
        driver.get(base + "category/offers/index.html");
        new Actions(driver).sendKeys("/").perform();
        assertEquals("search-box", driver.switchTo().activeElement().getAttribute("id"));
        new Actions(driver).sendKeys("interview").perform();
        Browser.waitFor("the results", () -> !driver.findElements(By.cssSelector("#search-results:not([aria-busy]) a"))
                .isEmpty());
        List<WebElement> links = driver.findElements(By.cssSelector("#search-results a"));
        assertTrue(links.size() >= 3, "several guides mention interviews");
        new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform();
        assertEquals(links.get(1), driver.switchTo().activeElement());
        new Actions(driver).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
        assertEquals("search-box", driver.switchTo().activeElement().getAttribute("id"));
        String target = links.get(0).getAttribute("href");
        new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
        assertEquals(target, driver.getCurrentUrl());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void breadcrumbsAndPreviousNextLeadToTheRightPages(String base) {
        driver.get(base + "asking-to-reschedule-an-interview/index.html");
        assertEquals(List.of("Home", "Interviews", "How to ask to reschedule an interview"),
                driver.findElements(By.cssSelector(".breadcrumbs a")).stream().map(WebElement::getText).toList());
        driver.findElement(By.cssSelector(".pager-previous")).click();
        assertEquals(base + "accepting-an-interview-invitation/index.html", driver.getCurrentUrl());
        driver.findElement(By.cssSelector(".pager-next")).click();
        driver.findElement(By.cssSelector(".pager-next")).click();
        assertEquals(base + "declining-a-job-interview/index.html", driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector(".pager-next")).isEmpty(), "the last in its category");
        assertFalse(driver.findElements(By.cssSelector(".related a")).isEmpty(), "related guides are listed");

        driver.findElement(By.cssSelector(".breadcrumbs")).findElement(By.linkText("Interviews")).click();
        assertEquals(base + "category/interviews/index.html", driver.getCurrentUrl());
        assertEquals("Interviews", driver.findElement(By.tagName("h1")).getText());
        assertEquals(3, driver.findElements(By.cssSelector("main .guide-list a")).size());
        driver.findElement(By.cssSelector(".breadcrumbs")).findElement(By.linkText("Home")).click();
        assertEquals(base + "index.html", driver.getCurrentUrl());

        driver.get(base + "declining-a-job-offer/index.html");
        driver.findElement(By.cssSelector(".tags")).findElement(By.linkText("offers")).click();
        assertEquals(base + "tag/offers/index.html", driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector("main .guide-list a")).stream().map(WebElement::getText)
                .toList().contains("How to decline a job offer"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void theColourChoiceSurvivesAReloadAndOtherPages(String base) {
        driver.get(base + "index.html");
        driver.executeScript("localStorage.removeItem('handbook-theme');");
        driver.navigate().refresh();
        String light = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
        WebElement toggle = driver.findElement(By.cssSelector("[data-theme-toggle]"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        toggle.click();
        assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
        driver.navigate().refresh();
        assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
        assertEquals("true", driver.findElement(By.cssSelector("[data-theme-toggle]")).getAttribute("aria-pressed"));
        String dark = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertEquals("rgb(18, 20, 23)", dark);
        driver.get(base + "declining-a-job-offer/index.html");
        assertEquals("dark", driver.findElement(By.tagName("html")).getAttribute("data-theme"));
        driver.findElement(By.cssSelector("[data-theme-toggle]")).click();
        driver.navigate().refresh();
        assertEquals(light, driver.executeScript("return getComputedStyle(document.body).backgroundColor;"));
    }

    @ParameterizedTest
    @MethodSource("bases")
    void noPageRequestsAnythingFromAnotherHost(String base) throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(built.site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> built.site.relativize(p)
                    .toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.size() >= 12, pages.toString());
        for (String page : pages) {
            driver.get(base + page);
            driver.findElement(By.id("search-box")).sendKeys("a");
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                    + ".map(function (e) { return e.name; }).concat([location.href]);");
            for (String url : requested) {
                assertTrue(url.startsWith(base.startsWith("file:") ? "file:" : base), page + " requested " + url);
            }
        }
    }
}
