package dev.handbook.build;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Content;
import dev.handbook.content.ContentLoader;
import dev.handbook.content.Guide;
import dev.handbook.markdown.GuideLinks;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.message.MessageTemplate;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.render.Page;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.TemplateException;
import dev.handbook.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the handbook. Build one and reuse it: it holds the configured Markdown renderer and verifier. */
public final class SiteBuilder {
    private final MarkdownRenderer markdown;
    private final SiteVerifier verifier;
    private final SiteWriter writer;

    /** Uses the given collaborators, built once by the caller. */
    public SiteBuilder(MarkdownRenderer markdown, SiteVerifier verifier, SiteWriter writer) {
        this.markdown = markdown;
        this.verifier = verifier;
        this.writer = writer;
    }

    /** A builder with the standard collaborators. */
    public static SiteBuilder standard() {
        return new SiteBuilder(new MarkdownRenderer(), new SiteVerifier(), new SiteWriter());
    }

    /**
     * Builds the site in memory and verifies it.
     *
     * @param drafts whether guides marked as drafts are included
     * @throws BuildFailure with every problem found, if there are any
     */
    public BuildResult build(Path contentDir, Path themeDir, boolean drafts) throws BuildFailure {
        Map<String, Long> timings = new LinkedHashMap<>();
        Problems problems = new Problems();
        long start = System.nanoTime();

        Optional<Theme> theme = Theme.load(themeDir, problems);
        Content content = new ContentLoader(drafts).load(contentDir, problems);
        TemplateCatalog templates = TemplateCatalog.parse(content.templates(), problems);
        start = lap(timings, "load", start);

        List<Rendered> rendered = renderMarkdown(content, templates, problems);
        start = lap(timings, "markdown", start);
        // Pages are only rendered and verified from clean sources: a broken guide would be reported again
        // as broken links to its missing page.
        problems.throwIfAny();

        PageRenderer pages = new PageRenderer(theme.orElseThrow(), content.settings());
        SiteFiles site = new SiteFiles();
        List<Page> allPages = renderPages(pages, content, rendered, problems);
        problems.throwIfAny();
        theme.get().assets().forEach(site::add);
        allPages.forEach(page -> site.addText(page.outputPath(), page.html()));
        start = lap(timings, "render", start);

        List<SiteVerifier.Parsed> parsed = allPages.stream().map(verifier::parse).toList();
        problems.addAll(verifier.verify(parsed, theme.get().assets().keySet()));
        problems.throwIfAny();
        lap(timings, "verify", start);
        return new BuildResult(site, allPages.size(), rendered.size(), timings);
    }

    /**
     * Builds, verifies and, only if all is well, replaces {@code outDir} with the new site.
     *
     * @throws BuildFailure with every problem found; {@code outDir} is then unchanged
     */
    public BuildResult buildInto(Path contentDir, Path themeDir, Path outDir, boolean drafts) throws BuildFailure {
        BuildResult result = build(contentDir, themeDir, drafts);
        long start = System.nanoTime();
        List<Problem> writeProblems = writer.replace(outDir, result.files());
        if (!writeProblems.isEmpty()) {
            throw new BuildFailure(writeProblems);
        }
        Map<String, Long> timings = new LinkedHashMap<>(result.timings());
        timings.put("write", System.nanoTime() - start);
        return new BuildResult(result.files(), result.pages(), result.guides(), timings);
    }

    private record Rendered(Guide guide, RenderedMarkdown markdown, List<MessageTemplate> templates) {
    }

    private List<Rendered> renderMarkdown(Content content, TemplateCatalog templates, Problems problems) {
        GuideLinks links = new GuideLinks(content.guideFiles());
        for (dev.handbook.content.Document broken : content.brokenGuides()) {
            RenderedMarkdown body = markdown.render(broken.path(), broken.body(), broken.bodyLine(), links, problems);
            resolveEmbeds(broken.path(), body, templates, problems);
        }
        List<Rendered> out = new ArrayList<>();
        for (Guide guide : content.guides()) {
            RenderedMarkdown body = markdown.render(guide.path(), guide.body(), guide.bodyLine(), links, problems);
            out.add(new Rendered(guide, body, resolveEmbeds(guide.path(), body, templates, problems)));
        }
        return out;
    }

    private static List<MessageTemplate> resolveEmbeds(String path, RenderedMarkdown body, TemplateCatalog templates,
                                                       Problems problems) {
            List<MessageTemplate> embedded = new ArrayList<>();
            for (RenderedMarkdown.Embed embed : body.embeds()) {
                Optional<MessageTemplate> template = templates.find(embed.name());
                if (template.isPresent()) {
                    if (embedded.contains(template.get())) {
                        problems.add(new Problem(path, embed.position().line(), embed.position().column(),
                                "the template \"" + embed.name() + "\" is embedded twice in this guide",
                                "embed each template once per guide"));
                    }
                    embedded.add(template.get());
                } else if (!templates.knows(embed.name())) {
                    problems.add(new Problem(path, embed.position().line(), embed.position().column(),
                            "unknown template \"" + embed.name() + "\"", templates.suggest(embed.name())
                            .map(s -> "did you mean \"" + s + "\"?")
                            .orElse("templates are the files in content/templates/, named without .md")));
                }
            }
            return List.copyOf(embedded);
    }

    private static List<Page> renderPages(PageRenderer pages, Content content, List<Rendered> rendered,
                                          Problems problems) {
        List<Page> out = new ArrayList<>();
        try {
            out.add(pages.home(content.guides()));
            out.add(pages.notFound());
        } catch (TemplateException e) {
            problems.add(e.problem());
        }
        for (Rendered r : rendered) {
            try {
                out.add(pages.guide(r.guide(), r.markdown(), r.templates()));
            } catch (TemplateException e) {
                problems.add(e.problem());
            }
        }
        return out;
    }

    private static long lap(Map<String, Long> timings, String stage, long start) {
        long now = System.nanoTime();
        timings.put(stage, now - start);
        return now;
    }
}
