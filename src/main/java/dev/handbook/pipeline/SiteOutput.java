package dev.handbook.pipeline;

import dev.handbook.memo.Table;
import dev.handbook.output.SiteFiles;
import dev.handbook.output.SiteSink;
import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where one build puts its files: in memory, or in the spare folder that takes the output folder's place at the end. */
final class SiteOutput implements AutoCloseable {
    private final SiteFiles memory;
    private final SiteWriter.Staging staging;
    private final Table<Folder, SiteWriter.Folders> folders;
    private final Folder folder;

    /**
     * An output folder, as the key of what the memo knows of its folders.
     *
     * @param path its absolute path
     */
    record Folder(String path) {
    }

    private SiteOutput(SiteFiles memory, SiteWriter.Staging staging, Table<Folder, SiteWriter.Folders> folders,
                       Folder folder) {
        this.memory = memory;
        this.staging = staging;
        this.folders = folders;
        this.folder = folder;
    }

    /**
     * Memory, or the spare folder beside {@code out}.
     *
     * @throws BuildFailure if the output folder cannot be replaced, e.g. it holds files the build did not write
     */
    static SiteOutput open(Optional<Path> out, SiteWriter writer, Table<Folder, SiteWriter.Folders> folders)
            throws BuildFailure {
        if (out.isEmpty()) {
            return new SiteOutput(new SiteFiles(), null, folders, null);
        }
        Folder folder = new Folder(out.get().toAbsolutePath().normalize().toString());
        SiteWriter.Folders known = folders.find(folder, f -> true).orElse(SiteWriter.Folders.NONE);
        try {
            return new SiteOutput(null, writer.stage(out.get(), known), folders, folder);
        } catch (SiteWriter.Refused e) {
            throw new BuildFailure(e.problems());
        }
    }

    /** Puts the site in place; the memo learns the stamps of its folders. */
    List<Problem> commit() {
        if (staging == null) {
            return List.of();
        }
        List<Problem> problems = staging.commit();
        if (problems.isEmpty()) {
            folders.put(folder, staging.folders());
        }
        return problems;
    }

    SiteSink sink() {
        return memory != null ? memory : staging;
    }

    /** The files of a build in memory; an empty set for one written into a folder. */
    SiteFiles files() {
        return memory != null ? memory : new SiteFiles();
    }

    /** Leaves the spare folder whole for the next build, if the site was not swapped in. */
    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
    }
}
