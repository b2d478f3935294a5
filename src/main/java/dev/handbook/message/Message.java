package dev.handbook.message;

/**
 * A finished message.
 *
 * @param subject one line, e.g. {@code Thank you for the opportunity}
 * @param body    lines separated by LF, without a final line break
 */
public record Message(String subject, String body) {

    /** The message as plain text for the clipboard: "Subject: …", a blank line, then the body. */
    public String asPlainText() {
        return "Subject: " + subject + "\n\n" + body;
    }
}
