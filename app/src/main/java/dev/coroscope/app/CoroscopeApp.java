package dev.coroscope.app;

import dev.coroscope.app.bench.VisualizerBenchmark;
import dev.coroscope.app.lessons.LessonFeatures;
import dev.coroscope.app.main.MainWindow;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application: opens the main window with the lessons (on the lesson or file the learner
 * had open last, or the first lesson) and nothing else before it is shown, so start-up stays short.
 *
 * <p>With {@code -Dcoroscope.startupTiming=true} it prints, once the window is shown, the time
 * since the JVM started; with {@code -Dcoroscope.benchmark=true} it measures the visualizer
 * ({@link VisualizerBenchmark}), prints the figures and closes.
 */
public final class CoroscopeApp extends Application {

    /** System property that turns on the start-up time report. */
    public static final String STARTUP_TIMING = "coroscope.startupTiming";

    @Override
    public void start(Stage stage) {
        long started = System.currentTimeMillis();
        MainWindow window = MainWindow.create(stage);
        LessonFeatures.install(window);
        long built = System.currentTimeMillis();
        if (Boolean.getBoolean(STARTUP_TIMING)) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                    e -> reportStartupTime(started, built, System.currentTimeMillis()));
        }
        window.stage().show();
        if (Boolean.getBoolean(VisualizerBenchmark.PROPERTY)) {
            VisualizerBenchmark.start(window);
        }
    }

    /** Prints the start-up time and where it went; times are milliseconds since the epoch. */
    private static void reportStartupTime(long started, long built, long shown) {
        Optional<Instant> jvmStart = ProcessHandle.current().info().startInstant();
        if (jvmStart.isEmpty()) {
            System.out.println("Coroscope start-up: the JVM start time is not available on this system");
            return;
        }
        long jvm = jvmStart.get().toEpochMilli();
        // CPU time tells how much work start-up is when other processes share the cores (then wall
        // time is longer by their share).
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(java.util.Locale.ROOT, "Coroscope start-up: %d ms from JVM start to window shown"
                        + " (JVM and JavaFX start %d ms, building the window %d ms, showing it %d ms;"
                        + " process CPU time %d ms on %d cores, load average %.2f)%n",
                shown - jvm, started - jvm, built - started, shown - built, cpu,
                Runtime.getRuntime().availableProcessors(), load);
    }

    public static void main(String[] args) {
        ClassWarmer.start();
        launch(CoroscopeApp.class, args);
    }
}
