package dev.handbook.content;

import dev.handbook.memo.Digest;

/**
 * The inputs of parsing a writer's file: where it is (problems and names come from the path) and its bytes.
 *
 * @param path  display path, e.g. {@code content/guides/x.md}
 * @param bytes the digest of the file's bytes
 */
public record SourceKey(String path, Digest bytes) {
}
