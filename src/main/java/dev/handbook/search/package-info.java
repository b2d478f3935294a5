/**
 * The offline search index: a word index split into parts by the words' first letters, and a file per guide with
 * its title, summary and sections, all written as JavaScript files so that pages opened from {@code file://} can
 * load them with {@code <script>} elements, each only when a query needs it. A guide's file is made, and handed to
 * the sink, while the Markdown stage has the guide's sections at hand; the word index once every guide's words are
 * known.
 */
package dev.handbook.search;
