package dev.handbook.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The open pages' event streams, which are told to reload after a build. A page that went away is noticed at the
 * next message or at the next heartbeat, whichever comes first, and its connection closed; at most {@link #MOST}
 * stay open, the oldest closed first, so that connections a browser dropped without a word never pile up.
 */
final class ReloadChannel implements AutoCloseable {
    /** The most event streams kept open at once: far more than the tabs anyone previews in. */
    static final int MOST = 32;
    private static final byte[] HEARTBEAT = ": still here\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RELOAD = "event: reload\ndata: rebuilt\n\n".getBytes(StandardCharsets.UTF_8);

    private final Deque<HttpExchange> open = new ArrayDeque<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    /** Sends a heartbeat every {@code period}, which finds the streams whose page went away. */
    ReloadChannel(Duration period) {
        heartbeat.scheduleAtFixedRate(() -> send(HEARTBEAT), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Answers a page's request for events, and keeps the stream open. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        HttpExchange oldest = null;
        synchronized (open) {
            open.addLast(exchange);
            if (open.size() > MOST) {
                oldest = open.removeFirst();
            }
        }
        if (oldest != null) {
            oldest.close();
        }
    }

    /** Tells every open page to reload. */
    void reload() {
        send(RELOAD);
    }

    /** How many streams are open. */
    int size() {
        synchronized (open) {
            return open.size();
        }
    }

    private void send(byte[] message) {
        List<HttpExchange> all;
        synchronized (open) {
            all = new ArrayList<>(open);
        }
        for (HttpExchange exchange : all) {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(message);
                out.flush();
            } catch (IOException e) {
                synchronized (open) {
                    open.remove(exchange);
                }
                exchange.close(); // gives the connection back
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        List<HttpExchange> all;
        synchronized (open) {
            all = new ArrayList<>(open);
            open.clear();
        }
        all.forEach(HttpExchange::close);
    }
}
