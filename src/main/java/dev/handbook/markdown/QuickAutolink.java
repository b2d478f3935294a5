package dev.handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension (bare {@code https://…}, {@code www.…} and e-mail addresses become links), asked
 * only about text that could hold such an address. The extension runs a regular expression over every text node
 * of every guide; most text has no {@code ://}, {@code www.} or {@code @} at all, and skipping it saves about a
 * tenth of a large build. What is linked is exactly what the extension links.
 */
final class QuickAutolink implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether {@code text} contains {@code ://}, {@code @} or {@code www.} in any case. */
    static boolean mayHoldAddress(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '@'
                    || c == ':' && i + 2 < length && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/'
                    || (c == 'w' || c == 'W') && i + 3 < length && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor autolink = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldAddress(SourceChars.of(node.getChars()))) {
                        autolink.process(state, node);
                    }
                }
            };
        }
    }
}
