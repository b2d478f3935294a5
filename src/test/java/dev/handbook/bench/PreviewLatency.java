package dev.handbook.bench;

import dev.handbook.build.BuildCache;
import dev.handbook.build.SiteBuilder;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the preview takes to rebuild after one guide is saved: builds once with a cache, then edits one
 * guide's text E times and times each rebuild. Prints the median and the slowest.
 *
 * <p>{@code java dev.handbook.bench.PreviewLatency CONTENT THEME E}
 */
public final class PreviewLatency {
    private PreviewLatency() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws IOException, BuildFailure {
        Path content = Path.of(args[0]);
        Path theme = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        SiteBuilder builder = SiteBuilder.standard();
        BuildCache cache = new BuildCache();
        builder.build(content, theme, true, cache);
        Path guide = content.resolve("guides").resolve(SyntheticHandbook.slug(1) + ".md");
        String original = Files.readString(guide);
        List<Long> millis = new ArrayList<>();
        java.util.Map<String, Long> stages = new java.util.TreeMap<>();
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(guide, original.replace("## Section two", "## Section two\n\nEdit number " + i + "."));
                long start = System.nanoTime();
                cache.changed(java.util.Set.of(guide)); // as the preview's file watcher reports it
                var result = builder.build(content, theme, true, cache);
                millis.add((System.nanoTime() - start) / 1_000_000);
                result.timings().forEach((stage, nanos) -> stages.merge(stage, nanos / 1_000_000, Long::sum));
            }
        } finally {
            Files.writeString(guide, original);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "preview rebuild after one edit: median %d ms, slowest %d ms (%d edits; %d pages"
                + " re-checked, %d reused)%n", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), edits,
                cache.rebuiltPages(), cache.reusedPages());
        System.out.printf(Locale.ROOT, "  mean per stage: %s%n", stages.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() / edits + " ms").toList());
    }
}
