package dev.handbook.pipeline;

import dev.handbook.output.SiteFiles;
import dev.handbook.output.SiteSink;
import dev.handbook.output.SiteWriter;
import dev.handbook.problem.BuildFailure;
import java.nio.file.Path;
import java.util.Optional;

/** Where one build puts its files: in memory, or in a staging folder that replaces the output folder at the end. */
final class SiteOutput implements AutoCloseable {
    private final SiteFiles memory;
    private final SiteWriter.Staging staging;

    private SiteOutput(SiteFiles memory, SiteWriter.Staging staging) {
        this.memory = memory;
        this.staging = staging;
    }

    /**
     * Memory, or a staging folder beside {@code out}.
     *
     * @throws BuildFailure if the output folder cannot be replaced, e.g. it holds files the build did not write
     */
    static SiteOutput open(Optional<Path> out, SiteWriter writer) throws BuildFailure {
        if (out.isEmpty()) {
            return new SiteOutput(new SiteFiles(), null);
        }
        try {
            return new SiteOutput(null, writer.stage(out.get()));
        } catch (SiteWriter.Refused e) {
            throw new BuildFailure(e.problems());
        }
    }

    SiteSink sink() {
        return memory != null ? memory : staging;
    }

    /** The files of a build in memory; an empty set for one written into a folder. */
    SiteFiles files() {
        return memory != null ? memory : new SiteFiles();
    }

    /** Removes the staging folder unless it was swapped in. */
    @Override
    public void close() {
        if (staging != null) {
            staging.close();
        }
    }
}
