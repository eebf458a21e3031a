package dev.coroscope.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on a background thread, the classes the window needs before it is shown (the
 * list {@value #LIST}, recorded from a real start), while the JavaFX toolkit starts on the other
 * threads: on two cores the class loading and verification the window would do one class at a
 * time on the JavaFX thread is done beside it.
 *
 * <p>Invariant: no class is initialized here (no static initializer runs), so the order in which
 * the application initializes its classes, and whether a class may only be initialized on the
 * JavaFX thread, is as without it; a name the list has but the class path has not is skipped (the
 * list is only a hint).
 */
final class ClassWarmer {
    /** The class-path resource listing one binary class name a line. */
    static final String LIST = "/dev/coroscope/app/startup-classes.txt";
    /** System property that turns the warming off (to measure what it saves). */
    static final String OFF = "coroscope.noClassWarming";

    private ClassWarmer() {
    }

    /** Starts the warming thread, unless turned off. */
    static void start() {
        if (Boolean.getBoolean(OFF)) {
            return;
        }
        Thread t = new Thread(ClassWarmer::warm, "coroscope-class-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warm() {
        ClassLoader loader = ClassWarmer.class.getClassLoader();
        try (InputStream in = ClassWarmer.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    // Loading without initializing; asking for the constructors makes HotSpot link
                    // (verify) the class too.
                    Class.forName(name.strip(), false, loader).getDeclaredConstructors();
                } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                    // A stale name, or a class this platform lacks: only a hint, skipped.
                }
            }
        } catch (IOException e) {
            // The list is only a hint: without it the window loads its classes itself.
        }
    }
}
