package dev.handbook.markdown;

import dev.handbook.content.Body;
import dev.handbook.content.SourceFile;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The second stage: renders every guide body, or takes the rendering the memo holds for the same body, line and
 * set of guide files. A body whose rendering the memo summarises is not read or rendered unless a later stage asks
 * for its HTML. What later stages make of a body's text (the plain-language checks of its prose, its file of the
 * search index) is made as soon as the body is rendered, from the same parse, so that the text is never kept.
 */
public final class MarkdownStage {

    /**
     * The memo tables of the stage.
     *
     * @param rendered  a body's inputs to its rendering (kept in memory only: it is as large as the site)
     * @param summaries a body's inputs to what later stages need of its rendering without its HTML
     * @param links     the guide files to their digest, which every body's key holds (kept in memory only)
     */
    public record Tables(Table<Key, RenderedMarkdown> rendered, Table<Key, Summary> summaries,
                         Table<GuideLinks, Digest> links) {
    }

    /**
     * What a body's rendering depends on.
     *
     * @param path       the guide's display path, e.g. {@code content/guides/x.md}
     * @param body       the digest of the body's text
     * @param line       the file line on which the body starts
     * @param guideFiles the digest of every guide file and its slug, which links resolve against
     */
    public record Key(String path, Digest body, int line, Digest guideFiles) {
    }

    /**
     * What later stages need of a rendering, without the HTML.
     *
     * @param digest   the digest of the whole rendering
     * @param embeds   the templates the body embeds
     * @param problems the problems of the body, sorted
     */
    public record Summary(Digest digest, List<RenderedMarkdown.Embed> embeds, List<Problem> problems) {
    }

    /**
     * A guide's rendered body.
     *
     * @param path     the guide's display path
     * @param markdown the rendering, made when first asked for
     * @param embeds   the templates the body embeds
     */
    public record Rendered(String path, Digested<RenderedMarkdown> markdown, List<RenderedMarkdown.Embed> embeds) {
    }

    /**
     * The stage's result.
     *
     * @param bodies   every body that could be read, by the guide's display path
     * @param made     what was made of each of their texts, by the guide's display path
     * @param problems every problem of the bodies, sorted
     * @param <T>      what is made of a body's text
     */
    public record Result<T>(Map<String, Rendered> bodies, Map<String, T> made, List<Problem> problems) {
    }

    /**
     * What later stages make of a body's text, as soon as the body is rendered: the text is as large as the body,
     * and only what is made of it is kept.
     *
     * @param <T> what is made, e.g. the findings of the plain-language checks
     */
    public interface TextUse<T> {
        /**
         * What is made of a body's text.
         *
         * @param rendered the body's rendering
         * @param text     gives the text: the rendering's, or, when the body's rendering came from the memo, read by
         *                 rendering the body again (only if asked, and once however often asked)
         */
        T use(Body body, Rendered rendered, Supplier<BodyText> text);
    }

    private MarkdownStage() {
    }

    /**
     * Renders the bodies in parallel and makes what {@code use} makes of each one's text; the result keeps their
     * order.
     */
    public static <T> Result<T> render(List<Body> bodies, Map<String, String> guideFiles, Set<String> drafts,
                                       MarkdownRenderer renderer, TextUse<T> use, Tables tables) {
        GuideLinks links = new GuideLinks(guideFiles, drafts);
        Digest files = tables.links().get(links, () -> Codec.digest(links));
        record Done<T>(Optional<Rendered> rendered, Optional<T> made, List<Problem> problems) {
        }
        List<Done<T>> done = bodies.parallelStream().map(body -> {
            Key key = new Key(body.path(), body.hash(), body.line(), files);
            try {
                // the text of a rendering made now, which is not kept in the memo
                AtomicReference<BodyText> read = new AtomicReference<>();
                Summary summary = tables.summaries().get(key, () -> {
                    Problems problems = new Problems();
                    MarkdownRenderer.Rendering rendering = render(body, links, renderer, problems);
                    tables.rendered().put(key, rendering.markdown());
                    read.set(rendering.text());
                    return new Summary(rendering.markdown().digest(), rendering.markdown().embeds(),
                            problems.sorted());
                });
                tables.rendered().retain(key);
                Digested<RenderedMarkdown> markdown = Digested.later(summary.digest(), () -> tables.rendered()
                        .get(key, () -> again(body, links, renderer, summary).markdown()));
                Rendered rendered = new Rendered(body.path(), markdown, summary.embeds());
                T made = use.use(body, rendered, () -> read.updateAndGet(text -> text != null ? text
                        : again(body, links, renderer, summary).text()));
                return new Done<>(Optional.of(rendered), Optional.of(made), summary.problems());
            } catch (SourceFile.Unreadable e) {
                return new Done<T>(Optional.empty(), Optional.empty(), List.of(e.problem()));
            }
        }).toList();
        Map<String, Rendered> out = new LinkedHashMap<>();
        Map<String, T> made = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Done<T> d : done) {
            d.rendered().ifPresent(r -> {
                out.put(r.path(), r);
                made.put(r.path(), d.made().orElseThrow());
            });
            problems.addAll(d.problems());
        }
        return new Result<>(Collections.unmodifiableMap(out), Collections.unmodifiableMap(made),
                problems.stream().sorted().toList());
    }

    /** A body rendered again, for what the memo does not hold of it: it must be the rendering summarised. */
    private static MarkdownRenderer.Rendering again(Body body, GuideLinks links, MarkdownRenderer renderer,
                                                    Summary summary) {
        MarkdownRenderer.Rendering again = render(body, links, renderer, new Problems());
        if (!again.markdown().digest().equals(summary.digest())) {
            throw new IllegalStateException("rendering " + body.path() + " again gave other HTML");
        }
        return again;
    }

    private static MarkdownRenderer.Rendering render(Body body, GuideLinks links, MarkdownRenderer renderer,
                                                     Problems problems) {
        return renderer.renderWithText(body.path(), body.text().get(), body.line(), links, problems);
    }
}
