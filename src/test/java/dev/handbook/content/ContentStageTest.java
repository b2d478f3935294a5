package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.handbook.memo.Digest;
import dev.handbook.memo.FileStamp;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ContentStageTest {
    private static final String GUIDE = "---\ntitle: T\nsummary: S\nupdated: 2026-01-01\n---\nBody\n";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path root;
    Path content;

    @BeforeEach
    void writeSettings() throws IOException {
        content = Files.createDirectories(root.resolve("content/guides")).getParent();
        Files.writeString(content.resolve("handbook.yml"), "title: T\ndescription: D.\nlanguage: en\n");
    }

    private static ContentStage.Tables tables() {
        return new ContentStage.Tables(new Table<FileStamp, Digest>("hashes", Digest.class, true),
                new Table<SourceKey, ParsedGuide>("guides", ParsedGuide.class, true),
                new Table<SourceKey, ParsedSettings>("settings", ParsedSettings.class, true),
                new Table<ContentStage.Folder, ContentStage.Walk>("walks", ContentStage.Walk.class, false));
    }

    private Content load(boolean drafts) {
        return ContentStage.load(content, drafts, tables(), Long.MIN_VALUE, Optional.empty());
    }

    private static List<String> headlines(Content loaded) {
        return loaded.problems().stream().map(Problem::headline).toList();
    }

    private static List<String> slugs(Content loaded) {
        return loaded.guides().stream().map(Guide::slug).toList();
    }

    /** Loads with a memo, as a build does, and ends the build in its tables. */
    private Content load(ContentStage.Tables memo) {
        Content loaded = ContentStage.load(content, false, memo, Long.MIN_VALUE, Optional.empty());
        List.of(memo.hashes(), memo.guides(), memo.settings(), memo.walks())
                .forEach(t -> t.endBuild(true));
        return loaded;
    }

    @Test
    void aSymbolicLinkOutsideTheContentFolderIsAProblemAndOneInsideIsFine() throws IOException {
        Files.writeString(root.resolve("outside.md"), GUIDE);
        Files.createSymbolicLink(content.resolve("guides/escape.md"), root.resolve("outside.md"));
        Files.writeString(content.resolve("guides/real.md"), GUIDE);
        Files.createSymbolicLink(content.resolve("guides/alias.md"), content.resolve("guides/real.md"));
        Files.createSymbolicLink(content.resolve("guides/dangling.md"), root.resolve("gone.md"));

        Content loaded = load(false);

        assertEquals(List.of("content/guides/dangling.md: error: this symbolic link points to nothing",
                "content/guides/escape.md: error: this symbolic link points outside the content folder"),
                headlines(loaded));
        assertEquals(List.of("alias", "real"), slugs(loaded));
    }

    @Test
    void aGuidesFolderThatIsASymbolicLinkIsAProblemNotAnEmptyHandbook() throws IOException {
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("real.md"), GUIDE);
        Files.delete(content.resolve("guides"));
        Files.createSymbolicLink(content.resolve("guides"), elsewhere);

        assertEquals(List.of("content/guides: error: \"guides\" is a symbolic link, which the build does not follow"),
                headlines(load(false)));
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // reading a pipe would wait for ever
    void aFileThatIsNotARegularFileIsAProblemAndIsNotRead() throws IOException, InterruptedException {
        Files.writeString(content.resolve("guides/real.md"), GUIDE);
        Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("guides/pipe.md").toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo makes a named pipe");

        Content loaded = load(false);

        assertEquals(List.of("content/guides/pipe.md: error: this is not a regular file, so it is not read"),
                headlines(loaded));
        assertEquals(List.of("real"), slugs(loaded));
    }

    @Test
    void categoriesAndTagsThatWouldShareAPageAreProblems() throws IOException {
        Files.writeString(content.resolve("guides/a.md"), GUIDE.replace("---\nBody", "category: Offers\n"
                + "tags: [Email, a b]\n---\nBody"));
        Files.writeString(content.resolve("guides/b.md"), GUIDE.replace("---\nBody", "category: offers\n"
                + "tags: [email, a-b, Email]\n---\nBody"));

        assertEquals(List.of(
                "content/guides/b.md:5:11: error: the category \"offers\" would share the page category/offers/ with"
                        + " the category \"Offers\"",
                "content/guides/b.md:6:8: error: the tag \"email\" would share the page tag/email/ with the tag"
                        + " \"Email\"",
                "content/guides/b.md:6:15: error: the tag \"a-b\" would share the page tag/a-b/ with the tag \"a b\""),
                headlines(load(false)));
    }

    @Test
    void aCategoryOrTagThatIsAlmostAnotherIsAProblemWithTheOtherSuggested() throws IOException {
        Files.writeString(content.resolve("handbook.yml"), "title: T\ndescription: D.\nlanguage: en\n"
                + "categories: [Offers, Interviews]\n");
        Files.writeString(content.resolve("guides/a.md"), GUIDE.replace("---\nBody", "category: Offer\n"
                + "tags: [salary, negotiation, hr]\n---\nBody"));
        Files.writeString(content.resolve("guides/b.md"), GUIDE.replace("---\nBody", "category: Round 1\n"
                + "tags: [salary, negotiaton, pr]\n---\nBody"));
        Files.writeString(content.resolve("guides/c.md"), GUIDE.replace("---\nBody", "category: Round 2\n"
                + "tags: [negotiation]\n---\nBody"));
        Content loaded = load(false);
        assertEquals(List.of(
                "content/guides/a.md:5:11: error: the category \"Offer\" would get a page of its own beside \"Offers\"",
                "content/guides/b.md:6:16: error: the tag \"negotiaton\" would get a page of its own beside"
                        + " \"negotiation\""),
                headlines(loaded));
        assertEquals(List.of("did you mean \"Offers\"? The categories are listed in handbook.yml",
                "did you mean \"negotiation\"?"), loaded.problems().stream().map(Problem::hint).toList());
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws IOException {
        Files.writeString(content.resolve("guides/draft.md"), GUIDE.replace("---\nBody", "draft: true\n---\nBody"));
        assertEquals(0, load(false).guides().size());
        assertEquals(0, load(false).bodies().size(), "a draft's body is not rendered either");
        assertEquals(1, load(true).guides().size());
        assertEquals(List.of(), headlines(load(true)));
    }

    @Test
    void aMissingSettingsFileAndReservedNamesAreProblems() throws IOException {
        Files.delete(content.resolve("handbook.yml"));
        Files.writeString(content.resolve("guides/assets.md"), GUIDE);
        assertEquals(List.of("content/guides/assets.md: error: the name \"assets\" is reserved for the site itself",
                "content/handbook.yml: error: the settings file is missing"), headlines(load(false)));
    }

    @Test
    void aGuideWithBrokenFrontMatterKeepsItsBodyForCheckingAndItsFileForLinks() throws IOException {
        Files.writeString(content.resolve("guides/broken.md"), GUIDE.replace("title: T\n", ""));
        Content loaded = load(false);
        assertEquals(List.of("content/guides/broken.md:4:1: error: missing required key \"title\""),
                headlines(loaded));
        assertEquals(List.of(), loaded.guides());
        assertEquals(List.of("content/guides/broken.md"), loaded.bodies().stream().map(Body::path).toList());
        assertEquals("Body\n", loaded.bodies().get(0).text().get());
        assertEquals(Map.of("broken.md", "broken"), loaded.guideFiles());
    }

    @Test
    void aFileWhoseStampIsUnchangedIsNotReadAgainButAnEditOrADeletionIsSeen() throws IOException {
        Path a = content.resolve("guides/a.md");
        Files.writeString(a, GUIDE);
        Files.setLastModifiedTime(a, LONG_AGO);
        Files.writeString(content.resolve("guides/b.md"), GUIDE);
        ContentStage.Tables memo = tables();
        assertEquals(List.of("T", "T"), titles(load(memo)));

        // the same size and time: the memo's version is taken without reading the file
        Files.writeString(a, GUIDE.replace("title: T", "title: X"));
        Files.setLastModifiedTime(a, LONG_AGO);
        assertEquals(List.of("T", "T"), titles(load(memo)));

        Files.writeString(a, GUIDE.replace("title: T", "title: Changed"));
        assertEquals(List.of("Changed", "T"), titles(load(memo)));
        Files.delete(a);
        assertEquals(List.of("b"), slugs(load(memo)));
    }

    @Test
    void theStampOfAFileChangedInTheLastTwoSecondsIsNotRememberedSoASecondEditInTheSameTickIsSeen()
            throws IOException {
        Path a = content.resolve("guides/a.md");
        Files.writeString(a, GUIDE);
        FileTime now = Files.getLastModifiedTime(a);
        Files.setLastModifiedTime(content.resolve("handbook.yml"), now);
        ContentStage.Tables memo = tables();
        assertEquals(List.of("T"), titles(load(memo)));

        // an edit of the same size in the same tick of the file system's clock: the stamp is the same
        Files.writeString(a, GUIDE.replace("title: T", "title: X"));
        Files.setLastModifiedTime(a, now);
        assertEquals(List.of("X"), titles(load(memo)));
    }

    @Test
    void aFileChangedBetweenItsDigestAndItsReadingIsAProblemToBuildAgain() throws IOException {
        Path a = content.resolve("guides/a.md");
        Files.writeString(a, GUIDE);
        Files.setLastModifiedTime(a, LONG_AGO);
        ContentStage.Tables memo = tables();
        load(memo);
        Files.writeString(a, GUIDE.replace("Body", "Bodx"));
        Files.setLastModifiedTime(a, LONG_AGO);
        Content loaded = ContentStage.load(content, false, memo, Long.MIN_VALUE, Optional.empty());
        SourceFile.Unreadable changed = org.junit.jupiter.api.Assertions.assertThrows(SourceFile.Unreadable.class,
                () -> loaded.bodies().get(0).text().get());
        assertEquals("content/guides/a.md: error: the file changed while the build was reading it",
                changed.problem().headline());
    }

    @Test
    void toldWhatChangedItLooksAtThoseGuidesOnlyButWalksAgainForNewDeletedOrMovedFiles() throws IOException {
        Path a = content.resolve("guides/a.md");
        Files.writeString(a, GUIDE);
        Files.writeString(content.resolve("guides/b.md"), GUIDE);
        Files.writeString(content.resolve("guides/notes.txt"), "stray");
        ContentStage.Tables memo = tables();
        Content first = ContentStage.load(content, false, memo, Long.MIN_VALUE, Optional.empty());

        Files.writeString(a, GUIDE.replace("title: T", "title: Changed title"));
        Files.writeString(content.resolve("guides/unseen.md"), GUIDE);
        Content told = ContentStage.load(content, false, memo, Long.MIN_VALUE, Optional.of(Set.of(a)));
        assertEquals(List.of("Changed title", "T"), titles(told));
        assertEquals(List.of("a", "b"), slugs(told), "the folder was not walked: a file nobody reported is unseen");
        assertEquals(headlines(first), headlines(told), "what the last walk found is reported again");

        assertEquals(List.of("a", "b", "unseen"), slugs(ContentStage.load(content, false, memo, Long.MIN_VALUE,
                Optional.of(Set.of(content.resolve("guides/unseen.md"))))), "a new file walks the folder");
        Files.delete(content.resolve("guides/b.md"));
        assertEquals(List.of("a", "unseen"), slugs(ContentStage.load(content, false, memo, Long.MIN_VALUE,
                Optional.of(Set.of(content.resolve("guides/b.md"))))), "so does a deleted one");
        Files.writeString(content.resolve("guides/c.md"), GUIDE);
        assertEquals(List.of("a", "c", "unseen"), slugs(ContentStage.load(content, false, memo, Long.MIN_VALUE,
                Optional.of(Set.of(content.resolve("guides"))))), "and a change of the folder itself");
    }

    private static List<String> titles(Content loaded) {
        return loaded.guides().stream().map(Guide::title).toList();
    }

    @Test
    void hiddenFoldersAreNotEntered() throws IOException {
        Files.createDirectories(content.resolve("guides/.git"));
        Files.writeString(content.resolve("guides/.git/notes.md"), "not a guide");
        assertEquals(0, load(false).guides().size());
        assertEquals(List.of(), headlines(load(false)));
    }

    @Test
    void editorsTemporaryFilesAreIgnored() throws IOException {
        Files.writeString(content.resolve("guides/.guide.md.swp"), "binary");
        Files.writeString(content.resolve("guides/guide.md~"), "backup");
        Files.writeString(content.resolve("guides/#guide.md#"), "emacs");
        assertEquals(0, load(false).guides().size());
        assertEquals(List.of(), headlines(load(false)));
    }
}
