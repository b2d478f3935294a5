package dev.handbook.pipeline;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Content;
import dev.handbook.content.ContentStage;
import dev.handbook.markdown.MarkdownRenderer;
import dev.handbook.markdown.MarkdownStage;
import dev.handbook.memo.Codec;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import dev.handbook.prose.ProseStage;
import dev.handbook.prose.Rules;
import dev.handbook.render.Theme;
import dev.handbook.search.SearchIndex;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the handbook: the one path of every build. Build one and reuse it: it holds the configured Markdown
 * renderer, verifier and writer.
 */
public final class Pipeline {
    private final MarkdownRenderer markdown;
    private final SiteVerifier verifier;
    private final SiteWriter writer;

    /** Uses the given collaborators, built once by the caller. */
    public Pipeline(MarkdownRenderer markdown, SiteVerifier verifier, SiteWriter writer) {
        this.markdown = markdown;
        this.verifier = verifier;
        this.writer = writer;
    }

    /** A pipeline with the standard collaborators. */
    public static Pipeline standard() {
        SiteVerifier verifier = new SiteVerifier();
        return new Pipeline(new MarkdownRenderer(verifier), verifier, new SiteWriter());
    }

    /**
     * Builds, checks every page and, only if all is well, puts the site in place (in memory, or in place of the
     * output folder, by renames). Takes from {@code memo} what earlier builds made from the same inputs, and leaves
     * in it what this build made; the result is the same with any memo.
     *
     * @throws BuildFailure with every problem found; an output folder is then unchanged
     */
    public BuildResult build(Request request, Memo memo) throws BuildFailure {
        Timings time = new Timings();
        Verdict verdict = new Verdict();
        boolean succeeded = false;
        try (SiteOutput out = SiteOutput.open(request.out(), writer, memo.folders)) {
            Content content = time.stage("load", () -> ContentStage.load(request.content(), request.drafts(),
                    memo.content, memo.fileSystemNow(), request.changed()));
            TemplateCatalog templates = time.stage("load", () -> TemplateCatalog.read(content.templates(),
                    memo.templates));
            Theme.Loaded theme = time.stage("load", () -> theme(request, memo));
            Rules.Made rules = Rules.of(content.settings(), content.avoid());
            ProseStage proseChecks = new ProseStage(rules.rules(), memo.prose);
            SearchIndex search = new SearchIndex(content.guides(), templates, memo.search, out.sink());
            // each guide's prose is checked, and its file of the search index made, as soon as its text is read
            MarkdownStage.Result<Read> bodies = time.stage("markdown", () -> MarkdownStage.render(content.bodies(),
                    content.guideFiles(), content.drafts(), markdown, (body, rendered, text) -> new Read(
                            proseChecks.use(body, rendered, text), search.use(body, rendered, text)), memo.markdown));
            Map<String, TemplateCatalog.Embedded> embeds = time.stage("markdown", () -> embeds(bodies, templates));
            ProseStage.Result prose = time.stage("prose", () -> proseChecks.result(made(bodies, Read::prose),
                    templates.prose()));
            // Pages are made from clean sources only: a broken guide would be reported again as broken links.
            verdict.stopIf(content.problems(), templates.problems(), theme.problems(), bodies.problems(), of(embeds),
                    rules.problems(), prose.problems());
            // only once every guide was read: a guide that did not parse embeds nothing
            verdict.stopIf(templates.unused(embeds.values()));
            SitePlan site = time.stage("pages", () -> new SitePlan(content, theme.theme().orElseThrow(), bodies,
                    embeds, memo.places));
            PageStage stage = new PageStage(site.renderer(), verifier, content.settings(),
                    theme.theme().get().digest(), site.otherPaths(), memo.pages, memo.checks, out.sink());
            PageStage.Result pages = time.stage("pages", () -> stage.make(site.pages()));
            verdict.stopIf(pages.problems()); // a page the theme could not make would be reported again by links to it
            LinkStage links = new LinkStage(verifier, stage, memo.links);
            List<Problem> checked = time.stage("check", () -> links.check(pages.pages()));
            SitePlan.Other other = time.stage("write", () -> site.otherFiles(search.index(made(bodies, Read::search)),
                    out.sink(), request.content().getFileName().toString()));
            verdict.stopIf(checked, other.problems());
            verdict.stopIf(time.stage("write", out::commit));
            other.remember(memo.search);
            succeeded = true;
            return new BuildResult(out.files(), out.sink().fileCount(), out.sink().totalBytes(), pages.pages().size(),
                    pages.made(), content.guides().size(), time.asMap(),
                    Stream.concat(other.notes().stream(), prose.notes().stream()).toList(), verdict.warnings());
        } catch (UncheckedIOException e) {
            throw new BuildFailure(List.of(Problem.at(request.out().map(p -> p.getFileName().toString())
                    .orElse("site"), 0, 0, "cannot write the site: " + e.getCause())));
        } finally {
            memo.endBuild(succeeded);
        }
    }

    /**
     * What is made of a guide body's text as soon as it is read.
     *
     * @param prose  what the plain-language checks found
     * @param search the guide's part of the search index, if the body has a guide
     */
    private record Read(ProseStage.Checked prose, Optional<SearchIndex.Made> search) {
    }

    /** One of the things made of each body's text, by the guide's display path. */
    private static <T> Map<String, T> made(MarkdownStage.Result<Read> bodies, Function<Read, T> which) {
        Map<String, T> made = new LinkedHashMap<>();
        bodies.made().forEach((path, read) -> made.put(path, which.apply(read)));
        return made;
    }

    /** The theme, compiled again only when its files changed. */
    private static Theme.Loaded theme(Request request, Memo memo) {
        Theme.Sources files = Theme.read(request.theme());
        return memo.themes.get(new Memo.ThemeFiles(Codec.digest(files)), () -> Theme.compile(files));
    }

    /** The templates each rendered body embeds, by the guide's display path. */
    private static Map<String, TemplateCatalog.Embedded> embeds(MarkdownStage.Result<?> bodies,
                                                                 TemplateCatalog templates) {
        Map<String, TemplateCatalog.Embedded> embeds = new LinkedHashMap<>();
        bodies.bodies().forEach((path, body) -> embeds.put(path, templates.resolve(path, body.embeds())));
        return embeds;
    }

    private static List<Problem> of(Map<String, TemplateCatalog.Embedded> embeds) {
        return embeds.values().stream().flatMap(e -> e.problems().stream()).toList();
    }

    /** The problems of one build so far: an error ends it, warnings go on to its result. */
    private static final class Verdict {
        private final List<Problem> warnings = new ArrayList<>();

        /** Ends the build with every problem so far, warnings included, if there is an error among them. */
        @SafeVarargs
        final void stopIf(List<Problem>... problems) throws BuildFailure {
            List<Problem> errors = new ArrayList<>();
            for (List<Problem> list : problems) {
                list.forEach(problem -> (problem.isError() ? errors : warnings).add(problem));
            }
            if (!errors.isEmpty()) {
                errors.addAll(warnings);
                throw new BuildFailure(errors);
            }
        }

        List<Problem> warnings() {
            return warnings.stream().sorted().distinct().toList();
        }
    }
}
