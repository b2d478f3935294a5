/**
 * Verifies the rendered site with jsoup before anything is written: links, fragments, assets, ids,
 * headings, metadata, accessibility basics, requests to other hosts, and every filler against its template.
 *
 * <p>It returns problems and never edits HTML. A finding in a guide's body points at the guide's line; a
 * finding in the theme's part of a page points at the theme template. Each page is parsed once: a guide's body is
 * checked from the Markdown stage's parse of it, and the rest of its page is parsed without it.
 */
package dev.handbook.check;
