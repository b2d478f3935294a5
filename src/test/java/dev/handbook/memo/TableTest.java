package dev.handbook.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TableTest {
    private record Key(String name) {
    }

    private record Value(String text) {
    }

    private final Table<Key, Value> table = new Table<>("test", Value.class, true);
    private final List<String> made = new ArrayList<>();

    private Value get(String name) {
        return get(table, name);
    }

    private Value get(Table<Key, Value> from, String name) {
        Supplier<Value> make = () -> {
            made.add(name);
            return new Value("made from " + name);
        };
        return from.get(new Key(name), make);
    }

    @Test
    void equalKeysFindOneResult() {
        assertEquals(new Value("made from a"), get("a"));
        assertEquals(new Value("made from a"), get("a"));
        get("b");
        assertEquals(List.of("a", "b"), made);
    }

    @Test
    void whatTheLastSuccessfulBuildDidNotUseIsNotWritten() throws IOException {
        get("a");
        get("b");
        table.endBuild(true);
        get("a");
        table.endBuild(true);

        assertEquals(1, table.size());
        Table<Key, Value> next = new Table<>("test", Value.class, true);
        next.read(ByteBuffer.wrap(written(table)));
        assertEquals(1, next.size(), "only the entry the last build used is written");
        assertEquals(new Value("made from a"), get(next, "a"));
        get(next, "b");
        assertEquals(List.of("a", "b", "b"), made, "b was made again, a was not");
    }

    @Test
    void aFailedBuildKeepsWhatTheTableHeldBefore() throws IOException {
        get("a");
        get("b");
        table.endBuild(true);
        get("a");
        get("c");
        table.endBuild(false);

        assertEquals(3, table.size());
        Table<Key, Value> next = new Table<>("test", Value.class, true);
        next.read(ByteBuffer.wrap(written(table)));
        assertEquals(3, next.size());
        get(next, "a");
        get(next, "b");
        get(next, "c");
        assertEquals(List.of("a", "b", "c"), made, "nothing was made again after the failed build");
    }

    @Test
    void staleEntriesAreForgottenBeforeTheyAreAFifthOfTheTable() {
        int kept = 200;
        for (int build = 0; build < 500; build++) {
            for (int i = 0; i < kept; i++) {
                get("kept " + i);
            }
            get("edited in build " + build);
            table.endBuild(true);
            assertTrue(table.held() <= kept + 1 + (kept + 1) / 4 + 64, "build " + build + ": " + table.held());
        }
        assertEquals(kept + 1, table.size());
        assertEquals(kept + 500, made.size(), "what every build used was made once");
    }

    private static byte[] written(Table<?, ?> table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            table.write(out);
        }
        return bytes.toByteArray();
    }
}
