package dev.handbook.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What to build, and where.
 *
 * @param content the content folder, e.g. {@code content}
 * @param theme   the theme folder, e.g. {@code theme}
 * @param drafts  whether guides marked {@code draft: true} are built
 * @param out     the folder to replace with the site, or empty to build it in memory
 * @param changed the paths that changed since the last build with the same memo, as a file watcher saw them, or
 *                empty if not known: the build then looks at every file
 */
public record Request(Path content, Path theme, boolean drafts, Optional<Path> out, Optional<Set<Path>> changed) {

    /** A build in memory, as the preview and tests make. */
    public static Request inMemory(Path content, Path theme, boolean drafts) {
        return new Request(content, theme, drafts, Optional.empty(), Optional.empty());
    }

    /** A build that replaces {@code out} with the site. */
    public static Request into(Path content, Path theme, Path out, boolean drafts) {
        return new Request(content, theme, drafts, Optional.of(out), Optional.empty());
    }

    /** The same build, told which paths changed since the last one. */
    public Request after(Set<Path> changes) {
        return new Request(content, theme, drafts, out, Optional.of(Set.copyOf(changes)));
    }
}
