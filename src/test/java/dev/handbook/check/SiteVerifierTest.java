package dev.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.markdown.RenderedMarkdown.SourcePosition;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.problem.Problem;
import dev.handbook.render.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteVerifierTest {
    private static final SiteVerifier VERIFIER = new SiteVerifier();
    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title>"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self';"
            + " style-src 'self'; connect-src 'none'; form-action 'none'\">"
            + "<meta name=\"description\" content=\"D\"></head><body>";

    private static Page page(String path, String body, Map<String, SourcePosition> positions) {
        return new Page(path, HEAD + body + "</body></html>", "content/guides/g.md", "theme/templates/guide.mustache",
                positions, List.of(), List.of());
    }

    private static List<String> verify(Page... pages) {
        List<SiteVerifier.Parsed> parsed = Arrays.stream(pages).map(VERIFIER::parse).toList();
        return VERIFIER.verify(parsed, Set.of("assets/style.css")).stream().map(Problem::headline).toList();
    }

    @Test
    void aCorrectSiteHasNoProblems() {
        assertEquals(List.of(), verify(
                page("index.html", "<h1 id=top>Home</h1><a href=\"g/index.html#s\">g</a>"
                        + "<link rel=stylesheet href=\"assets/style.css\"><a href=\"https://example.org/\">x</a>"
                        + "<a href=\"mailto:a@example.org\">m</a><a href=\"#top\">top</a>", Map.of()),
                page("g/index.html", "<h1>G</h1><h2 id=s>S</h2><a href=\"../index.html\">home</a>"
                        + "<img src=\"../assets/style.css\" alt=\"\">", Map.of())));
    }

    @Test
    void brokenLinksInTheGuideBodyPointAtTheGuidesLine() {
        assertEquals(List.of(
                "content/guides/g.md:7:3: error: broken link: \"../nope/index.html\" leads to nope/index.html, which"
                        + " the site does not have",
                "content/guides/g.md:8:1: error: broken link: index.html has no section \"#missing\"",
                "content/guides/g.md:9:1: error: broken link: content/guides/other.md has no section \"#step-too\""),
                verify(new Page("index.html", HEAD + "<h1 id=top>Home</h1></body></html>", "theme/templates/home.mustache",
                                "theme/templates/home.mustache", Map.of(), List.of(), List.of()),
                        new Page("other/index.html", HEAD + "<h1 id=top>Other</h1><h2 id=theme>Theme</h2><div"
                                + " class=guide-body><h2 id=why>Why</h2><h3 id=steps>Steps</h3></div></body></html>",
                                "content/guides/other.md", "theme/templates/guide.mustache", Map.of(), List.of(),
                                List.of()),
                        page("g/index.html", "<h1>G</h1><div class=guide-body><a href=\"../nope/index.html\">x</a>"
                                + "<a href=\"../index.html#missing\">y</a><a href=\"../other/index.html#step-too\">z</a>"
                                + "</div>", Map.of("../nope/index.html", new SourcePosition(7, 3),
                                        "../index.html#missing", new SourcePosition(8, 1),
                                        "../other/index.html#step-too", new SourcePosition(9, 1)))));
        Problem section = VERIFIER.verify(List.of(VERIFIER.parse(new Page("other/index.html", HEAD + "<h1>O</h1>"
                + "<div class=guide-body><h2 id=why>Why</h2><h3 id=steps>Steps</h3><a href=\"#step\">s</a>"
                + "<a href=\"#nothing-like-it\">n</a></div></body></html>", "content/guides/other.md",
                "theme/templates/guide.mustache", Map.of("#step", new SourcePosition(3, 1), "#nothing-like-it",
                new SourcePosition(4, 1)), List.of(), List.of()))), Set.of()).get(0);
        assertEquals("did you mean #steps?", section.hint());
        assertEquals("its sections: #why, #steps", VERIFIER.verify(List.of(VERIFIER.parse(new Page(
                "other/index.html", HEAD + "<h1>O</h1><div class=guide-body><h2 id=why>Why</h2><h3 id=steps>Steps"
                + "</h3><a href=\"#nothing-like-it\">n</a></div></body></html>", "content/guides/other.md",
                "theme/templates/guide.mustache", Map.of("#nothing-like-it", new SourcePosition(4, 1)), List.of(),
                List.of()))), Set.of()).get(0).hint());
    }

    @Test
    void problemsOutsideTheBodyPointAtTheThemeTemplate() {
        assertEquals(List.of(
                "theme/templates/guide.mustache: error: template markup \"{{\" or \"}}\" is left in the page"
                        + " (in g/index.html)",
                "theme/templates/guide.mustache: error: the address \"../\" points at a folder, which does not open"
                        + " from file:// (in g/index.html)",
                "theme/templates/guide.mustache: error: the address \"/abs.html\" starts with \"/\", which breaks under"
                        + " a sub-path or from file:// (in g/index.html)",
                "theme/templates/guide.mustache: error: the id \"x\" is used twice on this page (in g/index.html)",
                "theme/templates/guide.mustache: error: the page has 2 <h1> headings; it must have exactly one"
                        + " (in g/index.html)",
                "theme/templates/guide.mustache: error: the page loads \"https://cdn.example.org/a.js\" from another"
                        + " host (in g/index.html)",
                "theme/templates/guide.mustache: error: the page loads \"https://fonts.example.org/f.woff\" from"
                        + " another host (in g/index.html)",
                "theme/templates/guide.mustache: error: this image has no alt text (in g/index.html)"),
                verify(page("g/index.html", "<h1 id=x>A</h1><h1 id=x>B</h1><a href=\"../\">up</a>"
                        + "<a href=\"/abs.html\">abs</a><script src=\"https://cdn.example.org/a.js\"></script>"
                        + "<style>@font-face{src:url(https://fonts.example.org/f.woff)}</style>"
                        + "<img src=\"../assets/style.css\"><p>{{oops}}</p>", Map.of())));
    }

    @Test
    void anEmbedThatDidNotBecomeAFillerFailsThePageAtTheGuidesLine() {
        RenderedMarkdown.Embed embed = new RenderedMarkdown.Embed("decline", new SourcePosition(12, 1));
        Page unmade = new Page("g/index.html", HEAD + "<h1>G</h1><div class=guide-body>"
                + RenderedMarkdown.embedMarker("decline") + "</div></body></html>", "content/guides/g.md",
                "theme/templates/guide.mustache", Map.of(), List.of(embed), List.of());
        assertEquals(List.of("content/guides/g.md:12:1: error: the template \"decline\" embedded here did not become a"
                + " filler (in g/index.html)"), verify(unmade));
        Page vanished = new Page("g/index.html", HEAD + "<h1>G</h1><div class=guide-body></div></body></html>",
                "content/guides/g.md", "theme/templates/guide.mustache", Map.of(), List.of(embed), List.of());
        assertEquals(List.of("theme/templates/guide.mustache: error: the page has 0 fillers for the 1 templates its"
                + " guide embeds (in g/index.html)"), verify(vanished));
    }

    @Test
    void whatNoPageMayHoldFailsItWhoeverWroteIt() {
        assertEquals(List.of(
                "content/guides/g.md: error: <base> is not allowed",
                "content/guides/g.md: error: <meta http-equiv=\"refresh\"> is not allowed",
                "content/guides/g.md: error: a <form> that sends what is typed is not allowed: nothing a reader"
                        + " types leaves the page",
                "content/guides/g.md: error: inline scripts are not allowed",
                "content/guides/g.md: error: the event handler onerror on <img> is not allowed",
                "content/guides/g.md:3:1: error: the address \"smb://host/share\" is not allowed",
                "theme/templates/guide.mustache: error: <embed> is not allowed (in g/index.html)",
                "theme/templates/guide.mustache: error: the attribute formaction on <button> is not allowed"
                        + " (in g/index.html)"),
                verify(page("g/index.html", "<h1>G</h1><div class=guide-body>"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">"
                        + "<img src=\"../assets/style.css\" alt=\"x\" onerror=\"alert(1)\">"
                        + "<form action=\"https://evil.example/\"></form><base href=\"https://evil.example/\">"
                        + "<script>alert(1)</script><a href=\"smb://host/share\">share</a></div>"
                        + "<embed src=\"../assets/style.css\"><button formaction=\"https://evil.example/\">go</button>",
                        Map.of("smb://host/share", new SourcePosition(3, 1)))));
    }

    @Test
    void bracesInTheGuidesOwnTextAreNotBlamedOnTheTheme() {
        assertEquals(List.of("theme/templates/guide.mustache: error: template markup \"{{\" or \"}}\" is left in"
                + " the page (in g/index.html)"), verify(page("g/index.html", "<h1>G {{title}}</h1>"
                + "<div class=guide-body><p>Writing about {{braces}}.</p></div>", Map.of())));
    }

    @Test
    void theThemesOwnScriptsFormsAndDataPass() {
        assertEquals(List.of(), verify(page("g/index.html", "<h1>G</h1><script src=\"../assets/style.css\"></script>"
                + "<form class=\"filler-form\" hidden><input aria-label=\"x\"></form>"
                + "<script type=\"application/json\">{\"a\": 1}</script>"
                + "<a href=\"mailto:a@example.org\">m</a><a href=\"tel:+441234\">t</a>", Map.of())));
    }

    @Test
    void anInlineScriptPassesOnlyWhenThePagesPolicyNamesItsHash() {
        String allowed = "console.log('root');";
        String hashed = HEAD.replace("script-src 'self';", "script-src 'self' 'sha256-"
                + dev.handbook.render.ScriptHash.of(allowed) + "';");
        Page named = new Page("404.html", hashed + "<h1>G</h1><script>" + allowed + "</script></body></html>",
                "theme/templates/not-found.mustache", "theme/templates/not-found.mustache", Map.of(), List.of(),
                List.of());
        assertEquals(List.of(), verify(named), "the named script passes, and the policy is still the one required");
        Page other = new Page("404.html", hashed + "<h1>G</h1><script>alert(1)</script></body></html>",
                "theme/templates/not-found.mustache", "theme/templates/not-found.mustache", Map.of(), List.of(),
                List.of());
        assertEquals(List.of("theme/templates/not-found.mustache: error: inline scripts are not allowed (in 404.html)"),
                verify(other), "a script the policy does not name fails");
    }

    @Test
    void aPolicyThatAllowsRequestsIsAProblem() {
        Page loose = new Page("index.html", HEAD.replace("connect-src 'none'", "connect-src *") + "<h1>x</h1>",
                "t", "t", Map.of(), List.of(), List.of());
        assertEquals(List.of("t: error: the page's Content-Security-Policy lacks \"connect-src 'none'\" (in index.html)"),
                VERIFIER.verify(List.of(VERIFIER.parse(loose)), Set.of()).stream().map(Problem::headline).toList());
    }

    @Test
    void aPolicyWrittenAcrossLinesReadsAsOneSpaceBetweenItsWords() {
        Page spaced = new Page("index.html", HEAD.replace("default-src 'none'", "default-src\n   'none'")
                .replace("connect-src 'none'", "connect-src \t 'none'") + "<h1>x</h1>", "t", "t", Map.of(),
                List.of(), List.of());
        assertEquals(List.of(),
                VERIFIER.verify(List.of(VERIFIER.parse(spaced)), Set.of()).stream().map(Problem::headline).toList());
    }

    @Test
    void missingMetadataIsAProblem() {
        Page bare = new Page("index.html", "<html><head></head><body><h1>x</h1></body></html>", "t", "t",
                Map.of(), List.of(), List.of());
        assertEquals(List.of("t: error: the page has no <title> (in index.html)",
                "t: error: the page has no Content-Security-Policy <meta http-equiv> in its <head>"
                        + " (in index.html)",
                "t: error: the page has no language (<html lang>) (in index.html)",
                "t: error: the page has no meta description (in index.html)"),
                VERIFIER.verify(List.of(VERIFIER.parse(bare)), Set.of()).stream().map(Problem::headline).toList());
    }
}
