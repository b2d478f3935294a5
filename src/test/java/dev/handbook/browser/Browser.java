package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through chromium-driver. Where they are not installed the calling test is
 * skipped with a message; under {@code CI=true} that is a failure instead, since CI installs them.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A new headless browser that downloads into {@code downloads}; quit it when done. */
    public static ChromeDriver start(Path profile, Path downloads) throws IOException {
        return start(profile, downloads, true);
    }

    /** A new headless browser with JavaScript switched off, as some readers have it. */
    public static ChromeDriver startWithoutJavaScript(Path profile, Path downloads) throws IOException {
        return start(profile, downloads, false);
    }

    private static ChromeDriver start(Path profile, Path downloads, boolean javaScript) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String message = "Chromium and ChromeDriver are needed for the browser tests: apt-get install chromium"
                    + " chromium-driver (looked for " + CHROMIUM + " and " + DRIVER + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
        if (!javaScript) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
        return driver;
    }
}
