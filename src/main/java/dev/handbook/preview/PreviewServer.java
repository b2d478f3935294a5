package dev.handbook.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.output.SiteFiles;
import dev.handbook.pipeline.BuildResult;
import dev.handbook.pipeline.Memo;
import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.Request;
import dev.handbook.problem.BuildFailure;
import dev.handbook.problem.ProblemReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Entities;

/**
 * Serves the handbook from memory on 127.0.0.1 while watching its sources. Each change rebuilds what it
 * affects and tells open pages to reload; a failed build shows its problems in place of every page until it is
 * fixed.
 */
public final class PreviewServer implements AutoCloseable {
    static final String EVENTS = "/__preview/events";
    static final String RELOAD_SCRIPT = "/__preview/reload.js";
    static final String WARNINGS_STYLE = "/__preview/warnings.css";
    private static final byte[] WARNINGS_CSS = (".preview-warnings{margin:0;padding:.75rem 1rem;color:#1b1b1b;"
            + "background:#fff8e5;border-bottom:3px solid #b54708;font:16px/1.5 system-ui,sans-serif}"
            + ".preview-warnings summary{font-weight:600;cursor:pointer}"
            + ".preview-warnings pre{margin:.5rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere;"
            + "font:14px/1.45 ui-monospace,monospace}").getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "json",
            "application/json; charset=utf-8", "png", "image/png");

    private final Path content;
    private final Path theme;
    private final Pipeline pipeline;
    private final PrintStream log;
    private final Path root;
    private final HttpServer server;
    private final Watcher watcher;
    private final ReloadChannel pages;
    private final Set<String> hosts;
    private final byte[] reloadScript;
    private final Memo memo = Memo.inMemory();
    private volatile State state;
    private volatile int builds;

    private static final Pattern BODY = Pattern.compile("<body[^>]*>");

    /** What the last build left: its files, the report of its problems if it failed, its warnings if any. */
    private record State(SiteFiles files, String report, String warnings) {
    }

    /**
     * Builds once, starts serving on {@code 127.0.0.1:port} (0 for any free port) and starts watching.
     *
     * @throws BindException if the port is in use
     * @throws IOException   if the server or the watcher cannot start
     */
    public PreviewServer(Path content, Path theme, int port, Pipeline pipeline, PrintStream log) throws IOException {
        this(content, theme, port, pipeline, log, Duration.ofSeconds(10));
    }

    /** As above, with the period of the heartbeat that finds the event streams of pages that went away. */
    PreviewServer(Path content, Path theme, int port, Pipeline pipeline, PrintStream log, Duration heartbeat)
            throws IOException {
        this.content = content;
        this.theme = theme;
        this.pipeline = pipeline;
        this.log = log;
        this.root = content.toAbsolutePath().normalize().getParent();
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            this.reloadScript = in.readAllBytes();
        }
        rebuild(Set.of());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        int bound = server.getAddress().getPort();
        // the names this machine's browser uses; a page of another site that renamed itself (DNS rebinding)
        // would send its own
        hosts = Set.of("127.0.0.1:" + bound, "localhost:" + bound, "[::1]:" + bound);
        pages = new ReloadChannel(heartbeat);
        server.createContext("/", this::handle);
        server.start();
        watcher = new Watcher(List.of(content, theme), this::rebuild);
    }

    /** The address the preview is served at, e.g. {@code http://127.0.0.1:8000/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** How many builds have finished, successful or not; for tests. */
    public int builds() {
        return builds;
    }

    /** Builds again, through the one build path, with what the earlier builds made. */
    synchronized void rebuild(Set<Path> changed) {
        long start = System.nanoTime();
        try {
            Request request = Request.inMemory(content, theme, true);
            BuildResult result = pipeline.build(changed.isEmpty() ? request : request.after(changed), memo);
            String warnings = result.warnings().isEmpty() ? null
                    : new ProblemReport(root).format(result.warnings(), ProblemReport.WARNINGS_SHOWN);
            state = new State(result.files(), null, warnings);
            if (warnings != null) {
                log.print(warnings);
            }
            log.printf(Locale.ROOT, "%s %d pages in %d ms (%d made, %d as they were)%n",
                    changed.isEmpty() ? "built" : "rebuilt", result.pages(), (System.nanoTime() - start) / 1_000_000,
                    result.pagesMade(), result.pages() - result.pagesMade());
        } catch (BuildFailure failure) {
            String report = new ProblemReport(root).format(failure.problems());
            state = new State(state == null ? new SiteFiles() : state.files(), report, null);
            log.print(report);
        } catch (RuntimeException | StackOverflowError e) {
            // the watcher's thread lives on: the next save builds again
            state = new State(state == null ? new SiteFiles() : state.files(), "internal error: " + e + "\n",
                    null);
            log.println("internal error: " + e);
        }
        builds++;
        if (!changed.isEmpty()) {
            pages.reload();
        }
    }

    /** How many pages' event streams are open; for tests. */
    int openStreams() {
        return pages.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            send(exchange, 403, "txt", ("This preview answers only to " + String.join(", ", new TreeSet<>(hosts))
                    + ".\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(EVENTS)) {
            pages.open(exchange);
            return;
        }
        if (path.equals(WARNINGS_STYLE)) {
            send(exchange, 200, "css", WARNINGS_CSS);
            return;
        }
        if (path.equals(RELOAD_SCRIPT)) {
            send(exchange, 200, "js", reloadScript);
            return;
        }
        State current = state;
        String file = path.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        if (current.report() != null && file.endsWith(".html")) {
            send(exchange, 500, "html", errorPage(current.report()));
            return;
        }
        byte[] body = current.files().get(file);
        int status = 200;
        if (body == null) {
            status = 404;
            file = "404.html";
            body = current.files().get(file);
            if (body == null) {
                body = "Not found".getBytes(StandardCharsets.UTF_8);
            }
        }
        String type = file.substring(file.lastIndexOf('.') + 1);
        if (type.equals("html")) {
            body = forPreview(new String(body, StandardCharsets.UTF_8), current.warnings())
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, type, body);
    }

    /**
     * The page as published, plus the reload script, and the build's warnings (if any) before the page's own
     * content; its policy lets it reach this server, nothing else.
     */
    static String forPreview(String html, String warnings) {
        String page = html.replace("connect-src 'none'", "connect-src 'self'")
                .replace("</body>", "<script src=\"" + RELOAD_SCRIPT + "\"></script>\n</body>");
        if (warnings == null) {
            return page;
        }
        Matcher body = BODY.matcher(page);
        return body.find() ? page.substring(0, body.end()) + "\n<link rel=\"stylesheet\" href=\"" + WARNINGS_STYLE
                + "\">\n<details class=\"preview-warnings\" open>"
                + "<summary>Warnings: they do not stop the build, but are worth fixing</summary><pre>"
                + Entities.escape(warnings) + "</pre></details>" + page.substring(body.end()) : page;
    }

    private byte[] errorPage(String report) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Build failed · preview</title>\n"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b}"
                + "pre{background:#fdf2f2;border-left:4px solid #b42318;padding:1rem;overflow:auto;"
                + "font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap}</style>\n</head>\n<body>\n"
                + "<h1>The handbook does not build</h1>\n"
                + "<p>Fix these problems and save: this page reloads by itself.</p>\n"
                + "<pre>" + Entities.escape(report) + "</pre>\n"
                + "<script src=\"" + RELOAD_SCRIPT + "\"></script>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(type, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        pages.close();
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
