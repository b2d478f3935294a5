package dev.handbook.render;

import java.util.List;
import java.util.Optional;

/**
 * A guide's place among the others, as its page shows it.
 *
 * @param previous the guide before it in its category, if any
 * @param next     the guide after it in its category, if any
 * @param related  up to three other guides that share its tags or category, most related first
 */
public record Neighbours(Optional<GuideLink> previous, Optional<GuideLink> next, List<GuideLink> related) {

    /** Worked out by hand, as it is for every guide page's key in every build; equal neighbours have equal codes. */
    @Override
    public int hashCode() {
        return (31 * previous.hashCode() + next.hashCode()) * 31 + related.hashCode();
    }
}
