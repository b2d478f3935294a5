package dev.handbook.bench;

import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Memo;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Request;
import dev.handbook.problem.BuildFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * How long the preview takes to rebuild after one guide is saved: builds once with a memo, as the preview does,
 * then edits one guide's text E times and its title E times, and times each rebuild. Prints the median and the
 * slowest of each.
 *
 * <p>{@code java dev.handbook.bench.PreviewLatency CONTENT THEME E}; with {@code -Donly=text}, text edits only.
 */
public final class PreviewLatency {
    private PreviewLatency() {
    }

    /** Runs the measurement. */
    public static void main(String[] args) throws IOException, BuildFailure {
        Path content = Path.of(args[0]);
        Path theme = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        Pipeline pipeline = Pipeline.standard();
        Memo memo = Memo.inMemory();
        Request request = Request.inMemory(content, theme, true);
        pipeline.build(request, memo);
        Path guide = content.resolve("guides").resolve(SyntheticHandbook.slug(1) + ".md");
        String original = Files.readString(guide);
        try {
            measure("text", edits, i -> original.replace("## Section two", "## Section two\n\nEdit number " + i + "."),
                    guide, pipeline, request, memo);
            if (!"text".equals(System.getProperty("only"))) {
                measure("title", edits, i -> original.replaceFirst("title: ([^\n]*)", "title: $1 (version " + i + ")"),
                        guide, pipeline, request, memo);
            }
        } finally {
            Files.writeString(guide, original);
        }
    }

    private static void measure(String what, int edits, IntFunction<String> edit, Path guide, Pipeline pipeline,
                                Request request, Memo memo) throws IOException, BuildFailure {
        List<Long> millis = new ArrayList<>();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        BuildResult last = null;
        for (int i = 0; i < edits; i++) {
            Files.writeString(guide, edit.apply(i));
            long start = System.nanoTime();
            // the preview tells the build which file its watcher saw change
            last = pipeline.build(request.after(Set.of(guide)), memo);
            millis.add((System.nanoTime() - start) / 1_000_000);
            last.timings().forEach((stage, nanos) -> stages.computeIfAbsent(stage, s -> new ArrayList<>())
                    .add(nanos / 1_000_000));
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "preview rebuild after a %s edit: median %d ms, slowest %d ms (%d edits; %d of"
                + " %d pages made again; medians: %s)%n", what, median(millis), sorted.get(sorted.size() - 1),
                edits, last.pagesMade(), last.pages(), stages.entrySet().stream()
                        .map(e -> e.getKey() + " " + median(e.getValue()) + " ms").toList());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
