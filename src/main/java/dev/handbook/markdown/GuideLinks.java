package dev.handbook.markdown;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where guides are published: resolves a link written to a guide's {@code .md} file to its page.
 *
 * @param slugByFile every guide file relative to the guides folder, e.g. {@code declining-a-job-offer.md},
 *                   mapped to its slug
 * @param drafts     the guide files that this build leaves out because they are drafts
 */
public record GuideLinks(Map<String, String> slugByFile, Set<String> drafts) {

    /** Guides of which none is a draft. */
    public GuideLinks(Map<String, String> slugByFile) {
        this(slugByFile, Set.of());
    }

    /** Whether the guide file at this guides-relative path is a draft this build leaves out. */
    public boolean isDraft(String file) {
        return drafts.contains(file);
    }

    /** The slug of the guide file at this guides-relative path, if there is one. */
    public Optional<String> slugOf(String file) {
        return Optional.ofNullable(slugByFile.get(file));
    }
}
