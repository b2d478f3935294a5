package dev.handbook.content;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.util.Optional;

/**
 * A writer's file split into its front matter and its body. Its front matter reports into the collector the
 * document was split with: read it within the function that split it, and return what that collector holds.
 *
 * @param path        display path, e.g. {@code content/guides/x.md}
 * @param frontMatter the parsed front matter
 * @param body        the text after the closing {@code ---}
 * @param bodyLine    the 1-based file line on which the body starts, e.g. {@code 8}
 * @param bodyOffset  the index in the file's text at which the body starts
 */
public record Document(String path, FrontMatter frontMatter, String body, int bodyLine, int bodyOffset) {

    /**
     * Decodes a file's bytes as strict UTF-8 and splits it, as {@link #split} does.
     *
     * @return the document, or empty after reporting why the file could not be decoded, split or parsed
     */
    public static Optional<Document> read(String path, byte[] bytes, Problems problems) {
        try {
            return split(SourceText.decode(bytes, path), problems);
        } catch (SourceException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    /**
     * Splits a file that starts with a {@code ---} line, YAML, and a closing {@code ---} line.
     *
     * @return the document, or empty after reporting why it could not be split or parsed
     */
    public static Optional<Document> split(SourceText source, Problems problems) {
        String text = source.text();
        String path = source.path();
        if (text.isBlank()) {
            problems.add(new Problem(path, 0, 0, "the file is empty",
                    "start it with front matter between two \"---\" lines"));
            return Optional.empty();
        }
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            problems.add(new Problem(path, 1, 1, "the file must start with front matter: a line \"---\"",
                    "put \"---\", the \"key: value\" lines, and another \"---\" at the very top"));
            return Optional.empty();
        }
        int yamlStart = 4;
        int closing = -1;
        int line = 2;
        int lineStart = yamlStart;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, end < 0 ? text.length() : end);
            if (current.equals("---") || current.equals("...")) {
                closing = lineStart;
                break;
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
            line++;
        }
        if (closing < 0) {
            problems.add(new Problem(path, 1, 1, "the front matter is not closed",
                    "add a line \"---\" after the last \"key: value\" line"));
            return Optional.empty();
        }
        String yaml = text.substring(Math.min(yamlStart, closing), closing);
        int bodyStart = text.indexOf('\n', closing);
        int bodyOffset = bodyStart < 0 ? text.length() : bodyStart + 1;
        String body = text.substring(bodyOffset);
        int bodyLine = line + 1;
        return FrontMatter.parse(path, 2, yaml, problems)
                .map(fm -> new Document(path, fm, body, bodyLine, bodyOffset));
    }
}
