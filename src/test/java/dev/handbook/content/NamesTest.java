package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aSlugKeepsLettersAndDigitsOfAnyScriptAndJoinsTheRestWithOneHyphen() {
        assertEquals("job-offers", Names.slug("Job offers!"));
        assertEquals("zoë-s-café-2", Names.slug("  Zoë’s — café 2 "));
        assertEquals("1-reply-soon", Names.slug("1. Reply soon"));
        assertEquals("section", Names.slug("!?"));
    }

    @Test
    void aNameIsLowerCaseWordsJoinedBySingleHyphens() {
        assertTrue(Names.isName("decline-interview"));
        assertFalse(Names.isName("Decline"));
        assertFalse(Names.isName("decline--interview"));
    }
}
