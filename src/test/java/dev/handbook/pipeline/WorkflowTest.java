package dev.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The workflow cannot run here, so its text is checked: pull requests run the README's test command and a build
 * of the handbook, without needing site/; main rebuilds site/, commits it if it changed and publishes it, with the
 * permissions that takes and no more; .ci/run keeps main's site/ current; every action is pinned to a version.
 */
class WorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/ci.yml");

    private static String readmeTestCommand() throws IOException {
        Matcher m = Pattern.compile("(?m)^(mvn [a-z -]+?)\\s+# run all the tests$").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "the README names its test command");
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(String job) throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOW));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (Map<String, Object>) jobs.get(job);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) throws IOException {
        return (List<Map<String, Object>>) job(job).get("steps");
    }

    private static List<String> runs(String job) throws IOException {
        List<String> runs = new ArrayList<>();
        for (Map<String, Object> step : steps(job)) {
            if (step.containsKey("run")) {
                runs.add(((String) step.get("run")).strip());
            }
        }
        return runs;
    }

    @Test
    void pullRequestsRunTheReadmeTestCommandAndBuildTheHandbookWithoutNeedingSite() throws IOException {
        String readme = readmeTestCommand();
        assertEquals("mvn verify", readme);
        List<String> runs = runs("check");
        assertTrue(runs.contains("mvn -B -ntp verify"), "runs " + readme + " in batch mode: " + runs);
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("\nmvn -B -ntp verify\n"), ".ci/run runs the same command");
        String build = runs.stream().filter(r -> r.contains("site-build")).findFirst().orElseThrow();
        assertTrue(build.startsWith("mvn -B -ntp -q site-build"), "a problem fails the build: " + build);
        assertTrue(!build.contains("exit 1"), "a pull request made in the web editor cannot carry site/: " + build);
        assertTrue(runs.indexOf(build) > runs.indexOf("mvn -B -ntp verify"), "tests first, then the site");
        assertEquals(null, job("check").get("permissions"), "the check reads the repository, nothing more");
    }

    @Test
    void ciRunKeepsMainsSiteCurrent() throws IOException {
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("\nmvn -B -ntp -q site-build\nif [ -n \"$(git status --porcelain -- site/)\" ]; then")
                && ci.contains("exit 1"), ci);
    }

    @Test
    void mainRebuildsSiteCommitsItIfChangedAndPublishesIt() throws IOException {
        Map<String, Object> publish = job("publish");
        assertEquals("github.event_name == 'push' && github.ref == 'refs/heads/main'", publish.get("if"));
        assertEquals(Map.of("contents", "write", "pages", "write", "id-token", "write"), publish.get("permissions"),
                "writes the site's commit and the Pages deployment, nothing else");
        List<String> runs = runs("publish");
        String rebuild = runs.stream().filter(r -> r.contains("site-build")).findFirst().orElseThrow();
        assertTrue(rebuild.startsWith("mvn -B -ntp -q site-build\nif [ -n \"$(git status --porcelain -- site/)\" ]"),
                rebuild);
        assertTrue(rebuild.contains("git add -- site/\n") && rebuild.contains("git push origin HEAD:main"),
                "commits site/ and only site/: " + rebuild);
        List<Object> uses = steps("publish").stream().map(s -> s.get("uses")).toList();
        int rebuilt = steps("publish").indexOf(steps("publish").stream().filter(s -> rebuild.equals(
                String.valueOf(s.get("run")).strip())).findFirst().orElseThrow());
        int upload = uses.indexOf(uses.stream().filter(u -> String.valueOf(u).startsWith(
                "actions/upload-pages-artifact@")).findFirst().orElseThrow());
        assertTrue(rebuilt < upload, "publishes the rebuilt site");
    }

    @Test
    void everyActionIsPinnedToAVersion() throws IOException {
        List<String> uses = new ArrayList<>();
        for (String job : List.of("check", "publish")) {
            steps(job).stream().filter(s -> s.containsKey("uses")).forEach(s -> uses.add((String) s.get("uses")));
        }
        assertTrue(uses.size() >= 4, uses.toString());
        for (String action : uses) {
            assertTrue(action.matches("[\\w-]+/[\\w-]+@v\\d+\\.\\d+\\.\\d+"), "pinned: " + action);
        }
    }

    @Test
    void mainPublishesTheCommittedSiteFolderToPages() throws IOException {
        Map<String, Object> upload = steps("publish").stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("path", "site"), upload.get("with"));
    }
}
