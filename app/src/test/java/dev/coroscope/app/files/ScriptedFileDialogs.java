package dev.coroscope.app.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link FileDialogs} answered from a script written by the test. A question with no scripted
 * answer fails the test, so a test also proves which questions were (not) asked.
 */
public final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    private final Deque<UnsavedChanges> unsavedAnswers = new ArrayDeque<>();
    /** Each shown error as {@code title: message}. */
    public final List<String> errors = new ArrayList<>();
    /** The names proposed by each save dialog. */
    public final List<String> suggestedNames = new ArrayList<>();
    /** The documents asked about by each unsaved-changes question. */
    public final List<String> unsavedQuestions = new ArrayList<>();

    public ScriptedFileDialogs answerOpen(Path path) {
        openAnswers.add(Optional.ofNullable(path));
        return this;
    }

    public ScriptedFileDialogs answerSave(Path path) {
        saveAnswers.add(Optional.ofNullable(path));
        return this;
    }

    public ScriptedFileDialogs answerUnsaved(UnsavedChanges answer) {
        unsavedAnswers.add(answer);
        return this;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return next(openAnswers, "open dialog");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        suggestedNames.add(suggestedName);
        return next(saveAnswers, "save dialog");
    }

    @Override
    public UnsavedChanges askAboutUnsavedChanges(String documentName) {
        unsavedQuestions.add(documentName);
        return next(unsavedAnswers, "unsaved-changes question");
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    private static <T> T next(Deque<T> answers, String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected " + what);
        }
        return answers.remove();
    }
}
