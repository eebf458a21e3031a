package dev.coroscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.files.FileDialogs.UnsavedChanges;
import dev.coroscope.app.files.ScriptedFileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's documents kept through the autosaver, with the FX queue and the disk thread run by hand. */
class EditorAutosaveTest {
    @TempDir
    Path home;
    @TempDir
    Path work;

    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private final EditorViewModel editor = new EditorViewModel(files);
    private final ManualIoThread io = new ManualIoThread();
    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    private final List<String> offers = new ArrayList<>();
    private boolean restoreAnswer;
    private EditorAutosave autosave;
    private AutosaveStore store;

    private EditorAutosave start() {
        store = new AutosaveStore(home);
        autosave = new EditorAutosave(editor, store, io, (name, when) -> {
            offers.add(name);
            return restoreAnswer;
        }, fxQueue::add);
        return autosave;
    }

    /** Lets the FX queue and then the disk thread catch up, as time passing would. */
    private void settle() {
        while (!fxQueue.isEmpty()) {
            fxQueue.remove().run();
        }
        io.runScheduled();
    }

    private void showLesson(String id, String example, String text) {
        autosave.showingLesson(id, example);
        editor.loadKept(id + ".py", text);
        settle();
    }

    @Test
    void a_lesson_edit_is_kept_per_lesson_and_read_back() {
        start();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        editor.setText("print(11)\n");
        settle();
        showLesson("02-b", "print(2)\n", "print(2)\n");
        editor.setText("print(22)\n");
        settle();
        assertEquals(Optional.of("print(11)\n"), autosave.editedLesson("01-a"));
        assertEquals(Optional.of("print(22)\n"), autosave.editedLesson("02-b"));
        assertFalse(editor.isModified(), "a kept document never has unsaved changes");
    }

    @Test
    void the_last_edit_before_switching_lessons_is_kept() {
        start();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        editor.setText("print(1) # last keystroke\n");
        // No time passes: the next lesson is opened at once.
        autosave.showingLesson("02-b", "print(2)\n");
        editor.loadKept("02-b.py", "print(2)\n");
        assertEquals(Optional.of("print(1) # last keystroke\n"), autosave.editedLesson("01-a"));
    }

    @Test
    void a_lesson_back_to_its_example_has_no_copy() {
        start();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        editor.setText("print(11)\n");
        settle();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        assertEquals(Optional.empty(), autosave.editedLesson("01-a"));
    }

    @Test
    void an_edited_file_gets_a_recovery_copy_and_the_file_itself_is_untouched() throws Exception {
        start();
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        editor.openFile(file);
        settle();
        editor.setText("x = 2\n");
        settle();
        assertEquals("x = 2\n", store.readRecovery(file).orElseThrow().text());
        assertEquals("x = 1\n", Files.readString(file));

        assertTrue(editor.save());
        settle();
        assertEquals(Optional.empty(), store.readRecovery(file), "saved: nothing left to recover");
    }

    @Test
    void discarding_a_files_changes_removes_its_copy() throws Exception {
        start();
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        editor.openFile(file);
        settle();
        editor.setText("x = 2\n");
        settle();
        files.answerUnsaved(UnsavedChanges.DISCARD);
        editor.newDocument();
        settle();
        assertEquals(Optional.empty(), store.readRecovery(file));
    }

    @Test
    void after_a_crash_opening_the_file_offers_its_newer_copy_and_restores_it() throws Exception {
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        new AutosaveStore(home).writeRecovery(file, "x = 2  # typed before the crash\n");

        start();
        restoreAnswer = true;
        editor.openFile(file);
        settle();
        assertEquals(List.of("demo.py"), offers);
        assertEquals("x = 2  # typed before the crash\n", editor.getText());
        assertTrue(editor.isModified(), "restored text is unsaved until saved");
        assertEquals(file, editor.getFile());
        assertEquals("x = 1\n", Files.readString(file), "restoring never writes the file");
        assertTrue(store.readRecovery(file).isPresent(), "the restored text stays recoverable");
    }

    @Test
    void declining_the_recovered_copy_removes_it() throws Exception {
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        new AutosaveStore(home).writeRecovery(file, "x = 2\n");

        start();
        restoreAnswer = false;
        editor.openFile(file);
        settle();
        assertEquals(List.of("demo.py"), offers);
        assertEquals("x = 1\n", editor.getText());
        assertFalse(editor.isModified());
        assertEquals(Optional.empty(), store.readRecovery(file));
    }

    @Test
    void a_copy_older_than_the_file_is_not_offered() throws Exception {
        Path file = work.resolve("demo.py");
        new AutosaveStore(home).writeRecovery(file, "x = 2\n");
        Files.writeString(file, "x = 3  # changed later by something else\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));

        start();
        editor.openFile(file);
        settle();
        assertEquals(List.of(), offers);
        assertEquals("x = 3  # changed later by something else\n", editor.getText());
    }

    @Test
    void closing_the_window_keeps_lesson_edits_and_drops_the_files_copy() throws Exception {
        start();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        editor.setText("print(11)\n");
        Path file = work.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        editor.openFile(file);
        settle();
        editor.setText("x = 2\n");
        settle();
        // The person chose "Don't Save" when the window asked.
        autosave.windowClosed();
        assertEquals(Optional.empty(), store.readRecovery(file));
        assertEquals(Optional.of("print(11)\n"), store.readLesson("01-a"));
        assertTrue(io.shutDown);
    }

    @Test
    void save_as_of_a_lesson_keeps_the_lesson_edit_and_makes_the_copy_a_file() throws Exception {
        start();
        showLesson("01-a", "print(1)\n", "print(1)\n");
        editor.setText("print(11)\n");
        Path target = work.resolve("mine.py");
        files.answerSave(target);
        assertTrue(editor.save());
        settle();
        assertEquals("print(11)\n", Files.readString(target));
        assertEquals(Optional.of("print(11)\n"), store.readLesson("01-a"));
        editor.setText("print(111)\n");
        settle();
        assertEquals("print(111)\n", store.readRecovery(target).orElseThrow().text());
        assertEquals(Optional.of("print(11)\n"), store.readLesson("01-a"), "the lesson copy no longer follows");
    }
}
