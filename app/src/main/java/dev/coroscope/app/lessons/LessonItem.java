package dev.coroscope.app.lessons;

import dev.coroscope.lessons.Lesson;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the lesson browser: the lesson, its number and title, and the learner's progress in
 * words (never colour alone): {@code not started}, {@code opened}, {@code 1 of 3 answered},
 * {@code done: 2 of 3 right}.
 */
public final class LessonItem {
    /** How far the learner got. */
    public enum Status { NOT_STARTED, OPENED, COMPLETED }

    private final Lesson lesson;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NOT_STARTED);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "not started");
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");

    LessonItem(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The number as shown, e.g. {@code 07}. */
    public String number() {
        return String.format(Locale.ROOT, "%02d", lesson.number());
    }

    public String title() {
        return lesson.title();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status getStatus() {
        return status.get();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String getStatusText() {
        return statusText.get();
    }

    /** True for the lesson the pane shows. */
    public ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True when the learner's edited example is kept for this lesson. */
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    void setCurrent(boolean value) {
        current.set(value);
    }

    void setEdited(boolean value) {
        edited.set(value);
    }

    /** Recomputes status and words from the learner's record of this lesson. */
    void update(Progress.LessonRecord record) {
        int questions = lesson.questions().size();
        long answered = lesson.questions().stream().filter(q -> record.answers().containsKey(q.id())).count();
        long right = lesson.questions().stream()
                .filter(q -> record.answers().containsKey(q.id()) && record.answers().get(q.id()).correct()).count();
        if (record.completed()) {
            status.set(Status.COMPLETED);
            statusText.set(questions == 0 ? "done" : "done: " + right + " of " + questions + " right");
        } else if (record.opened()) {
            status.set(Status.OPENED);
            statusText.set(answered == 0 ? "opened" : answered + " of " + questions + " answered");
        } else {
            status.set(Status.NOT_STARTED);
            statusText.set("not started");
        }
    }
}
