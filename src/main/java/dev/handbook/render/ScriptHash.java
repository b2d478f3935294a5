package dev.handbook.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** How a Content-Security-Policy names an inline script it allows: the base64 SHA-256 of the script's text. */
public final class ScriptHash {
    private ScriptHash() {
    }

    /** The hash of the text between {@code <script>} and {@code </script>}, as in {@code 'sha256-…'}. */
    public static String of(String script) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
