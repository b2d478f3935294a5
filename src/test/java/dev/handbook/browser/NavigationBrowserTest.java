package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader finds the guide from the home page and jumps through its contents list, from disk and over HTTP. */
class NavigationBrowserTest extends OnBuiltSite {

    @Override
    String subPath() {
        return "/some/sub/path/";
    }

    @ParameterizedTest
    @MethodSource("bases")
    void theHomePageLeadsToTheGuideAndItsContentsJumpToEachSection(String base) {
        driver.get(base + "index.html");
        assertEquals("Guides by topic", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("How to decline a job interview")).click();
        assertEquals(base + "declining-a-job-interview/index.html", driver.getCurrentUrl());
        assertEquals("How to decline a job interview", driver.findElement(By.tagName("h1")).getText());

        List<WebElement> entries = driver.findElements(By.cssSelector(".toc a"));
        assertTrue(entries.size() >= 10, "the contents list has the guide's sections");
        for (String text : List.of("What not to say", "6. Leave the door open", "Why you might say no")) {
            WebElement entry = driver.findElement(By.cssSelector(".toc")).findElement(By.linkText(text));
            String id = entry.getAttribute("href").substring(entry.getAttribute("href").indexOf('#') + 1);
            entry.click();
            assertTrue(driver.getCurrentUrl().endsWith("#" + id), driver.getCurrentUrl());
            WebElement heading = driver.findElement(By.id(id));
            assertEquals(text, heading.getText());
            Number top = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", heading);
            assertTrue(Math.abs(top.doubleValue()) < 5, text + " is scrolled to the top, at " + top);
        }

        driver.findElement(By.cssSelector(".site-title")).click();
        assertEquals(base + "index.html", driver.getCurrentUrl());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void theNotFoundPageLeadsHome(String base) {
        driver.get(base + "404.html");
        assertEquals("Page not found", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.linkText("Go to the list of all guides")).click();
        assertEquals(base + "index.html", driver.getCurrentUrl());
    }

    /** A missing address at depth 0, 1 and 3 below a sub-path three folders deep, as a host serves 404.html. */
    @ParameterizedTest
    @ValueSource(strings = {"no-such-page.html", "declining-a-job-intervew/", "a/b/c/index.html"})
    void theNotFoundPageWorksAtAnyDepthUnderASubPath(String missing) throws Exception {
        NotFoundPage.worksAt(driver, built.server.url(), built.server.url() + missing);
    }

    /** With baseUrl set, the page knows the site's path instead of looking for it. */
    @ParameterizedTest
    @ValueSource(strings = {"no-such-page.html", "declining-a-job-intervew/", "a/b/c/index.html"})
    void theNotFoundPageWorksAtAnyDepthWithABaseUrl(String missing) throws Exception {
        Path content = built.work.resolve("content-with-base");
        if (!Files.exists(content)) {
            TestSites.copy(TestSites.CONTENT, content);
            Files.writeString(content.resolve("handbook.yml"), Files.readString(content.resolve("handbook.yml"))
                    + "baseUrl: https://example.org" + subPath() + "\n");
            TestSites.buildInto(content, TestSites.THEME, built.work.resolve("site-with-base"), false);
        }
        try (StaticServer server = new StaticServer(built.work.resolve("site-with-base"), subPath())) {
            NotFoundPage.worksAt(driver, server.url(), server.url() + missing);
        }
    }
}
