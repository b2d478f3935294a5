package dev.handbook.markdown;

import java.util.Map;
import java.util.Optional;

/**
 * Where guides are published: resolves a link written to a guide's {@code .md} file to its page.
 *
 * @param slugByFile every guide file relative to the guides folder, e.g. {@code declining-a-job-offer.md},
 *                   mapped to its slug
 */
public record GuideLinks(Map<String, String> slugByFile) {

    /** The slug of the guide file at this guides-relative path, if there is one. */
    public Optional<String> slugOf(String file) {
        return Optional.ofNullable(slugByFile.get(file));
    }
}
