package dev.coroscope.app.autosave;

import dev.coroscope.app.autosave.Autosaver.FileTarget;
import dev.coroscope.app.autosave.Autosaver.LessonTarget;
import dev.coroscope.app.autosave.Autosaver.Snapshot;
import dev.coroscope.app.autosave.Autosaver.Target;
import dev.coroscope.app.autosave.AutosaveStore.Recovery;
import dev.coroscope.app.editor.EditorViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Follows the document in the editor and keeps its text through an {@link Autosaver}:
 * <ul>
 *   <li>a lesson's example (a kept document): the learner's edited text, per lesson; the copy is
 *       removed when the text is the shipped example again (after "reset example");
 *   <li>an opened file: a recovery copy while it has unsaved changes, never the file itself; the
 *       copy is removed once the changes are saved, or discarded (the document replaced or the
 *       window closed after the person agreed);
 *   <li>a new or example document: nothing.
 * </ul>
 * When a file is opened and a recovery copy newer than the file exists (the app ended without the
 * person saving or discarding the changes, e.g. a crash or {@code kill -9}), it offers to restore
 * it.
 *
 * <p>How changes are told apart: an edit changes the text of the same document (same file, or
 * same lesson) and is handed to the autosaver at once; a command that replaces the document changes
 * several properties one after another, so a change of the document's identity is handled once
 * the command is over ({@code later}, the FX queue in the app), when all of them agree.
 *
 * <p>Lives on the FX thread (the editor's thread); the problem property changes there too.
 */
public final class EditorAutosave {
    private final EditorViewModel editor;
    private final Autosaver saver;
    private final RecoveryDialogs dialogs;
    private final Consumer<Runnable> later;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** The lesson the controller is showing (valid while the document is kept), and its shipped example. */
    private String lessonId;
    private String lessonExample;
    /** The document whose text is being kept, or null; changes only in {@link #sync()}. */
    private Target current;
    private boolean syncQueued;
    /** True while a recovery offer for {@link #current} is pending: its copy must not be touched. */
    private boolean offering;

    /**
     * Keeps {@code editor}'s text in {@code store}, writing on {@code io}; {@code later} runs a task
     * on the editor's thread once the current event is handled ({@code Platform::runLater}).
     */
    public EditorAutosave(EditorViewModel editor, AutosaveStore store, IoThread io, RecoveryDialogs dialogs,
            Consumer<Runnable> later) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.later = later;
        this.saver = new Autosaver(store, io, this::report);
        editor.textProperty().addListener((obs, old, now) -> changed());
        editor.modifiedProperty().addListener((obs, old, now) -> changed());
        editor.keptProperty().addListener((obs, old, now) -> changed());
        editor.fileProperty().addListener((obs, old, now) -> changed());
        editor.documentLoadedProperty().addListener((obs, old, now) -> changed());
        current = targetNow();
    }

    /**
     * Tells which lesson the editor is about to show as a kept document, and its shipped example;
     * call before {@link EditorViewModel#loadKept}.
     */
    public void showingLesson(String id, String example) {
        lessonId = Objects.requireNonNull(id);
        lessonExample = Objects.requireNonNull(example);
    }

    /** The learner's edited text of a lesson's example, if they edited it (reads after pending writes). */
    public Optional<String> editedLesson(String id) {
        saver.flush();
        return saver.store().readLesson(id);
    }

    /** A sentence when keeping the learner's work on disk fails, else empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Reports, from any thread, that keeping the learner's work failed ({@code message}, a plain
     * sentence) or works again ({@code null}); the problem property changes on the editor's thread.
     */
    public void report(String message) {
        later.accept(() -> problem.set(message == null ? "" : message));
    }

    /** The writer (for tests). */
    Autosaver saver() {
        return saver;
    }

    /**
     * The window closed after the person agreed to lose nothing (changes saved or discarded): the
     * open file's recovery copy goes, the lesson edits stay, and everything pending is written.
     */
    public void windowClosed() {
        sync();
        if (current instanceof FileTarget f && !offering) {
            saver.submit(Snapshot.forget(f));
        }
        saver.close();
    }

    /** Writes what is pending now (tests, and before a deliberate exit). */
    public void flush() {
        saver.flush();
    }

    // ---- internals --------------------------------------------------------------------------

    private void changed() {
        if (Objects.equals(targetNow(), current)) {
            keep();
        } else if (!syncQueued) {
            syncQueued = true;
            later.accept(this::sync);
        }
    }

    /** The document's identity has settled: leave the old one, take up the new one. */
    private void sync() {
        syncQueued = false;
        Target now = targetNow();
        if (Objects.equals(now, current)) {
            keep();
            return;
        }
        Target old = current;
        current = now;
        if (old instanceof FileTarget f && !offering) {
            // Replaced only after the person saved or discarded its changes.
            saver.submit(Snapshot.forget(f));
        }
        offering = false;
        if (now instanceof FileTarget f) {
            offerRecovery(f);
        } else {
            keep();
        }
    }

    /** Hands the current document's text to the autosaver. */
    private void keep() {
        if (current == null || offering) {
            return;
        }
        if (current instanceof LessonTarget) {
            String text = editor.getText();
            saver.submit(text.equals(lessonExample) ? Snapshot.forget(current) : Snapshot.keep(current, text));
        } else {
            saver.submit(editor.isModified() ? Snapshot.keep(current, editor.getText()) : Snapshot.forget(current));
        }
    }

    private void offerRecovery(FileTarget target) {
        saver.flush();
        Optional<Recovery> found = saver.store().readRecovery(target.file());
        if (found.isEmpty()) {
            keep();
            return;
        }
        Recovery r = found.get();
        if (r.text().equals(editor.getText())) {
            saver.submit(Snapshot.forget(target));
            return;
        }
        if (!newerThanFile(r, target.file())) {
            // The file changed after the copy was made: the copy is stale, but it is the person's
            // text, so it stays until their next edit of this file replaces it.
            return;
        }
        offering = true;
        later.accept(() -> {
            if (!offering || !target.equals(current)) {
                return;
            }
            boolean restore = dialogs.offerRecovery(editor.getDocumentName(), r.savedAt());
            offering = false;
            if (!target.equals(current)) {
                return;
            }
            if (restore) {
                editor.restoreText(r.text());
                keep();
            } else {
                saver.submit(Snapshot.forget(target));
            }
        });
    }

    private static boolean newerThanFile(Recovery r, Path file) {
        try {
            return r.savedAt().isAfter(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return true;
        }
    }

    private Target targetNow() {
        if (editor.isKept()) {
            return lessonId == null ? null : new LessonTarget(lessonId);
        }
        Path file = editor.getFile();
        return file == null ? null : new FileTarget(file);
    }
}
