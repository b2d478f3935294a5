package dev.handbook.content;

import dev.handbook.memo.Digest;
import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What one guide file holds, and what is wrong with it.
 *
 * @param slug     the slug other guides link to: the front matter's, else the file name's
 * @param guide    the guide, if its front matter is valid
 * @param body     where its Markdown body is, if the file could be split into front matter and body
 * @param problems every problem of the file, sorted
 * @param places   where its category and tags are written, for problems found by comparing guides
 */
public record ParsedGuide(String slug, Optional<Guide> guide, Optional<Span> body, List<Problem> problems,
                          Places places) {

    /**
     * Where a guide's category and tags are written.
     *
     * @param category the category's value, or the file when it names none
     * @param tags     each tag's item, in the order of the list
     */
    public record Places(Place category, List<Place> tags) {
        /** Nothing known: every place is the file. */
        public static final Places NONE = new Places(Place.FILE, List.of());

        /** Where the {@code index}th tag is written. */
        public Place tag(int index) {
            return index < tags.size() ? tags.get(index) : Place.FILE;
        }
    }

    /**
     * Where the body is in the file's text.
     *
     * @param offset the index of its first character
     * @param line   the file line it starts on
     * @param hash   the digest of its text
     */
    public record Span(int offset, int line, Digest hash) {
    }
}
