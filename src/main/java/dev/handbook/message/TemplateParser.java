package dev.handbook.message;

import dev.handbook.content.Document;
import dev.handbook.content.FrontMatter;
import dev.handbook.content.Names;
import dev.handbook.problem.Problem;
import dev.handbook.problem.NearMisses;
import dev.handbook.problem.Problems;
import dev.handbook.problem.Suggest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a template file's front matter and body into a {@link MessageTemplate}, reporting every problem. */
final class TemplateParser {
    static final List<String> KEYS = List.of("title", "subject", "description", "fields", "choices");
    static final List<String> FIELD_KEYS = List.of("label", "hint", "example", "kind");
    static final List<String> CHOICE_KEYS = List.of("label", "options", "toggle", "default");
    static final List<String> OPTION_KEYS = List.of("label", "text");

    private TemplateParser() {
    }

    /** Parses a template file's bytes; {@code name} is its file name without {@code .md}. */
    static ParsedTemplate parse(String path, String name, byte[] bytes) {
        Problems problems = new Problems();
        Optional<Document> document = Document.read(path, bytes, problems);
        Optional<MessageTemplate> template = document.flatMap(d -> parse(d, name, problems));
        List<Problem> found = problems.sorted();
        return found.isEmpty() && template.isPresent()
                ? new ParsedTemplate(template, found, TemplateProse.of(document.get().frontMatter(),
                        body(document.get()), bodyLine(document.get())))
                : new ParsedTemplate(Optional.empty(), found, List.of());
    }

    /** The message: the body from its first line that is not blank, without white space at its end. */
    private static String body(Document doc) {
        return doc.body().replaceFirst("^\n+", "").stripTrailing();
    }

    /** The line the message starts on. */
    private static int bodyLine(Document doc) {
        String body = doc.body();
        int line = doc.bodyLine();
        for (int i = 0; i < body.length() && body.charAt(i) == '\n'; i++) {
            line++;
        }
        return line;
    }

    private static Optional<MessageTemplate> parse(Document doc, String name, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        fm.rejectUnknownKeys(KEYS);
        if (!Names.isName(name)) {
            problems.add(new Problem(doc.path(), 0, 0, "the template name \"" + name
                    + "\" is not lowercase words joined by hyphens", "rename the file, e.g. decline-interview.md"));
        }
        Optional<String> title = fm.requireString("title");
        Optional<String> subjectText = fm.requireString("subject");
        String description = fm.string("description").orElse("");

        Map<String, Field> fieldDetails = new LinkedHashMap<>();
        fm.mapping("fields").ifPresent(fields -> {
            for (String key : fields.keys()) {
                fields.mapping(key).ifPresent(detail -> fieldDetails.put(key, details(key, detail, problems)));
            }
        });
        TemplateText.Placed placed = new TemplateText.Placed();
        List<Choice> declared = fm.mapping("choices").map(c -> choices(c, placed, problems)).orElse(List.of());
        Set<String> choiceIds = new LinkedHashSet<>();
        declared.forEach(c -> choiceIds.add(c.id()));

        List<Segment> subject = subjectText.map(text -> TemplateText.parse(text,
                new TemplateText.Origin(doc.path(), fm.valueLineOf("subject"), fm.valueColumnOf("subject"), placed), Set.of(),
                problems)).orElse(List.of());
        String body = body(doc);
        int line = bodyLine(doc);
        if (body.isEmpty()) {
            problems.add(new Problem(doc.path(), doc.bodyLine(), 1, "the template has no message body",
                    "write the message after the closing \"---\""));
        }
        List<Segment> bodySegments = TemplateText.parse(body, new TemplateText.Origin(doc.path(), line, 1, placed),
                choiceIds.isEmpty() ? Set.of("\0none") : choiceIds, problems);

        Map<String, String> used = new LinkedHashMap<>();
        collectFields(subject, used);
        collectFields(bodySegments, used);
        declared.forEach(c -> c.options().forEach(o -> collectFields(o.segments(), used)));
        Set<String> usedChoices = new LinkedHashSet<>();
        bodySegments.stream().filter(s -> s instanceof Segment.ChoiceRef)
                .forEach(s -> usedChoices.add(((Segment.ChoiceRef) s).id()));
        for (Choice choice : declared) {
            if (!usedChoices.contains(choice.id())) {
                problems.add(fm.mapping("choices").get().problemAt(choice.id(),
                        "the choice \"" + choice.id() + "\" is never used in the message")
                        .withHint("put {" + choice.id() + "} where its text belongs, or remove it"));
            }
        }
        Map<String, String> idToName = new LinkedHashMap<>();
        used.forEach((written, id) -> idToName.putIfAbsent(id, written.substring(1, written.length() - 1)));
        Set<String> misspelt = nearMisses(placed, fieldDetails.keySet(), problems);
        for (Map.Entry<String, Field> entry : fieldDetails.entrySet()) {
            if (!idToName.containsKey(TemplateText.fieldId(entry.getKey())) && !misspelt.contains(entry.getKey())) {
                problems.add(fm.mapping("fields").get().problemAt(entry.getKey(),
                        "the field \"" + entry.getKey() + "\" has details but no placeholder [" + entry.getKey()
                                + "] in the message").withHint(Suggest
                        .closest(entry.getKey(), idToName.values()).map(s -> "did you mean \"" + s + "\"?")
                        .orElse("write the key exactly as the placeholder, without brackets")));
            }
        }
        List<Field> fields = new ArrayList<>();
        idToName.forEach((id, placeholderName) -> fields.add(fieldDetails.values().stream()
                .filter(f -> f.id().equals(id)).findFirst()
                .orElse(new Field(id, placeholderName, placeholderName, "", "", FieldKind.TEXT))));

        if (!problems.isEmpty() || title.isEmpty() || subjectText.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MessageTemplate(name, doc.path(), title.get(), description, subject, bodySegments,
                List.copyOf(fields), declared));
    }

    /**
     * Placeholders that are almost certainly misspellings of another: of a field with details, or of a placeholder
     * written more often (or as often and met first). Each would add a box of its own, so each is a problem at the
     * placeholder. Returns the fields with details that a misspelling was taken for.
     */
    private static Set<String> nearMisses(TemplateText.Placed placed, Set<String> declared, Problems problems) {
        Set<String> meant = new LinkedHashSet<>();
        List<List<String>> used = new ArrayList<>();
        placed.first().keySet().forEach(written -> used.add(Collections.nCopies(placed.uses(written),
                written.substring(1, written.length() - 1))));
        Set<String> declaredIds = new LinkedHashSet<>();
        declared.forEach(key -> declaredIds.add(TemplateText.fieldId(key)));
        NearMisses near = new NearMisses(declared, used, TemplateText::fieldId);
        for (List<String> uses : used) {
            String name = uses.get(0);
            if (declaredIds.contains(TemplateText.fieldId(name))) {
                continue; // the declared field's own box, however it is written
            }
            near.meant(name).ifPresent(n -> {
                Problem at = placed.first().get("[" + name + "]");
                problems.add(new Problem(at.path(), at.line(), at.column(), "the placeholder [" + name + "] would"
                        + " get a box of its own beside [" + n + "]", "did you mean [" + n + "]? Placeholders"
                        + " written the same way share one box"));
                meant.add(n);
            });
        }
        return meant;
    }

    private static Field details(String placeholderName, FrontMatter detail, Problems problems) {
        detail.rejectUnknownKeys(FIELD_KEYS);
        FieldKind kind = FieldKind.TEXT;
        Optional<String> kindName = detail.string("kind");
        if (kindName.isPresent()) {
            Optional<FieldKind> found = FieldKind.find(kindName.get());
            if (found.isPresent()) {
                kind = found.get();
                Optional<FieldKind> own = kind.readersOwn();
                if (own.isPresent() && placeholderName.toLowerCase(Locale.ROOT).startsWith("your ")) {
                    // a browser would not offer the reader's own details here, and they would not be kept
                    problems.add(detail.problemAtValue("kind", "[" + placeholderName + "] is the reader's own, but"
                            + " \"" + kindName.get() + "\" is for someone else's")
                            .withHint("did you mean \"" + own.get().writtenName() + "\"?"));
                }
            } else {
                problems.add(detail.problemAtValue("kind", "unknown kind \"" + kindName.get() + "\"")
                        .withHint(Suggest.closest(kindName.get(), FieldKind.writtenNames())
                                .map(k -> "did you mean \"" + k + "\"? ").orElse("") + "kinds: "
                                + String.join(", ", FieldKind.writtenNames())));
            }
        }
        return new Field(TemplateText.fieldId(placeholderName), placeholderName,
                detail.string("label").orElse(placeholderName), detail.string("hint").orElse(""),
                detail.string("example").orElse(""), kind);
    }

    private static List<Choice> choices(FrontMatter choices, TemplateText.Placed placed, Problems problems) {
        List<Choice> out = new ArrayList<>();
        for (String id : choices.keys()) {
            if (!Names.isName(id)) {
                problems.add(choices.problemAt(id, "the choice name \"" + id
                        + "\" is not lowercase words joined by hyphens").withHint("for example: keep-in-touch"));
                continue;
            }
            Optional<FrontMatter> spec = choices.mapping(id);
            if (spec.isEmpty()) {
                continue;
            }
            FrontMatter c = spec.get();
            c.rejectUnknownKeys(CHOICE_KEYS);
            String label = c.requireString("label").orElse(id);
            if (c.has("toggle") == c.has("options")) {
                problems.add(choices.problemAt(id, "the choice \"" + id + "\" needs either \"options\" or \"toggle\"")
                        .withHint("options: a list of alternatives, each with a label and a text;"
                                + " toggle: one text the reader switches on or off"));
                continue;
            }
            if (c.has("toggle")) {
                Optional<String> text = c.requireString("toggle");
                boolean on = c.bool("default").orElse(true);
                if (text.isEmpty()) {
                    continue;
                }
                List<Segment> segments = TemplateText.parse(text.get(),
                        new TemplateText.Origin(c.path(), c.valueLineOf("toggle"), c.valueColumnOf("toggle"), placed),
                        Set.of(), problems);
                out.add(new Choice(id, label, List.of(new Choice.Option("No", List.of()),
                        new Choice.Option("Yes", segments)), on ? 1 : 0, true));
                continue;
            }
            List<Choice.Option> options = new ArrayList<>();
            for (FrontMatter option : c.mappingList("options")) {
                option.rejectUnknownKeys(OPTION_KEYS);
                Optional<String> optionLabel = option.requireString("label");
                String text = option.string("text").orElse("");
                if (!option.has("text")) {
                    option.requireString("text");
                }
                List<Segment> segments = TemplateText.parse(text, new TemplateText.Origin(option.path(),
                        option.valueLineOf("text"), option.valueColumnOf("text"), placed), Set.of(), problems);
                optionLabel.ifPresent(l -> options.add(new Choice.Option(l, segments)));
            }
            if (options.isEmpty()) {
                problems.add(c.problemAt("options", "the choice \"" + id + "\" has no options")
                        .withHint("add a list of options, each with a \"label:\" and a \"text:\""));
                continue;
            }
            int defaultIndex = 0;
            Optional<String> defaultLabel = c.string("default");
            if (defaultLabel.isPresent()) {
                List<String> labels = options.stream().map(Choice.Option::label).toList();
                defaultIndex = labels.indexOf(defaultLabel.get());
                if (defaultIndex < 0) {
                    problems.add(c.problemAtValue("default", "no option is labelled \"" + defaultLabel.get() + "\"")
                            .withHint(Suggest.closest(defaultLabel.get(), labels)
                                    .map(l -> "did you mean \"" + l + "\"? ").orElse("") + "labels: "
                                    + String.join(", ", labels)));
                    defaultIndex = 0;
                }
            }
            out.add(new Choice(id, label, List.copyOf(options), defaultIndex, false));
        }
        return List.copyOf(out);
    }

    private static void collectFields(List<Segment> segments, Map<String, String> used) {
        for (Segment segment : segments) {
            if (segment instanceof Segment.Field field) {
                used.putIfAbsent(field.written(), field.id());
            }
        }
    }
}
