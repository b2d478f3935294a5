/**
 * The orchestrator: the one path every build takes, whether the command line, {@code mvn site-build} or the
 * preview asks for it. Load, Markdown, pages (rendered and checked one by one), links, write; each stage's results
 * are memoised under the digest of exactly its inputs, in memory between the preview's builds and in a memo file
 * between command-line builds.
 */
package dev.handbook.pipeline;
