/**
 * The orchestrator: the only code that knows the order of the stages. Load, parse templates, render
 * Markdown, render pages, verify, write.
 */
package dev.handbook.build;
