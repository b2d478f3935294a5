package dev.handbook.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.handbook.markdown.MarkdownRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * What the builder's two core libraries alone take on a built synthetic handbook, the floor under a cold build of
 * this design: flexmark parsing and rendering every guide's body with the builder's own options, and jsoup parsing
 * every page of the built site, which the build verifies. Both on all cores, as the build runs them, in a JVM
 * started as {@code ./handbook} starts the builder; times from the first file read to the last result, so without
 * the JVM's start, which a build pays as well.
 *
 * <p>{@code java dev.handbook.bench.LibraryFloor CONTENT SITE}
 */
public final class LibraryFloor {

    private LibraryFloor() {
    }

    /** Runs the measurement and prints {@code flexmark S s, jsoup S s} for the guides and pages it found. */
    public static void main(String[] args) throws IOException {
        List<Path> guides = files(Path.of(args[0]).resolve("guides"), ".md");
        List<Path> pages = files(Path.of(args[1]), ".html");
        Parser parser = Parser.builder(MarkdownRenderer.OPTIONS).build();
        HtmlRenderer renderer = HtmlRenderer.builder(MarkdownRenderer.OPTIONS).build();
        double flexmark = seconds(guides, file -> renderer.render(parser.parse(body(read(file)))).length());
        double jsoup = seconds(pages, file -> Jsoup.parse(read(file)).getAllElements().size());
        System.out.printf(Locale.ROOT, "%d guides, %d pages: flexmark %.2f s, jsoup %.2f s, together %.2f s%n",
                guides.size(), pages.size(), flexmark, jsoup, flexmark + jsoup);
    }

    /** The time {@code work} takes over every file, on all cores; its results are summed so none is skipped. */
    private static double seconds(List<Path> files, ToLongFunction<Path> work) {
        long start = System.nanoTime();
        long sum = files.parallelStream().mapToLong(work).sum();
        if (sum <= 0) {
            throw new IllegalStateException("nothing was made of " + files.size() + " files");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** A guide's Markdown without its front matter. */
    private static String body(String guide) {
        int end = guide.indexOf("\n---", 3);
        return end < 0 ? guide : guide.substring(guide.indexOf('\n', end + 1) + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
