package dev.handbook.render;

import dev.handbook.markdown.CheckedBody;
import dev.handbook.markdown.RenderedMarkdown;
import dev.handbook.markdown.RenderedMarkdown.SourcePosition;
import dev.handbook.message.MessageTemplate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rendered page, with what the verifier needs to point its findings at a writer's file.
 *
 * @param outputPath    where it is published, relative to the site, e.g. {@code decline/index.html}
 * @param bytes         the whole document, as published (UTF-8); not to be changed
 * @param sourcePath    the guide it was made from, or the theme template, e.g. {@code content/guides/x.md}
 * @param templatePath  the theme template that made it, e.g. {@code theme/templates/guide.mustache}
 * @param linkPositions where each address in the guide's body was written
 * @param embeds        the templates the guide's body embeds, as written, in order
 * @param templates     the message templates whose fillers the page must have, in order
 * @param checkedHtml   what the verifier parses: the whole document, or, when {@code body} is given, the document
 *                      with the guide's own HTML left out and its fillers where the page has them
 * @param body          what the verifier found in the guide's own HTML, checked on its own, or empty when
 *                      {@code checkedHtml} is the whole document
 */
public record Page(String outputPath, byte[] bytes, String sourcePath, String templatePath,
                   Map<String, SourcePosition> linkPositions, List<RenderedMarkdown.Embed> embeds,
                   List<MessageTemplate> templates, String checkedHtml, Optional<CheckedBody> body) {

    /** A page that the verifier parses whole. */
    public Page(String outputPath, String html, String sourcePath, String templatePath,
                Map<String, SourcePosition> linkPositions, List<RenderedMarkdown.Embed> embeds,
                List<MessageTemplate> templates) {
        this(outputPath, html.getBytes(StandardCharsets.UTF_8), sourcePath, templatePath, linkPositions, embeds,
                templates, html, Optional.empty());
    }

    /** The whole document. */
    public String html() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
