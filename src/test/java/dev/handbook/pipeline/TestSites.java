package dev.handbook.pipeline;

import dev.handbook.content.ContentStage;
import dev.handbook.message.TemplateCatalog;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Where the test inputs are, and how to read a folder into a comparable map. */
public final class TestSites {
    /** The repository's own theme. */
    public static final Path THEME = Path.of("theme");
    /** The repository's own content. */
    public static final Path CONTENT = Path.of("content");
    /** Set {@code -Dgolden.update=true} to rewrite expected files from the current output. */
    public static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** A pipeline for tests; like every pipeline, safe to share. */
    static final Pipeline PIPELINE = Pipeline.standard();

    private TestSites() {
    }

    /** Builds a handbook in memory, afresh. */
    public static BuildResult build(Path content, Path theme, boolean drafts) throws BuildFailure {
        return PIPELINE.build(Request.inMemory(content, theme, drafts), Memo.inMemory());
    }

    /** Builds a handbook into a folder, replacing it, afresh. */
    public static BuildResult buildInto(Path content, Path theme, Path out, boolean drafts) throws BuildFailure {
        return PIPELINE.build(Request.into(content, theme, out, drafts), Memo.inMemory());
    }

    /** A test resource folder, e.g. {@code golden/basic}. */
    public static Path resource(String path) {
        return Path.of("src/test/resources").resolve(path);
    }

    /** The message templates of a content folder, read as a build reads them. */
    public static TemplateCatalog templates(Path content) {
        Memo memo = Memo.inMemory();
        return TemplateCatalog.read(ContentStage.load(content, false, memo.content, Long.MIN_VALUE, Optional.empty()).templates(),
                memo.templates);
    }

    /** Every file below a folder by relative path, as text. */
    public static Map<String, String> read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Copies a folder tree. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
