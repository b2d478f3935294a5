package dev.handbook.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through chromium-driver. Where they are not installed the calling test is
 * skipped, and the first one skipped says on the console why and how to install them; under {@code CI=true} that
 * is a failure instead, since CI installs them. Other places: {@code -Dchromium.binary=…} and
 * {@code -Dchromium.driver=…}.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private static final AtomicBoolean TOLD = new AtomicBoolean();
    /**
     * Selenium looks for its DevTools bindings of this Chromium's version at every start and warns when it has
     * none; the tests send DevTools commands by name (executeCdpCommand), which needs no bindings, so the warning
     * says nothing here. Held in a field: java.util.logging keeps loggers only weakly.
     */
    private static final Logger CDP_VERSIONS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private Browser() {
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Waits up to ten seconds for the condition, checking every 50 ms; fails naming {@code what}. */
    public static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    /** Why the browser cannot start here, if it cannot. */
    static Optional<String> missing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return Optional.empty();
        }
        return Optional.of("the browser tests need Chromium and ChromeDriver, looked for at " + CHROMIUM + " and "
                + DRIVER + ": on Debian or Ubuntu, apt-get install chromium chromium-driver; elsewhere, point at"
                + " them with mvn verify -Dchromium.binary=PATH -Dchromium.driver=PATH");
    }

    /**
     * Skips the calling test when the browser is not installed (fails it under {@code CI=true}); the first skip
     * in this run prints why on the console, once.
     */
    public static void requireInstalled() {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(missing.get());
        }
        if (!TOLD.getAndSet(true)) {
            System.err.println("[WARNING] browser tests skipped: " + missing.get());
        }
        Assumptions.abort(missing.get());
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
        requireInstalled();
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
