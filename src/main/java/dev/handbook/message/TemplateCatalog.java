package dev.handbook.message;

import dev.handbook.content.Document;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.problem.Suggest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every message template of the handbook, by name. */
public final class TemplateCatalog {
    private final Map<String, MessageTemplate> byName;
    private final java.util.Set<String> allNames;

    private TemplateCatalog(Map<String, MessageTemplate> byName, java.util.Set<String> allNames) {
        this.byName = Collections.unmodifiableMap(byName);
        this.allNames = java.util.Set.copyOf(allNames);
    }

    /**
     * Parses template files; a template's name is its file name without {@code .md}. Two files with one name
     * are a problem.
     */
    public static TemplateCatalog parse(List<Document> documents, Problems problems) {
        Map<String, MessageTemplate> byName = new TreeMap<>();
        Map<String, String> pathByName = new TreeMap<>();
        for (Document doc : documents) {
            String fileName = doc.path().substring(doc.path().lastIndexOf('/') + 1);
            String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
            String earlier = pathByName.putIfAbsent(name, doc.path());
            if (earlier != null) {
                problems.add(new Problem(doc.path(), 0, 0, "two templates are named \"" + name + "\": this one and "
                        + earlier, "rename one of the files; a template's name is its file name"));
                continue;
            }
            TemplateParser.parse(doc, name, problems).ifPresent(t -> byName.put(name, t));
        }
        return new TemplateCatalog(byName, pathByName.keySet());
    }

    /** The template with this name, if there is one. */
    public Optional<MessageTemplate> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether a template file of this name exists, even one with problems. */
    public boolean knows(String name) {
        return allNames.contains(name);
    }

    /** A "did you mean" for an unknown name, if one is close. */
    public Optional<String> suggest(String name) {
        return Suggest.closest(name, allNames);
    }
}
