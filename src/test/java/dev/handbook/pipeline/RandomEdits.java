package dev.handbook.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Random edits of a handbook's files, as writers make them: text, headings, each front-matter key, new, deleted
 * and renamed guides, templates, the theme and the settings, a file made invalid and fixed again. The same seed
 * gives the same edits. Every file written gets a modification time from a clock of its own that moves ten seconds
 * a write, so that a build's memo sees each version of a file as a new one, as it would on a real disk.
 */
final class RandomEdits {
    private static final Pattern LINK = Pattern.compile("\\]\\(([a-z0-9-]+\\.md)(#[a-z0-9-]*)?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^##+ (.+)$");
    private static final long START = 1_577_836_800_000L;

    private final Path content;
    private final Path theme;
    private final Random random;
    private long clock = START;
    private int counter;
    private Path broken;
    private String unbroken;
    private Path drafted;
    private final Set<Path> touched = new HashSet<>();

    RandomEdits(Path content, Path theme, Random random) {
        this.content = content;
        this.theme = theme;
        this.random = random;
    }

    /** Sets every file's time to the start of the clock, as files long unchanged. */
    void settle() throws IOException {
        for (Path root : List.of(content, theme)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(START));
                }
            }
        }
    }

    /**
     * Makes one edit and says what it was, e.g. {@code title of guides/alpha.md}. After a failed build, it is more
     * often a repair, as a writer fixes what a build reported.
     */
    String next(boolean lastFailed) throws IOException {
        touched.clear();
        if (broken != null) {
            Path file = broken;
            broken = null;
            write(file, unbroken);
            return "fix " + name(file);
        }
        List<Path> guides = files("guides");
        if (lastFailed && drafted != null && Files.exists(drafted) && random.nextBoolean()) {
            // the links to it broke: the writer publishes it again, and the pages that link to it are as they were
            Path file = drafted;
            drafted = null;
            return frontMatter(file, "draft", "false");
        }
        if (lastFailed && random.nextBoolean()) {
            return repairLinks(guides);
        }
        int pick = random.nextInt(100);
        Path guide = guides.isEmpty() ? null : guides.get(random.nextInt(guides.size()));
        if (guide == null || pick < 4) {
            return addGuide(guides);
        } else if (pick < 22) {
            return text(guide, guides);
        } else if (pick < 27) {
            append(guide, "\n## Added section " + (++counter) + "\n\nText under it.\n");
            return "new section in " + name(guide);
        } else if (pick < 31) {
            return removeHeading(guide);
        } else if (pick < 37) {
            return frontMatter(guide, "title", "Retitled " + (++counter));
        } else if (pick < 41) {
            return frontMatter(guide, "summary", "A summary, version " + (++counter) + ".");
        } else if (pick < 45) {
            return frontMatter(guide, "category", List.of("Interviews", "Offers", "Other", "General").get(
                    random.nextInt(4)));
        } else if (pick < 49) {
            return frontMatter(guide, "tags", "[" + String.join(", ", List.of("email", "phone", "interviews",
                    "offers").subList(0, random.nextInt(4))) + "]");
        } else if (pick < 52) {
            return frontMatter(guide, "order", String.valueOf(random.nextInt(5) - 2));
        } else if (pick < 56) {
            boolean draft = random.nextInt(3) > 0;
            drafted = draft ? guide : drafted;
            return frontMatter(guide, "draft", String.valueOf(draft));
        } else if (pick < 59 && guides.size() > 3) {
            Files.delete(guide);
            touched.add(guide);
            if (random.nextBoolean()) {
                unlink(name(guide), guides);
            }
            return "delete " + name(guide);
        } else if (pick < 62 && guides.size() > 1) {
            return rename(guide, guides);
        } else if (pick < 67) {
            return repairLinks(guides);
        } else if (pick < 74) {
            return template();
        } else if (pick < 78) {
            return themeFile();
        } else if (pick < 81) {
            return settings();
        } else if (pick < 90) {
            return breakFile(guide);
        } else if (pick < 93) {
            write(guide, Files.readString(guide));
            return "touch " + name(guide);
        }
        return text(guide, guides);
    }

    private String text(Path guide, List<Path> guides) throws IOException {
        Path other = guides.get(random.nextInt(guides.size()));
        String anchor = random.nextBoolean() ? anchorIn(other) : "";
        String link = random.nextInt(3) == 0 ? " See [another guide](" + name(other) + anchor + ")." : "";
        append(guide, "\nA new paragraph, number " + (++counter) + "." + link + "\n");
        return "text of " + name(guide);
    }

    private String anchorIn(Path guide) throws IOException {
        List<String> ids = ids(guide);
        return ids.isEmpty() ? "" : "#" + ids.get(random.nextInt(ids.size()));
    }

    /** The ids of a guide's headings made only of letters, digits and spaces, whose ids are easy to tell. */
    private static List<String> ids(Path guide) throws IOException {
        Matcher headings = HEADING.matcher(Files.readString(guide));
        List<String> ids = new ArrayList<>();
        while (headings.find()) {
            if (headings.group(1).matches("[A-Za-z0-9 ]+")) {
                ids.add(headings.group(1).toLowerCase(Locale.ROOT).replace(' ', '-'));
            }
        }
        return ids;
    }

    private String removeHeading(Path guide) throws IOException {
        String text = Files.readString(guide);
        Matcher headings = HEADING.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (headings.find()) {
            starts.add(headings.start());
        }
        if (starts.isEmpty()) {
            return text(guide, files("guides"));
        }
        int at = starts.get(random.nextInt(starts.size()));
        write(guide, text.substring(0, at) + text.substring(at).replaceFirst("^#+ ", "Formerly a heading: "));
        return "heading removed from " + name(guide);
    }

    private String frontMatter(Path file, String key, String value) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---\n", 3);
        if (!text.startsWith("---\n") || end < 0) {
            return "nothing (no front matter in " + name(file) + ")";
        }
        String front = text.substring(4, end + 1);
        String line = key + ": " + value + "\n";
        front = Pattern.compile("(?m)^" + key + ":.*\n").matcher(front).find()
                ? front.replaceFirst("(?m)^" + key + ":.*\n", Matcher.quoteReplacement(line)) : front + line;
        write(file, "---\n" + front + text.substring(end + 1));
        return key + " of " + name(file);
    }

    private String addGuide(List<Path> guides) throws IOException {
        String name = "added-" + (++counter);
        StringBuilder text = new StringBuilder("---\ntitle: Added guide " + counter + "\nsummary: Added.\n"
                + "updated: 2026-02-03\ncategory: Other\ntags: [email]\n---\n\nIntro.\n\n## First part\n\n");
        for (int i = 0; i < 2 && !guides.isEmpty(); i++) {
            Path other = guides.get(random.nextInt(guides.size()));
            text.append("Read [this](").append(name(other)).append(anchorIn(other)).append(").\n");
        }
        List<Path> templates = files("templates");
        if (!templates.isEmpty() && random.nextBoolean()) {
            text.append("\n```template\n").append(name(templates.get(random.nextInt(templates.size())))
                    .replace(".md", "")).append("\n```\n");
        }
        write(content.resolve("guides").resolve(name + ".md"), text.toString());
        return "new guide " + name;
    }

    private String rename(Path guide, List<Path> guides) throws IOException {
        String to = "renamed-" + (++counter) + ".md";
        String text = Files.readString(guide);
        Files.delete(guide);
        touched.add(guide);
        write(guide.resolveSibling(to), text);
        if (random.nextBoolean()) {
            for (Path other : guides) {
                if (!other.equals(guide)) {
                    write(other, Files.readString(other).replace("](" + name(guide), "](" + to));
                }
            }
        }
        return "rename " + name(guide) + " to " + to;
    }

    /** Points links to guides that are gone or drafts elsewhere, as a writer does after a build reported them. */
    private String repairLinks(List<Path> guides) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path guide : guides) {
            if (!Files.readString(guide).contains("\ndraft: true\n")) {
                names.add(name(guide));
            }
        }
        int repaired = 0;
        for (Path guide : guides) {
            String text = Files.readString(guide);
            Matcher link = LINK.matcher(text);
            StringBuilder out = new StringBuilder();
            while (link.find()) {
                boolean gone = !names.contains(link.group(1)) || link.group(2) != null
                        && !ids(guide.resolveSibling(link.group(1))).contains(link.group(2).substring(1));
                link.appendReplacement(out, Matcher.quoteReplacement(gone ? "](https://example.org/)"
                        : link.group()));
                repaired += gone ? 1 : 0;
            }
            link.appendTail(out);
            if (!out.toString().equals(text)) {
                write(guide, out.toString());
            }
        }
        return "repair " + repaired + " links";
    }

    private void unlink(String name, List<Path> guides) throws IOException {
        for (Path other : guides) {
            if (Files.exists(other)) {
                write(other, Files.readString(other).replace("](" + name, "](https://example.org/" + name));
            }
        }
    }

    private String template() throws IOException {
        List<Path> templates = files("templates");
        if (templates.isEmpty()) {
            return "nothing (no templates)";
        }
        Path template = templates.get(random.nextInt(templates.size()));
        String line = random.nextBoolean() ? "A further line " + (++counter) + "."
                : "Reach me at [Phone Number " + (++counter) + "].";
        append(template, "\n" + line + "\n");
        return "template " + name(template);
    }

    private String themeFile() throws IOException {
        if (random.nextBoolean()) {
            Path footer = theme.resolve("templates/footer.mustache");
            write(footer, Files.readString(footer).replaceFirst("</p>", " (" + (++counter) + ")</p>"));
            return "theme footer";
        }
        append(theme.resolve("assets/style.css"), "\n/* edit " + (++counter) + " */\n");
        return "theme style sheet";
    }

    private String settings() throws IOException {
        Path file = content.resolve("handbook.yml");
        String text = Files.readString(file);
        if (random.nextBoolean() || !text.contains("categories:")) {
            write(file, text.replaceFirst("(?m)^title: .*$", "title: Handbook " + (++counter)));
            return "settings title";
        }
        write(file, text.replaceFirst("(?m)^categories: .*$", "categories: [Offers, Interviews, Other]"));
        return "settings categories";
    }

    /** Makes a guide or a template invalid; the next edit puts it back. */
    private String breakFile(Path guide) throws IOException {
        List<Path> templates = files("templates");
        Path file = !templates.isEmpty() && random.nextBoolean() ? templates.get(random.nextInt(templates.size()))
                : guide;
        unbroken = Files.readString(file);
        broken = file;
        String mistake = List.of("title:", "titel:", "summary:", "subject:").get(random.nextInt(4));
        String text = random.nextBoolean() ? unbroken.replaceFirst("(?m)^" + Pattern.quote(mistake),
                "sumary:") : unbroken.replaceFirst("\n---\n", "\nbad: [unclosed\n---\n");
        write(file, text);
        return "break " + name(file);
    }

    private List<Path> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(content.resolve(folder))) {
            return list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private void append(Path file, String text) throws IOException {
        write(file, Files.readString(file) + text);
    }

    /** The paths the last edit wrote, made or deleted, as a file watcher would report them. */
    Set<Path> touched() {
        return Set.copyOf(touched);
    }

    private void write(Path file, String text) throws IOException {
        touched.add(file);
        Files.writeString(file, text);
        clock += 10_000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** Writes a handbook of {@code count} guides in three categories, linking to each other and embedding templates. */
    static void generate(Path content, int count, Random random) {
        try {
            Files.createDirectories(content.resolve("guides"));
            TestSites.copy(TestSites.CONTENT.resolve("templates"), content.resolve("templates"));
            Files.writeString(content.resolve("handbook.yml"), "title: Generated Handbook\ndescription: For tests.\n"
                    + "language: en\nbaseUrl: https://example.org/generated/\ncategories: [Interviews, Offers]\n");
            List<String> templates;
            try (Stream<Path> list = Files.list(content.resolve("templates"))) {
                templates = list.map(p -> p.getFileName().toString().replace(".md", "")).sorted().toList();
            }
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder("---\ntitle: Guide number " + i + "\nsummary: What guide " + i
                        + " says.\nupdated: 2026-01-" + (10 + i % 18) + "\ncategory: "
                        + List.of("Interviews", "Offers", "Other").get(i % 3) + "\ntags: [" + (i % 2 == 0 ? "email"
                        : "phone") + (i % 5 == 0 ? ", offers" : "") + "]\norder: " + (i % 4) + "\n---\n\nIntro "
                        + i + ".\n");
                for (int s = 0; s < 3; s++) {
                    text.append("\n## Part ").append(s).append("\n\nText of part ").append(s).append(". ");
                    int target = random.nextInt(count);
                    text.append("See [guide ").append(target).append("](guide-").append(target).append(".md")
                            .append(random.nextBoolean() ? "#part-" + random.nextInt(3) : "").append(").\n");
                }
                if (i % 3 == 0) {
                    text.append("\n```template\n").append(templates.get(i % templates.size())).append("\n```\n");
                }
                Files.writeString(content.resolve("guides/guide-" + i + ".md"), text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
