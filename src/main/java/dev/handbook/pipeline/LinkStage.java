package dev.handbook.pipeline;

import dev.handbook.check.SiteVerifier;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The links stage: every page's links to other pages and their sections are checked against the pages there are.
 * A page's result depends on what checking it found and on the ids of the pages its links lead to, and is kept
 * under exactly that: a page is checked again when it changed, or when a page it links to gained, lost or changed
 * its ids.
 */
final class LinkStage {
    private final SiteVerifier verifier;
    private final PageStage pages;
    private final Table<Key, Resolved> memo;

    /**
     * What checking one page's links depends on. What checking the page found names the pages its links lead to
     * and whether they name sections, so besides it the key holds only what can change without the page changing.
     *
     * @param checked the digest of what checking the page found, its links included
     * @param missing the pages its links lead to that do not exist, in the order of its targets
     * @param ids     for each page whose sections its links name and that exists, in the order of its targets, the
     *                digest of what may be named on it (its ids, its sections and its source)
     */
    record Key(Digest checked, List<String> missing, List<Digest> ids) {
    }

    /**
     * The problems of one page's links.
     *
     * @param problems the links that lead to no page or no section
     */
    record Resolved(List<Problem> problems) {
    }

    LinkStage(SiteVerifier verifier, PageStage pages, Table<Key, Resolved> memo) {
        this.verifier = verifier;
        this.pages = pages;
        this.memo = memo;
    }

    /** Every problem of the pages: what checking each alone found, and its links that lead nowhere; sorted. */
    List<Problem> check(List<PageStage.Made> pages) {
        Map<String, PageStage.Made> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path(), page));
        return pages.parallelStream().flatMap(page -> {
            List<String> missing = new ArrayList<>(0);
            List<Digest> ids = new ArrayList<>(0);
            for (PageStage.Target target : page.targets()) {
                PageStage.Made reached = byPath.get(target.path());
                if (reached == null) {
                    missing.add(target.path());
                } else if (target.section()) {
                    ids.add(reached.ids());
                }
            }
            Resolved links = memo.get(new Key(page.checked(), missing, ids), () -> {
                // a page that is only linked to needs to exist; one whose sections are named, to have them
                Map<String, SiteVerifier.Anchors> idsByPath = new HashMap<>();
                for (PageStage.Target target : page.targets()) {
                    PageStage.Made reached = byPath.get(target.path());
                    if (reached != null) {
                        idsByPath.put(target.path(), target.section() ? this.pages.checked(reached).anchors()
                                : SiteVerifier.Anchors.ANY);
                    }
                }
                return new Resolved(verifier.resolve(this.pages.checked(page).links(), idsByPath));
            });
            return Stream.concat(page.problems().stream(), links.problems().stream());
        }).sorted().distinct().toList();
    }
}
