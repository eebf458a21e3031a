package dev.coroscope.app.testing;

import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.app.main.MainWindow;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.theme.Theme;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntFunction;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * A development tool, not a test: opens the real main window with the real engine and saves a PNG
 * of it at chosen steps of the gather example (and of the hundred-tasks and syntax-error
 * programs), in every theme, so the pictures can be looked at. Run under Xvfb:
 * {@code java -cp ... 'dev.coroscope.app.testing.ScreenshotTour$Launch' OUT_DIR}.
 */
public final class ScreenshotTour extends Application {
    private static File out;
    /** System property: with the lesson pane, as the app opens (three columns), instead of the bare window. */
    static final String LESSONS = "coroscope.tour.lessons";

    /** The lessons as the app installs them, with their progress and autosave in a temporary folder. */
    private static void installLessons(MainWindow w) {
        try {
            java.nio.file.Path data = java.nio.file.Files.createTempDirectory("coroscope-tour");
            dev.coroscope.app.lessons.ScriptedLessonDialogs dialogs = new dev.coroscope.app.lessons.ScriptedLessonDialogs();
            dev.coroscope.app.lessons.LessonFeatures.install(w, data, dev.coroscope.lessons.LessonLoader.fromClasspath(),
                    dialogs, dialogs);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entry point (a class that is not the Application, so JavaFX may come from the class path). */
    public static final class Launch {
        public static void main(String[] args) {
            out = new File(args.length > 0 ? args[0] : "/tmp/coroscope-shots");
            out.mkdirs();
            Application.launch(ScreenshotTour.class);
        }
    }

    @Override
    public void start(Stage stage) {
        String program = System.getProperty("coroscope.tour.program");
        if (program != null) {
            engineTour(stage, program);
            return;
        }
        MainWindow w = MainWindow.create(stage, new ScriptedFileDialogs(), new dev.coroscope.app.run.EngineProgramRunner(),
                new MemorySettings());
        boolean lessons = Boolean.getBoolean(LESSONS);
        if (lessons) {
            installLessons(w);
        }
        stage.show();
        runTour(() -> {
            if (lessons) {
                // The lesson pane shows lesson 1; the editor gets the reference page's example.
                fx(() -> w.viewModel().editor().loadExample(dev.coroscope.app.editor.ExamplePrograms.GATHER,
                        dev.coroscope.app.editor.ExamplePrograms.source(dev.coroscope.app.editor.ExamplePrograms.GATHER)));
            }
            tour(w);
        });
    }

    /**
     * With {@code -Dcoroscope.tour.program=FILE}: the real engine runs FILE, and the window is shot
     * at the line events a fifth, two fifths, ... of the way through, in every theme.
     */
    private void engineTour(Stage stage, String program) {
        MainWindow w = MainWindow.create(stage, new ScriptedFileDialogs(), new dev.coroscope.app.run.EngineProgramRunner(),
                new MemorySettings());
        stage.show();
        runTour(() -> {
            String source = java.nio.file.Files.readString(java.nio.file.Path.of(program));
            String name = java.nio.file.Path.of(program).getFileName().toString().replace(".py", "");
            fx(() -> w.viewModel().editor().loadExample(name + ".py", source));
            waitForRun(w);
            java.util.List<Integer> lines = new java.util.ArrayList<>();
            fx(() -> w.visualizer().session().getRecording().forEach(e -> {
                if (e instanceof StepEvent.Line) {
                    lines.add(e.seq());
                }
            }));
            for (Theme theme : Theme.values()) {
                fx(() -> w.viewModel().themeProperty().set(theme));
                for (int k = 1; k <= 5; k++) {
                    int at = lines.isEmpty() ? 0 : lines.get(Math.min(lines.size() - 1, lines.size() * k / 5 - (k == 5 ? 1 : 0)));
                    fx(() -> w.visualizer().session().jumpTo(at));
                    pause(400);
                    shoot(w, "engine-" + name + "-" + theme.name().toLowerCase() + "-" + k);
                }
            }
        });
    }

    private void tour(MainWindow w) throws Exception {
        waitForRun(w);
        Map<String, ToIntFunction<Recording>> moments = new LinkedHashMap<>();
        moments.put("1-tasks-created", r -> Steps.first(r, e -> e instanceof StepEvent.Store s && s.name().equals("t2")));
        moments.put("2-task2-sleeps", r -> Steps.taskState(r, "Task-2", TaskState.WAITING, 1));
        moments.put("3-all-waiting", r -> Steps.taskState(r, "Task-3", TaskState.WAITING, 1));
        moments.put("4-clock-jump", r -> Steps.first(r, e -> e instanceof StepEvent.Clock));
        moments.put("5-b-woken", r -> Steps.taskState(r, "Task-3", TaskState.RUNNING, 2));
        moments.put("6-main-woken", r -> Steps.taskState(r, "Task-1", TaskState.RUNNING, 2));
        moments.put("7-end", r -> r.size() - 1);
        for (Theme theme : Theme.values()) {
            fx(() -> w.viewModel().themeProperty().set(theme));
            for (Map.Entry<String, ToIntFunction<Recording>> m : moments.entrySet()) {
                fx(() -> {
                    Recording r = w.visualizer().session().getRecording();
                    w.visualizer().session().jumpTo(m.getValue().applyAsInt(r));
                });
                pause(400);
                shoot(w, theme.name().toLowerCase() + "-" + m.getKey());
            }
        }
        fx(() -> w.viewModel().themeProperty().set(Theme.LIGHT));
        fx(() -> w.viewModel().editor().loadExample("hundred_tasks.py", TestPrograms.manyTasksSource(100)));
        waitForRun(w);
        fx(() -> w.visualizer().session().jumpTo(Steps.taskState(w.visualizer().session().getRecording(),
                "Task-60", TaskState.RUNNING, 2)));
        pause(500);
        shoot(w, "light-8-hundred-tasks");
        fx(() -> w.viewModel().editor().loadExample("broken.py", TestPrograms.resource("syntax_error.py")));
        waitForRun(w);
        shoot(w, "light-9-syntax-error");
        fx(() -> w.viewModel().themeProperty().set(Theme.HIGH_CONTRAST));
        pause(400);
        shoot(w, "high_contrast-9-syntax-error");
    }

    /** What a tour does, on its own thread. */
    private interface Tour {
        void run() throws Exception;
    }

    /** Runs {@code tour} on a daemon thread and exits the application when it is done. */
    private static void runTour(Tour tour) {
        Thread t = new Thread(() -> {
            try {
                tour.run();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "tour");
        t.setDaemon(true);
        t.start();
    }

    /** Waits (up to a minute) until the window's run has ended, then a little for the picture. */
    private static void waitForRun(MainWindow w) throws Exception {
        boolean[] running = {true};
        for (int i = 0; i < 600 && running[0]; i++) {
            pause(100);
            fx(() -> running[0] = w.visualizer().session().isRunning() || w.visualizer().session().getRecording().size() == 0);
        }
        pause(300);
    }

    private static void shoot(MainWindow w, String name) throws Exception {
        File file = new File(out, name + ".png");
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                WritableImage img = w.stage().getScene().snapshot(null);
                ImageIO.write(toBuffered(img), "png", file);
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
        System.out.println("wrote " + file);
    }

    private static BufferedImage toBuffered(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader px = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, px.getArgb(x, y));
            }
        }
        return b;
    }

    private static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }
}
