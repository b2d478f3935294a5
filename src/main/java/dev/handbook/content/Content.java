package dev.handbook.content;

import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from {@code content/}, and what is wrong with it.
 *
 * @param settings   the handbook's settings
 * @param avoid      the words and phrases guides should not use
 * @param guides     the guides to publish, sorted by path
 * @param bodies     the Markdown bodies to render: those of the guides to publish and of guides whose front matter
 *                   has problems (their bodies are checked too), sorted by path
 * @param templates  the message-template files, sorted by path
 * @param guideFiles every guide file's path relative to the guides folder, valid or not, mapped to its slug,
 *                   e.g. {@code declining-a-job-offer.md -> declining-a-job-offer}; links resolve against it
 * @param drafts     the guide files left out of this build because they are drafts, relative to the guides folder
 * @param problems   every problem found while reading, sorted
 */
public record Content(Settings settings, WordsToAvoid avoid, List<Guide> guides, List<Body> bodies,
                      List<SourceFile> templates, Map<String, String> guideFiles, Set<String> drafts,
                      List<Problem> problems) {
}
