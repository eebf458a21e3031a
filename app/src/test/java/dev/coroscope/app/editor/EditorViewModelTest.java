package dev.coroscope.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.files.FileDialogs.UnsavedChanges;
import dev.coroscope.app.files.ScriptedFileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final EditorViewModel editor = new EditorViewModel(dialogs);

    @Test
    void an_opened_file_edited_and_saved_round_trips_through_the_disk() throws Exception {
        Path file = folder.resolve("demo.py");
        Files.writeString(file, "async def main():\n    pass\n");
        dialogs.answerOpen(file);

        assertTrue(editor.open());
        assertEquals("async def main():\n    pass\n", editor.getText());
        assertEquals("demo.py", editor.getDocumentName());
        assertEquals(file, editor.getFile());
        assertFalse(editor.isModified());

        editor.setText("async def main():\n    await g()\n");
        assertTrue(editor.isModified());
        assertTrue(editor.save());
        assertFalse(editor.isModified());
        assertEquals("async def main():\n    await g()\n", Files.readString(file));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void an_example_has_no_file_so_save_asks_where_and_remembers_the_answer() throws Exception {
        editor.loadExample("gather.py", "print(1)\n");
        Path target = folder.resolve("mine.py");
        dialogs.answerSave(target);

        assertTrue(editor.save());
        assertEquals(List.of("gather.py"), dialogs.suggestedNames);
        assertEquals(target, editor.getFile());
        assertEquals("mine.py", editor.getDocumentName());
        assertEquals("print(1)\n", Files.readString(target));

        editor.setText("print(2)\n");
        assertTrue(editor.save());
        assertEquals(List.of("gather.py"), dialogs.suggestedNames, "the second save must not ask again");
        assertEquals("print(2)\n", Files.readString(target));
    }

    @Test
    void typing_back_the_saved_text_clears_the_modified_mark() {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 12\n");
        assertTrue(editor.isModified());
        editor.setText("x = 1\n");
        assertFalse(editor.isModified());
    }

    @Test
    void each_loaded_document_is_announced_to_the_view() {
        int before = editor.documentLoadedProperty().get();
        editor.loadExample("gather.py", "x = 1\n");
        editor.newDocument();
        assertEquals(before + 2, editor.documentLoadedProperty().get());
        assertEquals(EditorViewModel.UNTITLED, editor.getDocumentName());
        assertEquals("", editor.getText());
        assertNull(editor.getFile());
    }

    @Test
    void cancelling_the_unsaved_changes_question_keeps_the_document() {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 2\n");
        dialogs.answerUnsaved(UnsavedChanges.CANCEL);

        assertFalse(editor.open());
        assertEquals(List.of("gather.py"), dialogs.unsavedQuestions);
        assertEquals("x = 2\n", editor.getText());
        assertTrue(editor.isModified());
    }

    @Test
    void discarding_unsaved_changes_lets_a_new_document_replace_them() {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 2\n");
        dialogs.answerUnsaved(UnsavedChanges.DISCARD);

        editor.newDocument();
        assertEquals("", editor.getText());
        assertFalse(editor.isModified());
    }

    @Test
    void choosing_save_before_closing_saves_and_then_allows_it() throws Exception {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 2\n");
        Path target = folder.resolve("kept.py");
        dialogs.answerUnsaved(UnsavedChanges.SAVE).answerSave(target);

        assertTrue(editor.confirmDiscardChanges());
        assertEquals("x = 2\n", Files.readString(target));
    }

    @Test
    void choosing_save_but_cancelling_the_save_dialog_does_not_allow_closing() {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 2\n");
        dialogs.answerUnsaved(UnsavedChanges.SAVE).answerSave(null);

        assertFalse(editor.confirmDiscardChanges());
        assertTrue(editor.isModified());
    }

    @Test
    void nothing_is_asked_when_there_are_no_changes() {
        editor.loadExample("gather.py", "x = 1\n");
        assertTrue(editor.confirmDiscardChanges());
        assertEquals(List.of(), dialogs.unsavedQuestions);
    }

    @Test
    void a_file_that_cannot_be_opened_is_reported_and_the_document_stays() {
        editor.loadExample("gather.py", "x = 1\n");
        assertFalse(editor.openFile(folder.resolve("gone.py")));
        assertEquals(List.of("Could not open the file: gone.py does not exist (it may have been moved or deleted)."),
                dialogs.errors);
        assertEquals("gather.py", editor.getDocumentName());
        assertEquals("x = 1\n", editor.getText());
    }

    @Test
    void a_failed_save_is_reported_and_the_changes_stay_unsaved() {
        editor.loadExample("gather.py", "x = 1\n");
        editor.setText("x = 2\n");
        dialogs.answerSave(folder.resolve("no-such-folder").resolve("x.py"));

        assertFalse(editor.save());
        assertEquals(List.of("Could not save the file: The folder for x.py does not exist, so it was not saved."),
                dialogs.errors);
        assertTrue(editor.isModified());
        assertNull(editor.getFile());
    }
}
