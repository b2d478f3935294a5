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
 * The pull-request workflow cannot run here, so its text is checked: it runs the README's test command and the
 * "site/ is current" check that .ci/run runs, and every action is pinned to a version.
 */
class WorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/ci.yml");

    private static String readmeTestCommand() throws IOException {
        Matcher m = Pattern.compile("(?m)^(mvn [a-z -]+?)\\s+# run all the tests$").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "the README names its test command");
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOW));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
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
    void pullRequestsRunTheReadmeTestCommandAndTheSiteCheck() throws IOException {
        String readme = readmeTestCommand();
        assertEquals("mvn verify", readme);
        List<String> runs = runs("check");
        assertTrue(runs.contains("mvn -B -ntp verify"), "runs " + readme + " in batch mode: " + runs);
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.contains("\nmvn -B -ntp verify\n"), ".ci/run runs the same command");
        String siteCheck = runs.stream().filter(r -> r.contains("site-build")).findFirst().orElseThrow();
        assertTrue(siteCheck.startsWith("mvn -B -ntp -q site-build"), siteCheck);
        assertTrue(siteCheck.contains("git status --porcelain -- site/") && siteCheck.contains("exit 1"), siteCheck);
        assertTrue(ci.contains("git status --porcelain -- site/"), ".ci/run makes the same check");
        assertTrue(runs.indexOf(siteCheck) > runs.indexOf("mvn -B -ntp verify"), "tests first, then the site");
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
