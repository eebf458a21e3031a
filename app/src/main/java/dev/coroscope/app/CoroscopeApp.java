package dev.coroscope.app;

import dev.coroscope.app.bench.VisualizerBenchmark;
import dev.coroscope.app.lessons.LessonFeatures;
import dev.coroscope.app.main.MainWindow;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
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
        StartupPreload read = preload != null ? preload : StartupPreload.start();
        MainWindow window = MainWindow.create(stage, read.settings());
        LessonFeatures.install(window, read.lessons());
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
        OptionalLong sinceStart = millisSinceProcessStart();
        if (sinceStart.isEmpty()) {
            System.out.println("Coroscope start-up: the JVM start time is not available on this system");
            return;
        }
        long jvm = shown - sinceStart.getAsLong();
        // CPU time tells how much work start-up is when other processes share the cores (then wall
        // time is longer by their share).
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(java.util.Locale.ROOT, "Coroscope start-up: %d ms from JVM start to window shown"
                        + " (JVM and JavaFX start %d ms, building the window %d ms, showing it %d ms;"
                        + " process CPU time %d ms on %d cores, load average %.2f)%n",
                shown - jvm, started - jvm, built - started, shown - built, cpu,
                Runtime.getRuntime().availableProcessors(), load);
        System.out.println(threadTimes());
        System.out.println(sharedArchives());
    }

    /**
     * Which class data sharing archives this process has mapped, from Linux's {@code
     * /proc/self/maps}: the app's (made by the build, see app/pom.xml) when `mvn javafx:run`'s
     * option took effect, the JDK's default one when not (a stale or missing archive is ignored by
     * the JVM without a word). Elsewhere than Linux, a line saying so.
     */
    static String sharedArchives() {
        try (java.util.stream.Stream<String> maps = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/self/maps"))) {
            java.util.List<String> archives = maps.map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .filter(file -> file.endsWith(".jsa")).distinct().toList();
            return "Coroscope start-up: class data sharing archives mapped: "
                    + (archives.isEmpty() ? "none" : String.join(", ", archives));
        } catch (java.io.IOException | RuntimeException e) {
            return "Coroscope start-up: which class data sharing archives are mapped is not known on this system";
        }
    }

    /**
     * How long ago this process started, in milliseconds. On Linux from the kernel's own clock since
     * boot: the process's start time in {@code /proc/self/stat} (clock ticks, USER_HZ = 100 on every
     * Linux ABI) against {@code /proc/uptime}, both exact to 10 ms. Not {@code
     * ProcessHandle.info().startInstant()} there: it adds those ticks to the boot time of {@code
     * /proc/stat}, which is cut to whole seconds, so it places the start up to a second too early (on
     * the machine this was measured on, 0.63 s too early: a 0.2 s {@code java -version} process
     * reported "main() 0.8 s after start"). Elsewhere the start instant is used as it is.
     */
    static OptionalLong millisSinceProcessStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            // Fields after the command name, which is in parentheses and may hold spaces: state is the
            // first; starttime (field 22 of the whole line) is the 20th.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]);
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return OptionalLong.of(Math.round(upSeconds * 1000) - startTicks * 10);
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: the platform's own start instant.
        }
        Optional<Instant> start = ProcessHandle.current().info().startInstant();
        return start.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(System.currentTimeMillis() - start.get().toEpochMilli());
    }

    /**
     * The CPU time of each thread of this process so far, busiest first, from Linux's
     * {@code /proc/self/task} (it also lists the JIT compiler and GC threads, which Java's own
     * thread bean does not): which work is on the JavaFX thread's critical path and which runs
     * beside it. Threads that have ended are not listed (the class warmer, usually). Elsewhere
     * than Linux, a line saying so.
     */
    static String threadTimes() {
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return "Coroscope start-up: CPU time by thread is not available on this system";
        }
        java.util.Map<String, Long> millis = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) all::iterator) {
                try {
                    String stat = java.nio.file.Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    // Fields after the name: state is the first; utime and stime the 12th and 13th (in 10 ms ticks).
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                    millis.merge(name.strip(), ms, Long::sum);
                } catch (java.io.IOException | RuntimeException e) {
                    // A thread that ended while being read: not counted.
                }
            }
        } catch (java.io.IOException e) {
            return "Coroscope start-up: CPU time by thread is not available (" + e.getMessage() + ")";
        }
        StringBuilder b = new StringBuilder("Coroscope start-up: CPU time by thread (ms):");
        millis.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(','));
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** Started by {@link #main} before the toolkit; null when JavaFX launched the class itself. */
    private static StartupPreload preload;

    public static void main(String[] args) {
        ClassWarmer.start();
        preload = StartupPreload.start();
        launch(CoroscopeApp.class, args);
    }
}
