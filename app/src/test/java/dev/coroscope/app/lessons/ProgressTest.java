package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.autosave.ManualIoThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
    @TempDir
    Path home;

    @Test
    void progress_survives_a_round_trip_through_json() {
        Progress p = new Progress();
        p.markOpened("01-a");
        p.answer("02-b", "who-runs", 1, true);
        p.answer("02-b", "what-prints", 0, false);
        p.markCompleted("02-b");
        p.showingLesson("02-b");
        p.showingFile("/tmp/x \"quoted\"\\path.py");

        Progress back = Progress.fromJson(p.toJson());
        assertTrue(back.lesson("01-a").opened());
        assertFalse(back.lesson("01-a").completed());
        assertTrue(back.lesson("02-b").completed());
        assertEquals(Map.of("who-runs", new Progress.Answer(1, true), "what-prints", new Progress.Answer(0, false)),
                back.lesson("02-b").answers());
        assertEquals(List.of("who-runs", "what-prints"), List.copyOf(back.lesson("02-b").answers().keySet()));
        assertEquals(Optional.of("02-b"), back.currentLesson());
        assertEquals(Optional.of("/tmp/x \"quoted\"\\path.py"), back.currentFile());
        assertFalse(back.lesson("03-never").opened());
    }

    @Test
    void a_new_answer_replaces_the_old_one() {
        Progress p = new Progress();
        p.answer("01-a", "q", 0, false);
        p.answer("01-a", "q", 2, true);
        assertEquals(Map.of("q", new Progress.Answer(2, true)), p.lesson("01-a").answers());
    }

    @Test
    void a_damaged_file_reads_as_no_progress_and_bad_parts_are_left_out() {
        assertEquals(Optional.empty(), Progress.fromJson("{ not json").currentLesson());
        assertEquals(Optional.empty(), Progress.fromJson("[1, 2]").currentLesson());
        Progress p = Progress.fromJson("{\"currentLesson\": 5, \"lessons\": {\"01-a\": {\"opened\": true,"
                + " \"answers\": {\"q\": {\"choice\": \"x\", \"correct\": true}, \"r\": {\"choice\": 1, \"correct\": false}}},"
                + " \"02-b\": 7}}");
        assertEquals(Optional.empty(), p.currentLesson());
        assertTrue(p.lesson("01-a").opened());
        assertEquals(Map.of("r", new Progress.Answer(1, false)), p.lesson("01-a").answers());
        assertFalse(p.lesson("02-b").opened());
    }

    @Test
    void the_store_writes_atomically_and_reads_back() throws Exception {
        ManualIoThread io = new ManualIoThread();
        ProgressStore store = new ProgressStore(home, io, m -> {
            throw new AssertionError(m);
        });
        assertFalse(store.load().currentLesson().isPresent(), "no file: no progress");
        Progress p = new Progress();
        p.showingLesson("07-gather");
        store.save(p);
        assertFalse(Files.exists(store.file()), "written on the I/O thread");
        io.runScheduled();
        assertEquals(Optional.of("07-gather"), store.load().currentLesson());
        try (var files = Files.list(home)) {
            assertEquals(List.of(store.file()), files.toList());
        }
    }
}
