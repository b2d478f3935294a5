/**
 * The live preview: builds the handbook in memory (drafts included), serves it on 127.0.0.1, watches the
 * sources, rebuilds on every change and tells open pages to reload. It never writes to {@code site/}.
 */
package dev.handbook.preview;
