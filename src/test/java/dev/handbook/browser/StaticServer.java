package dev.handbook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A minimal static file server on 127.0.0.1 for tests, serving a site under a sub-path such as /handbook/. */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final String prefix;

    /** Serves {@code root} at {@code http://127.0.0.1:<free port><prefix>}. */
    public StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> serve(root, exchange));
        server.start();
    }

    /** The address of the site's root, ending in "/". */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(prefix.length()),
                StandardCharsets.UTF_8);
        Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        boolean ok = file.startsWith(root) && Files.isRegularFile(file);
        byte[] body = ok ? Files.readAllBytes(file) : Files.readAllBytes(root.resolve("404.html"));
        String name = ok ? file.getFileName().toString() : "404.html";
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
