package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SiteFilesTest {

    @Test
    void aFileAddedForLaterIsMadeOnceWhenFirstRead() {
        SiteFiles site = new SiteFiles();
        AtomicInteger made = new AtomicInteger();
        site.addLater("assets/index.js", 1, () -> new byte[] {(byte) made.incrementAndGet()});
        site.addText("index.html", "home");
        assertEquals(2, site.fileCount());
        assertEquals(5, site.totalBytes());
        assertEquals(0, made.get(), "nothing is made before it is read");
        assertArrayEquals(new byte[] {1}, site.get("assets/index.js"));
        assertArrayEquals(new byte[] {1}, site.get("assets/index.js"));
        assertEquals(1, made.get());
        assertEquals(List.of("assets/index.js", "index.html"), List.copyOf(site.asMap().keySet()));
        assertNull(site.get("missing.html"));
        assertThrows(IllegalArgumentException.class, () -> site.addLater("index.html", 0, () -> new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> site.add("assets/index.js", new byte[0]));
    }

    @Test
    void asMapMakesEveryFileAddedForLater() {
        SiteFiles site = new SiteFiles();
        site.addLater("a.js", 1, () -> new byte[] {7});
        assertArrayEquals(new byte[] {7}, site.asMap().get("a.js"));
        assertEquals(1, site.totalBytes());
    }
}
