package dev.handbook.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.handbook.memo.FileStamp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfSlicesIsPutTogetherWhenFirstRead() throws IOException {
        Path earlier = Files.writeString(dir.resolve("earlier.js"), "0123456789");
        SiteFiles site = new SiteFiles();
        Stored stored = site.add("assets/index.js", List.of(Slice.of(bytes("ab")),
                new Slice(new Stored.InFile(FileStamp.now(earlier).orElseThrow()), 2, 3)));
        site.addText("index.html", "home");
        assertEquals(new Stored.Later(), stored, "a memo cannot keep runs of a file made later");
        assertEquals(2, site.fileCount());
        assertEquals(9, site.totalBytes());
        Files.writeString(earlier, "0123456789".replace('3', 'x'));
        assertArrayEquals(bytes("ab2x4"), site.get("assets/index.js"), "nothing is read before it is needed");
        assertArrayEquals(bytes("ab2x4"), site.get("assets/index.js"));
        assertEquals(List.of("assets/index.js", "index.html"), List.copyOf(site.asMap().keySet()));
        assertNull(site.get("missing.html"));
        assertThrows(IllegalArgumentException.class, () -> site.add("index.html", List.of()));
        assertThrows(IllegalArgumentException.class, () -> site.add("assets/index.js", new byte[0]));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
