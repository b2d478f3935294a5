/**
 * The offline search index: every guide's title, summary, headings and text, split into sections, written as a
 * JavaScript file so that pages opened from {@code file://} can load it with a {@code <script>} element.
 */
package dev.handbook.search;
