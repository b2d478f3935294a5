package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Text kept as UTF-8: replaced, searched and cut as a String would be, in bytes. */
class Utf8Test {

    @Test
    void replacingIsWhatStringReplaceGivesWhateverTheCharactersAround() {
        String text = "“Zoë” <m> café <m><m> 日本 <m>";
        assertEquals(text.replace("<m>", "«filler»"), Utf8.of(text).replace("<m>", "«filler»").toString());
        assertEquals(text.replace("é", "e"), Utf8.of(text).replace("é", "e").toString());
        Utf8 none = Utf8.of(text);
        assertSame(none, none.replace("<x>", "y"));
    }

    @Test
    void offsetsAreInBytesAndSlicesAreWholeCharacters() {
        Utf8 text = Utf8.of("é<div a=\"n\">");
        int at = text.indexOf("<div a=\"", 0);
        assertEquals(2, at);
        assertEquals(-1, text.indexOf("<div", at + 1));
        assertEquals("n", text.slice(at + 8, text.indexOf("\"", at + 8)));
    }

    @Test
    void twoTextsAreEqualWhenTheirBytesAre() {
        assertEquals(Utf8.of("a’b"), new Utf8("a’b".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(Utf8.of("a’b").hashCode(), Utf8.of("a’b").hashCode());
        assertNotEquals(Utf8.of("a’b"), Utf8.of("a'b"));
    }
}
