package dev.handbook.message;

/**
 * A value the reader types once for every placeholder written the same way.
 *
 * @param id      e.g. {@code interviewers-name}
 * @param name    the placeholder's text without brackets, e.g. {@code Interviewer's Name}
 * @param label   the control's label, e.g. {@code Interviewer's name}
 * @param hint    help under the label, or empty, e.g. {@code The person who wrote to you}
 * @param example a sample value shown in the empty control, or empty, e.g. {@code Sam Lee}
 * @param kind    what sort of value it is, which sets the control's type and autocomplete
 */
public record Field(String id, String name, String label, String hint, String example, FieldKind kind) {
}
