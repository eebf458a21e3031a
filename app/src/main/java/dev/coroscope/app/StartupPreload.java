package dev.coroscope.app;

import dev.coroscope.app.settings.PreferencesSettings;
import dev.coroscope.app.settings.Settings;
import dev.coroscope.lessons.LessonCatalog;
import dev.coroscope.lessons.LessonLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What the window needs that involves no JavaFX, read on a background thread while the JavaFX
 * toolkit starts, so the JavaFX thread finds it ready instead of reading it on the critical path:
 * the lessons (thirty folders of Markdown and JSON, parsed and validated) and the user's settings
 * ({@code java.util.prefs}, whose Linux store is an XML file).
 *
 * <p>Invariant: the results are the same as reading them on the JavaFX thread; a failure while
 * reading is thrown again, unchanged, to the thread that asks for the result, as if it had read
 * them itself.
 */
final class StartupPreload {
    private final FutureTask<LessonCatalog> lessons = new FutureTask<>(LessonLoader::fromClasspath);
    private final FutureTask<Settings> settings = new FutureTask<>(() -> {
        PreferencesSettings s = new PreferencesSettings();
        // The first read loads the backing store.
        s.get("", null);
        return s;
    });

    private StartupPreload() {
    }

    /** Starts reading on a thread of its own. */
    static StartupPreload start() {
        StartupPreload p = new StartupPreload();
        Thread t = new Thread(() -> {
            p.settings.run();
            p.lessons.run();
        }, "coroscope-preload");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** The lesson catalog, waiting for it if it is still being read. */
    LessonCatalog lessons() {
        return get(lessons);
    }

    /** The user's settings, waiting for them if they are still being read. */
    Settings settings() {
        return get(settings);
    }

    private static <T> T get(FutureTask<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
