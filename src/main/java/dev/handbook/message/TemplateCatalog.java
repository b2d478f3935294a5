package dev.handbook.message;

import dev.handbook.content.Prose;
import dev.handbook.content.SourceFile;
import dev.handbook.content.SourceKey;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digested;
import dev.handbook.memo.Table;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every message template of the handbook, by name, and what is wrong with the template files. */
public final class TemplateCatalog {
    private final Map<String, MessageTemplate> byName;
    /** Each template with its digest, taken once however many guides embed it. */
    private final Map<String, Digested<MessageTemplate>> digested;
    private final Set<String> allNames;
    private final List<Problem> problems;
    private final Map<String, List<Prose>> prose;

    private TemplateCatalog(Map<String, MessageTemplate> byName, Set<String> allNames, List<Problem> problems,
                            Map<String, List<Prose>> prose) {
        this.byName = Map.copyOf(byName);
        Map<String, Digested<MessageTemplate>> digests = new TreeMap<>();
        byName.forEach((name, template) -> digests.put(name, Digested.of(Codec.digest(template), template)));
        this.digested = Map.copyOf(digests);
        this.allNames = Set.copyOf(allNames);
        this.problems = List.copyOf(problems);
        this.prose = Collections.unmodifiableMap(new TreeMap<>(prose));
    }

    /**
     * Parses template files, or takes what the memo made of the same bytes; a template's name is its file name
     * without {@code .md}. Two files with one name are a problem.
     */
    public static TemplateCatalog read(List<SourceFile> files, Table<SourceKey, ParsedTemplate> parsed) {
        Map<String, MessageTemplate> byName = new TreeMap<>();
        Map<String, String> pathByName = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Prose>> prose = new TreeMap<>();
        for (SourceFile file : files) {
            String name = file.stem();
            String earlier = pathByName.putIfAbsent(name, file.path());
            if (earlier != null) {
                problems.add(new Problem(file.path(), 0, 0, "two templates are named \"" + name + "\": this one and "
                        + earlier, "rename one of the files; a template's name is its file name"));
                continue;
            }
            try {
                ParsedTemplate template = parsed.get(file.key(),
                        () -> TemplateParser.parse(file.path(), name, file.bytes()));
                problems.addAll(template.problems());
                template.template().ifPresent(t -> {
                    byName.put(name, t);
                    prose.put(file.path(), template.prose());
                });
            } catch (SourceFile.Unreadable e) {
                problems.add(e.problem());
            }
        }
        return new TemplateCatalog(byName, pathByName.keySet(), problems, prose);
    }

    /** The prose of each template without problems, by display path, for the plain-language checks. */
    public Map<String, List<Prose>> prose() {
        return prose;
    }

    /** What is wrong with the template files, sorted. */
    public List<Problem> problems() {
        return problems.stream().sorted().toList();
    }

    /** The template with this name, if there is one. */
    public Optional<MessageTemplate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether a template file of this name exists, even one with problems (which are reported for that file). */
    public boolean knows(String name) {
        return allNames.contains(name);
    }

    /**
     * The templates a guide embeds, in order, and the problems of its embeds: an unknown name, or a template
     * embedded twice. A name whose file has problems is left out without a problem of its own: the file's problems
     * say what is wrong.
     *
     * @param path the guide's display path
     */
    public Embedded resolve(String path, List<RenderedMarkdown.Embed> embeds) {
        if (embeds.isEmpty()) {
            return Embedded.NONE; // most guides: nothing to make
        }
        List<Digested<MessageTemplate>> embedded = new ArrayList<>();
        List<Problem> found = new ArrayList<>();
        for (RenderedMarkdown.Embed embed : embeds) {
            Optional<Digested<MessageTemplate>> template = Optional.ofNullable(digested.get(embed.name()));
            RenderedMarkdown.SourcePosition at = embed.position();
            if (template.isPresent()) {
                if (embedded.contains(template.get())) {
                    found.add(new Problem(path, at.line(), at.column(), "the template \"" + embed.name()
                            + "\" is embedded twice in this guide", "embed each template once per guide"));
                }
                embedded.add(template.get());
            } else if (!knows(embed.name())) {
                found.add(new Problem(path, at.line(), at.column(), "unknown template \"" + embed.name() + "\"",
                        suggest(embed.name()).map(s -> "did you mean \"" + s + "\"?")
                                .orElse("templates are the files in content/templates/, named without .md")));
            }
        }
        return new Embedded(List.copyOf(embedded), List.copyOf(found));
    }

    /**
     * A warning for each template that none of these guides embeds: its message is not published. A warning, not an
     * error, so that a template can wait in a pull request, or for a draft guide, until a published guide uses it.
     */
    public List<Problem> unused(Collection<Embedded> guides) {
        Set<String> used = new HashSet<>();
        guides.forEach(guide -> guide.templates().forEach(template -> used.add(template.get().name())));
        return byName.values().stream().filter(template -> !used.contains(template.name()))
                .map(template -> new Problem(template.path(), 1, 1, "no published guide embeds the template \""
                        + template.name() + "\", so its message is not on the site", "to publish it, write in a guide"
                        + " a line ```template, a line " + template.name() + " and a line ```").asWarning())
                .toList();
    }

    /**
     * What a guide embeds.
     *
     * @param templates the templates with their digests, in the order of the guide
     * @param problems  the problems of its embeds
     */
    public record Embedded(List<Digested<MessageTemplate>> templates, List<Problem> problems) {
        /** What a guide that embeds nothing embeds. */
        public static final Embedded NONE = new Embedded(List.of(), List.of());
    }

    /** A "did you mean" for an unknown name, if one is close. */
    public Optional<String> suggest(String name) {
        return Suggest.closest(name, allNames);
    }
}
