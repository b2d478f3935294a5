package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.check.SiteVerifier;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new SiteVerifier());
    private static final GuideLinks LINKS = new GuideLinks(Map.of("declining-a-job-offer.md", "declining-a-job-offer",
            "this.md", "this", "sub/deeper.md", "deeper"));
    private final Problems problems = new Problems();

    private RenderedMarkdown render(String body) {
        return RENDERER.render("content/guides/this.md", body, 10, LINKS, problems);
    }

    /** Text without anything to unescape or escape is written as it is; any other is flexmark's to render. */
    @Test
    void textIsUnescapedAndEscapedAsFlexmarkDoesWhetherOrNotItNeedsIt() {
        assertEquals("<p>Plain text, accents (é, Zoë) and &lsquo;quotes&rsquo; as they are.</p>\n",
                render("Plain text, accents (é, Zoë) and 'quotes' as they are.\n").html().toString());
        assertEquals("<p>*stars* AT&amp;T &lt;b&gt; x&gt;1 &amp; &quot;a&quot; ©\nnext</p>\n",
                render("\\*stars\\* AT&amp;T \\<b> x>1 & \\\"a\\\" &copy;\r\nnext\n").html().toString());
    }

    /** The verifier's findings in HTML the writer wrote are at the writer's line, each at its own occurrence. */
    @Test
    void aProblemInHtmlTheWriterWroteIsWhereItWasWritten() {
        RenderedMarkdown out = render("Intro\n\n<img src=\"a.png\"> and <img src=\"a.png\">\n\n"
                + "![](c.png) then <img src=\"a.png\">\n");
        assertEquals(List.of("content/guides/this.md:12:1: error: this image has no alt text",
                "content/guides/this.md:12:23: error: this image has no alt text",
                "content/guides/this.md:14:17: error: this image has no alt text"),
                out.checked().problems().stream().map(Problem::headline).toList());
    }

    /** Each heading's id is known with where the heading was written, for a clash with the page around it. */
    @Test
    void theIdsOfABodyAreWhereTheirHeadingsWereWritten() {
        RenderedMarkdown out = render("Intro\n\n## Steps\n\nText\n\nSteps\n---\n\n### Steps\n");
        assertEquals(List.of(new CheckedBody.Id("steps", new RenderedMarkdown.SourcePosition(12, 1)),
                new CheckedBody.Id("steps-1", new RenderedMarkdown.SourcePosition(16, 1)),
                new CheckedBody.Id("steps-2", new RenderedMarkdown.SourcePosition(19, 1))), out.checked().ids());
    }

    @Test
    void linksToGuideFilesBecomePageRelativeLinks() {
        RenderedMarkdown out = render("See [the offer guide](declining-a-job-offer.md#what-to-say) and"
                + " [deeper](sub/deeper.md).\n");
        String html = out.html().toString();
        assertTrue(html.contains("<a href=\"../declining-a-job-offer/index.html#what-to-say\">"), html);
        assertTrue(html.contains("<a href=\"../deeper/index.html\">"), html);
        assertEquals(new RenderedMarkdown.SourcePosition(10, 23),
                out.linkPositions().get("../declining-a-job-offer/index.html#what-to-say"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aLinkToAMissingGuideIsAProblemWithASuggestion() {
        render("Intro\n\nSee [this](declining-a-job-ofer.md).\n");
        Problem problem = problems.sorted().get(0);
        assertEquals("content/guides/this.md:12:12: error: broken link: there is no guide \"declining-a-job-ofer.md\"",
                problem.headline());
        assertEquals("did you mean \"declining-a-job-offer.md\"?", problem.hint());
    }

    @Test
    void aLinkToADraftSaysItIsADraftInTheWritersTerms() {
        GuideLinks withDraft = new GuideLinks(Map.of("declining-a-job-offer.md", "declining-a-job-offer",
                "this.md", "this"), java.util.Set.of("declining-a-job-offer.md"));
        RENDERER.render("content/guides/this.md", "See [it](declining-a-job-offer.md#why).\n", 10, withDraft,
                problems);
        Problem problem = problems.sorted().get(0);
        assertEquals("content/guides/this.md:10:10: error: the guide declining-a-job-offer.md is a draft, so it is not"
                + " published and this link would lead nowhere", problem.headline());
        assertEquals("link to it once it is published, or publish it now: remove \"draft: true\" from its front"
                + " matter", problem.hint());
    }

    @Test
    void aSecondHeadingOfLevelOneIsAProblemAtItsLine() {
        render("Intro\n\n# Another title\n\nText\n\nUnderlined\n===\n\n## Fine\n");
        assertEquals(List.of("content/guides/this.md:12:1: error: a guide has one heading of level 1, its title,"
                        + " which comes from the front matter",
                "content/guides/this.md:16:1: error: a guide has one heading of level 1, its title, which comes from"
                        + " the front matter"), problems.sorted().stream().map(Problem::headline).toList());
        assertEquals("make this one ## Another title", problems.sorted().get(0).hint());
    }

    @Test
    void unsafeHtmlAndUrlsAreProblems() {
        render("""
                <script>alert(1)</script>

                Text <span onclick="x()">hi</span> and <a href="javascript:alert(1)">a</a>.

                [click](javascript:alert(1)) and [root](/absolute) and <iframe src="https://x"></iframe>
                """);
        assertEquals(List.of(
                "content/guides/this.md:10:1: error: the HTML element <script> is not allowed",
                "content/guides/this.md:12:6: error: the attribute onclick on <span> is not allowed",
                "content/guides/this.md:12:40: error: the address \"javascript:alert(1)\" in <a> is not allowed",
                "content/guides/this.md:14:9: error: links with \"javascript:\" are not allowed",
                "content/guides/this.md:14:41: error: the link \"/absolute\" starts with \"/\", which breaks when the"
                        + " handbook is not at the root of a site",
                "content/guides/this.md:14:56: error: the HTML element <iframe> is not allowed"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void rawHtmlIsCheckedWhateverNodeTheParserMakesOfIt() {
        render("""
                <!-- a note --> <meta http-equiv="refresh" content="0;url=https://evil.example/">

                Text <!-- c --> <img src="x.png" alt="x" onload="y()"> and more.

                <div>
                <!-- a --!> <img src="x.png" alt="x" onerror="z()"> -->
                </div>

                <!--> <form action="https://evil.example/"></form> -->
                """);
        assertEquals(List.of(
                "content/guides/this.md:10:1: error: the HTML element <meta> is not allowed",
                "content/guides/this.md:12:17: error: the attribute onload on <img> is not allowed",
                "content/guides/this.md:14:1: error: the attribute onerror on <img> is not allowed",
                "content/guides/this.md:15:1: error: this HTML comment does not end as browsers end it, and could hide"
                        + " or reveal what follows",
                "content/guides/this.md:18:1: error: the HTML element <form> is not allowed",
                "content/guides/this.md:18:1: error: this HTML comment does not end as browsers end it, and could hide"
                        + " or reveal what follows"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void markupThatBrowsersAndJsoupReadDifferentlyIsAProblem() {
        render("""
                A <![CDATA[ x> <img src=x onerror=alert(1)> ]]> b.

                <!DOCTYPE html>

                x <?php echo 1 ?> y

                Hidden from here: <!-- never closed

                <!-- never closed either, and it would hide the rest of the page

                The rest.
                """);
        assertEquals(List.of(
                "content/guides/this.md:10:3: error: \"<![CDATA[\" is not allowed in a guide",
                "content/guides/this.md:12:1: error: \"<!DOCTYPE\" is not allowed in a guide",
                "content/guides/this.md:14:3: error: \"<?php\" is not allowed in a guide",
                "content/guides/this.md:18:1: error: this HTML comment does not end as browsers end it, and could hide"
                        + " or reveal what follows"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void autolinksWithUnsafeSchemesAreProblems() {
        render("<smb://host/share> and <https://example.org/> and file:///etc/passwd\n");
        assertEquals(List.of(
                "content/guides/this.md:10:2: error: links with \"smb:\" are not allowed",
                "content/guides/this.md:10:51: error: links with \"file:\" are not allowed"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void linksWithSafeSchemesAndRelativeAddressesPassInRawHtmlAndMarkdown() {
        RenderedMarkdown out = render("""
                <a href="../other/index.html#part">a</a> <a href="tel:+441234">call</a> <a href="#here">here</a>
                [call](tel:+441234) [mail](mailto:a@example.org) ![a picture](picture.png) <https://example.org/>
                """);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(out.html().toString().contains("<a href=\"https://example.org/\">"), out.html().toString());
    }

    @Test
    void nestingTooDeepIsAProblemAtItsLineAndNotAStackOverflow() {
        StringBuilder list = new StringBuilder("Intro\n\n");
        for (int i = 0; i < 10_000; i++) {
            list.append("  ".repeat(i)).append("- item\n");
        }
        for (String body : List.of("Intro\n\n" + ">".repeat(1000) + " deep\n", list.toString(),
                "Intro\n\n" + "- ".repeat(1000) + "deep\n", "Intro\n\n" + "<div>".repeat(100_000) + "\n")) {
            render(body);
        }
        assertEquals(List.of(
                "content/guides/this.md:12:1: error: HTML elements are nested 512 deep here; a guide may nest 50 at most",
                "content/guides/this.md:12:1: error: this line starts 1000 quotes or lists inside each other; a guide"
                        + " may nest 20 at most",
                "content/guides/this.md:63:1: error: this line is indented 102 columns, which nests lists deeper than"
                        + " a guide may (100 columns at most)"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void ordinaryNestingAndDeeplyIndentedCodePass() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            body.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        body.append("\n> > > a quote in a quote\n\n```\n").append(" ".repeat(300)).append("code\n```\n");
        RenderedMarkdown out = render(body.toString());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(out.html().toString().contains("level 11"), out.html().toString());
    }

    @Test
    void doubleBracesInTextAreAProblemAtTheirPlaceButNotInCode() {
        render("Dear {{name}},\n\nUse `{{name}}` or\n\n```\n{{name}}\n```\n\nthen }} alone.\n");
        assertEquals(List.of(
                "content/guides/this.md:10:6: error: double braces are not placeholders in a guide",
                "content/guides/this.md:18:6: error: double braces are not placeholders in a guide"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void openingBracesAloneAreAProblemToo() {
        render("Dear {{name,\n");
        assertEquals(List.of("content/guides/this.md:10:6: error: double braces are not placeholders in a guide"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void safeHtmlPasses() {
        RenderedMarkdown out = render("Press <kbd>Ctrl</kbd> and <abbr title=\"curriculum vitae\">CV</abbr>.\n");
        assertTrue(out.html().toString().contains("<kbd>Ctrl</kbd>"), out.html().toString());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void headingsGetStableIdsForTheContentsList() {
        RenderedMarkdown out = render("## Why say no\n\ntext\n\n### 1. Reply soon\n\n## Why say no\n");
        assertEquals(List.of(new RenderedMarkdown.Heading(2, "why-say-no", "Why say no"),
                new RenderedMarkdown.Heading(3, "1-reply-soon", "1. Reply soon"),
                new RenderedMarkdown.Heading(2, "why-say-no-1", "Why say no")), out.headings());
    }

    @Test
    void aTemplateBlockBecomesAMarkerAndOtherCodeStaysCode() {
        RenderedMarkdown out = render("Before\n\n```template\ndecline-interview\n```\n\n```\ncode\n```\n");
        assertEquals(List.of(new RenderedMarkdown.Embed("decline-interview", new RenderedMarkdown.SourcePosition(12, 1))),
                out.embeds());
        String html = out.html().toString();
        assertTrue(html.contains(RenderedMarkdown.embedMarker("decline-interview")), html);
        assertTrue(html.contains("<pre><code>code\n</code></pre>"), html);
    }

    @Test
    void aTemplateBlockWithoutAValidNameIsAProblem() {
        render("```template\nNot A Name\n```\n");
        assertEquals(List.of("content/guides/this.md:10:1: error: \"Not A Name\" is not a template name"),
                problems.sorted().stream().map(Problem::headline).toList());
    }

    @Test
    void anInfoStringThatIsAlmostTemplateIsAProblemAtTheInfoString() {
        render("```templat\ndecline-interview\n```\n\n```Template\ndecline-interview\n```\n\n"
                + "```tempate\nx\n```\n\n```text\ncode\n```\n\n```\ncode\n```\n");
        assertEquals(List.of("content/guides/this.md:10:4: error: \"templat\" is not \"template\", so this block would"
                        + " show as code instead of a message template",
                "content/guides/this.md:14:4: error: \"Template\" is not \"template\", so this block would show as"
                        + " code instead of a message template",
                "content/guides/this.md:18:4: error: \"tempate\" is not \"template\", so this block would show as"
                        + " code instead of a message template"),
                problems.sorted().stream().map(Problem::headline).toList());
        assertEquals("did you mean \"template\"? Write ```template above the template's name",
                problems.sorted().get(0).hint());
    }

    @Test
    void countsWords() {
        assertEquals(5, render("One two *three* four\n\n- five\n").words());
        assertEquals(3, MarkdownRenderer.count(" a\tb \n c  "));
        assertEquals(0, MarkdownRenderer.count(" \n "));
    }

    @Test
    void bareAddressesBecomeLinksAndOtherTextIsLeftAlone() {
        String html = render("Write to jo@example.com, see https://example.com/a?b=1 or www.example.org; not"
                + " a:b, www or x//y.\n").html().toString();
        assertTrue(html.contains("<a href=\"mailto:jo@example.com\">jo@example.com</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.com/a?b=1\">https://example.com/a?b=1</a>"), html);
        assertTrue(html.contains(">www.example.org</a>"), html);
        assertEquals(3, html.split("<a ", -1).length - 1, html);
        assertTrue(QuickAutolink.mayHoldAddress("see www.x"));
        assertTrue(QuickAutolink.mayHoldAddress("ftp://x"));
        assertTrue(!QuickAutolink.mayHoldAddress("a: b, ww. w.w. //"));
    }

    @Test
    void resolvesRelativeFilePaths() {
        assertEquals("b.md", MarkdownRenderer.resolve("a.md", "b.md"));
        assertEquals("x/b.md", MarkdownRenderer.resolve("x/a.md", "./b.md"));
        assertEquals("b.md", MarkdownRenderer.resolve("x/a.md", "../b.md"));
        assertEquals("../b.md", MarkdownRenderer.resolve("a.md", "../b.md"));
    }
}
