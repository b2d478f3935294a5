package dev.handbook.pipeline;

import dev.handbook.output.SiteFiles;
import dev.handbook.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * What a successful build made.
 *
 * @param files      every file of the site, in memory; empty for a build written into a folder
 * @param fileCount  the number of files, e.g. {@code 24}
 * @param totalBytes their total size
 * @param pages      the number of HTML pages, e.g. {@code 8}
 * @param pagesMade  how many of them were rendered and checked; the others were handed on from the memo
 * @param guides     the number of guides published, e.g. {@code 6}
 * @param timings    nanoseconds spent in each stage, in stage order, e.g. {@code load -> 12000000}
 * @param notes      things worth knowing that are not problems, e.g. {@code search index: 41.2 kB for 7 guides}
 * @param warnings   problems that did not stop the build, sorted
 */
public record BuildResult(SiteFiles files, int fileCount, long totalBytes, int pages, int pagesMade, int guides,
                          Map<String, Long> timings, List<String> notes, List<Problem> warnings) {
}
