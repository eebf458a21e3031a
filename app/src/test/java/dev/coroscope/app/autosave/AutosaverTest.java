package dev.coroscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.autosave.Autosaver.FileTarget;
import dev.coroscope.app.autosave.Autosaver.LessonTarget;
import dev.coroscope.app.autosave.Autosaver.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    @TempDir
    Path home;

    private final ManualIoThread io = new ManualIoThread();
    private final List<String> problems = new ArrayList<>();

    @Test
    void a_change_is_written_after_a_delay_well_under_one_second() {
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "v1"));
        assertEquals(List.of(Autosaver.DELAY_MILLIS), io.delays);
        assertTrue(Autosaver.DELAY_MILLIS < 1000);
        assertEquals(Optional.empty(), saver.store().readLesson("01-a"), "not before the delay");
        io.runScheduled();
        assertEquals(Optional.of("v1"), saver.store().readLesson("01-a"));
    }

    @Test
    void a_burst_of_changes_costs_one_write_of_the_newest_text() {
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        for (int i = 1; i <= 20; i++) {
            saver.submit(Snapshot.keep(new LessonTarget("01-a"), "v" + i));
        }
        assertEquals(1, io.waiting());
        io.runScheduled();
        assertEquals(Optional.of("v20"), saver.store().readLesson("01-a"));
        assertFalse(saver.hasPending());
    }

    @Test
    void a_change_after_a_write_schedules_the_next_write() {
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "v1"));
        io.runScheduled();
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "v2"));
        assertEquals(1, io.waiting());
        io.runScheduled();
        assertEquals(Optional.of("v2"), saver.store().readLesson("01-a"));
    }

    @Test
    void forgetting_deletes_the_copy_and_replaces_a_pending_write() throws Exception {
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        Path file = home.resolve("demo.py");
        FileTarget target = new FileTarget(file);
        saver.submit(Snapshot.keep(target, "unsaved"));
        io.runScheduled();
        assertTrue(saver.store().readRecovery(file).isPresent());
        saver.submit(Snapshot.keep(target, "more"));
        saver.submit(Snapshot.forget(target));
        io.runScheduled();
        assertEquals(Optional.empty(), saver.store().readRecovery(file));
    }

    @Test
    void flush_writes_at_once() {
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "now"));
        saver.flush();
        assertEquals(Optional.of("now"), saver.store().readLesson("01-a"));
    }

    @Test
    void a_failed_write_is_reported_in_plain_words_and_cleared_once_writing_works_again() throws Exception {
        Files.writeString(home.resolve("autosave"), "a file where the folder should be");
        Autosaver saver = new Autosaver(new AutosaveStore(home), io, problems::add);
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "text"));
        io.runScheduled();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("Your edits could not be kept on disk."), problems.get(0));
        assertFalse(problems.get(0).contains("Exception"), problems.get(0));

        Files.delete(home.resolve("autosave"));
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "text"));
        io.runScheduled();
        assertEquals(2, problems.size());
        assertEquals(null, problems.get(1));
    }

    @Test
    void on_the_real_thread_a_change_reaches_the_disk_without_a_flush() throws Exception {
        // The delay is proven above; this only proves the daemon thread runs the scheduled write
        // (the bound is generous so a loaded machine does not make it flaky).
        Autosaver saver = new Autosaver(new AutosaveStore(home), IoThread.daemon("test-autosave"), problems::add);
        saver.submit(Snapshot.keep(new LessonTarget("01-a"), "typed"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (saver.store().readLesson("01-a").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(Optional.of("typed"), saver.store().readLesson("01-a"));
        saver.close();
    }
}
