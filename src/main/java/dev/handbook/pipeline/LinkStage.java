package dev.handbook.pipeline;

import dev.handbook.check.SiteVerifier;
import dev.handbook.memo.Digest;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * What checking one page's links depends on.
     *
     * @param checked the digest of what checking the page found, its links included (so also which pages they
     *                lead to)
     * @param targets for each page its links lead to, in order, whether it exists and, if a link names one of its
     *                sections, the digest of its ids
     */
    record Key(Digest checked, List<Reached> targets) {
    }

    /**
     * What a link's checking needs to know of the page it leads to.
     *
     * @param exists whether there is such a page
     * @param ids    the digest of its ids, if a link names one of its sections and it exists
     */
    record Reached(boolean exists, Optional<Digest> ids) {
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
            List<Reached> targets = new ArrayList<>(page.targets().size());
            for (PageStage.Target target : page.targets()) {
                PageStage.Made reached = byPath.get(target.path());
                targets.add(new Reached(reached != null, Optional.ofNullable(reached).filter(r -> target.section())
                        .map(PageStage.Made::ids)));
            }
            Resolved links = memo.get(new Key(page.checked(), targets), () -> {
                // a page that is only linked to needs to exist; one whose sections are named, to have them
                Map<String, Set<String>> ids = new HashMap<>();
                for (PageStage.Target target : page.targets()) {
                    PageStage.Made reached = byPath.get(target.path());
                    if (reached != null) {
                        ids.put(target.path(), target.section() ? this.pages.checked(reached).ids() : Set.of());
                    }
                }
                return new Resolved(verifier.resolve(this.pages.checked(page).links(), ids));
            });
            return Stream.concat(page.problems().stream(), links.problems().stream());
        }).sorted().distinct().toList();
    }
}
