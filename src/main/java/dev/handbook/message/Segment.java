package dev.handbook.message;

/** One piece of a template's subject, body or option text. */
public sealed interface Segment {

    /**
     * Literal text, with escapes already resolved.
     *
     * @param text e.g. {@code "Dear "}
     */
    record Text(String text) implements Segment {
    }

    /**
     * A placeholder the reader fills in.
     *
     * @param id      the field's id, shared by every placeholder written the same way, e.g. {@code interviewers-name}
     * @param written the placeholder as written, shown until it is filled, e.g. {@code [Interviewer's Name]}
     */
    record Field(String id, String written) implements Segment {
    }

    /**
     * Where a choice's selected text goes. A choice alone on its line carries the line breaks around it, so
     * that an empty choice leaves no blank line behind.
     *
     * @param id     the choice's id, e.g. {@code reason}
     * @param prefix text emitted before a non-empty choice, e.g. {@code "\n\n"} when last in the body
     * @param suffix text emitted after a non-empty choice, e.g. {@code "\n\n"}
     */
    record ChoiceRef(String id, String prefix, String suffix) implements Segment {
    }
}
