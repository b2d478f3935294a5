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

/**
 * The links stage: every page's links to other pages and their sections are checked against the pages there are.
 * A page's result depends on what checking it found and on the ids of the pages its links lead to, and is kept
 * under exactly that: a page is checked again when it changed, or when a page it links to gained, lost or changed
 * its ids.
 */
final class LinkStage {
    private final SiteVerifier verifier;
    private final Table<Digest, SiteVerifier.Checked> checks;
    private final Table<Key, Resolved> memo;

    /**
     * What checking one page's links depends on.
     *
     * @param checked the digest of what checking the page found, its links included (so also which pages they
     *                lead to)
     * @param targets for each page its links lead to, in order, the digest of that page's ids, or empty if there is
     *                no such page
     */
    record Key(Digest checked, List<Optional<Digest>> targets) {
    }

    /**
     * The problems of one page's links.
     *
     * @param problems the links that lead to no page or no section
     */
    record Resolved(List<Problem> problems) {
    }

    LinkStage(SiteVerifier verifier, Table<Digest, SiteVerifier.Checked> checks, Table<Key, Resolved> memo) {
        this.verifier = verifier;
        this.checks = checks;
        this.memo = memo;
    }

    /** Every problem of the pages: what checking each alone found, and its links that lead nowhere; sorted. */
    List<Problem> check(List<PageStage.Made> pages) {
        Map<String, PageStage.Made> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path(), page));
        return pages.parallelStream().flatMap(page -> {
            List<Optional<Digest>> targets = new ArrayList<>(page.targets().size());
            for (String target : page.targets()) {
                targets.add(Optional.ofNullable(byPath.get(target)).map(PageStage.Made::ids));
            }
            Resolved links = memo.get(new Key(page.checked(), targets), () -> {
                Map<String, Set<String>> ids = new HashMap<>();
                for (String target : page.targets()) {
                    Optional.ofNullable(byPath.get(target)).ifPresent(t -> ids.put(target, checked(t).ids()));
                }
                return new Resolved(verifier.resolve(checked(page).links(), ids));
            });
            return java.util.stream.Stream.concat(page.problems().stream(), links.problems().stream());
        }).sorted().distinct().toList();
    }

    private SiteVerifier.Checked checked(PageStage.Made page) {
        return checks.get(page.checked(), () -> {
            throw new IllegalStateException("the memo has no check of " + page.path());
        });
    }
}
