package dev.handbook.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The time each stage of one build took, in the order the stages first ran. */
final class Timings {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs a stage, or part of one, and adds its time to the stage's. */
    <T> T stage(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        try {
            return stage.get();
        } finally {
            nanos.merge(name, System.nanoTime() - start, Long::sum);
        }
    }

    /** The stages' times, e.g. {@code load -> 12000000}. */
    Map<String, Long> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }
}
