package dev.handbook.content;

import dev.handbook.memo.Digest;
import dev.handbook.memo.FileStamp;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.problem.NearMisses;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The first stage: reads a content folder ({@code handbook.yml}, {@code guides/**.md}, {@code templates/**.md}).
 *
 * <p>Files are walked in sorted order. Hidden files and editors' backup files are ignored; anything else that is
 * not what a folder should hold is a problem. A file whose stamp the memo knows is not read again; a file whose
 * bytes the memo has parsed is not parsed again.
 */
public final class ContentStage {
    /** The folder of guides inside {@code content/}. */
    public static final String GUIDES = "guides";
    /** The folder of message templates inside {@code content/}. */
    public static final String TEMPLATES = "templates";
    /** How long after its last change a file's stamp is trusted: longer than any file system's time step. */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * The memo tables of the stage.
     *
     * @param hashes   a file's stamp to the digest of its bytes
     * @param guides   a guide file to what it holds
     * @param settings the settings file to the settings
     * @param walks    a guides folder to its last walk, which a file watcher's events bring up to date (kept in
     *                 memory only)
     */
    public record Tables(Table<FileStamp, Digest> hashes, Table<SourceKey, ParsedGuide> guides,
                         Table<SourceKey, ParsedSettings> settings, Table<Folder, Walk> walks) {
    }

    /**
     * A guides folder, as the key of its last walk.
     *
     * @param path its absolute path
     */
    public record Folder(String path) {
    }

    /** The last walk of a guides folder: its files in order, where each is in the list, and what it reported. */
    public static final class Walk {
        private final List<Listed> files;
        private final Map<Path, Integer> index;
        private final List<Problem> problems;

        private Walk(List<Listed> files, List<Problem> problems) {
            this.files = files;
            this.problems = problems;
            this.index = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                index.put(files.get(i).file().toAbsolutePath().normalize(), i);
            }
        }

        private Walk(List<Listed> files, Map<Path, Integer> index, List<Problem> problems) {
            this.files = files;
            this.index = index;
            this.problems = problems;
        }
    }

    private ContentStage() {
    }

    /**
     * Reads the folder.
     *
     * @param contentDir the content folder; problem paths start with its name, e.g. {@code content/…}
     * @param drafts     whether guides marked {@code draft: true} are kept (preview) or left out
     * @param now        the file system's time when the build started, in nanoseconds since 1970, or
     *                   {@link Long#MIN_VALUE} if unknown: a stamp is remembered only for a file last changed at
     *                   least two seconds before it (or before the newest file), so that a change made in the same
     *                   tick as a read is not mistaken for the version read
     * @param changed    the paths that changed since the last build, as a file watcher saw them, or empty if not
     *                   known: when they are only guides the last walk found, those are looked at again instead of
     *                   the whole folder
     */
    public static Content load(Path contentDir, boolean drafts, Tables tables, long now,
                               Optional<Set<Path>> changed) {
        String prefix = contentDir.getFileName().toString();
        Problems problems = new Problems();
        Optional<Listed> settingsFile = settingsFile(contentDir, prefix, problems);
        List<Listed> guideFiles = guideFiles(contentDir, prefix, tables.walks(), changed, problems);
        List<Listed> templateFiles = markdownFiles(contentDir, TEMPLATES, prefix, problems);

        long newest = now;
        for (List<Listed> files : List.of(guideFiles, templateFiles, settingsFile.stream().toList())) {
            for (Listed listed : files) {
                newest = Math.max(newest, listed.stamp().modified());
            }
        }
        long settled = newest - SETTLE_NANOS;
        Settings settings = settingsFile.flatMap(listed -> source(listed, settled, tables, problems))
                .flatMap(source -> attempt(() -> tables.settings().get(source.key(),
                        () -> SettingsParser.parse(source.path(), source.bytes())), problems))
                .map(parsed -> {
                    problems.addAll(parsed.problems());
                    return parsed.settings();
                }).orElse(SettingsParser.FALLBACK);

        // Files are read and parsed in parallel; the results keep the sorted order of the walk.
        record Read(Listed listed, Optional<SourceFile> source, Optional<ParsedGuide> parsed, List<Problem> problems) {
        }
        List<Read> reads = guideFiles.parallelStream().map(listed -> {
            Problems own = new Problems();
            Optional<SourceFile> source = source(listed, settled, tables, own);
            Optional<ParsedGuide> parsed = source.flatMap(file -> attempt(() -> tables.guides().get(file.key(),
                    () -> GuideParser.parse(file, file.stem())), own));
            return new Read(listed, source, parsed, own.sorted());
        }).toList();

        Map<String, String> slugByFile = new TreeMap<>();
        List<Guide> guides = new ArrayList<>();
        Map<String, ParsedGuide.Places> places = new HashMap<>();
        Set<String> draftFiles = new TreeSet<>();
        List<Body> bodies = new ArrayList<>();
        for (Read read : reads) {
            problems.addAll(read.problems());
            String relative = read.listed().relative();
            if (read.parsed().isEmpty()) {
                slugByFile.put(relative, stem(relative));
                continue;
            }
            ParsedGuide parsed = read.parsed().get();
            problems.addAll(parsed.problems());
            slugByFile.put(relative, parsed.slug());
            Optional<Guide> guide = parsed.guide();
            if (guide.isPresent() && guide.get().draft() && !drafts) {
                draftFiles.add(relative);
                continue;
            }
            guide.ifPresent(guides::add);
            places.put(parsed.guide().map(Guide::path).orElse(""), parsed.places());
            parsed.body().ifPresent(span -> bodies.add(body(read.source().orElseThrow(), span)));
        }
        rejectDuplicateSlugs(guides, problems);
        rejectSharedPages(guides, places, problems);
        rejectNearMisses(guides, places, settings.categories(), problems);
        List<SourceFile> templates = new ArrayList<>();
        for (Listed listed : templateFiles) {
            source(listed, settled, tables, problems).ifPresent(templates::add);
        }
        WordsToAvoid avoid = WordsToAvoid.read(contentDir, prefix, problems);
        return new Content(settings, avoid, List.copyOf(guides), List.copyOf(bodies), List.copyOf(templates),
                Collections.unmodifiableMap(slugByFile), Collections.unmodifiableSet(draftFiles), problems.sorted());
    }

    /**
     * A listed file and the digest of its bytes: the memo's, if it knows the file's stamp, else read now. Empty after
     * reporting a file that cannot be read.
     */
    private static Optional<SourceFile> source(Listed listed, long settled, Tables tables, Problems problems) {
        return attempt(() -> {
            Optional<Digest> known = tables.hashes().find(listed.stamp(), hash -> true);
            if (known.isPresent()) {
                return new SourceFile(listed.display(), listed.file(), known.get(), null);
            }
            byte[] bytes = SourceFile.read(listed.file(), listed.display());
            Digest hash = Digest.of(bytes);
            if (listed.stamp().modified() < settled) {
                tables.hashes().put(listed.stamp(), hash);
            }
            return new SourceFile(listed.display(), listed.file(), hash, bytes);
        }, problems);
    }

    /** What {@code read} gives, or empty after reporting why a file could not be read. */
    private static <T> Optional<T> attempt(Supplier<T> read, Problems problems) {
        try {
            return Optional.of(read.get());
        } catch (SourceFile.Unreadable e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    private static Body body(SourceFile source, ParsedGuide.Span span) {
        return new Body(source.path(), span.line(), span.hash(), () -> {
            try {
                return source.text().text().substring(span.offset());
            } catch (SourceException e) {
                throw new SourceFile.Unreadable(e.problem());
            }
        });
    }

    private static void rejectDuplicateSlugs(List<Guide> guides, Problems problems) {
        Map<String, Guide> first = new HashMap<>();
        for (Guide guide : guides) {
            Guide earlier = first.putIfAbsent(guide.slug(), guide);
            if (earlier != null) {
                problems.add(new Problem(guide.path(), 0, 0,
                        "the slug \"" + guide.slug() + "\" is already used by " + earlier.path(),
                        "give one of them another file name or a \"slug:\" of its own"));
            }
        }
    }

    /**
     * Categories and tags spelt in two ways that make one page, such as "Email" and "email", or "a b" and "a-b":
     * the first spelling, in the order of the files, is the one to keep.
     */
    private static void rejectSharedPages(List<Guide> guides, Map<String, ParsedGuide.Places> places,
                                          Problems problems) {
        Map<String, String> categories = new HashMap<>();
        Map<String, String> tags = new HashMap<>();
        for (Guide guide : guides) {
            ParsedGuide.Places at = places.get(guide.path());
            rejectSharedPage(guide, "category", List.of(guide.category()), i -> at.category(), categories, problems);
            rejectSharedPage(guide, "tag", guide.tags(), at::tag, tags, problems);
        }
    }

    private static void rejectSharedPage(Guide guide, String kind, List<String> names, IntFunction<Place> at,
                                         Map<String, String> seen, Problems problems) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String slug = Names.slug(name);
            String earlier = seen.putIfAbsent(slug, name);
            if (earlier != null && !earlier.equals(name)) {
                problems.add(at.apply(i).problem(guide.path(), "the " + kind + " \"" + name + "\" would share the"
                        + " page " + kind + "/" + slug + "/ with the " + kind + " \"" + earlier + "\"",
                        "spell it \"" + earlier + "\" as the other guides do"));
            }
        }
    }

    /**
     * Categories and tags that are almost certainly misspellings of another: of a category that handbook.yml lists,
     * or of one that more guides use (or as many, in a file met earlier). Each would make a page of its own.
     */
    private static void rejectNearMisses(List<Guide> guides, Map<String, ParsedGuide.Places> places,
                                         List<String> listed, Problems problems) {
        Set<String> categories = new LinkedHashSet<>(listed);
        categories.add(Guide.DEFAULT_CATEGORY);
        NearMisses category = new NearMisses(categories, guides.stream().map(g -> List.of(g.category())).toList(),
                Names::slug);
        NearMisses tag = new NearMisses(Set.of(), guides.stream().map(Guide::tags).toList(), Names::slug);
        for (Guide guide : guides) {
            ParsedGuide.Places at = places.get(guide.path());
            category.meant(guide.category()).ifPresent(meant -> problems.add(at.category().problem(guide.path(),
                    "the category \"" + guide.category() + "\" would get a page of its own beside \"" + meant + "\"",
                    "did you mean \"" + meant + "\"?" + (listed.contains(meant)
                            ? " The categories are listed in handbook.yml" : ""))));
            for (int i = 0; i < guide.tags().size(); i++) {
                String name = guide.tags().get(i);
                Place place = at.tag(i);
                tag.meant(name).ifPresent(meant -> problems.add(place.problem(
                        guide.path(), "the tag \"" + name + "\" would get a page of its own beside \"" + meant + "\"",
                        "did you mean \"" + meant + "\"?")));
            }
        }
    }

    /** A file found by the walk, with the stamp of the version found. */
    private record Listed(Path file, String display, String relative, FileStamp stamp) {
    }

    /** The guide files: the last walk brought up to date by a watcher's events where they allow, else a walk. */
    private static List<Listed> guideFiles(Path contentDir, String prefix, Table<Folder, Walk> walks,
                                           Optional<Set<Path>> changed, Problems problems) {
        Path dir = contentDir.resolve(GUIDES).toAbsolutePath().normalize();
        Folder folder = new Folder(dir.toString());
        Optional<Walk> last = changed.flatMap(paths -> walks.find(folder, walk -> true));
        Optional<Walk> updated = last.flatMap(walk -> update(dir, walk, changed.get()));
        if (updated.isPresent()) {
            walks.put(folder, updated.get());
            problems.addAll(updated.get().problems);
            return updated.get().files;
        }
        Problems own = new Problems();
        List<Listed> files = markdownFiles(contentDir, GUIDES, prefix, own);
        walks.put(folder, new Walk(files, own.sorted()));
        problems.addAll(own);
        return files;
    }

    /**
     * The last walk with the changed guides looked at again; empty when a change may have added, removed or moved a
     * file (a folder, the guides folder itself, a path the walk did not find, a file that is no longer one).
     */
    private static Optional<Walk> update(Path dir, Walk last, Set<Path> changed) {
        List<Listed> files = new ArrayList<>(last.files);
        for (Path path : changed) {
            Path normal = path.toAbsolutePath().normalize();
            if (dir.startsWith(normal)) {
                return Optional.empty();
            }
            if (!normal.startsWith(dir)) {
                continue;
            }
            Integer at = last.index.get(normal);
            if (at == null) {
                return Optional.empty();
            }
            Listed before = last.files.get(at);
            try {
                BasicFileAttributes attributes = Files.readAttributes(before.file(), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                files.set(at, new Listed(before.file(), before.display(), before.relative(),
                        FileStamp.of(before.file(), attributes)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Walk(List.copyOf(files), last.index, last.problems));
    }

    private static Optional<Listed> settingsFile(Path contentDir, String prefix, Problems problems) {
        String display = prefix + "/" + Settings.FILE_NAME;
        Path file = contentDir.resolve(Settings.FILE_NAME);
        if (!Files.exists(file)) {
            problems.add(new Problem(display, 0, 0, "the settings file is missing",
                    "create it with at least: title, description and language"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(display, 0, 0, "the settings file must be a file, not a folder");
            return Optional.empty();
        }
        if (!inside(contentDir, file, display, problems)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Listed(file, display, Settings.FILE_NAME, FileStamp.of(file,
                    Files.readAttributes(file, BasicFileAttributes.class))));
        } catch (IOException e) {
            problems.add(display, 0, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The .md files below {@code content/folder}, sorted; reports anything else that does not belong. */
    private static List<Listed> markdownFiles(Path contentDir, String folder, String prefix, Problems problems) {
        Path dir = contentDir.resolve(folder);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (Files.isSymbolicLink(dir)) {
            // a walk does not enter a link to a folder: it would find no guides, and publish none
            problems.add(new Problem(prefix + "/" + folder, 0, 0, "\"" + folder + "\" is a symbolic link, which the"
                    + " build does not follow", "make it a real folder with the files in it"));
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            problems.add(prefix + "/" + folder, 0, 0, "\"" + folder + "\" must be a folder");
            return List.of();
        }
        Map<Path, BasicFileAttributes> found = new TreeMap<>();
        try {
            // one pass that reads each entry's attributes once; hidden folders are not entered
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path path, BasicFileAttributes attributes) {
                    if (!path.equals(dir) && ignored(path.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    found.put(path, attributes);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    found.put(path, attributes);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            problems.add(prefix + "/" + folder, 0, 0, "cannot read the folder: " + e.getMessage());
            return List.of();
        }
        List<Listed> files = new ArrayList<>();
        for (Map.Entry<Path, BasicFileAttributes> entry : found.entrySet()) {
            Path file = entry.getKey();
            BasicFileAttributes attributes = entry.getValue();
            String name = file.getFileName().toString();
            String display = prefix + "/" + slashes(contentDir.relativize(file));
            if (file.equals(dir) || ignored(name)) {
                continue;
            }
            if (attributes.isDirectory()) {
                if (name.endsWith(".md")) {
                    problems.add(new Problem(display, 0, 0, "this is a folder, but its name ends in .md",
                            "a guide or template is a file; rename the folder if it only groups them"));
                }
                continue;
            }
            if (!name.endsWith(".md")) {
                problems.add(new Problem(display, 0, 0, "unexpected file: only .md files belong here",
                        "rename it to end in .md, or move it out of " + prefix + "/" + folder));
                continue;
            }
            if (attributes.isSymbolicLink()) {
                if (!inside(contentDir, file, display, problems)) {
                    continue;
                }
                if (Files.isDirectory(file)) {
                    problems.add(display, 0, 0, "this is a folder, but its name ends in .md");
                    continue;
                }
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    problems.add(display, 0, 0, "cannot read the file: " + e.getMessage());
                    continue;
                }
            }
            if (!attributes.isRegularFile()) {
                // a pipe or a device would make the build wait for ever
                problems.add(new Problem(display, 0, 0, "this is not a regular file, so it is not read",
                        "replace it with an ordinary file"));
                continue;
            }
            files.add(new Listed(file, display, slashes(dir.relativize(file)), FileStamp.of(file, attributes)));
        }
        return files;
    }

    private static boolean inside(Path contentDir, Path file, String display, Problems problems) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            Path target = file.toRealPath();
            if (target.startsWith(contentDir.toRealPath())) {
                return true;
            }
            problems.add(new Problem(display, 0, 0, "this symbolic link points outside the content folder",
                    "copy the file into the content folder instead"));
        } catch (IOException e) {
            problems.add(display, 0, 0, "this symbolic link points to nothing");
        }
        return false;
    }

    /**
     * Whether a file or folder name is one the handbook ignores: hidden names and editors' backup, swap and
     * temporary files, e.g. {@code .guide.md.swp}, {@code guide.md~}, {@code #guide.md#}.
     */
    public static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.startsWith("#") || name.equals("4913");
    }

    private static String stem(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }
}
