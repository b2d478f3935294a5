package dev.handbook.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.pipeline.Pipeline;
import dev.handbook.pipeline.TestSites;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    private static final String GUIDE = "content/guides/declining-a-job-interview.md";

    @TempDir
    Path work;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private PreviewServer start() throws IOException {
        TestSites.copy(TestSites.CONTENT, work.resolve("content"));
        TestSites.copy(TestSites.THEME, work.resolve("theme"));
        return new PreviewServer(work.resolve("content"), work.resolve("theme"), 0, Pipeline.standard(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private static Response get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = connection.getResponseCode();
        var stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, body);
    }

    private record Response(int status, String body) {
    }

    /** Reads server-sent events over a plain socket, on a thread of its own, and counts reloads. */
    private static final class Events implements AutoCloseable {
        private final Socket socket;
        private volatile int reloads;

        Events(String url) throws IOException {
            URI uri = URI.create(url);
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.getOutputStream().write(("GET /__preview/events HTTP/1.1\r\nHost: " + uri.getAuthority()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            String status = in.readLine();
            assertEquals("HTTP/1.1 200 OK", status);
            Thread reader = new Thread(() -> {
                try {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.equals("event: reload")) {
                            reloads++;
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitReloads(int count) throws InterruptedException {
            for (int i = 0; i < 200 && reloads < count; i++) {
                Thread.sleep(25);
            }
            assertEquals(count, reloads, "reload events");
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Saves an edit as editors that write safely do, by renaming a whole new file over the old one: a write in
     * place truncates the file first, and a busy machine can pause between the two for longer than the watcher
     * waits for quiet, which builds the empty file and reloads the pages twice.
     */
    private void edit(String path, String from, String to) throws IOException {
        Path file = work.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        save(file, text.replace(from, to));
    }

    /** Writes a file as {@link #edit} does: whole, by a rename. */
    private static void save(Path file, String text) throws IOException {
        Path saved = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(saved, text);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void rebuildsOnEveryChangeReloadsPagesAndShowsProblemsInPlace() throws Exception {
        int port;
        try (PreviewServer server = start(); Events events = new Events(server.url())) {
            port = URI.create(server.url()).getPort();
            Response page = get(server.url() + "declining-a-job-interview/index.html");
            assertEquals(200, page.status());
            assertTrue(page.body().contains("<script src=\"/__preview/reload.js\"></script>"));
            assertTrue(page.body().contains("connect-src 'self'"), "the preview page may reach its own server");
            assertEquals(200, get(server.url() + "__preview/reload.js").status());
            assertEquals(404, get(server.url() + "no-such-page/index.html").status());

            edit(GUIDE, "Tell them as soon as you have made up your mind.", "Tell them today.");
            events.awaitReloads(1);
            assertTrue(get(server.url() + "declining-a-job-interview/index.html").body().contains("Tell them today."));
            StringBuilder index = new StringBuilder();
            for (int g = 0; g < 7; g++) {
                index.append(get(server.url() + "assets/search/g-" + g + ".js").body());
            }
            assertTrue(index.toString().contains("Tell them today."), "the search index follows the edit");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains("(1 made, 21 as they were)"), log.toString());

            edit(GUIDE, "title: How to decline a job interview", "titel: How to decline a job interview");
            events.awaitReloads(2);
            Response broken = get(server.url() + "declining-a-job-interview/index.html");
            assertEquals(500, broken.status());
            assertTrue(broken.body().contains(GUIDE + ":2:1: error: unknown key &quot;titel&quot;\n"
                    + "  | titel: How to decline a job interview\n  | ^\n"), broken.body());
            assertTrue(broken.body().contains("/__preview/reload.js"), "the error page reloads itself too");
            assertTrue(log.toString(StandardCharsets.UTF_8).contains(GUIDE + ":2:1: error: unknown key \"titel\""));

            edit(GUIDE, "titel: How", "title: How");
            events.awaitReloads(3);
            assertEquals(200, get(server.url() + "declining-a-job-interview/index.html").status());

            edit("theme/assets/style.css", "--text: #1b1b1b;", "--text: #000000;");
            events.awaitReloads(4);
            assertTrue(get(server.url() + "assets/style.css").body().contains("--text: #000000;"));
            assertTrue(log.toString(StandardCharsets.UTF_8).endsWith("(0 made, 22 as they were)\n"),
                    "pages do not depend on the style sheet: " + log);

            edit("theme/templates/footer.mustache", "<a href=\"{{root}}index.html\">All guides</a>",
                    "<a href=\"{{root}}index.html\">Every guide</a>");
            events.awaitReloads(5);
            assertTrue(get(server.url() + "index.html").body().contains(">Every guide</a>"));
            assertTrue(log.toString(StandardCharsets.UTF_8).endsWith("(22 made, 0 as they were)\n"),
                    "every page shows the footer: " + log);
        }
        try (ServerSocket again = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the port is free after stopping");
        }
        assertFalse(Files.exists(work.resolve("site")), "the preview never writes a site");
    }

    @Test
    void aGuideNestedTenThousandDeepIsAProblemInPlaceAndTheFixIsBuilt() throws Exception {
        try (PreviewServer server = start(); Events events = new Events(server.url())) {
            Path deep = work.resolve("content/guides/deep.md");
            String head = "---\ntitle: Deep\nsummary: S\nupdated: 2026-01-01\n---\n\n";
            save(deep, head + "> ".repeat(10_000) + "x\n");
            events.awaitReloads(1);
            Response broken = get(server.url() + "deep/index.html");
            assertEquals(500, broken.status());
            assertTrue(broken.body().contains("content/guides/deep.md:7:1: error: "), broken.body());

            save(deep, head + "> x\n");
            events.awaitReloads(2);
            assertEquals(200, get(server.url() + "deep/index.html").status(), "the preview still rebuilds");
        }
    }

    @Test
    void warningsAreShownAtTheTopOfEveryPageWhichStillBuilds() throws Exception {
        try (PreviewServer server = start(); Events events = new Events(server.url())) {
            save(work.resolve("content/templates/thank-you.md"), "---\ntitle: Thanks\nsubject: Thanks\n"
                    + "---\nThank you, [Name].\n");
            events.awaitReloads(1);
            Response page = get(server.url() + "declining-a-job-interview/index.html");
            assertEquals(200, page.status());
            int warning = page.body().indexOf("<details class=\"preview-warnings\" open>");
            assertTrue(warning > page.body().indexOf("<body") && warning < page.body().indexOf("<h1"), page.body());
            assertTrue(page.body().contains("content/templates/thank-you.md:1:1: warning: no published guide embeds"
                    + " the template &quot;thank-you&quot;"), page.body());
            assertTrue(page.body().contains("<link rel=\"stylesheet\" href=\"/__preview/warnings.css\">"));
            Response style = get(server.url() + "__preview/warnings.css");
            assertEquals(200, style.status());
            assertTrue(style.body().contains(".preview-warnings pre{"), "long lines wrap: " + style.body());

            Files.delete(work.resolve("content/templates/thank-you.md"));
            events.awaitReloads(2);
            assertTrue(!get(server.url() + "index.html").body().contains("preview-warnings"), "gone once fixed");
        }
    }

    @Test
    void draftsAreShownInThePreview() throws Exception {
        try (PreviewServer server = start(); Events events = new Events(server.url())) {
            save(work.resolve("content/guides/unfinished.md"),
                    "---\ntitle: Unfinished\nsummary: S\nupdated: 2026-01-01\ndraft: true\n---\n\nSoon.\n");
            events.awaitReloads(1);
            assertEquals(200, get(server.url() + "unfinished/index.html").status());
        }
    }

    /** Sends a request with the given Host header over a plain socket and returns the status line. */
    private static String statusWithHost(String url, String path, String host) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    @Test
    void answersOnlyToTheNamesOfThisMachine() throws Exception {
        try (PreviewServer server = start()) {
            int port = URI.create(server.url()).getPort();
            for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port}) {
                assertEquals("HTTP/1.1 200 OK", statusWithHost(server.url(), "/index.html", host), host);
            }
            for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1:" + (port + 1),
                    "localhost"}) {
                assertEquals("HTTP/1.1 403 Forbidden", statusWithHost(server.url(), "/index.html", host), host);
                assertEquals("HTTP/1.1 403 Forbidden", statusWithHost(server.url(), "/__preview/events", host), host);
            }
        }
    }

    private static long openFiles() throws IOException {
        try (var files = Files.list(Path.of("/proc/self/fd"))) {
            return files.count();
        }
    }

    @Test
    void reloadStreamsThatPagesDroppedAreClosedAndNeverPileUp() throws Exception {
        TestSites.copy(TestSites.CONTENT, work.resolve("content"));
        TestSites.copy(TestSites.THEME, work.resolve("theme"));
        try (PreviewServer server = new PreviewServer(work.resolve("content"), work.resolve("theme"), 0,
                Pipeline.standard(), new PrintStream(log, true, StandardCharsets.UTF_8), Duration.ofMillis(50))) {
            long before = openFiles();
            for (int i = 0; i < 300; i++) {
                new Events(server.url()).close();
                assertTrue(server.openStreams() <= ReloadChannel.MOST, "at most " + ReloadChannel.MOST + " open");
            }
            for (int i = 0; i < 200 && (server.openStreams() > 0 || openFiles() > before + 5); i++) {
                Thread.sleep(25);
            }
            assertEquals(0, server.openStreams(), "the heartbeat found every page that went away");
            assertTrue(openFiles() <= before + 5, "connections given back: " + before + " open before, "
                    + openFiles() + " after");
            try (Events events = new Events(server.url())) {
                edit(GUIDE, "Tell them as soon as you have made up your mind.", "Tell them today.");
                events.awaitReloads(1);
            }
        }
    }

    @Test
    void aPortInUseIsReportedAsSuch() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            TestSites.copy(TestSites.CONTENT, work.resolve("content"));
            assertThrows(BindException.class, () -> new PreviewServer(work.resolve("content"), TestSites.THEME,
                    taken.getLocalPort(), Pipeline.standard(), new PrintStream(log, true, StandardCharsets.UTF_8)));
        }
    }
}
