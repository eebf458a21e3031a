package dev.coroscope.app.main;

import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.settings.Settings;
import dev.coroscope.app.theme.Theme;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * State and commands of the main window that belong to no single panel: the window title (document
 * name, a {@code *} while there are unsaved changes, and "Coroscope"), the zoom level a projector
 * needs, the colour theme, the caret position shown in the status bar, and whether the window may
 * close. Zoom and theme are remembered in the {@link Settings}.
 *
 * <p>Invariant: {@code zoom} is always one of {@link #ZOOM_STEPS}.
 */
public final class MainWindowViewModel {

    /** The application's name, the last part of every window title. */
    public static final String APP_NAME = "Coroscope";
    /** The root font size at 100% zoom, in pixels; everything else is sized relative to it. */
    public static final double BASE_FONT_SIZE = 15;
    /** The zoom levels Ctrl+= and Ctrl+- step through. */
    public static final double[] ZOOM_STEPS = {0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};

    static final String ZOOM_KEY = "window.zoom";
    static final String THEME_KEY = "window.theme";
    static final String SIDE_PANE_KEY = "window.sidePane";

    private final EditorViewModel editor;
    private final Settings settings;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final javafx.beans.property.BooleanProperty sidePaneShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "sidePaneShown", true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(this, "fontSize");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper(this, "zoomText");
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 1);
    private final IntegerProperty caretColumn = new SimpleIntegerProperty(this, "caretColumn", 1);
    private final ReadOnlyStringWrapper caretText = new ReadOnlyStringWrapper(this, "caretText");

    public MainWindowViewModel(EditorViewModel editor) {
        this(editor, new MemorySettings());
    }

    public MainWindowViewModel(EditorViewModel editor, Settings settings) {
        this.editor = editor;
        this.settings = settings;
        double remembered = settings.getDouble(ZOOM_KEY, 1.0);
        for (double step : ZOOM_STEPS) {
            if (Math.abs(step - remembered) < 1e-9) {
                zoom.set(step);
            }
        }
        zoom.addListener((obs, old, now) -> settings.putDouble(ZOOM_KEY, now.doubleValue()));
        theme.set(Theme.byName(settings.get(THEME_KEY, Theme.LIGHT.name()), Theme.LIGHT));
        theme.addListener((obs, old, now) -> {
            if (now == null) {
                theme.set(old);
            } else {
                settings.put(THEME_KEY, now.name());
            }
        });
        sidePaneShown.set(!"false".equals(settings.get(SIDE_PANE_KEY, "true")));
        sidePaneShown.addListener((obs, old, now) -> settings.put(SIDE_PANE_KEY, Boolean.toString(now)));
        title.bind(Bindings.createStringBinding(
                () -> (editor.isModified() ? "*" : "") + editor.getDocumentName() + " \u2014 " + APP_NAME,
                editor.modifiedProperty(), editor.documentNameProperty()));
        fontSize.bind(zoom.multiply(BASE_FONT_SIZE));
        zoomText.bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%d%%", Math.round(zoom.get() * 100)), zoom));
        caretText.bind(Bindings.createStringBinding(
                () -> "Ln " + caretLine.get() + ", Col " + caretColumn.get(), caretLine, caretColumn));
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The colour theme; remembered. Never null. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    /**
     * Whether the side pane (the lesson text) is shown: hiding it gives the code and the stage the
     * whole width, for projecting. Remembered.
     */
    public javafx.beans.property.BooleanProperty sidePaneShownProperty() {
        return sidePaneShown;
    }

    /** What the window remembers between runs. */
    public Settings settings() {
        return settings;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String getTitle() {
        return title.get();
    }

    /** The zoom factor, 1.0 for 100%. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public double getZoom() {
        return zoom.get();
    }

    /** The root font size in pixels for the current zoom. */
    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    /** The zoom as the status bar shows it, e.g. {@code 125%}. */
    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    /** One-based line of the caret; the view writes it. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** One-based column of the caret; the view writes it. */
    public IntegerProperty caretColumnProperty() {
        return caretColumn;
    }

    /** The caret position as the status bar shows it, e.g. {@code Ln 3, Col 5}. */
    public ReadOnlyStringProperty caretTextProperty() {
        return caretText.getReadOnlyProperty();
    }

    /** View > Zoom In: the next larger step; no change at the largest. */
    public void zoomIn() {
        for (double step : ZOOM_STEPS) {
            if (step > zoom.get() + 1e-9) {
                zoom.set(step);
                return;
            }
        }
    }

    /** View > Zoom Out: the next smaller step; no change at the smallest. */
    public void zoomOut() {
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < zoom.get() - 1e-9) {
                zoom.set(ZOOM_STEPS[i]);
                return;
            }
        }
    }

    /** View > Actual Size. */
    public void resetZoom() {
        zoom.set(1.0);
    }

    /** True if the window may close now: nothing unsaved would be lost (it asks if needed). */
    public boolean requestClose() {
        return editor.confirmDiscardChanges();
    }
}
