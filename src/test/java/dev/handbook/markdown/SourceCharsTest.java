package dev.handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

class SourceCharsTest {

    @Test
    void everyNodeOfAParsedGuideReadsAsFlexmarkWouldCopyIt() {
        String markdown = "## Why “say” no\n\nIt’s *fine* -- yes... \\*not emphasis\\* &amp; <kbd>Ctrl</kbd>\nnext"
                + " line with `code` and https://example.org\n\n- one\n- \"two\"\n\n> a quote\n> goes on\n\n"
                + "| a | b |\n|---|---|\n| Zoë | Nuñez |\n\n```message\ndecline-interview\n```\n";
        int nodes = 0;
        for (Node node : Parser.builder(MarkdownRenderer.OPTIONS).build().parse(markdown).getDescendants()) {
            assertEquals(node.getChars().toString(), SourceChars.of(node.getChars()), node.toString());
            nodes++;
        }
        assertTrue(nodes > 30, "the document has its nodes: " + nodes);
    }

    @Test
    void aSequenceThatIsNotASliceOfItsSourceIsCopiedAsItReads() {
        BasedSequence prefixed = PrefixedSubSequence.prefixOf("> ", BasedSequence.of("a quote"));
        assertEquals("> a quote", SourceChars.of(prefixed));
    }
}
