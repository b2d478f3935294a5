package dev.handbook.content;

import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import dev.handbook.problem.Suggest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read from a writer's file, with typed accessors that report a problem at the value's own
 * line and column when a value is missing or of the wrong type.
 *
 * <p>Each accessor reports at most one problem and returns empty on a bad value, so a caller can go on and
 * collect every problem of the file.
 */
public final class FrontMatter {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A value to show in the line a writer is asked to add for a missing key. */
    private static final Map<String, String> EXAMPLES = Map.of("title", "How to decline a job offer",
            "summary", "Say no kindly and keep the door open.", "updated", "2026-01-31",
            "subject", "Thank you for the opportunity", "label", "Your name");

    private final String path;
    private final int firstLine;
    private final Node node;
    private final Map<String, NodeTuple> entries;
    private final Problems problems;
    private Collection<String> allowed = List.of();
    /** Whether this is the whole front matter, not a group inside it. */
    private final boolean top;

    private FrontMatter(String path, int firstLine, MappingNode node, Problems problems, boolean top) {
        this.top = top;
        this.path = path;
        this.firstLine = firstLine;
        this.node = node;
        this.problems = problems;
        this.entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                report(key, "a key must be a plain word");
                continue;
            }
            if (entries.containsKey(scalar.getValue())) {
                report(key, "the key \"" + scalar.getValue() + "\" appears twice");
                continue;
            }
            entries.put(scalar.getValue(), tuple);
        }
    }

    /**
     * Parses YAML text that starts at {@code firstLine} of the file {@code path}; an empty text is an empty
     * mapping.
     *
     * @return the mapping, or empty after reporting why it is not one
     */
    public static Optional<FrontMatter> parse(String path, int firstLine, String yaml, Problems problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(path).setAllowDuplicateKeys(true).build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            problems.add(YamlMistake.explain(path, firstLine, yaml, mark.map(Mark::getLine).orElse(-1),
                    mark.map(Mark::getColumn).orElse(-1), oneLine(e.getProblem()), oneLine(e.getContext())));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(path, firstLine, 0, "this is not valid YAML: " + oneLine(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new FrontMatter(path, firstLine,
                    new MappingNode(Tag.MAP, List.of(), org.snakeyaml.engine.v2.common.FlowStyle.BLOCK), problems,
                    true));
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problems.add(new Problem(path, firstLine, 1, "front matter must be \"key: value\" lines",
                    "write for example: title: How to decline an interview"));
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(path, firstLine, mapping, problems, true));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** The display path of the file, e.g. {@code content/guides/x.md}. */
    public String path() {
        return path;
    }

    /** The keys, in the order written. */
    public Collection<String> keys() {
        return entries.keySet();
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports each key not in {@code allowed}, with a "did you mean" and the allowed list as hint. */
    public void rejectUnknownKeys(Collection<String> allowed) {
        this.allowed = allowed;
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                String list = "allowed keys: " + String.join(", ", allowed);
                String hint = Suggest.closest(entry.getKey(), allowed)
                        .map(s -> "did you mean \"" + s + "\"? " + list).orElse(list);
                problems.add(at(entry.getValue().getKeyNode(), "unknown key \"" + entry.getKey() + "\"")
                        .withHint(hint));
            }
        }
    }

    /** The string value of {@code key}, reporting a problem if it is missing, empty or not text. */
    public Optional<String> requireString(String key) {
        if (!has(key)) {
            if (misspelt(key)) {
                return Optional.empty();
            }
            String line = key + ": " + EXAMPLES.getOrDefault(key, "…");
            if (top) {
                // the closing "---", where the line belongs
                int end = node.getEndMark().map(m -> firstLine + m.getLine()).orElse(mappingLine());
                problems.add(new Problem(path, end, 1, "missing required key \"" + key + "\"",
                        "add a line above the closing ---, for example: " + line
                                + (key.equals("updated") ? ", with the day you last changed it" : "")));
            } else {
                problems.add(new Problem(path, mappingLine(), mappingColumn(), "missing required key \"" + key + "\"",
                        "add a line in this group, for example: " + line));
            }
            return Optional.empty();
        }
        Optional<String> value = string(key);
        if (value.isPresent() && value.get().isBlank()) {
            problems.add(at(valueNode(key), "\"" + key + "\" must not be empty"));
            return Optional.empty();
        }
        return value;
    }

    /** Whether an unknown key, already reported with a "did you mean", is this key misspelt. */
    private boolean misspelt(String key) {
        return entries.keySet().stream().filter(k -> !allowed.contains(k))
                .anyMatch(k -> Suggest.closest(k, allowed).filter(key::equals).isPresent());
    }

    /** The string value of {@code key}, if present; a non-text value is reported. */
    public Optional<String> string(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = valueNode(key);
        if (value instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(scalar.getValue());
        }
        report(value, "\"" + key + "\" must be text");
        return Optional.empty();
    }

    /** The boolean value of {@code key}, if present; anything but true or false is reported. */
    public Optional<Boolean> bool(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = valueNode(key);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
        }
        report(value, "\"" + key + "\" must be true or false");
        return Optional.empty();
    }

    /** The whole-number value of {@code key}, if present; anything else is reported. */
    public Optional<Integer> integer(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = valueNode(key);
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(scalar.getValue()));
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        report(value, "\"" + key + "\" must be a whole number");
        return Optional.empty();
    }

    /** The date value of {@code key} written as YYYY-MM-DD, if present; anything else is reported. */
    public Optional<LocalDate> date(String key) {
        Optional<String> text = string(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (DATE.matcher(text.get()).matches()) {
            try {
                return Optional.of(LocalDate.parse(text.get()));
            } catch (DateTimeParseException e) {
                // not a real day: reported below
            }
        }
        problems.add(at(valueNode(key), "\"" + key + "\" must be a date written as YYYY-MM-DD")
                .withHint("for example: " + key + ": 2026-11-27"));
        return Optional.empty();
    }

    /** The list of strings under {@code key}, empty if absent; a non-list or non-text item is reported. */
    public List<String> stringList(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = valueNode(key);
        if (!(value instanceof SequenceNode sequence)) {
            report(value, "\"" + key + "\" must be a list, such as [interviews, email]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
                out.add(scalar.getValue());
            } else {
                report(item, "each item of \"" + key + "\" must be text");
            }
        }
        return List.copyOf(out);
    }

    /** The nested mapping under {@code key}, if present; a value that is not a mapping is reported. */
    public Optional<FrontMatter> mapping(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        Node value = valueNode(key);
        if (value instanceof MappingNode mapping) {
            return Optional.of(new FrontMatter(path, firstLine, mapping, problems, false));
        }
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return Optional.of(new FrontMatter(path, firstLine,
                    new MappingNode(Tag.MAP, List.of(), org.snakeyaml.engine.v2.common.FlowStyle.BLOCK), problems,
                    false));
        }
        report(value, "\"" + key + "\" must be a group of \"name: value\" lines");
        return Optional.empty();
    }

    /** The nested mappings under {@code key} when it holds a list of them; other items are reported. */
    public List<FrontMatter> mappingList(String key) {
        if (!has(key)) {
            return List.of();
        }
        Node value = valueNode(key);
        if (!(value instanceof SequenceNode sequence)) {
            report(value, "\"" + key + "\" must be a list of items, each starting with \"- \"");
            return List.of();
        }
        List<FrontMatter> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                out.add(new FrontMatter(path, firstLine, mapping, problems, false));
            } else {
                report(item, "each item of \"" + key + "\" must be a group of \"name: value\" lines");
            }
        }
        return List.copyOf(out);
    }

    /** The line of the key, e.g. to point a problem about the value at it. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? mappingLine() : line(tuple.getKeyNode());
    }

    /** The column of the key. */
    public int columnOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? mappingColumn() : column(tuple.getKeyNode());
    }

    /** The line where the value of the key starts, for problems inside a text value. */
    public int valueLineOf(String key) {
        return has(key) ? line(valueNode(key)) : lineOf(key);
    }

    /** The column where the text of the key's value starts, after an opening quote if there is one. */
    public int valueColumnOf(String key) {
        if (!has(key)) {
            return columnOf(key);
        }
        Node value = valueNode(key);
        boolean quoted = value instanceof ScalarNode scalar
                && (scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED);
        return column(value) + (quoted ? 1 : 0);
    }

    /** The line where this mapping starts. */
    public int mappingLine() {
        return line(node);
    }

    private int mappingColumn() {
        return node.getStartMark().isPresent() ? column(node) : 1;
    }

    /** Where the value of the key is, or the key's place when it has none. */
    public Place placeOfValue(String key) {
        return has(key) ? new Place(line(valueNode(key)), column(valueNode(key)))
                : new Place(lineOf(key), columnOf(key));
    }

    /** Where each item of the list under the key is; empty when it is not a list. */
    public List<Place> placesOfItems(String key) {
        if (!has(key) || !(valueNode(key) instanceof SequenceNode sequence)) {
            return List.of();
        }
        return sequence.getValue().stream().map(item -> new Place(line(item), column(item))).toList();
    }

    /** A problem at the key, for checks the caller makes itself. */
    public Problem problemAt(String key, String message) {
        return Problem.at(path, lineOf(key), columnOf(key), message);
    }

    /** A problem at the value of the key, for checks the caller makes itself. */
    public Problem problemAtValue(String key, String message) {
        return has(key) ? at(valueNode(key), message) : problemAt(key, message);
    }

    private Node valueNode(String key) {
        return entries.get(key).getValueNode();
    }

    private void report(Node at, String message) {
        problems.add(at(at, message));
    }

    private Problem at(Node at, String message) {
        return Problem.at(path, line(at), column(at), message);
    }

    private int line(Node at) {
        return at.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine);
    }

    private int column(Node at) {
        return at.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }
}
