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
    void aNearMissIsAValidNameThatIsAlmostCertainlyATypo() {
        List<String> known = List.of("Offers", "Interviews", "Job Title", "template", "hr", "Round 1");
        assertEquals(Optional.of("Offers"), Suggest.nearMiss("Offer", known));
        assertEquals(Optional.of("Offers"), Suggest.nearMiss("offers", known));
        assertEquals(Optional.of("Interviews"), Suggest.nearMiss("Intervews", known));
        assertEquals(Optional.of("Job Title"), Suggest.nearMiss("Job Titel", known));
        assertEquals(Optional.of("template"), Suggest.nearMiss("Template", known));
        assertEquals(Optional.of("template"), Suggest.nearMiss("tempate", known));
        assertEquals(Optional.of("template"), Suggest.nearMiss("templat", known));
    }

    @Test
    void namesThatDifferOnPurposeAreNotNearMisses() {
        List<String> known = List.of("Offers", "hr", "Round 1", "email", "template");
        assertEquals(Optional.empty(), Suggest.nearMiss("Offers", known), "known itself");
        assertEquals(Optional.empty(), Suggest.nearMiss("pr", known), "short names");
        assertEquals(Optional.empty(), Suggest.nearMiss("Round 2", known), "digits");
        assertEquals(Optional.empty(), Suggest.nearMiss("Round 12", known), "digits");
        assertEquals(Optional.empty(), Suggest.nearMiss("Other", known), "two edits in a short name");
        assertEquals(Optional.empty(), Suggest.nearMiss("text", known));
        assertEquals(Optional.empty(), Suggest.nearMiss("java", known));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggest.distance("abc", "abc"));
        assertEquals(1, Suggest.distance("abc", "abd"));
        assertEquals(3, Suggest.distance("", "abc"));
    }
}
