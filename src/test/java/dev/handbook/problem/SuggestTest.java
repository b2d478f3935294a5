package dev.handbook.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void suggestsTheClosestName() {
        assertEquals(Optional.of("title"), Suggest.closest("titel", List.of("summary", "title", "tags")));
        assertEquals(Optional.of("declining-a-job-offer.md"),
                Suggest.closest("declining-a-job-ofer.md", List.of("declining-a-job-offer.md", "other.md")));
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertEquals(Optional.empty(), Suggest.closest("colour", List.of("summary", "title")));
        assertEquals(Optional.empty(), Suggest.closest("x", List.of()));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(1, Suggest.distance("abc", "abd"));
        assertEquals(3, Suggest.distance("", "abc"));
    }
}
