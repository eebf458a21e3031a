package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.RecoveryDialogs;
import dev.coroscope.app.theme.Theme;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** {@link LessonDialogs} and {@link RecoveryDialogs} as JavaFX alerts owned by the main window. */
public final class FxLessonDialogs implements LessonDialogs, RecoveryDialogs {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;

    public FxLessonDialogs(Supplier<Window> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    @Override
    public boolean confirmReset(String lessonTitle) {
        ButtonType reset = new ButtonType("Reset", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert("Reset the example", "Put back the example of \u201c" + lessonTitle + "\u201d?",
                "Your changes to this lesson's example will be lost.", reset, cancel);
        return alert.showAndWait().orElse(cancel) == reset;
    }

    @Override
    public boolean offerRecovery(String documentName, Instant savedAt) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert("Unsaved changes found", "Restore your unsaved changes to " + documentName + "?",
                "Coroscope kept them on " + TIME.format(savedAt.atZone(ZoneId.systemDefault()))
                        + ", but they were never saved (Coroscope was closed unexpectedly). "
                        + "Restoring shows them in the editor; the file itself changes only when you save.",
                restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    private Alert alert(String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getButtonTypes().setAll(buttons);
        alert.getDialogPane().getStylesheets().setAll(theme.get().stylesheets());
        return alert;
    }
}
