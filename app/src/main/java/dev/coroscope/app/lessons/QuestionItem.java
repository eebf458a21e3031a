package dev.coroscope.app.lessons;

import dev.coroscope.lessons.predict.PredictQuestion;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One predict question of the shown lesson, as the lesson pane lists it: its text, where it pauses
 * in the shown recording, whether it will still be asked, and the learner's answer in words.
 */
public final class QuestionItem {
    private final PredictQuestion question;
    private final int number;
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyBooleanWrapper canAsk = new ReadOnlyBooleanWrapper(this, "canAsk");
    /** The event index the app pauses at in the shown recording, or -1. */
    int pauseStep = -1;
    /** The event index that shows the answer (the pause itself for a state), or -1. */
    int proofStep = -1;
    /** True while playback is to stop and ask this question when it reaches {@link #pauseStep}. */
    boolean armed;
    /** True once the question was asked since the lesson was opened. */
    boolean asked;
    /** The choice the learner made when it was last asked here, or -1. */
    int chosen = -1;

    QuestionItem(PredictQuestion question, int number) {
        this.question = question;
        this.number = number;
    }

    public PredictQuestion question() {
        return question;
    }

    /** 1-based position in the lesson. */
    public int number() {
        return number;
    }

    /** The learner's answer in words, or why the question cannot be asked now. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String getStatusText() {
        return statusText.get();
    }

    /** True when "ask again" can take the learner to this question's step now. */
    public ReadOnlyBooleanProperty canAskProperty() {
        return canAsk.getReadOnlyProperty();
    }

    public int pauseStep() {
        return pauseStep;
    }

    public int proofStep() {
        return proofStep;
    }

    public boolean isArmed() {
        return armed;
    }

    void setStatusText(String text) {
        statusText.set(text);
    }

    void setCanAsk(boolean value) {
        canAsk.set(value);
    }
}
