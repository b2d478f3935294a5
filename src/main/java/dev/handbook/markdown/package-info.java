/**
 * Markdown to HTML: one flexmark parser and renderer, configured once and shared.
 *
 * <p>Besides the HTML it returns what later stages need: the headings for the contents list, the embedded
 * message templates, and where each link was written, so the verifier can point at the writer's line. Links
 * to other guides' {@code .md} files become page-relative links to the built pages; raw HTML is checked
 * against an allow-list. The rendered body is parsed once, and the page verifier's rules run on that parse
 * ({@link dev.handbook.markdown.CheckedBody}), so that pages need not parse it again. What later stages read of a
 * body's text, its prose and its sections ({@link dev.handbook.markdown.BodyText}), is handed to them as soon as
 * the body is rendered ({@link dev.handbook.markdown.MarkdownStage.TextUse}) and is not kept; the HTML is kept as
 * UTF-8 ({@link dev.handbook.markdown.Utf8}) until the pages are made.
 */
package dev.handbook.markdown;
