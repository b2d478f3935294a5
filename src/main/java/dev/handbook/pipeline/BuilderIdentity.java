package dev.handbook.pipeline;

import dev.handbook.memo.Digest;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which builder made a memo: the digest of the builder's own classes, the libraries it renders with and the Java
 * runtime. A memo made by any other builder is not used, since the same inputs may give other output there.
 */
final class BuilderIdentity {
    /** A class of each library whose version can change what a build makes. */
    private static final List<Class<?>> LIBRARIES = List.of(com.vladsch.flexmark.parser.Parser.class,
            com.vladsch.flexmark.ext.tables.TablesExtension.class,
            com.vladsch.flexmark.ext.autolink.AutolinkExtension.class,
            com.vladsch.flexmark.ext.typographic.TypographicExtension.class,
            com.github.mustachejava.Mustache.class, org.jsoup.Jsoup.class, org.snakeyaml.engine.v2.api.Load.class,
            com.google.gson.Gson.class);

    private BuilderIdentity() {
    }

    /** The identity of the running builder. */
    static Digest current() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(Runtime.version().toString());
            Path own = location(BuilderIdentity.class);
            if (Files.isDirectory(own)) {
                try (Stream<Path> walk = Files.walk(own)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        out.writeUTF(own.relativize(file).toString());
                        out.write(Digest.of(Files.readAllBytes(file)).bytes());
                    }
                }
            } else {
                out.write(Digest.of(Files.readAllBytes(own)).bytes());
            }
            for (Class<?> library : LIBRARIES) {
                Path jar = location(library);
                out.writeUTF(jar.getFileName().toString());
                out.writeLong(Files.size(jar));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Digest.of(bytes.toByteArray());
    }

    private static Path location(Class<?> type) throws IOException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IOException("cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
