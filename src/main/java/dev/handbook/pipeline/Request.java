package dev.handbook.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build, and where.
 *
 * @param content the content folder, e.g. {@code content}
 * @param theme   the theme folder, e.g. {@code theme}
 * @param drafts  whether guides marked {@code draft: true} are built
 * @param out     the folder to replace with the site, or empty to build it in memory
 */
public record Request(Path content, Path theme, boolean drafts, Optional<Path> out) {

    /** A build in memory, as the preview and tests make. */
    public static Request inMemory(Path content, Path theme, boolean drafts) {
        return new Request(content, theme, drafts, Optional.empty());
    }

    /** A build that replaces {@code out} with the site. */
    public static Request into(Path content, Path theme, Path out, boolean drafts) {
        return new Request(content, theme, drafts, Optional.of(out));
    }
}
