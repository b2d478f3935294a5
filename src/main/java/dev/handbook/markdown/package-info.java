/**
 * Markdown to HTML: one flexmark parser and renderer, configured once and shared.
 *
 * <p>Besides the HTML it returns what later stages need: the headings for the contents list, the embedded
 * message templates, and where each link was written, so the verifier can point at the writer's line. Links
 * to other guides' {@code .md} files become page-relative links to the built pages; raw HTML is checked
 * against an allow-list. The rendered body is parsed once, and the page verifier's rules run on that parse
 * ({@link dev.handbook.markdown.CheckedBody}), so that pages need not parse it again.
 */
package dev.handbook.markdown;
