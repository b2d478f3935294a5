package dev.handbook.content;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a content folder: {@code handbook.yml}, {@code guides/**.md} and {@code templates/**.md}.
 *
 * <p>Files are walked in sorted order. Hidden files and editors' backup files are ignored; anything else
 * that is not what a folder should hold is a problem.
 */
public final class ContentLoader {
    /** The folder of guides inside {@code content/}. */
    public static final String GUIDES = "guides";
    /** The folder of message templates inside {@code content/}. */
    public static final String TEMPLATES = "templates";

    private static final List<String> RESERVED_SLUGS = List.of("assets", "404", "index", "search", "category",
            "categories", "tags");

    private final boolean includeDrafts;
    private final Memo memo;

    /**
     * What earlier loads read from each guide file, reused while the file's size and modification time are the
     * same; for the preview, which loads the same folder again after every save. Thread-safe.
     */
    public static final class Memo {
        private final Map<Path, Remembered> files = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Path, Remembered> templates = new java.util.concurrent.ConcurrentHashMap<>();
        private Walk lastWalk;
        private Set<Path> changed;

        private record Remembered(long size, java.nio.file.attribute.FileTime modified, Object read) {
        }

        /** What was read from a listed file, if its size and time are unchanged, else what {@code read} reads. */
        private static Object recall(Map<Path, Remembered> memory, Listed listed,
                                     java.util.function.Supplier<Object> read) {
            long size = listed.attributes().size();
            java.nio.file.attribute.FileTime modified = listed.attributes().lastModifiedTime();
            Remembered remembered = memory.get(listed.file());
            if (remembered == null || remembered.size() != size || !remembered.modified().equals(modified)) {
                remembered = new Remembered(size, modified, read.get());
                memory.put(listed.file(), remembered);
            }
            return remembered.read();
        }

        /** The last walk of a guides folder: its files, where each is in the list, and what it reported. */
        private record Walk(Path dir, List<Listed> files, Map<Path, Integer> index, List<Problem> problems) {
        }

        /**
         * Tells the next load which paths changed since the last one, as a file watcher saw them. If they are
         * only guide files that were there before, the next load reads those again and trusts the rest of the
         * last walk instead of walking the guides folder; anything else (a new or deleted file, a folder, the
         * folder itself) makes it walk as usual.
         */
        public synchronized void changed(Set<Path> paths) {
            changed = paths.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        }

        private synchronized Set<Path> takeChanged() {
            Set<Path> taken = changed;
            changed = null;
            return taken;
        }
    }

    /** @param includeDrafts whether guides marked {@code draft: true} are kept (preview) or left out */
    public ContentLoader(boolean includeDrafts) {
        this(includeDrafts, new Memo());
    }

    /**
     * @param includeDrafts whether guides marked {@code draft: true} are kept (preview) or left out
     * @param memo          what earlier loads read, shared between loads of the same folder
     */
    public ContentLoader(boolean includeDrafts, Memo memo) {
        this.includeDrafts = includeDrafts;
        this.memo = memo;
    }

    /**
     * Reads the folder, adding every problem found to {@code problems}.
     *
     * @param contentDir the content folder; problem paths start with its name, e.g. {@code content/…}
     */
    public Content load(Path contentDir, Problems problems) {
        String prefix = contentDir.getFileName().toString();
        Settings settings = readSettings(contentDir, prefix, problems);
        Map<String, String> guideFiles = new TreeMap<>();
        List<Guide> guides = new ArrayList<>();
        List<Document> broken = new ArrayList<>();
        Path guidesDir = contentDir.resolve(GUIDES);
        record Read(String relative, Optional<Document> doc, Optional<Guide> guide, Problems problems) {
        }
        // Files are read and parsed in parallel; the results keep the sorted order of the walk.
        List<Listed> files = guideFiles(contentDir, prefix, problems);
        memo.files.keySet().retainAll(files.stream().map(Listed::file).collect(java.util.stream.Collectors.toSet()));
        List<Read> reads = files.parallelStream().map(listed -> (Read) Memo.recall(memo.files, listed, () -> {
            Path file = listed.file();
            Problems own = new Problems();
            String relative = slashes(guidesDir.relativize(file));
            Optional<Document> doc = readDocument(file, prefix + "/" + GUIDES + "/" + relative, own);
            Optional<Guide> guide = doc.flatMap(d -> readGuide(d, stem(file), own));
            // a valid guide needs only its record; the document (and its YAML tree) is kept for broken ones
            return new Read(relative, guide.isPresent() ? Optional.empty() : doc, guide, own);
        })).toList();
        for (Read read : reads) {
            problems.addAll(read.problems());
            guideFiles.put(read.relative(), read.guide().map(Guide::slug)
                    .orElse(stem(Path.of(read.relative()))));
            if (read.guide().isPresent()) {
                if (includeDrafts || !read.guide().get().draft()) {
                    guides.add(read.guide().get());
                }
            } else {
                read.doc().ifPresent(broken::add);
            }
        }
        rejectDuplicateSlugs(guides, problems);
        List<Document> templates = new ArrayList<>();
        List<Listed> templateFiles = markdownFiles(contentDir, TEMPLATES, prefix, problems);
        memo.templates.keySet().retainAll(templateFiles.stream().map(Listed::file).collect(Collectors.toSet()));
        for (Listed listed : templateFiles) {
            Path file = listed.file();
            String display = prefix + "/" + TEMPLATES + "/" + slashes(contentDir.resolve(TEMPLATES).relativize(file));
            // an unchanged template is the same document as last time, so what was made from it can be reused
            TemplateRead read = (TemplateRead) Memo.recall(memo.templates, listed, () -> {
                Problems own = new Problems();
                return new TemplateRead(readDocument(file, display, own), own.sorted());
            });
            problems.addAll(read.problems());
            read.doc().ifPresent(templates::add);
        }
        return new Content(settings, List.copyOf(guides), List.copyOf(broken), List.copyOf(templates),
                Map.copyOf(guideFiles));
    }

    private static Optional<Document> readDocument(Path file, String display, Problems problems) {
        try {
            return Document.split(SourceText.read(file, display), problems);
        } catch (SourceException e) {
            problems.add(e.problem());
            return Optional.empty();
        }
    }

    private static Optional<Guide> readGuide(Document doc, String fileStem, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        fm.rejectUnknownKeys(Guide.KEYS);
        Optional<String> title = fm.requireString("title");
        Optional<String> summary = fm.requireString("summary");
        Optional<LocalDate> updated = fm.has("updated") ? fm.date("updated") : missing(fm, "updated", problems);
        String category = fm.string("category").filter(s -> !s.isBlank()).orElse(Guide.DEFAULT_CATEGORY);
        List<String> tags = fm.stringList("tags");
        boolean draft = fm.bool("draft").orElse(false);
        int order = fm.integer("order").orElse(0);
        String slug = fm.string("slug").orElse(fileStem);
        boolean slugOk = true;
        if (!Names.isName(slug)) {
            Problem problem = fm.has("slug")
                    ? fm.problemAtValue("slug", "the slug \"" + slug + "\" is not lowercase words joined by hyphens")
                    : Problem.at(doc.path(), 0, 0, "the file name \"" + fileStem
                            + "\" is not lowercase words joined by hyphens");
            problems.add(problem.withHint("use only a-z, 0-9 and single hyphens, e.g. declining-a-job-offer"));
            slugOk = false;
        } else if (RESERVED_SLUGS.contains(slug)) {
            Problem problem = fm.has("slug")
                    ? fm.problemAtValue("slug", "the slug \"" + slug + "\" is reserved for the site itself")
                    : Problem.at(doc.path(), 0, 0, "the name \"" + slug + "\" is reserved for the site itself");
            problems.add(problem.withHint("choose another name"));
            slugOk = false;
        }
        if (title.isEmpty() || summary.isEmpty() || updated.isEmpty() || !slugOk) {
            return Optional.empty();
        }
        return Optional.of(new Guide(doc.path(), slug, title.get(), summary.get(), updated.get(), category, tags,
                draft, order, doc.body(), doc.bodyLine()));
    }

    private static Optional<LocalDate> missing(FrontMatter fm, String key, Problems problems) {
        fm.requireString(key);
        return Optional.empty();
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

    private static Settings readSettings(Path contentDir, String prefix, Problems problems) {
        String display = prefix + "/" + Settings.FILE_NAME;
        Settings fallback = new Settings("Handbook", "A handbook.", "en", Optional.empty(), Optional.empty(),
                List.of());
        Path file = contentDir.resolve(Settings.FILE_NAME);
        if (!Files.exists(file)) {
            problems.add(new Problem(display, 0, 0, "the settings file is missing",
                    "create it with at least: title, description and language"));
            return fallback;
        }
        if (!Files.isRegularFile(file)) {
            problems.add(display, 0, 0, "the settings file must be a file, not a folder");
            return fallback;
        }
        if (!inside(contentDir, file, display, problems)) {
            return fallback;
        }
        Optional<FrontMatter> parsed;
        try {
            parsed = FrontMatter.parse(display, 1, SourceText.read(file, display).text(), problems);
        } catch (SourceException e) {
            problems.add(e.problem());
            return fallback;
        }
        if (parsed.isEmpty()) {
            return fallback;
        }
        FrontMatter fm = parsed.get();
        fm.rejectUnknownKeys(Settings.KEYS);
        String title = fm.requireString("title").orElse(fallback.title());
        String description = fm.requireString("description").orElse(fallback.description());
        String language = fm.requireString("language").orElse(fallback.language());
        Optional<String> baseUrl = fm.string("baseUrl").map(url -> url.endsWith("/") ? url : url + "/");
        baseUrl.filter(url -> !url.matches("https?://[^/\\s]+/\\S*"))
                .ifPresent(url -> problems.add(fm.problemAtValue("baseUrl",
                        "\"baseUrl\" must be an absolute http(s) address, such as https://example.org/handbook/")));
        Optional<String> editUrl = fm.string("editUrl").map(url -> url.endsWith("/") ? url : url + "/");
        editUrl.filter(url -> !url.matches("https?://\\S+"))
                .ifPresent(url -> problems.add(fm.problemAtValue("editUrl",
                        "\"editUrl\" must be an absolute http(s) address")));
        return new Settings(title, description, language, baseUrl, editUrl, fm.stringList("categories"));
    }

    /** A file found by the walk, with the attributes the walk read anyway. */
    private record Listed(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
    }

    private record TemplateRead(Optional<Document> doc, List<Problem> problems) {
    }

    /** The guide files: the last walk brought up to date when the memo was told what changed, else a new walk. */
    private List<Listed> guideFiles(Path contentDir, String prefix, Problems problems) {
        Path dir = contentDir.resolve(GUIDES).toAbsolutePath().normalize();
        Set<Path> changed = memo.takeChanged();
        Memo.Walk last = memo.lastWalk;
        if (changed != null && last != null && last.dir().equals(dir)) {
            Optional<List<Listed>> updated = update(last, changed);
            if (updated.isPresent()) {
                problems.addAll(last.problems());
                memo.lastWalk = new Memo.Walk(dir, updated.get(), last.index(), last.problems());
                return updated.get();
            }
        }
        Problems own = new Problems();
        List<Listed> files = markdownFiles(contentDir, GUIDES, prefix, own);
        Map<Path, Integer> index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            index.put(files.get(i).file().toAbsolutePath().normalize(), i);
        }
        memo.lastWalk = new Memo.Walk(dir, files, index, own.sorted());
        problems.addAll(own);
        return files;
    }

    /**
     * The last walk with the changed guide files' attributes read again; empty if a change is anything but an
     * edit of a plain file the walk listed. Changes outside the guides folder are read by the load anyway.
     */
    private static Optional<List<Listed>> update(Memo.Walk last, Set<Path> changed) {
        List<Listed> files = new ArrayList<>(last.files());
        for (Path path : changed) {
            if (last.dir().startsWith(path)) {
                return Optional.empty();
            }
            if (!path.startsWith(last.dir())) {
                continue;
            }
            Integer at = last.index().get(path);
            if (at == null) {
                return Optional.empty();
            }
            try {
                var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile() || last.files().get(at).attributes().isSymbolicLink()) {
                    return Optional.empty();
                }
                files.set(at, new Listed(last.files().get(at).file(), attributes));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(files);
    }

    /** The .md files below {@code content/folder}, sorted; reports anything else that does not belong. */
    private static List<Listed> markdownFiles(Path contentDir, String folder, String prefix, Problems problems) {
        Path dir = contentDir.resolve(folder);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            problems.add(prefix + "/" + folder, 0, 0, "\"" + folder + "\" must be a folder");
            return List.of();
        }
        Map<Path, java.nio.file.attribute.BasicFileAttributes> found = new TreeMap<>();
        try {
            // one pass that reads each entry's attributes once; hidden folders are not entered
            Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path path,
                        java.nio.file.attribute.BasicFileAttributes attributes) {
                    if (!path.equals(dir) && ignored(path.getFileName().toString())) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    found.put(path, attributes);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path path,
                        java.nio.file.attribute.BasicFileAttributes attributes) {
                    found.put(path, attributes);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(prefix + "/" + folder, 0, 0, "cannot read the folder: " + e.getMessage());
            return List.of();
        }
        List<Listed> files = new ArrayList<>();
        for (Map.Entry<Path, java.nio.file.attribute.BasicFileAttributes> entry : found.entrySet()) {
            Path file = entry.getKey();
            java.nio.file.attribute.BasicFileAttributes attributes = entry.getValue();
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
                    attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
                } catch (IOException e) {
                    problems.add(display, 0, 0, "cannot read the file: " + e.getMessage());
                    continue;
                }
            }
            files.add(new Listed(file, attributes));
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

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }
}
