package dev.handbook.message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sort of value a field holds: sets the HTML control, its {@code type}, its {@code autocomplete} and the most
 * characters it keeps. The limits are generous for real values and keep every keystroke quick: a box that held a
 * pasted 100,000 characters took the browser a tenth of a second per key.
 */
public enum FieldKind {
    /** A person's full name. */
    NAME("text", "name", 100),
    /** A company or organisation. */
    ORGANISATION("text", "organization", 100),
    /** A job title. */
    JOB_TITLE("text", "organization-title", 100),
    /** An email address. */
    EMAIL("email", "email", 254),
    /** A phone number. */
    PHONE("tel", "tel", 40),
    /** A web address. */
    URL("url", "url", 500),
    /** A date or time, written freely. */
    DATE("text", "off", 60),
    /** Any short text. */
    TEXT("text", "off", 200),
    /** Text over several lines. */
    MULTILINE("textarea", "off", 2000);

    private final String inputType;
    private final String autocomplete;
    private final int maxLength;

    FieldKind(String inputType, String autocomplete, int maxLength) {
        this.inputType = inputType;
        this.autocomplete = autocomplete;
        this.maxLength = maxLength;
    }

    /** The most characters (UTF-16 units, as the {@code maxlength} attribute counts them) the control keeps. */
    public int maxLength() {
        return maxLength;
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
