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
import dev.handbook.problem.Problem;
import dev.handbook.problem.Problems;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            "sitemap", "feed");

    private final String prefix;
    private final Map<String, Mustache> templates;
    private final Map<String, byte[]> assets;

    private Theme(String prefix, Map<String, Mustache> templates, Map<String, byte[]> assets) {
        this.prefix = prefix;
        this.templates = templates;
        this.assets = assets;
    }

    /**
     * Compiles the templates and reads the assets.
     *
     * @return the theme, or empty after reporting why it cannot be used
     */
    public static Optional<Theme> load(Path themeDir, Problems problems) {
        String prefix = themeDir.getFileName().toString();
        Path templateDir = themeDir.resolve("templates");
        if (!Files.isDirectory(templateDir)) {
            problems.add(prefix + "/templates", 0, 0, "the theme has no templates folder");
            return Optional.empty();
        }
        DefaultMustacheFactory factory = new DefaultMustacheFactory(templateDir.toFile());
        factory.setObjectHandler(new StrictObjectHandler());
        Map<String, Mustache> compiled = new TreeMap<>();
        for (String name : TEMPLATES) {
            String file = name + ".mustache";
            if (!Files.isRegularFile(templateDir.resolve(file))) {
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
        Map<String, byte[]> assets = new TreeMap<>();
        Path assetDir = themeDir.resolve("assets");
        if (Files.isDirectory(assetDir)) {
            try (Stream<Path> walk = Files.walk(assetDir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = assetDir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    if (!relative.startsWith(".") && !relative.contains("/.")) {
                        assets.put("assets/" + relative, Files.readAllBytes(file));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                problems.add(prefix + "/assets", 0, 0, "cannot read the theme's assets: " + e.getMessage());
            }
        }
        if (compiled.size() < TEMPLATES.size()) {
            return Optional.empty();
        }
        return Optional.of(new Theme(prefix, Map.copyOf(compiled), java.util.Collections.unmodifiableMap(assets)));
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
