package dev.coroscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.lessons.Lesson;
import dev.coroscope.lessons.LessonLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never losing an edit, end to end: the app runs in its own JVM (headless), an edit is typed, the
 * process is killed with {@code kill -9} ({@link Process#destroyForcibly()}: no shutdown hook, no
 * window-closed handler runs), and the restarted app shows the edit in the lesson.
 */
class KillAndRestartTest {
    /**
     * How long a child may take to start and answer: an upper bound only, never a speed claim. On
     * a machine with 2 cores shared by several builds (load average 23) a child took 22 s to show
     * its window and type.
     */
    private static final int START_LIMIT_SECONDS = 120;

    @TempDir
    Path home;

    @Test
    void an_edit_typed_before_kill_9_is_shown_after_the_restart() throws Exception {
        Lesson first = LessonLoader.fromClasspath().first().orElseThrow();
        Path copy = new AutosaveStore(home).lessonCopy(first.id());

        Child editing = new Child("edit");
        try {
            assertEquals("TYPED true", editing.line("TYPED", START_LIMIT_SECONDS), "the robot typed into the editor");
            long typed = System.nanoTime();
            while (!(Files.exists(copy) && Files.readString(copy).startsWith(CrashChild.EDIT))
                    && System.nanoTime() - typed < TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(20);
            }
            System.out.printf("KillAndRestartTest: the edit reached the disk %d ms after it was typed%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typed));
            assertTrue(Files.exists(copy), "the autosave wrote the lesson's copy");
        } finally {
            editing.process.destroyForcibly();
        }
        assertTrue(editing.process.waitFor(10, TimeUnit.SECONDS));
        assertNotEquals(0, editing.process.exitValue(), "killed, not closed");

        Child restarted = new Child("report");
        String line = restarted.line("TEXT", START_LIMIT_SECONDS);
        String text = new String(Base64.getDecoder().decode(line.substring("TEXT ".length())), StandardCharsets.UTF_8);
        assertEquals(CrashChild.EDIT + first.example(), text);
        assertTrue(restarted.process.waitFor(60, TimeUnit.SECONDS), "the report run exits by itself");
    }

    /** One run of {@link CrashChild} in a new JVM with Monocle, app data in the test's folder. */
    private final class Child {
        final String mode;
        final Process process;
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> all = new ArrayList<>();

        Child(String mode) throws IOException {
            this.mode = mode;
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = List.of(java.toString(),
                    "-Xmx512m",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true",
                    "-D" + AppData.HOME_PROPERTY + "=" + home,
                    "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                    "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), mode);
            process = new ProcessBuilder(command).redirectError(home.resolve("child-" + mode + ".err").toFile()).start();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = in.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // The process was killed: its output simply ends.
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** The first line starting with {@code prefix}, waiting up to {@code seconds}. */
        String line(String prefix, int seconds) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                String l = lines.poll(100, TimeUnit.MILLISECONDS);
                if (l != null) {
                    all.add(l);
                    if (l.startsWith(prefix)) {
                        return l;
                    }
                }
            }
            process.destroyForcibly();
            throw new AssertionError("no '" + prefix + "' line from the app; it printed " + all + "; stderr: "
                    + Files.readString(home.resolve("child-" + mode + ".err")));
        }
    }
}
