package dev.handbook.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.handbook.pipeline.TestSites;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Maven extension in .mvn/lifecycle/ that lets {@code mvn site-build} fetch only the builder's dependencies:
 * its compiled class is that of its source, and a real, offline Maven run shows the effect, on a copy of the
 * project given a test dependency that exists nowhere: {@code mvn site-build} builds the handbook, while
 * {@code mvn test-compile} fails to resolve it.
 */
class BuildOnlyDependenciesTest {
    private static final Path SOURCE = Path.of("src/maven/dev/handbook/maven/BuildOnlyDependencies.java");
    private static final Path COMPILED = Path.of(".mvn/lifecycle/dev/handbook/maven");

    @TempDir
    Path work;

    @Test
    void theCompiledExtensionIsOfTheSourceAsItIs() throws IOException, NoSuchAlgorithmException {
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SOURCE)));
        assertEquals(digest, Files.readString(COMPILED.resolve("BuildOnlyDependencies.source.sha256")).strip(),
                "the source changed since it was compiled: run src/maven/build");
        assertTrue(Files.isRegularFile(COMPILED.resolve("BuildOnlyDependencies.class")));
    }

    @Test
    void siteBuildResolvesNoTestDependencyWhileTestCompileNeedsThem() throws Exception {
        Path maven = onPath("mvn");
        Path project = work.resolve("project");
        for (String part : List.of("pom.xml", ".mvn", "src/main", "content", "theme")) {
            Files.createDirectories(project.resolve(part).getParent());
            TestSites.copy(Path.of(part), project.resolve(part));
        }
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("  <dependencies>\n", "  <dependencies>\n"
                + "    <dependency>\n      <groupId>invalid.nowhere</groupId>\n      <artifactId>no-such-tool</artifactId>\n"
                + "      <version>1.0</version>\n      <scope>test</scope>\n    </dependency>\n"));

        Run build = mvn(maven, project, "site-build");
        assertEquals(0, build.code(), build.output());
        assertTrue(Files.isRegularFile(project.resolve("site/index.html")), build.output());

        Run tests = mvn(maven, project, "test-compile");
        assertTrue(tests.code() != 0 && tests.output().contains("no-such-tool"),
                "any other run still resolves the test dependencies: " + tests.output());
    }

    private record Run(int code, String output) {
    }

    private static Run mvn(Path maven, Path project, String goal) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(maven.toString(), "-B", "-ntp", "-q", "-o", goal));
        Optional.ofNullable(System.getProperty("handbook.localRepository"))
                .ifPresent(repository -> command.add("-Dmaven.repo.local=" + repository));
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("mvn " + goal + " did not end: " + output);
        }
        return new Run(process.exitValue(), output);
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(name + " is not on the PATH");
        }
        Assumptions.abort(name + " is not on the PATH");
        return null;
    }
}
