package dev.handbook.content;

import java.util.List;
import java.util.Map;

/**
 * Everything read from {@code content/}.
 *
 * @param settings     the handbook's settings
 * @param guides       the valid guides, sorted by path
 * @param templates    the message-template sources, sorted by path
 * @param brokenGuides the guides whose front matter has problems: their bodies are still checked
 * @param guideFiles   every guide file's path relative to the guides folder, valid or not, mapped to its slug,
 *                     e.g. {@code declining-a-job-offer.md -> declining-a-job-offer}; links resolve against it
 */
public record Content(Settings settings, List<Guide> guides, List<Document> brokenGuides, List<Document> templates,
                      Map<String, String> guideFiles) {
}
