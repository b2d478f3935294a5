package dev.handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.handbook.content.Prose;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * Reads the prose of a parsed body as a reader reads it, block by block (paragraphs, list items, headings, table
 * cells), with where each piece of it was written; and the comments, which may silence a plain-language check.
 * Code stands as one character, {@link Prose#CODE}; link targets, images and raw HTML are left out.
 */
final class ProseReader {
    private static final String CODE = String.valueOf(Prose.CODE);

    private final MarkdownRenderer.Positions positions;
    private final List<Prose> prose = new ArrayList<>();
    private final List<BodyProse.Comment> comments = new ArrayList<>();
    private StringBuilder text;
    private List<Prose.Piece> pieces;

    private ProseReader(MarkdownRenderer.Positions positions) {
        this.positions = positions;
    }

    /** The prose blocks and comments of a document, in order. */
    static ProseReader read(Document document, MarkdownRenderer.Positions positions) {
        ProseReader reader = new ProseReader(positions);
        reader.blocks(document);
        return reader;
    }

    /** What was read. */
    BodyProse prose() {
        return new BodyProse(List.copyOf(prose), List.copyOf(comments));
    }

    private void blocks(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph) {
                block(node, node.getParent() instanceof ListItem ? "item" : "paragraph");
            } else if (node instanceof Heading) {
                block(node, "heading");
            } else if (node instanceof TableCell) {
                block(node, "cell");
            } else if (node instanceof HtmlCommentBlock) {
                String raw = SourceChars.of(node.getChars()).strip();
                RenderedMarkdown.SourcePosition start = positions.of(node.getStartOffset());
                RenderedMarkdown.SourcePosition end = positions.of(Math.max(node.getStartOffset(),
                        node.getStartOffset() + node.getChars().trimEnd().length() - 1));
                String inner = raw.startsWith("<!--") && raw.endsWith("-->") ? raw.substring(4, raw.length() - 3)
                        : raw;
                comments.add(new BodyProse.Comment(start.line(), start.column(), end.line(), inner.strip()));
            } else {
                blocks(node);
            }
        }
    }

    private void block(Node block, String kind) {
        text = new StringBuilder();
        pieces = new ArrayList<>();
        inline(block);
        if (!text.toString().isBlank()) {
            prose.add(new Prose(kind, text.toString(), List.copyOf(pieces)));
        }
    }

    private void inline(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text) {
                // most text has nothing to unescape, and unescaping every text was half the cost of the reading
                String written = SourceChars.of(node.getChars());
                add(written.indexOf('\\') < 0 && written.indexOf('&') < 0 ? written : node.getChars().unescape(),
                        node.getStartOffset());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                add(" ", node.getStartOffset());
            } else if (node instanceof Code || node instanceof AutoLink || node instanceof MailLink) {
                add(CODE, node.getStartOffset());
            } else if (node instanceof HtmlEntity) {
                add(Parser.unescapeEntities(SourceChars.of(node.getChars()), false), node.getStartOffset());
            } else if (node instanceof TypographicQuotes quotes) {
                add(Parser.unescapeEntities(quotes.getTypographicOpening(), false), node.getStartOffset());
                inline(node);
                add(Parser.unescapeEntities(quotes.getTypographicClosing(), false),
                        quotes.getClosingMarker().getStartOffset());
            } else if (node instanceof TypographicSmarts smarts) {
                add(Parser.unescapeEntities(smarts.getTypographicText(), false), node.getStartOffset());
            } else if (!(node instanceof Image || node instanceof ImageRef || node instanceof HtmlInlineBase)) {
                inline(node); // emphasis, strong, links: their text
            }
        }
    }

    /** Appends text written from an offset of the body on. */
    private void add(String written, int offset) {
        if (written.isEmpty()) {
            return;
        }
        RenderedMarkdown.SourcePosition at = positions.of(offset);
        pieces.add(new Prose.Piece(text.length(), at.line(), at.column()));
        text.append(written);
    }
}
