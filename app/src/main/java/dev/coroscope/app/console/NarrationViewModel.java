package dev.coroscope.app.console;

import dev.coroscope.app.run.ProgramError;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.EventKind;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The narration line: the current event explained in one plain sentence (from the recording's
 * explainer), the kind of event it is (for its icon), and who is acting (the current task). At the
 * end of a run it says how the run ended; with no run it says what to do.
 */
public final class NarrationViewModel {
    private final RunSession session;
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");
    private final ReadOnlyStringWrapper actor = new ReadOnlyStringWrapper(this, "actor", "");
    private final ReadOnlyObjectWrapper<EventKind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyIntegerWrapper actorColor = new ReadOnlyIntegerWrapper(this, "actorColor", -1);

    public NarrationViewModel(RunSession session) {
        this.session = session;
        session.stateProperty().addListener((obs, old, now) -> update());
        session.runMessageProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The sentence, e.g. {@code Task-2 is resumed because its sleep(0.5) timer fired at t=0.5.} */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public String getSentence() {
        return sentence.get();
    }

    /** The task the event belongs to (empty outside tasks). */
    public ReadOnlyStringProperty actorProperty() {
        return actor.getReadOnlyProperty();
    }

    /** The colour index of the acting task (its creation index), or -1. */
    public ReadOnlyIntegerProperty actorColorProperty() {
        return actorColor.getReadOnlyProperty();
    }

    /** The kind of the current event, or null. */
    public ReadOnlyObjectProperty<EventKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    private void update() {
        Recording r = session.getRecording();
        int step = session.getStep();
        StepEvent e = session.getEvent();
        RunOutcome outcome = session.outcomeProperty().get();
        if (outcome != null && outcome.status() == RunOutcome.Status.SYNTAX_ERROR && !session.isRunning()) {
            kind.set(null);
            actor.set("");
            actorColor.set(-1);
            sentence.set(session.getRunMessage());
            return;
        }
        if (e == null) {
            kind.set(null);
            actor.set("");
            actorColor.set(-1);
            String message = session.getRunMessage();
            ProgramError error = session.getError();
            if (error != null) {
                sentence.set("The program did not run: " + error.summary()
                        + (error.line() > 0 ? " (line " + error.line() + ")." : "."));
            } else {
                sentence.set(message.isEmpty() ? "Edit the program; it runs by itself when you pause typing." : message);
            }
            return;
        }
        kind.set(e.kind());
        actor.set(e.current() == null ? "" : e.current());
        int colour = -1;
        for (int i = 0; i < session.getState().tasks().size() && e.current() != null; i++) {
            if (session.getState().tasks().get(i).name().equals(e.current())) {
                colour = i;
                break;
            }
        }
        actorColor.set(colour);
        String text = r.explain(step);
        if (e instanceof StepEvent.End && session.getError() != null) {
            ProgramError error = session.getError();
            text = text + " It ended with " + error.summary()
                    + (error.line() > 0 ? " at line " + error.line() + "." : ".");
        }
        sentence.set(text);
    }
}
