/**
 * The only code that writes the site: the files a build hands it, UTF-8 and LF as given, into a spare folder
 * beside the output folder, which then takes the output folder's place by renames; a build in memory is kept in
 * {@link dev.handbook.output.SiteFiles} instead.
 *
 * <p>It deletes only what a build made: each folder keeps a manifest of its files, and an output folder holding
 * anything else is refused rather than replaced. It tells the build where it stored each file
 * ({@link dev.handbook.output.Stored}), so that the next build can hand the same file on without making it again.
 */
package dev.handbook.output;
