package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.EditorAutosave;
import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.lessons.Lesson;
import dev.coroscope.lessons.LessonCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lesson browser and the lesson beside the code: the lessons in order with the learner's
 * progress, the lesson shown, whether the editor shows its example and whether the learner edited
 * it, and the commands open, next, previous, reset example and back to the lesson.
 *
 * <p>A lesson's example is a <em>kept</em> document in the editor: the learner's edits are kept
 * per lesson by {@link EditorAutosave} (and shown again when the lesson is opened again, also after
 * a crash), so opening another lesson never asks about unsaved changes; only an opened file with
 * unsaved changes makes it ask.
 *
 * <p>Invariants: {@code lesson} is never null once {@link #start()} ran (when the catalog has
 * lessons); {@code lessonInEditor} is true exactly when the editor shows the shown lesson's example
 * as a kept document; {@code edited} implies {@code lessonInEditor}. Every change of progress is
 * saved through the {@link ProgressStore}.
 */
public final class LessonBrowserViewModel {
    private final LessonCatalog catalog;
    private final EditorViewModel editor;
    private final EditorAutosave autosave;
    private final ProgressStore store;
    private final Progress progress;
    private final LessonDialogs dialogs;
    private final ObservableList<LessonItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyBooleanWrapper lessonInEditor = new ReadOnlyBooleanWrapper(this, "lessonInEditor");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyStringWrapper editorNote = new ReadOnlyStringWrapper(this, "editorNote", "");
    private final BooleanProperty showingList = new SimpleBooleanProperty(this, "showingList");
    /** The lesson whose example the editor was last given as a kept document. */
    private String loadedId;

    public LessonBrowserViewModel(LessonCatalog catalog, EditorViewModel editor, EditorAutosave autosave,
            ProgressStore store, LessonDialogs dialogs) {
        this.catalog = catalog;
        this.editor = editor;
        this.autosave = autosave;
        this.store = store;
        this.progress = store.load();
        this.dialogs = dialogs;
        for (Lesson l : catalog.lessons()) {
            LessonItem item = new LessonItem(l);
            item.update(progress.lesson(l.id()));
            item.setEdited(hasKeptEdits(l));
            items.add(item);
        }
        editor.keptProperty().addListener((obs, old, now) -> editorChanged());
        editor.textProperty().addListener((obs, old, now) -> editorChanged());
        editor.fileProperty().addListener((obs, old, now) -> editorChanged());
        editor.documentNameProperty().addListener((obs, old, now) -> editorChanged());
    }

    // ---- properties -------------------------------------------------------------------------

    /** The lessons in order, with progress. */
    public ObservableList<LessonItem> items() {
        return items;
    }

    /** The lesson the pane shows (its text, its questions). */
    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public Lesson getLesson() {
        return lesson.get();
    }

    /** True while the editor shows the shown lesson's example (edited or not). */
    public ReadOnlyBooleanProperty lessonInEditorProperty() {
        return lessonInEditor.getReadOnlyProperty();
    }

    public boolean isLessonInEditor() {
        return lessonInEditor.get();
    }

    /** True while the editor shows the lesson's example with the learner's changes. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public boolean isEdited() {
        return edited.get();
    }

    /** Where the lesson is in the course, e.g. {@code Lesson 3 of 30}. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    /** A sentence when the editor shows something other than the lesson's example, else empty. */
    public ReadOnlyStringProperty editorNoteProperty() {
        return editorNote.getReadOnlyProperty();
    }

    /** True while the pane shows the list of lessons instead of the lesson's text. */
    public BooleanProperty showingListProperty() {
        return showingList;
    }

    /** The learner's progress (read it; change it through the commands). */
    public Progress progress() {
        return progress;
    }

    public LessonCatalog catalog() {
        return catalog;
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * The first document at start: the file that was open last time (if it still exists), beside
     * the lesson shown last; otherwise the lesson shown last; otherwise the first lesson.
     */
    public void start() {
        Optional<Lesson> last = progress.currentLesson().flatMap(catalog::byId);
        Optional<Lesson> first = last.isPresent() ? last : catalog.first();
        if (first.isEmpty()) {
            return;
        }
        Optional<Path> file = progress.currentFile().map(Path::of).filter(Files::isRegularFile);
        if (file.isPresent()) {
            show(first.get());
            if (editor.openFile(file.get())) {
                return;
            }
        }
        open(first.get().id());
    }

    /**
     * Opens lesson {@code id}: its text in the pane, its example in the editor (with the learner's
     * kept edits, if any). Asks first only if an opened file has unsaved changes. Returns whether
     * the lesson was opened.
     */
    public boolean open(String id) {
        Optional<Lesson> found = catalog.byId(id);
        if (found.isEmpty() || !editor.confirmDiscardChanges()) {
            return false;
        }
        Lesson l = found.get();
        String text = autosave.editedLesson(l.id()).orElse(l.example());
        show(l);
        loadIntoEditor(l, text);
        showingList.set(false);
        return true;
    }

    /** Opens the next lesson, if there is one. */
    public void next() {
        int i = index();
        if (i >= 0 && i + 1 < catalog.lessons().size()) {
            open(catalog.lessons().get(i + 1).id());
        }
    }

    public void previous() {
        int i = index();
        if (i > 0) {
            open(catalog.lessons().get(i - 1).id());
        }
    }

    /**
     * Puts the shipped example back in the editor. If the learner edited it, asks first; their
     * kept edits are then forgotten. If the editor shows something else, this opens the lesson.
     */
    public void resetExample() {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        if (!lessonInEditor.get()) {
            open(l.id());
            if (!lessonInEditor.get() || !edited.get()) {
                return;
            }
        }
        if (edited.get() && !dialogs.confirmReset(l.title())) {
            return;
        }
        loadIntoEditor(l, l.example());
    }

    /** Shows the lesson's example again after a file was opened or a new document started. */
    public void backToLesson() {
        Lesson l = lesson.get();
        if (l != null) {
            open(l.id());
        }
    }

    /** Shows the list of lessons, or the lesson's text again. */
    public void toggleList() {
        showingList.set(!showingList.get());
    }

    /**
     * The learner answered question {@code questionId} of the shown lesson with {@code choice};
     * when every question of the lesson has an answer, the lesson is completed.
     */
    public void answered(String questionId, int choice, boolean correct) {
        Lesson l = lesson.get();
        if (l == null) {
            return;
        }
        progress.answer(l.id(), questionId, choice, correct);
        Progress.LessonRecord r = progress.lesson(l.id());
        if (l.questions().stream().allMatch(q -> r.answers().containsKey(q.id()))) {
            progress.markCompleted(l.id());
        }
        saveProgress(l);
    }

    /** The learner's last answer to a question of the shown lesson, if any. */
    public Optional<Progress.Answer> answerTo(String questionId) {
        Lesson l = lesson.get();
        return l == null ? Optional.empty() : Optional.ofNullable(progress.lesson(l.id()).answers().get(questionId));
    }

    // ---- internals --------------------------------------------------------------------------

    private void show(Lesson l) {
        lesson.set(l);
        int i = index();
        position.set(String.format(Locale.ROOT, "Lesson %d of %d", i + 1, catalog.lessons().size()));
        hasPrevious.set(i > 0);
        hasNext.set(i + 1 < catalog.lessons().size());
        for (LessonItem item : items) {
            item.setCurrent(item.lesson() == l);
        }
        progress.markOpened(l.id());
        saveProgress(l);
    }

    private void loadIntoEditor(Lesson l, String text) {
        autosave.showingLesson(l.id(), l.example());
        loadedId = l.id();
        editor.loadKept(l.id() + ".py", text);
        editorChanged();
    }

    private void editorChanged() {
        Lesson l = lesson.get();
        boolean inEditor = l != null && editor.isKept() && l.id().equals(loadedId);
        lessonInEditor.set(inEditor);
        boolean isEdited = inEditor && !editor.getText().equals(l.example());
        edited.set(isEdited);
        if (editor.isKept()) {
            for (LessonItem item : items) {
                if (item.lesson().id().equals(loadedId)) {
                    item.setEdited(!editor.getText().equals(item.lesson().example()));
                }
            }
        }
        if (l == null) {
            editorNote.set("");
            return;
        }
        Optional<String> lessonBefore = progress.currentLesson();
        Optional<String> fileBefore = progress.currentFile();
        if (inEditor) {
            editorNote.set("");
            progress.showingLesson(l.id());
        } else {
            editorNote.set("The editor shows " + editor.getDocumentName() + ", not this lesson's example.");
            if (editor.getFile() != null) {
                progress.showingFile(editor.getFile().toAbsolutePath().normalize().toString());
            } else {
                progress.showingNoFile();
            }
        }
        if (!lessonBefore.equals(progress.currentLesson()) || !fileBefore.equals(progress.currentFile())) {
            store.save(progress);
        }
    }

    private void saveProgress(Lesson shown) {
        items.stream().filter(i -> i.lesson().id().equals(shown.id()))
                .forEach(i -> i.update(progress.lesson(shown.id())));
        store.save(progress);
    }

    private boolean hasKeptEdits(Lesson l) {
        return autosave.editedLesson(l.id()).filter(t -> !t.equals(l.example())).isPresent();
    }

    private int index() {
        Lesson l = lesson.get();
        List<Lesson> all = new ArrayList<>(catalog.lessons());
        return l == null ? -1 : all.indexOf(l);
    }
}
