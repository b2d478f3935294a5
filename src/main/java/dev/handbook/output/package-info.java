/**
 * The only code that writes the site: files in sorted order, UTF-8 and LF as given, into a staging folder
 * that then replaces the output folder in one step.
 *
 * <p>It deletes only what a build made: the output folder keeps a manifest of its files, and a folder
 * holding anything else is refused rather than replaced.
 */
package dev.handbook.output;
