package dev.coroscope.app.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions a view model asks the person at the screen about files. View models depend on this
 * interface only, so they are tested with a scripted implementation and no toolkit.
 */
public interface FileDialogs {

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChanges { SAVE, DISCARD, CANCEL }

    /** Asks for a Python file to open, starting in {@code folder} if it is not null. */
    Optional<Path> chooseFileToOpen(Path folder);

    /** Asks where to save, starting in {@code folder} if it is not null, proposing {@code suggestedName}. */
    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    /** Asks whether to save the changes to {@code documentName} before they are lost. */
    UnsavedChanges askAboutUnsavedChanges(String documentName);

    /** Tells that something failed; {@code message} is a plain sentence. */
    void showError(String title, String message);
}
