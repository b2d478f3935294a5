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
 */
public record ParsedGuide(String slug, Optional<Guide> guide, Optional<Span> body, List<Problem> problems) {

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
