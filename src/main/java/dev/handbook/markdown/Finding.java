package dev.handbook.markdown;

/**
 * Something wrong in a guide's body, found before or after rendering it.
 *
 * @param offset  where it starts in the text looked at
 * @param message what is wrong
 * @param hint    what to do instead
 */
record Finding(int offset, String message, String hint) {
}
