package dev.coroscope.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.files.ScriptedFileDialogs;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final EditorViewModel editor = new EditorViewModel(new ScriptedFileDialogs());
    private final MainWindowViewModel window = new MainWindowViewModel(editor);

    @Test
    void the_title_names_the_document_and_marks_unsaved_changes() {
        editor.loadExample("gather.py", "x = 1\n");
        assertEquals("gather.py \u2014 Coroscope", window.getTitle());
        editor.setText("x = 2\n");
        assertEquals("*gather.py \u2014 Coroscope", window.getTitle());
    }

    @Test
    void the_side_pane_is_shown_unless_it_was_hidden_last_time() {
        dev.coroscope.app.settings.MemorySettings settings = new dev.coroscope.app.settings.MemorySettings();
        MainWindowViewModel first = new MainWindowViewModel(editor, settings);
        assertEquals(true, first.sidePaneShownProperty().get());
        first.sidePaneShownProperty().set(false);
        assertEquals(false, new MainWindowViewModel(editor, settings).sidePaneShownProperty().get());
    }

    @Test
    void zooming_steps_through_the_levels_and_stops_at_both_ends() {
        window.zoomIn();
        assertEquals(1.1, window.getZoom(), 1e-9);
        assertEquals(MainWindowViewModel.BASE_FONT_SIZE * 1.1, window.fontSizeProperty().get(), 1e-9);
        assertEquals("110%", window.zoomTextProperty().get());
        for (int i = 0; i < 20; i++) {
            window.zoomIn();
        }
        assertEquals(3.0, window.getZoom(), 1e-9);
        for (int i = 0; i < 20; i++) {
            window.zoomOut();
        }
        assertEquals(0.75, window.getZoom(), 1e-9);
        window.resetZoom();
        assertEquals(1.0, window.getZoom(), 1e-9);
    }

    @Test
    void the_caret_position_is_shown_one_based() {
        window.caretLineProperty().set(3);
        window.caretColumnProperty().set(5);
        assertEquals("Ln 3, Col 5", window.caretTextProperty().get());
    }
}
