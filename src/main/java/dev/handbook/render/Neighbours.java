package dev.handbook.render;

import dev.handbook.content.Guide;
import java.util.List;
import java.util.Optional;

/**
 * A guide's place among the others.
 *
 * @param previous the guide before it in its category, if any
 * @param next     the guide after it in its category, if any
 * @param related  up to three other guides that share its tags or category, most related first
 */
public record Neighbours(Optional<Guide> previous, Optional<Guide> next, List<Guide> related) {

    /** What a page shows of its neighbours: slug, title and summary of each; for caching pages. */
    public List<List<String>> listing() {
        java.util.List<List<String>> out = new java.util.ArrayList<>();
        previous.ifPresentOrElse(g -> out.add(List.of("previous", g.slug(), g.title(), g.summary())),
                () -> out.add(List.of("previous")));
        next.ifPresentOrElse(g -> out.add(List.of("next", g.slug(), g.title(), g.summary())),
                () -> out.add(List.of("next")));
        related.forEach(g -> out.add(List.of("related", g.slug(), g.title(), g.summary())));
        return out;
    }
}
