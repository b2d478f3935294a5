package dev.handbook.message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sort of value a field holds: sets the HTML control, its {@code type}, its {@code autocomplete}, the most
 * characters it keeps, and whether it is about the reader. Only the reader's own details get an
 * {@code autocomplete} token (a browser offers the reader's own name in a box marked {@code name}, which is wrong
 * for the interviewer's) and only they are kept on the device when the reader asks. The limits are generous for real values and keep every keystroke quick: a box that held a
 * pasted 100,000 characters took the browser a tenth of a second per key.
 */
public enum FieldKind {
    /** The reader's own full name. */
    YOUR_NAME("text", "name", 100),
    /** The reader's own email address. */
    YOUR_EMAIL("email", "email", 254),
    /** The reader's own phone number. */
    YOUR_PHONE("tel", "tel", 40),
    /** Where to find the reader: a profile's address, or any way to reach them. */
    YOUR_PROFILE("text", "url", 500),
    /** Someone else's full name, such as the interviewer's. */
    NAME("text", "off", 100),
    /** A company or organisation, such as the employer. */
    ORGANISATION("text", "off", 100),
    /** A job title. */
    JOB_TITLE("text", "off", 100),
    /** Someone else's email address. */
    EMAIL("email", "off", 254),
    /** Someone else's phone number. */
    PHONE("tel", "off", 40),
    /** A web address. */
    URL("url", "off", 500),
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

    /** Whether the value is the reader's own, which the filler may keep on the device when asked. */
    public boolean aboutReader() {
        return name().startsWith("YOUR_");
    }

    /** The kind of the reader's own value of this sort, if this one is about someone else: name to your-name. */
    public Optional<FieldKind> readersOwn() {
        return Optional.ofNullable(switch (this) {
            case NAME -> YOUR_NAME;
            case EMAIL -> YOUR_EMAIL;
            case PHONE -> YOUR_PHONE;
            case URL -> YOUR_PROFILE;
            default -> null;
        });
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
