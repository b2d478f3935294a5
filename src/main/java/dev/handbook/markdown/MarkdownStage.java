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

/**
 * The second stage: renders every guide body, or takes the rendering the memo holds for the same body, line and
 * set of guide files. A body whose rendering the memo summarises is not read or rendered unless a later stage asks
 * for its HTML.
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
     * @param problems every problem of the bodies, sorted
     */
    public record Result(Map<String, Rendered> bodies, List<Problem> problems) {
    }

    private MarkdownStage() {
    }

    /** Renders the bodies in parallel; the result keeps their order. */
    public static Result render(List<Body> bodies, Map<String, String> guideFiles, Set<String> drafts,
                                MarkdownRenderer renderer, Tables tables) {
        GuideLinks links = new GuideLinks(guideFiles, drafts);
        Digest files = tables.links().get(links, () -> Codec.digest(links));
        record Done(Optional<Rendered> rendered, List<Problem> problems) {
        }
        List<Done> done = bodies.parallelStream().map(body -> {
            Key key = new Key(body.path(), body.hash(), body.line(), files);
            try {
                Summary summary = tables.summaries().get(key, () -> {
                    Problems problems = new Problems();
                    RenderedMarkdown rendered = render(body, links, renderer, problems);
                    tables.rendered().put(key, rendered);
                    return new Summary(rendered.digest(), rendered.embeds(), problems.sorted());
                });
                tables.rendered().retain(key);
                Digested<RenderedMarkdown> markdown = Digested.later(summary.digest(), () -> tables.rendered()
                        .get(key, () -> {
                            RenderedMarkdown again = render(body, links, renderer, new Problems());
                            if (!again.digest().equals(summary.digest())) {
                                throw new IllegalStateException("rendering " + body.path() + " again gave other HTML");
                            }
                            return again;
                        }));
                return new Done(Optional.of(new Rendered(body.path(), markdown, summary.embeds())),
                        summary.problems());
            } catch (SourceFile.Unreadable e) {
                return new Done(Optional.empty(), List.of(e.problem()));
            }
        }).toList();
        Map<String, Rendered> out = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Done d : done) {
            d.rendered().ifPresent(r -> out.put(r.path(), r));
            problems.addAll(d.problems());
        }
        return new Result(Collections.unmodifiableMap(out), problems.stream().sorted().toList());
    }

    private static RenderedMarkdown render(Body body, GuideLinks links, MarkdownRenderer renderer,
                                           Problems problems) {
        return renderer.render(body.path(), body.text().get(), body.line(), links, problems);
    }
}
