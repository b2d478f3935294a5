package dev.handbook.content;

import dev.handbook.memo.Digest;
import java.util.function.Supplier;

/**
 * A guide's Markdown after its front matter. The text is read only when it is asked for: a build that finds the
 * rendered body in its memo never needs it.
 *
 * @param path the guide's display path, e.g. {@code content/guides/x.md}
 * @param line the file line on which the body starts, e.g. {@code 9}
 * @param hash the digest of the body's text
 * @param text gives the text
 */
public record Body(String path, int line, Digest hash, Supplier<String> text) {
}
