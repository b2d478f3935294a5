package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @TempDir
    Path theme;

    @BeforeEach
    void writeTheme() throws IOException {
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets/img"));
        for (String name : Theme.TEMPLATES) {
            Files.writeString(theme.resolve("templates/" + name + ".mustache"), "<p>{{greeting}}</p>\n"
                    + "{{#items}}<i>{{name}}</i>{{/items}}{{^items}}none{{/items}}\n");
        }
        Files.writeString(theme.resolve("assets/style.css"), "body{}");
        Files.writeString(theme.resolve("assets/img/logo.svg"), "<svg/>");
        Files.writeString(theme.resolve("assets/.DS_Store"), "junk");
    }

    private Theme load() {
        Theme.Loaded loaded = Theme.load(theme);
        assertEquals(List.of(), loaded.problems());
        return loaded.theme().orElseThrow();
    }

    @Test
    void rendersAndEscapesText() throws TemplateException {
        String html = load().render("home", Map.of("greeting", "<b>&</b>",
                "items", List.of(Map.of("name", "a\"b"))));
        assertEquals("<p>&lt;b&gt;&amp;&lt;/b&gt;</p>\n<i>a&quot;b</i>\n", html);
    }

    @Test
    void aMissingVariableIsAProblemNamingTemplateLineAndVariable() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> load().render("guide", Map.of("items", List.of())));
        String prefix = theme.getFileName().toString();
        assertEquals(prefix + "/templates/guide.mustache:1: error: the template uses {{greeting}}, which this page"
                + " does not provide", e.problem().headline());
    }

    @Test
    void aMissingVariableInsideASectionIsAProblemToo() {
        TemplateException e = assertThrows(TemplateException.class, () -> load().render("home",
                Map.of("greeting", "hi", "items", List.of(Map.of("title", "no name")))));
        assertTrue(e.problem().message().contains("{{name}}"), e.problem().message());
    }

    @Test
    void falseAndEmptyValuesAreNotMissing() throws TemplateException {
        assertEquals("<p>false</p>\nnone\n", load().render("home", Map.of("greeting", false, "items", List.of())));
    }

    @Test
    void assetsAreListedWithoutHiddenFiles() {
        assertEquals(List.of("assets/img/logo.svg", "assets/style.css"), List.copyOf(load().assets().keySet()));
    }

    @Test
    void aMissingTemplateIsAProblem() throws IOException {
        Files.delete(theme.resolve("templates/filler.mustache"));
        Theme.Loaded loaded = Theme.load(theme);
        assertTrue(loaded.theme().isEmpty());
        assertEquals(List.of(theme.getFileName() + "/templates/filler.mustache: error: the theme template is missing"),
                loaded.problems().stream().map(Problem::headline).toList());
    }
}
