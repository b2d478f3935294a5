package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final String GUIDE = "---\ntitle: T\nsummary: S\nupdated: 2026-01-01\n---\nBody\n";

    @TempDir
    Path root;
    Path content;
    private final Problems problems = new Problems();

    @BeforeEach
    void writeSettings() throws IOException {
        content = Files.createDirectories(root.resolve("content/guides"));
        content = root.resolve("content");
        Files.writeString(content.resolve("handbook.yml"), "title: T\ndescription: D.\nlanguage: en\n");
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Problem::headline).toList();
    }

    @Test
    void aSymbolicLinkOutsideTheContentFolderIsAProblemAndOneInsideIsFine() throws IOException {
        Files.writeString(root.resolve("outside.md"), GUIDE);
        Files.createSymbolicLink(content.resolve("guides/escape.md"), root.resolve("outside.md"));
        Files.writeString(content.resolve("guides/real.md"), GUIDE);
        Files.createSymbolicLink(content.resolve("guides/alias.md"), content.resolve("guides/real.md"));
        Files.createSymbolicLink(content.resolve("guides/dangling.md"), root.resolve("gone.md"));

        Content loaded = new ContentLoader(false).load(content, problems);

        assertEquals(List.of("content/guides/dangling.md: error: this symbolic link points to nothing",
                "content/guides/escape.md: error: this symbolic link points outside the content folder"), headlines());
        assertEquals(List.of("alias", "real"), loaded.guides().stream().map(Guide::slug).toList());
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws IOException {
        Files.writeString(content.resolve("guides/draft.md"), GUIDE.replace("---\nBody", "draft: true\n---\nBody"));
        assertEquals(0, new ContentLoader(false).load(content, problems).guides().size());
        assertEquals(1, new ContentLoader(true).load(content, problems).guides().size());
        assertEquals(List.of(), headlines());
    }

    @Test
    void aMissingSettingsFileAndReservedNamesAreProblems() throws IOException {
        Files.delete(content.resolve("handbook.yml"));
        Files.writeString(content.resolve("guides/assets.md"), GUIDE);
        new ContentLoader(false).load(content, problems);
        assertEquals(List.of("content/guides/assets.md: error: the name \"assets\" is reserved for the site itself",
                "content/handbook.yml: error: the settings file is missing"), headlines());
    }

    @Test
    void aMemoReusesUnchangedFilesButSeesEditsAndDeletions() throws IOException {
        ContentLoader.Memo memo = new ContentLoader.Memo();
        Path file = content.resolve("guides/a.md");
        Files.writeString(file, GUIDE);
        Files.writeString(content.resolve("guides/b.md"), GUIDE);
        Content first = new ContentLoader(false, memo).load(content, problems);
        Content again = new ContentLoader(false, memo).load(content, problems);
        assertEquals(true, first.guides().get(0) == again.guides().get(0), "an unchanged file is not read again");

        Files.writeString(file, GUIDE.replace("title: T", "title: Changed title"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 2000));
        assertEquals("Changed title", new ContentLoader(false, memo).load(content, problems).guides().get(0).title());

        Files.delete(file);
        assertEquals(List.of("b"), new ContentLoader(false, memo).load(content, problems).guides().stream()
                .map(Guide::slug).toList());
        assertEquals(List.of(), headlines());
    }

    @Test
    void aMemoToldWhatChangedReadsOnlyThatButWalksAgainForNewOrDeletedFiles() throws IOException {
        ContentLoader.Memo memo = new ContentLoader.Memo();
        Path a = content.resolve("guides/a.md");
        Files.writeString(a, GUIDE);
        Files.writeString(content.resolve("guides/b.md"), GUIDE);
        Files.writeString(content.resolve("guides/notes.txt"), "stray");
        new ContentLoader(false, memo).load(content, problems);

        Files.writeString(a, GUIDE.replace("title: T", "title: Changed title"));
        Files.writeString(content.resolve("guides/unseen.md"), GUIDE);
        memo.changed(java.util.Set.of(a));
        Problems second = new Problems();
        Content edited = new ContentLoader(false, memo).load(content, second);
        assertEquals("Changed title", edited.guides().get(0).title());
        assertEquals(List.of("a", "b"), slugs(edited), "the folder was not walked: the file nobody reported is unseen");
        assertEquals(headlines(), second.sorted().stream().map(Problem::headline).toList(),
                "what the last walk found is reported again");

        memo.changed(java.util.Set.of(content.resolve("guides/unseen.md")));
        assertEquals(List.of("a", "b", "unseen"), slugs(new ContentLoader(false, memo).load(content, problems)));
        Files.delete(content.resolve("guides/b.md"));
        memo.changed(java.util.Set.of(content.resolve("guides/b.md")));
        assertEquals(List.of("a", "unseen"), slugs(new ContentLoader(false, memo).load(content, problems)));
        Files.writeString(content.resolve("guides/c.md"), GUIDE);
        memo.changed(java.util.Set.of(content));
        assertEquals(List.of("a", "c", "unseen"), slugs(new ContentLoader(false, memo).load(content, problems)),
                "a change of the folder itself (a lost event) walks it");
    }

    private static List<String> slugs(Content loaded) {
        return loaded.guides().stream().map(Guide::slug).toList();
    }

    @Test
    void hiddenFoldersAreNotEntered() throws IOException {
        Files.createDirectories(content.resolve("guides/.git"));
        Files.writeString(content.resolve("guides/.git/notes.md"), "not a guide");
        assertEquals(0, new ContentLoader(false).load(content, problems).guides().size());
        assertEquals(List.of(), headlines());
    }

    @Test
    void editorsTemporaryFilesAreIgnored() throws IOException {
        Files.writeString(content.resolve("guides/.guide.md.swp"), "binary");
        Files.writeString(content.resolve("guides/guide.md~"), "backup");
        Files.writeString(content.resolve("guides/#guide.md#"), "emacs");
        assertEquals(0, new ContentLoader(false).load(content, problems).guides().size());
        assertEquals(List.of(), headlines());
    }
}
