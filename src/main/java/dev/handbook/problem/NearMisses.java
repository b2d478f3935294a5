package dev.handbook.problem;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The names a writer used, to find one that is almost certainly a misspelling of another ({@link Suggest#nearMiss}):
 * of a name that is listed (declared in the front matter, or in the settings), or of one used more often, or as
 * often and first used earlier. Names that are one thing by {@code same} (one page, one box) are not taken as
 * misspellings of each other unless listed: that is another problem, reported on its own. Each name is worked out
 * once.
 */
public final class NearMisses {
    private final Set<String> listed;
    private final Function<String, String> same;
    private final Map<String, Integer> uses = new HashMap<>();
    private final Map<String, Integer> first = new HashMap<>();
    private final Map<String, Optional<String>> meant = new HashMap<>();

    /**
     * @param listed the names the writer declared, which are right by definition
     * @param used   the names used, in groups in the order they were met (a guide's tags, say); a name's uses are
     *               counted, and it was met first in the first group that has it
     * @param same   what makes two names one thing, e.g. the page they would make
     */
    public NearMisses(Collection<String> listed, List<? extends Collection<String>> used,
                      Function<String, String> same) {
        this.listed = Set.copyOf(listed);
        this.same = same;
        for (int i = 0; i < used.size(); i++) {
            for (String name : used.get(i)) {
                uses.merge(name, 1, Integer::sum);
                first.putIfAbsent(name, i);
            }
        }
    }

    /** The name that {@code name}, one of those used, is almost certainly a misspelling of, if any. */
    public Optional<String> meant(String name) {
        return meant.computeIfAbsent(name, this::workOut);
    }

    private Optional<String> workOut(String name) {
        if (listed.contains(name)) {
            return Optional.empty();
        }
        Set<String> known = new HashSet<>(listed);
        int own = uses.getOrDefault(name, 0);
        int met = first.getOrDefault(name, Integer.MAX_VALUE);
        uses.forEach((other, count) -> {
            if (count > own || count == own && first.get(other) < met) {
                known.add(other);
            }
        });
        String thing = same.apply(name);
        known.removeIf(other -> !listed.contains(other) && same.apply(other).equals(thing));
        return Suggest.nearMiss(name, known);
    }
}
