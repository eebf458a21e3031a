package dev.coroscope.app.autosave;

import java.nio.file.Path;

/**
 * The folder where Coroscope keeps the learner's work between runs: lesson progress, edited lesson
 * examples and recovery copies of opened files. It is {@code ~/.coroscope} unless the system
 * property {@value #HOME_PROPERTY} names another folder (tests and a second profile use that).
 * The folder is created when something is first written into it.
 */
public final class AppData {
    /** System property naming the folder instead of {@code ~/.coroscope}. */
    public static final String HOME_PROPERTY = "coroscope.home";

    private AppData() {
    }

    /** The folder to use in this run. */
    public static Path folder() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".coroscope");
    }
}
