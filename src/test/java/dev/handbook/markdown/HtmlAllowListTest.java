package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlAllowListTest {
    private final HtmlAllowList allowed = new HtmlAllowList();

    private List<String> messages(List<Finding> found) {
        return found.stream().map(f -> f.offset() + ": " + f.message()).toList();
    }

    /** What the allow-list finds in a rendered body, parsed as the renderer parses it. */
    private List<Finding> rendered(String html, String source) {
        return allowed.rendered(html, Jsoup.parseBodyFragment(html, HtmlAllowList.BASE).body(), source);
    }

    @Test
    void aRenderedBodyIsCheckedAsAWholeWhereverItsHtmlCameFrom() {
        String source = "Intro\n\nSomething made <meta> and a CDATA section.\n";
        String html = "<p>Intro</p>\n<meta http-equiv=\"refresh\" content=\"0\"><p onclick=\"x()\">a</p>"
                + "<![CDATA[ x> <img src=x onerror=alert(1)> ]]>";
        assertEquals(List.of(
                "0: \"<![CDATA[\" is not allowed in a guide",
                "22: the HTML element <meta> is not allowed",
                "0: the attribute onclick on <p> is not allowed"),
                messages(rendered(html, source)));
    }

    @Test
    void whatTheRendererAddsPassesInARenderedBodyButNotInRawHtml() {
        String html = "<h2 id=\"a\">A</h2><table class=\"table\"><tr><th align=\"left\">x</th></tr></table>"
                + "<pre><code class=\"language-text\">x</code></pre><div " + RenderedMarkdown.EMBED_ATTRIBUTE
                + "=\"t\"></div>";
        assertEquals(List.of(), messages(rendered(html, "")));
        assertEquals(List.of(
                "0: the attribute id on <h2> is not allowed",
                "0: the attribute class on <table> is not allowed",
                "0: the attribute align on <th> is not allowed",
                "0: the attribute class on <code> is not allowed",
                "0: the attribute " + RenderedMarkdown.EMBED_ATTRIBUTE + " on <div> is not allowed"),
                messages(allowed.raw(html)));
    }

    @Test
    void commentsPassOnlyAsBrowsersReadThem() {
        assertEquals(List.of(), messages(allowed.raw("<!-- a note --> <!--\nover lines\n-->")));
        assertEquals(List.of("0: this HTML comment does not end as browsers end it, and could hide or reveal what"
                + " follows"), messages(allowed.raw("<!--> <b>x</b> -->")));
        assertEquals(List.of("0: this HTML comment does not end as browsers end it, and could hide or reveal what"
                + " follows"), messages(allowed.raw("<!-- a -- b -->")));
        assertEquals(List.of("4: this HTML comment does not end as browsers end it, and could hide or reveal what"
                + " follows"), messages(allowed.raw("<b> <!-- never closed")));
    }
}
