package dev.coroscope.app.files;

import dev.coroscope.app.theme.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with JavaFX file choosers and alerts, owned by the main window. */
public final class FxFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter PYTHON_FILES =
            new FileChooser.ExtensionFilter("Python files (*.py)", "*.py");
    private static final FileChooser.ExtensionFilter ALL_FILES =
            new FileChooser.ExtensionFilter("All files", "*");

    private final Supplier<Window> owner;
    private final Supplier<Theme> theme;

    public FxFileDialogs(Supplier<Window> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser chooser = chooser("Open Python File", folder);
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save Python File", folder);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath).map(FxFileDialogs::withPythonExtension);
    }

    @Override
    public UnsavedChanges askAboutUnsavedChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + documentName + "?",
                "If you don't save, your changes will be lost.");
        alert.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return UnsavedChanges.SAVE;
        }
        return answer == discard ? UnsavedChanges.DISCARD : UnsavedChanges.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(content);
        alert.getDialogPane().getStylesheets().setAll(theme.get().stylesheets());
        return alert;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(PYTHON_FILES, ALL_FILES);
        chooser.setSelectedExtensionFilter(PYTHON_FILES);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** GTK's save dialog does not add the filter's extension; a name typed without one gets {@code .py}. */
    private static Path withPythonExtension(Path path) {
        String name = SourceFiles.displayName(path);
        return name.contains(".") ? path : path.resolveSibling(name + ".py");
    }
}
