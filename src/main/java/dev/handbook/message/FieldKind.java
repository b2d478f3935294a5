package dev.handbook.message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sort of value a field holds: sets the HTML control, its {@code type} and {@code autocomplete}. */
public enum FieldKind {
    /** A person's full name. */
    NAME("text", "name"),
    /** A company or organisation. */
    ORGANISATION("text", "organization"),
    /** A job title. */
    JOB_TITLE("text", "organization-title"),
    /** An email address. */
    EMAIL("email", "email"),
    /** A phone number. */
    PHONE("tel", "tel"),
    /** A web address. */
    URL("url", "url"),
    /** A date or time, written freely. */
    DATE("text", "off"),
    /** Any short text. */
    TEXT("text", "off"),
    /** Text over several lines. */
    MULTILINE("textarea", "off");

    private final String inputType;
    private final String autocomplete;

    FieldKind(String inputType, String autocomplete) {
        this.inputType = inputType;
        this.autocomplete = autocomplete;
    }

    /** The {@code type} of the input, or {@code textarea}. */
    public String inputType() {
        return inputType;
    }

    /** The {@code autocomplete} token of the control. */
    public String autocomplete() {
        return autocomplete;
    }

    /** The name writers use in front matter, e.g. {@code job-title}. */
    public String writtenName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a writer named, e.g. {@code job-title}. */
    public static Optional<FieldKind> find(String written) {
        return Arrays.stream(values()).filter(k -> k.writtenName().equals(written)).findFirst();
    }

    /** Every name a writer may use. */
    public static List<String> writtenNames() {
        return Arrays.stream(values()).map(FieldKind::writtenName).toList();
    }
}
