package dev.handbook.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.GuardedBinding;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import dev.handbook.memo.Codec;
import dev.handbook.memo.Digest;
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The compiled theme: Mustache templates from {@code theme/templates/} and static files from
 * {@code theme/assets/}, loaded once.
 */
public final class Theme {
    /** The templates every theme must have. */
    public static final List<String> TEMPLATES = List.of("home", "guide", "category", "tag", "not-found", "filler",
            "sitemap", "feed", "not-found-script");

    private final String prefix;
    private final Digest digest;
    private final Map<String, Mustache> templates;
    private final Map<String, byte[]> assets;

    private Theme(String prefix, Digest digest, Map<String, Mustache> templates, Map<String, byte[]> assets) {
        this.prefix = prefix;
        this.digest = digest;
        this.templates = templates;
        this.assets = assets;
    }

    /**
     * A theme folder's files, read.
     *
     * @param prefix    the folder's name, which problem paths start with, e.g. {@code theme}
     * @param templates the texts of {@code templates/*.mustache} by file name, e.g. {@code guide.mustache}
     * @param assets    the static files by output path, e.g. {@code assets/style.css}
     * @param problems  what could not be read
     */
    public record Sources(String prefix, Map<String, String> templates, Map<String, byte[]> assets,
                        List<Problem> problems) {

        /** What the pages depend on: the templates' texts, not the assets' bytes. */
        public Digest templatesDigest() {
            return Codec.digest(new TemplateTexts(prefix, templates));
        }
    }

    private record TemplateTexts(String prefix, Map<String, String> templates) {
    }

    /**
     * A theme compiled from its files, or the problems that keep it from being used.
     *
     * @param theme    the theme, if every template compiled
     * @param problems what is wrong with the theme
     */
    public record Loaded(Optional<Theme> theme, List<Problem> problems) {
    }

    /** Reads and compiles a theme folder. */
    public static Loaded load(Path themeDir) {
        return compile(read(themeDir));
    }

    /** Reads a theme folder: the templates' texts and the assets' bytes, in sorted order. */
    public static Sources read(Path themeDir) {
        String prefix = themeDir.getFileName().toString();
        Problems problems = new Problems();
        Map<String, String> texts = new TreeMap<>();
        Path templateDir = themeDir.resolve("templates");
        if (!Files.isDirectory(templateDir)) {
            problems.add(prefix + "/templates", 0, 0, "the theme has no templates folder");
        } else {
            try (Stream<Path> list = Files.list(templateDir)) {
                for (Path file : list.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".mustache") && Files.isRegularFile(file)) {
                        texts.put(name, Files.readString(file));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(prefix + "/templates", 0, 0, "cannot read the theme's templates: " + e.getMessage());
            }
        }
        Map<String, byte[]> assets = new TreeMap<>();
        Path assetDir = themeDir.resolve("assets");
        if (Files.isDirectory(assetDir)) {
            try (Stream<Path> walk = Files.walk(assetDir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = assetDir.relativize(file).toString().replace(File.separatorChar, '/');
                    if (!relative.startsWith(".") && !relative.contains("/.")) {
                        assets.put("assets/" + relative, Files.readAllBytes(file));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(prefix + "/assets", 0, 0, "cannot read the theme's assets: " + e.getMessage());
            }
        }
        return new Sources(prefix, Collections.unmodifiableMap(texts),
                Collections.unmodifiableMap(assets), problems.sorted());
    }

    /** Compiles the templates read from a theme folder; partials come from the same texts. */
    public static Loaded compile(Sources files) {
        Problems problems = new Problems();
        problems.addAll(files.problems());
        String prefix = files.prefix();
        DefaultMustacheFactory factory = new DefaultMustacheFactory(name -> {
            String text = files.templates().get(name);
            return text == null ? null : new StringReader(text);
        });
        factory.setObjectHandler(new StrictObjectHandler());
        Map<String, Mustache> compiled = new TreeMap<>();
        for (String name : TEMPLATES) {
            String file = name + ".mustache";
            if (!files.templates().containsKey(file)) {
                problems.add(prefix + "/templates/" + file, 0, 0, "the theme template is missing");
                continue;
            }
            try {
                compiled.put(name, factory.compile(file));
            } catch (MustacheException e) {
                problems.add(Problem.at(prefix + "/templates/" + file, 0, 0,
                        "the template cannot be compiled: " + rootMessage(e)));
            }
        }
        if (compiled.size() < TEMPLATES.size() || !files.problems().isEmpty()) {
            return new Loaded(Optional.empty(), problems.sorted());
        }
        return new Loaded(Optional.of(new Theme(prefix, files.templatesDigest(), Map.copyOf(compiled),
                files.assets())), problems.sorted());
    }

    /** The digest of the templates' texts: pages made with an equal one are made the same. */
    public Digest digest() {
        return digest;
    }

    /** The static files to publish, by output path, e.g. {@code assets/style.css}. */
    public Map<String, byte[]> assets() {
        return assets;
    }

    /** The display path of a template, e.g. {@code theme/templates/guide.mustache}. */
    public String templatePath(String name) {
        return prefix + "/templates/" + name + ".mustache";
    }

    /**
     * Renders a template with a model.
     *
     * @throws TemplateException with a problem naming the template file, line and missing variable
     */
    public String render(String name, Map<String, Object> model) throws TemplateException {
        StringWriter out = new StringWriter();
        try {
            templates.get(name).execute(out, model).flush();
        } catch (MustacheException | IOException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof MissingVariable)) {
                cause = cause.getCause();
            }
            if (cause instanceof MissingVariable missing) {
                throw new TemplateException(new Problem(prefix + "/templates/" + missing.file, missing.line, 0,
                        "the template uses {{" + missing.variable + "}}, which this page does not provide",
                        "check the spelling; variables available here are listed in theme/README.md"));
            }
            throw new TemplateException(Problem.at(templatePath(name), 0, 0,
                    "the template failed: " + rootMessage(e)));
        }
        return out.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** Finding no value for a name is an error, not an empty string. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        public Binding createBinding(String name, TemplateContext tc, Code code) {
            return new GuardedBinding(this, name, tc, code) {
                @Override
                protected synchronized Wrapper getWrapper(String variable, List<Object> scopes) {
                    Wrapper wrapper = super.getWrapper(variable, scopes);
                    if (wrapper instanceof MissingWrapper) {
                        throw new MissingVariable(tc.file(), tc.line(), variable);
                    }
                    return wrapper;
                }
            };
        }
    }

    private static final class MissingVariable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String file;
        final int line;
        final String variable;

        MissingVariable(String file, int line, String variable) {
            super("missing variable " + variable + " in " + file + ":" + line);
            this.file = file;
            this.line = line;
            this.variable = variable;
        }
    }
}
