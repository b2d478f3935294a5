/**
 * Markdown to HTML: one flexmark parser and renderer, configured once and shared.
 *
 * <p>Besides the HTML it returns what later stages need: the headings for the contents list, the embedded
 * message templates, and where each link was written, so the verifier can point at the writer's line. Links
 * to other guides' {@code .md} files become page-relative links to the built pages; raw HTML is checked
 * against an allow-list.
 */
package dev.handbook.markdown;
