package dev.coroscope.app.editor;

import dev.coroscope.app.files.FileDialogs;
import dev.coroscope.app.files.SourceFileException;
import dev.coroscope.app.files.SourceFiles;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The document in the code editor: its text, the file it belongs to (none for an example or a new
 * document), whether it has unsaved changes, and the commands New, Open, Save and Save As.
 *
 * <p>A document is <em>kept</em> when Coroscope itself keeps every edit of it (a lesson's example,
 * autosaved per lesson): such a document never has unsaved changes, and Save asks where to save a
 * copy, which then becomes the document.
 *
 * <p>Invariants: {@code modified} is true exactly when the document is not kept and {@code text}
 * differs from the text last loaded or saved; {@code documentLoaded} counts documents replaced by
 * a command (the view then replaces the editor's content and forgets its undo history, which
 * belongs to the old document); no command loses unsaved changes without asking through {@link
 * FileDialogs}.
 */
public final class EditorViewModel {

    /** The name a new document gets until it is saved. */
    public static final String UNTITLED = "untitled.py";

    private final FileDialogs dialogs;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper documentName = new ReadOnlyStringWrapper(this, "documentName", UNTITLED);
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ReadOnlyBooleanWrapper kept = new ReadOnlyBooleanWrapper(this, "kept");
    private final ReadOnlyIntegerWrapper documentLoaded = new ReadOnlyIntegerWrapper(this, "documentLoaded");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");

    private String savedText = "";
    private boolean windowsLineBreaks;
    /** Where the file dialogs start: the folder of the last file opened or saved. */
    private Path lastFolder;

    public EditorViewModel(FileDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
        text.addListener((obs, old, now) -> modified.set(!kept.get() && !now.equals(savedText)));
    }

    /** The document's text; the view writes every edit here. */
    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** The file the document was opened from or last saved to; null for an example or a new document. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The document's name as the title shows it, e.g. {@code gather.py}. */
    public ReadOnlyStringProperty documentNameProperty() {
        return documentName.getReadOnlyProperty();
    }

    public String getDocumentName() {
        return documentName.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    /** True while the document is kept by Coroscope itself (a lesson's example): it never has unsaved changes. */
    public ReadOnlyBooleanProperty keptProperty() {
        return kept.getReadOnlyProperty();
    }

    public boolean isKept() {
        return kept.get();
    }

    /** Incremented each time a command replaces the whole document. */
    public ReadOnlyIntegerProperty documentLoadedProperty() {
        return documentLoaded.getReadOnlyProperty();
    }

    /** A short sentence about the last file command, for the status bar. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    public String getStatusMessage() {
        return statusMessage.get();
    }

    /** Shows an example program that belongs to no file: saving it asks where. */
    public void loadExample(String name, String source) {
        load(null, name, source, false, false);
        statusMessage.set("Example " + name);
    }

    /**
     * Shows a text Coroscope keeps by itself (a lesson's example, or the learner's edited version
     * of it), without asking about unsaved changes: the caller has already kept the old one.
     */
    public void loadKept(String name, String source) {
        load(null, name, source, false, true);
        statusMessage.set("");
    }

    /**
     * Replaces the document's text with a recovered version (edits kept by autosave before a
     * crash): the document keeps its file, and the recovered text counts as unsaved changes until
     * it is saved.
     */
    public void restoreText(String recovered) {
        text.set(recovered);
        modified.set(!kept.get() && !recovered.equals(savedText));
        documentLoaded.set(documentLoaded.get() + 1);
        statusMessage.set("Restored unsaved changes to " + documentName.get());
    }

    /** File > New: an empty document, after asking about unsaved changes. */
    public void newDocument() {
        if (confirmDiscardChanges()) {
            load(null, UNTITLED, "", false, false);
            statusMessage.set("New file");
        }
    }

    /** File > Open: asks about unsaved changes, then for a file. Returns whether a file was opened. */
    public boolean open() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        Optional<Path> chosen = dialogs.chooseFileToOpen(lastFolder);
        return chosen.isPresent() && openFile(chosen.get());
    }

    /** Opens {@code path} without asking anything; a failure is shown as an error. */
    public boolean openFile(Path path) {
        try {
            SourceFiles.Loaded loaded = SourceFiles.read(path);
            load(path, SourceFiles.displayName(path), loaded.text(), loaded.windowsLineBreaks(), false);
            rememberFolder(path);
            statusMessage.set("Opened " + path.toAbsolutePath());
            return true;
        } catch (SourceFileException e) {
            dialogs.showError("Could not open the file", e.getMessage());
            return false;
        }
    }

    /** File > Save: saves to the document's file, or asks where if it has none. Returns whether it saved. */
    public boolean save() {
        Path target = file.get();
        return target == null ? saveAs() : saveTo(target);
    }

    /** File > Save As: asks where, then saves there. Returns whether it saved. */
    public boolean saveAs() {
        Optional<Path> chosen = dialogs.chooseFileToSave(lastFolder, documentName.get());
        return chosen.isPresent() && saveTo(chosen.get());
    }

    /**
     * Before the document is replaced or the window closes: true if nothing unsaved would be lost,
     * because there are no changes, the person chose to save them and the save succeeded, or the
     * person chose to discard them.
     */
    public boolean confirmDiscardChanges() {
        if (!modified.get()) {
            return true;
        }
        return switch (dialogs.askAboutUnsavedChanges(documentName.get())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private boolean saveTo(Path target) {
        String current = text.get();
        try {
            SourceFiles.write(target, current, windowsLineBreaks);
        } catch (SourceFileException e) {
            dialogs.showError("Could not save the file", e.getMessage());
            return false;
        }
        kept.set(false);
        file.set(target);
        documentName.set(SourceFiles.displayName(target));
        savedText = current;
        modified.set(!text.get().equals(savedText));
        rememberFolder(target);
        statusMessage.set("Saved " + target.toAbsolutePath());
        return true;
    }

    private void load(Path path, String name, String source, boolean windows, boolean keep) {
        savedText = source;
        windowsLineBreaks = windows;
        kept.set(keep);
        file.set(path);
        documentName.set(name);
        text.set(source);
        modified.set(false);
        documentLoaded.set(documentLoaded.get() + 1);
    }

    private void rememberFolder(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            lastFolder = parent;
        }
    }
}
