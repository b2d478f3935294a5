package dev.handbook.message;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fill-in message template, parsed and checked.
 *
 * @param name        its name, used to embed it in a guide, e.g. {@code decline-interview}
 * @param path        display path, e.g. {@code content/templates/decline-interview.md}
 * @param title       e.g. {@code Email: decline the interview}
 * @param description one line on when to use it, or empty
 * @param subject     the email subject
 * @param body        the message body
 * @param fields      one per distinct placeholder, in order of first use (subject first, then body, then options)
 * @param choices     in the order they are declared
 */
public record MessageTemplate(String name, String path, String title, String description, List<Segment> subject,
                              List<Segment> body, List<Field> fields, List<Choice> choices) {

    private static final Gson GSON = new GsonBuilder().create();

    /** The id of its filler on a guide's page, where links to the message lead, e.g. {@code tpl-decline-interview}. */
    public String fillerId() {
        return "tpl-" + name;
    }

    /** The message with nothing filled in and every choice at its default: what a reader without scripts sees. */
    public Message fallback() {
        return render(Map.of(), Map.of());
    }

    /**
     * Renders the finished message. A field with no value, or only spaces, keeps its written placeholder.
     * Values are trimmed, their line endings become LF, and in the subject line breaks become spaces.
     *
     * @param values   by field id, e.g. {@code interviewers-name -> Sam Lee}
     * @param selected the chosen option index by choice id; absent choices take their default
     */
    public Message render(Map<String, String> values, Map<String, Integer> selected) {
        String subjectText = renderSegments(subject, values, selected, true);
        String bodyText = renderSegments(body, values, selected, false);
        return new Message(subjectText, bodyText);
    }

    private String renderSegments(List<Segment> segments, Map<String, String> values, Map<String, Integer> selected,
                                  boolean oneLine) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : segments) {
            if (segment instanceof Segment.Text text) {
                out.append(text.text());
            } else if (segment instanceof Segment.Field field) {
                String value = normalise(values.getOrDefault(field.id(), ""));
                if (oneLine) {
                    value = value.replaceAll("\n+", " ");
                }
                out.append(value.isEmpty() ? field.written() : value);
            } else if (segment instanceof Segment.ChoiceRef ref) {
                Choice choice = choice(ref.id());
                int index = selected.getOrDefault(ref.id(), choice.defaultIndex());
                if (index < 0 || index >= choice.options().size()) {
                    index = choice.defaultIndex();
                }
                String text = renderSegments(choice.options().get(index).segments(), values, selected, oneLine);
                if (!text.isEmpty()) {
                    out.append(ref.prefix()).append(text).append(ref.suffix());
                }
            }
        }
        return out.toString();
    }

    /**
     * A typed value as it goes into the message: CR LF and CR become LF, and spaces, tabs and line breaks at
     * either end are removed (exactly these, so the script in the browser can do the same).
     */
    static String normalise(String value) {
        return value.replaceAll("\r\n?", "\n").replaceAll("^[ \t\n\f\u000B]+|[ \t\n\f\u000B]+$", "");
    }

    /** The choice with this id. */
    public Choice choice(String id) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no choice " + id + " in " + name));
    }

    /**
     * The data the filler script reads, as JSON that is safe inside a {@code <script>} element.
     * Segments are arrays: {@code ["t", text]}, {@code ["f", id, written]}, {@code ["c", id, prefix, suffix]}.
     */
    public String toJson() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", name);
        data.put("subject", json(subject));
        data.put("body", json(body));
        List<Object> fieldList = new ArrayList<>();
        for (Field field : fields) {
            fieldList.add(field.id());
        }
        data.put("fields", fieldList);
        List<Object> choiceList = new ArrayList<>();
        for (Choice choice : choices) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", choice.id());
            c.put("toggle", choice.toggle());
            c.put("default", choice.defaultIndex());
            List<Object> options = new ArrayList<>();
            for (Choice.Option option : choice.options()) {
                options.add(json(option.segments()));
            }
            c.put("options", options);
            choiceList.add(c);
        }
        data.put("choices", choiceList);
        return GSON.toJson(data);
    }

    private static List<Object> json(List<Segment> segments) {
        List<Object> out = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment instanceof Segment.Text t) {
                out.add(List.of("t", t.text()));
            } else if (segment instanceof Segment.Field f) {
                out.add(List.of("f", f.id(), f.written()));
            } else if (segment instanceof Segment.ChoiceRef c) {
                out.add(List.of("c", c.id(), c.prefix(), c.suffix()));
            }
        }
        return out;
    }
}
