package dev.handbook.preview;

import dev.handbook.content.ContentStage;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folder trees and reports the changed paths in batches: a burst of saves within the quiet period
 * becomes one batch. Folders created later are watched too; a watched root that is deleted and made again is
 * picked up. Editors' temporary files are ignored.
 */
final class Watcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 60;

    private final List<Path> roots;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    Watcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : this.roots) {
            registerTree(root);
        }
        thread = new Thread(() -> loop(onChange), "preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> onChange) {
        Set<Path> batch = new LinkedHashSet<>();
        while (running) {
            try {
                WatchKey key = service.poll(batch.isEmpty() ? 500 : QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    if (!batch.isEmpty()) {
                        onChange.accept(Set.copyOf(batch));
                        batch.clear();
                    }
                    rewatchRecreatedRoots(batch);
                    continue;
                }
                Path dir = keys.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                        batch.addAll(roots);
                        continue;
                    }
                    Path changed = dir.resolve((Path) event.context());
                    if (ContentStage.ignored(changed.getFileName().toString())) {
                        continue;
                    }
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerTree(changed);
                    }
                    batch.add(changed);
                }
                if (!key.reset()) {
                    keys.remove(key);
                    if (dir != null) {
                        batch.add(dir);
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // a folder vanished while being registered: the next event or tick tries again
            }
        }
    }

    private void rewatchRecreatedRoots(Set<Path> batch) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root) && !keys.containsValue(root)) {
                registerTree(root);
                batch.add(root);
            }
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                keys.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
            }
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        thread.interrupt();
    }
}
