package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsParserTest {
    private static List<String> problems(String language) {
        ParsedSettings parsed = SettingsParser.parse("content/handbook.yml", ("title: T\ndescription: D.\nlanguage: "
                + language + "\n").getBytes(StandardCharsets.UTF_8));
        return parsed.problems().stream().map(p -> p.headline() + " (" + p.hint() + ")").toList();
    }

    @Test
    void languageTagsThatExistPass() {
        for (String tag : List.of("en", "en-GB", "pt-BR", "fil", "zh-Hant-TW")) {
            assertEquals(List.of(), problems(tag), tag);
        }
    }

    @Test
    void aLanguageThatIsNotATagIsAProblemWithTheTagMeant() {
        String hint = "write the code of the language, such as en, or with its country, such as en-GB";
        assertEquals(List.of("content/handbook.yml:3:11: error: \"English\" is not a language tag (did you mean"
                + " \"en\"? " + hint + ")"), problems("English"));
        assertEquals(List.of("content/handbook.yml:3:11: error: \"en_GB\" is not a language tag (did you mean"
                + " \"en-GB\"? " + hint + ")"), problems("en_GB"));
        assertEquals(List.of("content/handbook.yml:3:11: error: \"xx\" is not a language tag (" + hint + ")"),
                problems("xx"));
    }
}
