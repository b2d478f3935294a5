package dev.handbook.pipeline;

import dev.handbook.check.SiteVerifier;
import dev.handbook.content.Settings;
import dev.handbook.content.SourceFile;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.output.SiteSink;
import dev.handbook.output.Stored;
import dev.handbook.problem.Problem;
import dev.handbook.render.Page;
import dev.handbook.render.PageModel;
import dev.handbook.render.PageRenderer;
import dev.handbook.render.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages stage: each page is rendered, encoded, checked on its own and handed to the sink in one task, so its
 * text is dropped at once; a page whose key the memo holds is handed on as the sink stored it last time.
 */
final class PageStage {
    private final PageRenderer renderer;
    private final SiteVerifier verifier;
    private final Set<String> otherFiles;
    private final Digest site;
    private final Table<Key, Made> memo;
    private final Table<Digest, SiteVerifier.Checked> checks;
    private final Map<String, PageModel> byPath = new ConcurrentHashMap<>();
    private final SiteSink sink;

    /**
     * Everything a page depends on.
     *
     * @param model what the page shows
     * @param site  the digest of what every page depends on: {@link Site}
     */
    record Key(PageModel model, Digest site) {
    }

    /**
     * What every page depends on besides its model, digested once per build.
     *
     * @param settings   the handbook's settings
     * @param theme      the digest of the theme's templates
     * @param otherFiles the paths of the files that are not pages, which its links may lead to
     */
    private record Site(Settings settings, Digest theme, Set<String> otherFiles) {
    }

    /**
     * A page as made: where the sink stored its bytes, what checking it alone found, and what checking its links
     * needs to know of it. The whole of what checking found is filed apart, under {@code checked}, and read only
     * when its links are checked again.
     *
     * @param path     its output path, e.g. {@code declining-a-job-offer/index.html}
     * @param stored   where its bytes are
     * @param problems what checking it alone found
     * @param checked  the digest of what checking it found, its ids and links included
     * @param targets  the pages its links lead to, sorted
     * @param ids      the digest of what links from other pages may name on it: its ids and sections
     */
    record Made(String path, Stored stored, List<Problem> problems, Digest checked, List<Target> targets,
                Digest ids) {

        static Made of(Stored stored, SiteVerifier.Checked checked) {
            Map<String, Boolean> sections = new TreeMap<>();
            for (SiteVerifier.PageLink link : checked.links()) {
                sections.merge(link.target(), !link.id().isEmpty(), Boolean::logicalOr);
            }
            // One string a path: every build looks up some hundred thousand link targets among the pages' paths,
            // and a lookup that finds the same string compares no characters.
            List<Target> targets = sections.entrySet().stream()
                    .map(e -> new Target(e.getKey().intern(), e.getValue())).toList();
            return new Made(checked.path().intern(), stored, checked.problems(), Codec.digest(checked), targets,
                    Codec.digest(checked.anchors()));
        }
    }

    /**
     * A page that a page's links lead to.
     *
     * @param path    its output path
     * @param section whether a link names one of its sections, so that its ids matter, not only that it exists
     */
    record Target(String path, boolean section) {
    }


    /**
     * The stage's result.
     *
     * @param pages    every page made or handed on, in the models' order
     * @param made     how many pages were rendered and checked
     * @param problems the problems of theme templates that could not render a page
     */
    record Result(List<Made> pages, int made, List<Problem> problems) {
    }

    PageStage(PageRenderer renderer, SiteVerifier verifier, Settings settings, Digest theme, Set<String> otherFiles,
              Table<Key, Made> memo, Table<Digest, SiteVerifier.Checked> checks, SiteSink sink) {
        this.renderer = renderer;
        this.verifier = verifier;
        this.otherFiles = otherFiles;
        this.site = Codec.digest(new Site(settings, theme, otherFiles));
        this.memo = memo;
        this.checks = checks;
        this.sink = sink;
    }

    /**
     * What checking a kept page found, made again from its model when the memo does not hold it (it is not written
     * to a memo file: pages' checks are large and needed only when a page a page links to changed its sections).
     */
    SiteVerifier.Checked checked(Made page) {
        return checks.get(page.checked(), () -> {
            try {
                SiteVerifier.Checked checked = verifier.check(verifier.parse(renderer.render(byPath.get(page.path()))),
                        otherFiles);
                if (!Codec.digest(checked).equals(page.checked())) {
                    throw new IllegalStateException("checking " + page.path() + " again found something else");
                }
                return checked;
            } catch (TemplateException e) {
                throw new IllegalStateException("the theme made " + page.path() + " once but not again", e);
            }
        });
    }

    /** Makes or hands on every page, in parallel; the result keeps the models' order. */
    Result make(List<PageModel> models) {
        models.forEach(model -> byPath.put(model.path(), model));
        record One(Optional<Made> page, boolean made, Optional<Problem> problem) {
        }
        List<One> done = models.parallelStream().map(model -> {
            Key key = new Key(model, site);
            Optional<Made> earlier = memo.find(key, made -> made.stored().current());
            if (earlier.isPresent()) {
                Made kept = earlier.get();
                checks.retain(kept.checked()); // kept in memory, not in a memo file: made again if needed
                Stored stored = sink.keep(model.path(), kept.stored());
                if (!stored.equals(kept.stored())) {
                    kept = new Made(kept.path(), stored, kept.problems(), kept.checked(), kept.targets(), kept.ids());
                    memo.put(key, kept);
                }
                return new One(Optional.of(kept), false, Optional.empty());
            }
            try {
                Page page = renderer.render(model);
                byte[] bytes = page.bytes();
                SiteVerifier.Checked checked = verifier.check(verifier.parse(page), otherFiles);
                Made made = Made.of(sink.add(model.path(), bytes), checked);
                checks.put(made.checked(), checked);
                memo.put(key, made);
                return new One(Optional.of(made), true, Optional.empty());
            } catch (TemplateException e) {
                return new One(Optional.empty(), true, Optional.of(e.problem()));
            } catch (SourceFile.Unreadable e) {
                return new One(Optional.empty(), true, Optional.of(e.problem()));
            }
        }).toList();
        List<Made> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int made = 0;
        for (One one : done) {
            one.page().ifPresent(pages::add);
            one.problem().ifPresent(problems::add);
            made += one.made() ? 1 : 0;
        }
        return new Result(List.copyOf(pages), made, List.copyOf(problems));
    }
}
