package dev.handbook.content;

import dev.handbook.memo.Digest;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads one guide file: front matter against the guide's schema, and where its body is. */
final class GuideParser {
    private static final List<String> RESERVED_SLUGS = List.of("assets", "404", "index", "search", "category",
            "categories", "tags");

    private GuideParser() {
    }

    /** Parses a guide file; {@code fileStem} is its name without {@code .md}. */
    static ParsedGuide parse(SourceFile file, String fileStem) {
        Problems problems = new Problems();
        Optional<Document> doc;
        try {
            doc = Document.split(file.text(), problems);
        } catch (SourceException e) {
            problems.add(e.problem());
            doc = Optional.empty();
        }
        if (doc.isEmpty()) {
            return new ParsedGuide(fileStem, Optional.empty(), Optional.empty(), problems.sorted(),
                    ParsedGuide.Places.NONE);
        }
        Optional<Guide> guide = readGuide(doc.get(), fileStem, problems);
        String body = doc.get().body();
        ParsedGuide.Span span = new ParsedGuide.Span(doc.get().bodyOffset(), doc.get().bodyLine(),
                Digest.of(body.getBytes(StandardCharsets.UTF_8)));
        String slug = guide.map(Guide::slug).orElse(fileStem);
        FrontMatter fm = doc.get().frontMatter();
        ParsedGuide.Places places = new ParsedGuide.Places(fm.has("category") ? fm.placeOfValue("category")
                : Place.FILE, fm.placesOfItems("tags"));
        return new ParsedGuide(slug, guide, Optional.of(span), problems.sorted(), places);
    }

    private static Optional<Guide> readGuide(Document doc, String fileStem, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        fm.rejectUnknownKeys(Guide.KEYS);
        Optional<String> title = fm.requireString("title");
        Optional<String> summary = fm.requireString("summary");
        Optional<LocalDate> updated = fm.has("updated") ? fm.date("updated") : Optional.empty();
        if (!fm.has("updated")) {
            fm.requireString("updated");
        }
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
                draft, order));
    }
}
