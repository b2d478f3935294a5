/**
 * The offline search index: a word index split into parts by the words' first letters, and a file per guide with
 * its title, summary and sections, all written as JavaScript files so that pages opened from {@code file://} can
 * load them with {@code <script>} elements, each only when a query needs it.
 */
package dev.handbook.search;
