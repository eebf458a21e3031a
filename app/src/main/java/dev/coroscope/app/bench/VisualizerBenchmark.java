package dev.coroscope.app.bench;

import dev.coroscope.app.editor.ExamplePrograms;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.Granularity;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the visualizer in the real window and prints the figures (run with
 * {@code -Dcoroscope.benchmark=true}; the window closes when done):
 * <ul>
 * <li><b>edit settled → picture updated</b>: from the moment an edit of the shown lesson-size
 *     program has settled (the program is handed to the engine) until the first pulse that has
 *     laid out the new picture (run, recording hand-over, step mapping, every panel updated);</li>
 * <li><b>pulse times at full speed</b>: the hundred-tasks example played at full speed; for each
 *     pulse, the FX thread's work from the first animation timer of the pulse to the end of its
 *     layout pass (playback, state, every panel, CSS, layout), and the interval between pulses;</li>
 * <li><b>Stop</b>: runaway programs (an empty endless loop, and one doing seconds of big-int work
 *     per line) are stopped as the Stop button does, 10 times each; from the request to the
 *     window knowing the run ended (the session's running flag cleared on the FX thread).</li>
 * </ul>
 * It drives the window from its own thread and touches nodes only on the FX thread.
 */
public final class VisualizerBenchmark {
    /** System property that runs the benchmark once the window is shown. */
    public static final String PROPERTY = "coroscope.benchmark";
    static final int EDITS = 15;
    /** How long to play, in seconds ({@code -Dcoroscope.benchmark.seconds}, default 10). */
    static final long PLAY_NANOS = Long.getLong("coroscope.benchmark.seconds", 10) * 1_000_000_000L;

    private final MainWindow window;
    private final RunSession session;

    private VisualizerBenchmark(MainWindow window) {
        this.window = window;
        this.session = window.visualizer().session();
    }

    /** Runs the benchmark on a new thread, prints the figures, then closes the window. */
    public static void start(MainWindow window) {
        Thread t = new Thread(() -> {
            try {
                new VisualizerBenchmark(window).run();
            } catch (Exception e) {
                System.out.println("Coroscope benchmark: failed: " + e);
            } finally {
                Platform.runLater(() -> window.stage().close());
            }
        }, "coroscope-benchmark");
        t.setDaemon(true);
        t.start();
    }

    private void run() throws Exception {
        waitUntil(() -> !session.isRunning() && session.getRecording().size() > 0, 20);
        editToPicture();
        pulses();
        stops();
    }

    // ---- Stop on a runaway program ----------------------------------------------------------

    static final int STOPS = 10;

    private void stops() throws Exception {
        List<Double> ms = new ArrayList<>();
        String[] runaways = {"while True:\n    pass\n", "x = 0\nwhile True:\n    x = 3 ** 100000\n"};
        int endedFirst = 0;
        for (int i = 0; ms.size() < STOPS * runaways.length && i < 4 * STOPS * runaways.length; i++) {
            String source = runaways[i % runaways.length] + "# run " + i + "\n";
            onFx(() -> {
                session.run(source);
                return null;
            });
            Thread.sleep(100);
            CountDownLatch ended = new CountDownLatch(1);
            javafx.beans.value.ChangeListener<Boolean> whenEnded = (o, was, now) -> {
                if (!now) ended.countDown();
            };
            Long t0 = onFx(() -> {
                if (!session.isRunning()) return null; // ended by its step budget before Stop
                session.runningProperty().addListener(whenEnded);
                long now = System.nanoTime();
                session.stop();
                return now;
            });
            if (t0 == null) {
                endedFirst++;
                continue;
            }
            if (!ended.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a runaway program was still running 30 s after Stop");
            }
            long t1 = System.nanoTime();
            boolean stopped = onFx(() -> {
                session.runningProperty().removeListener(whenEnded);
                return session.outcomeProperty().get() != null
                        && session.outcomeProperty().get().status() == dev.coroscope.app.run.RunOutcome.Status.STOPPED;
            });
            if (stopped) {
                ms.add((t1 - t0) / 1e6);
            } else {
                endedFirst++;
            }
        }
        List<Double> m = sorted(ms);
        System.out.printf(Locale.ROOT, "Coroscope benchmark: Stop on a runaway program -> window knows it ended: "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d stops (%d runs ended by their step budget "
                        + "first, not counted) (load average %.2f on %d cores)%n",
                pct(m, 50), pct(m, 95), pct(m, 100), m.size(), endedFirst,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    // ---- edit settled -> picture ------------------------------------------------------------

    private void editToPicture() throws Exception {
        String base = onFx(() -> window.viewModel().editor().getText());
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        int lines = base.split("\n", -1).length;
        int events = onFx(() -> session.getRecording().size());
        for (int i = 0; i < EDITS; i++) {
            String edited = base + "# edit " + i + "\n";
            onFx(() -> {
                window.view().editor().area().replaceText(edited);
                return null;
            });
            AtomicLong done = new AtomicLong();
            AtomicLong doneCpu = new AtomicLong();
            long[] cpu0 = new long[1];
            CountDownLatch pictured = new CountDownLatch(1);
            Scene scene = onFx(() -> window.stage().getScene());
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (!session.isRunning() && edited.equals(session.recordedSource())) {
                    done.set(System.nanoTime());
                    doneCpu.set(processCpuNanos());
                    scene.removePostLayoutPulseListener(listener[0]);
                    pictured.countDown();
                }
            };
            long t0 = onFx(() -> {
                scene.addPostLayoutPulseListener(listener[0]);
                long now = System.nanoTime();
                cpu0[0] = processCpuNanos();
                // What the settled edit does: hand the text to the engine.
                session.runIfChanged(edited);
                return now;
            });
            if (!pictured.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no picture 30 s after an edit");
            }
            ms.add((done.get() - t0) / 1e6);
            cpuMs.add((doneCpu.get() - cpu0[0]) / 1e6);
        }
        onFx(() -> {
            window.view().editor().area().replaceText(base);
            return null;
        });
        Collections.sort(ms);
        Collections.sort(cpuMs);
        String status = onFx(() -> session.outcomeProperty().get() == null ? "?"
                : session.outcomeProperty().get().status().name().toLowerCase(Locale.ROOT));
        System.out.printf(Locale.ROOT, "Coroscope benchmark: edit settled -> picture updated: median %.1f ms, "
                        + "max %.1f ms over %d edits (%s, a %d-line program, %d events, run %s); process CPU time "
                        + "per edit (engine, hand-over, panels, rendering, GC: all threads) median %.1f ms, max %.1f ms"
                        + " (load average %.2f on %d cores)%n",
                ms.get(ms.size() / 2), ms.get(ms.size() - 1), ms.size(),
                onFx(() -> window.viewModel().editor().getDocumentName()), lines, events, status,
                cpuMs.get(cpuMs.size() / 2), cpuMs.get(cpuMs.size() - 1),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** CPU time of the whole process so far: on a loaded machine, the work an edit costs, apart from waiting for a core. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    // ---- pulse times at full speed ----------------------------------------------------------

    private void pulses() throws Exception {
        String hundred = ExamplePrograms.source(ExamplePrograms.HUNDRED_TASKS);
        onFx(() -> {
            window.viewModel().editor().loadExample(ExamplePrograms.HUNDRED_TASKS, hundred);
            return null;
        });
        waitUntil(() -> !session.isRunning() && hundred.equals(session.recordedSource()), 60);
        int tasks = onFx(() -> session.getRecording().stateAt(session.lastStep()).tasks().size());
        int events = onFx(() -> session.getRecording().size());
        if (tasks < 100) {
            String why = onFx(() -> session.getError() == null ? session.getRunMessage() : session.getError().summary());
            System.out.println("Coroscope benchmark: playing 100 tasks: not measured, the engine did not run "
                    + ExamplePrograms.HUNDRED_TASKS + " (" + why + ")");
            return;
        }
        PlaybackViewModel playback = window.visualizer().playback();
        List<Double> work = Collections.synchronizedList(new ArrayList<>());
        List<Double> interval = Collections.synchronizedList(new ArrayList<>());
        List<Double> animation = Collections.synchronizedList(new ArrayList<>());
        List<Double> cpu = Collections.synchronizedList(new ArrayList<>());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] pulseStart = {-1};
        long[] cpuStart = {-1};
        long[] cssStart = {-1};
        long[] lastStart = {-1};
        Scene scene = onFx(() -> window.stage().getScene());
        Runnable end = () -> {
            if (pulseStart[0] > 0 && playback.isPlaying()) {
                work.add((System.nanoTime() - pulseStart[0]) / 1e6);
                cpu.add((threads.getCurrentThreadCpuTime() - cpuStart[0]) / 1e6);
                if (cssStart[0] > 0) {
                    animation.add((cssStart[0] - pulseStart[0]) / 1e6);
                }
            }
            pulseStart[0] = -1;
            cssStart[0] = -1;
        };
        Runnable beforeCss = () -> cssStart[0] = System.nanoTime();
        // Registered before playing starts, so it runs before the playback driver in each pulse.
        AnimationTimer first = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (lastStart[0] > 0 && playback.isPlaying()) {
                    interval.add((t - lastStart[0]) / 1e6);
                }
                lastStart[0] = t;
                pulseStart[0] = t;
                cpuStart[0] = threads.getCurrentThreadCpuTime();
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(end);
            scene.addPreLayoutPulseListener(beforeCss);
            first.start();
            playback.granularityProperty().set(Granularity.LINE);
            playback.speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
            playback.restart();
            playback.play();
            return null;
        });
        long until = System.nanoTime() + PLAY_NANOS;
        while (System.nanoTime() < until) {
            Thread.sleep(50);
            onFx(() -> {
                if (!playback.isPlaying()) {
                    playback.restart();
                    playback.play();
                }
                return null;
            });
        }
        onFx(() -> {
            playback.pause();
            first.stop();
            scene.removePostLayoutPulseListener(end);
            scene.removePreLayoutPulseListener(beforeCss);
            return null;
        });
        List<Double> a = sorted(animation);
        List<Double> c = sorted(cpu);
        List<Double> w = sorted(work);
        List<Double> f = sorted(interval);
        System.out.printf(Locale.ROOT, "Coroscope benchmark: playing %d tasks at full speed (%s, %d events): "
                        + "pulse work on the FX thread p50 %.2f ms, p95 %.2f ms, max %.2f ms over %d pulses; "
                        + "frame interval p50 %.2f ms, p95 %.2f ms (%.1f frames/s); of the pulse work, stepping and "
                        + "updating the panels (before CSS and layout) p50 %.2f ms, p95 %.2f ms; FX thread CPU time "
                        + "per pulse p50 %.2f ms, p95 %.2f ms (load average %.2f on %d cores)%n",
                tasks - 1, playback.speedTextProperty().get(), events, pct(w, 50), pct(w, 95), pct(w, 100), w.size(),
                pct(f, 50), pct(f, 95), f.isEmpty() ? 0 : 1000.0 / pct(f, 50), pct(a, 50), pct(a, 95), pct(c, 50),
                pct(c, 95), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> out;
        synchronized (values) {
            out = new ArrayList<>(values);
        }
        Collections.sort(out);
        return out;
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("waited " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onFx(Supplier<T> task) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[1];
        Platform.runLater(() -> {
            try {
                result[0] = task.get();
            } finally {
                done.countDown();
            }
        });
        done.await();
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
