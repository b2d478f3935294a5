package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key a writer may use is described in CONTRIBUTING.md, and nothing else is. */
class DocumentedKeysTest {
    @Test
    void everySettingsKeyIsDescribed() throws IOException {
        assertEquals(new TreeSet<>(Settings.KEYS),
                new TreeSet<>(ContributingGuide.keysUnder("## The handbook's settings")));
    }

    @Test
    void everyPlainLanguageKeyAndCheckIsDescribed() throws IOException {
        Set<String> described = new TreeSet<>(Settings.PlainLanguage.KEYS);
        described.addAll(dev.handbook.prose.Check.ids());
        assertEquals(described, new TreeSet<>(ContributingGuide.keysUnder("## Plain language")));
    }

    @Test
    void everyGuideKeyIsDescribed() throws IOException {
        assertEquals(new TreeSet<>(Guide.KEYS), new TreeSet<>(ContributingGuide.keysUnder("## Adding a guide")));
    }
}
