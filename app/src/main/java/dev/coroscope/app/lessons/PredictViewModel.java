package dev.coroscope.app.lessons;

import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.TraceState;
import dev.coroscope.lessons.Lesson;
import dev.coroscope.lessons.predict.Check;
import dev.coroscope.lessons.predict.Observation;
import dev.coroscope.lessons.predict.Observations;
import dev.coroscope.lessons.predict.PredictChecker;
import dev.coroscope.lessons.predict.PredictQuestion;
import dev.coroscope.lessons.predict.TaskStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The predict flow of the shown lesson. Each question is anchored to a step of the run ("just
 * before line L runs for the H-th time"); when the cursor reaches that step, by playing, stepping
 * or scrubbing, playback pauses and the question is asked ({@link Phase#ASKING}). Answering records
 * the answer in the learner's progress, then reveals by playing on ({@link Phase#WATCHING}) until
 * the step that shows the answer: the next line printed, the next task that runs, or (for a state)
 * the pause step itself. There the verdict and the one-line explanation appear ({@link
 * Phase#REVEALED}) and {@link #proofProperty()} names what in the picture proves it.
 *
 * <p>Asking: while a question is asked, the playback holds (forward steps and playing do nothing,
 * since they would show the answer); stepping back and the scrubber still move, which leaves the
 * question unanswered. A question is <em>armed</em> until the learner answers or skips it (answers
 * remembered from earlier runs count), so stepping back over it and forward again never asks it
 * twice; moving away without answering keeps it armed. {@link #askAgain} re-asks any question at its step.
 * Questions are active only while the editor shows the lesson's example unedited and its run is
 * complete: the anchors refer to the shipped example's lines.
 *
 * <p>Invariants: the playback's pause points are exactly the steps of the armed questions (while
 * active) plus, while watching, the step that reveals the answer; {@code current} is non-null
 * exactly when the phase is not IDLE.
 */
public final class PredictViewModel {
    /** Where the flow is. */
    public enum Phase { IDLE, ASKING, WATCHING, REVEALED }

    /** What in the picture proves an answer: the console, a task's card, a coroutine in the inspector, the clock. */
    public record Proof(Kind kind, String name) {
        public enum Kind { CONSOLE, TASK, COROUTINE, CLOCK }
    }

    private final RunSession session;
    private final PlaybackViewModel playback;
    private final InspectorViewModel inspector;
    private final LessonBrowserViewModel browser;
    private final ObservableList<QuestionItem> questions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final ReadOnlyObjectWrapper<QuestionItem> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(this, "chosen", -1);
    private final ReadOnlyBooleanWrapper correct = new ReadOnlyBooleanWrapper(this, "correct");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyObjectWrapper<Proof> proof = new ReadOnlyObjectWrapper<>(this, "proof");
    private final ReadOnlyObjectWrapper<List<Proof>> concealed = new ReadOnlyObjectWrapper<>(this, "concealed", List.of());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper moreHere = new ReadOnlyBooleanWrapper(this, "moreHere");
    /** Answered questions whose answer is still to be shown by playing on, in the order answered. */
    private final List<QuestionItem> pending = new ArrayList<>();
    /** The lesson and recording the question steps were computed for. */
    private Lesson computedLesson;
    private Recording computedRecording;
    /** True from the start of a run until its outcome arrives: the shown recording is not yet the new one. */
    private boolean awaitingOutcome;
    /** Guards the cursor moves this class makes itself. */
    private boolean moving;

    public PredictViewModel(RunSession session, PlaybackViewModel playback, InspectorViewModel inspector,
            LessonBrowserViewModel browser) {
        this.session = session;
        this.playback = playback;
        this.inspector = inspector;
        this.browser = browser;
        browser.lessonProperty().addListener((obs, old, now) -> lessonChanged());
        browser.lessonInEditorProperty().addListener((obs, old, now) -> refresh());
        browser.editedProperty().addListener((obs, old, now) -> refresh());
        session.runningProperty().addListener((obs, old, now) -> {
            if (now) {
                awaitingOutcome = true;
            }
            refresh();
        });
        session.recordingProperty().addListener((obs, old, now) -> refresh());
        session.outcomeProperty().addListener((obs, old, now) -> {
            awaitingOutcome = false;
            refresh();
        });
        session.stateProperty().addListener((obs, old, now) -> stepChanged());
        lessonChanged();
    }

    // ---- properties -------------------------------------------------------------------------

    /** The shown lesson's questions, in order. */
    public ObservableList<QuestionItem> questions() {
        return questions;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** The question being asked, watched or revealed; null when idle. */
    public ReadOnlyObjectProperty<QuestionItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public QuestionItem getCurrent() {
        return current.get();
    }

    /** The index of the choice the learner picked, or -1 before they answer. */
    public ReadOnlyIntegerProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty correctProperty() {
        return correct.getReadOnlyProperty();
    }

    public boolean isCorrect() {
        return correct.get();
    }

    /** {@code Right.} or {@code Not quite: the answer is “...”.}; shown once revealed. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public String getVerdict() {
        return verdict.get();
    }

    /** What in the picture proves the answer, while the cursor is on the step that shows it; else null. */
    public ReadOnlyObjectProperty<Proof> proofProperty() {
        return proof.getReadOnlyProperty();
    }

    public Proof getProof() {
        return proof.get();
    }

    /**
     * While a question about a state (a task's state, a coroutine's state or flag, the clock) is
     * asked, or waits at the same step behind the one asked, what in the picture would give its
     * answer away; else null. The view hides it until the learner answers: predict first, then look.
     */
    public ReadOnlyObjectProperty<List<Proof>> concealedProperty() {
        return concealed.getReadOnlyProperty();
    }

    public List<Proof> getConcealed() {
        return concealed.get();
    }

    /** Why questions are not asked now (the example is edited, ...), or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public String getNote() {
        return note.get();
    }

    /** True while questions are asked at their steps. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * The learner picks choice {@code index} of the question being asked. A question about a state
     * is revealed at once (its pause shows the answer); one about what comes next is revealed by
     * playing on, once every other question at the same step has been asked.
     */
    public void answer(int index) {
        QuestionItem q = current.get();
        if (phase.get() != Phase.ASKING || q == null || index < 0 || index >= q.question().choices().size()) {
            return;
        }
        PredictQuestion pq = q.question();
        q.chosen = index;
        q.armed = false;
        concealed.set(List.of());
        browser.answered(pq.id(), index, index == pq.answer());
        updateStatus(q);
        if (session.getStep() >= q.proofStep) {
            reveal(q);
            return;
        }
        pending.add(q);
        QuestionItem next = armedHere();
        if (next != null) {
            ask(next);
        } else {
            watch();
        }
    }

    /** The learner does not want to answer the question being asked; it is not asked again by itself. */
    public void skip() {
        QuestionItem q = current.get();
        if (phase.get() != Phase.ASKING || q == null) {
            return;
        }
        q.armed = false;
        QuestionItem next = armedHere();
        if (next != null) {
            ask(next);
        } else if (!pending.isEmpty()) {
            watch();
        } else {
            close();
        }
    }

    /**
     * Closes the revealed verdict (the card's OK): the next question waiting at this step is asked,
     * or the answers still to be revealed are played to; otherwise the card closes.
     */
    public void dismiss() {
        if (phase.get() != Phase.REVEALED && phase.get() != Phase.WATCHING) {
            return;
        }
        QuestionItem next = armedHere();
        if (next != null) {
            ask(next);
        } else if (!pending.isEmpty() && phase.get() == Phase.REVEALED) {
            watch();
        } else {
            close();
        }
    }

    /** True while a revealed verdict is shown and another question waits at the same step (OK asks it). */
    public ReadOnlyBooleanProperty moreHereProperty() {
        return moreHere.getReadOnlyProperty();
    }

    /** Takes the cursor to the question's step and asks it (again). */
    public void askAgain(QuestionItem q) {
        if (!active.get() || q.pauseStep < 0 || !questions.contains(q)) {
            return;
        }
        playback.pause();
        pending.clear();
        close();
        q.armed = true;
        updatePausePoints();
        moving = true;
        try {
            playback.scrubTo(q.pauseStep);
        } finally {
            moving = false;
        }
        ask(q);
    }

    // ---- internals --------------------------------------------------------------------------

    private void lessonChanged() {
        pending.clear();
        close();
        questions.clear();
        Lesson l = browser.getLesson();
        if (l != null) {
            int n = 1;
            for (PredictQuestion q : l.questions()) {
                questions.add(new QuestionItem(q, n++));
            }
        }
        computedLesson = null;
        computedRecording = null;
        refresh();
    }

    /** Recomputes where the questions pause, whether they are active, and the playback's pause points. */
    private void refresh() {
        Lesson l = browser.getLesson();
        Recording r = session.getRecording();
        RunOutcome outcome = session.outcomeProperty().get();
        boolean ranTheExample = l != null && !session.isRunning() && !awaitingOutcome && outcome != null
                && outcome.status() == RunOutcome.Status.FINISHED && outcome.recording() == r
                && l.example().equals(session.recordedSource());
        boolean now = l != null && !questions.isEmpty() && browser.isLessonInEditor() && !browser.isEdited()
                && ranTheExample;
        if (l != computedLesson || r != computedRecording) {
            computedLesson = l;
            computedRecording = r;
            boolean fresh = ranTheExample;
            List<Observation> run = fresh ? Observations.of(r) : List.of();
            for (QuestionItem q : questions) {
                OptionalInt pause = fresh ? PredictChecker.pauseIndex(run, q.question().at()) : OptionalInt.empty();
                q.pauseStep = pause.orElse(-1);
                q.proofStep = pause.isPresent() ? proofStep(q.question(), run, q.pauseStep) : -1;
                q.armed = browser.answerTo(q.question().id()).isEmpty() && !q.asked;
            }
        }
        if (!now && phase.get() != Phase.IDLE) {
            pending.clear();
            close();
        }
        active.set(now);
        for (QuestionItem q : questions) {
            updateStatus(q);
        }
        if (l == null || questions.isEmpty()) {
            note.set("");
        } else if (!browser.isLessonInEditor()) {
            note.set("Questions are asked while the lesson's example is in the editor.");
        } else if (browser.isEdited()) {
            note.set("Questions wait while the example is edited: reset the example to answer them.");
        } else if (session.isRunning()) {
            note.set("");
        } else if (!ranTheExample) {
            note.set("Questions are asked once the example has run to its end.");
        } else {
            note.set("");
        }
        updatePausePoints();
        stepChanged();
    }

    private void stepChanged() {
        if (moving) {
            return;
        }
        int s = session.getStep();
        QuestionItem q = current.get();
        switch (phase.get()) {
            case ASKING -> {
                if (q != null && s != q.pauseStep) {
                    // Moved away (back, or by the scrubber): the question stays for later.
                    pending.clear();
                    close();
                }
            }
            case WATCHING -> {
                if (q != null && s >= q.proofStep) {
                    reveal(q);
                }
            }
            case REVEALED -> {
                if (!pending.isEmpty() && s >= pending.get(0).proofStep) {
                    reveal(pending.get(0));
                } else {
                    showProof();
                    updateHolding();
                }
            }
            case IDLE -> {
            }
        }
        if (active.get() && phase.get() != Phase.ASKING) {
            // Also while playing on to reveal an answer: a question on the way is asked first.
            // A verdict shown at this very step keeps the card until OK (the hold says so).
            QuestionItem here = armedHere();
            QuestionItem shown = current.get();
            boolean verdictHere = phase.get() == Phase.REVEALED && shown != null && shown.pauseStep == s;
            if (here != null && !verdictHere) {
                ask(here);
            }
        }
    }

    /** The first armed question that pauses at the cursor's step, or null. */
    private QuestionItem armedHere() {
        int s = session.getStep();
        for (QuestionItem item : questions) {
            if (item.armed && item.pauseStep == s && item != current.get()) {
                return item;
            }
        }
        return null;
    }

    private void ask(QuestionItem q) {
        playback.pause();
        q.asked = true;
        clearProof();
        concealed.set(concealedFor(q));
        current.set(q);
        chosen.set(-1);
        correct.set(false);
        verdict.set("");
        phase.set(Phase.ASKING);
        updatePausePoints();
        updateHolding();
    }

    /**
     * What to hide while {@code q} is asked: its own proof if it asks about a state, and that of
     * every state question still to be asked at the same step (the clock must not answer the
     * question after this one).
     */
    private List<Proof> concealedFor(QuestionItem q) {
        List<Proof> out = new ArrayList<>();
        for (QuestionItem item : questions) {
            boolean here = item == q || item.armed && item.pauseStep == q.pauseStep;
            if (here && isState(item.question().check())) {
                Proof p = proofOf(item.question().check());
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Plays on to the step that shows the first answer still to be revealed. */
    private void watch() {
        QuestionItem first = pending.get(0);
        clearProof();
        current.set(first);
        showAnswer(first);
        phase.set(Phase.WATCHING);
        updatePausePoints();
        updateHolding();
        playback.play();
    }

    private void reveal(QuestionItem q) {
        pending.remove(q);
        current.set(q);
        showAnswer(q);
        phase.set(Phase.REVEALED);
        updatePausePoints();
        showProof();
        updateHolding();
    }

    /** The learner's choice for {@code q} and the verdict on it. */
    private void showAnswer(QuestionItem q) {
        PredictQuestion pq = q.question();
        boolean right = q.chosen == pq.answer();
        chosen.set(q.chosen);
        correct.set(right);
        verdict.set(right ? "Right." : "Not quite: the answer is \u201c" + pq.correctChoice() + "\u201d.");
    }

    private void close() {
        clearProof();
        concealed.set(List.of());
        phase.set(Phase.IDLE);
        current.set(null);
        chosen.set(-1);
        verdict.set("");
        updatePausePoints();
        updateHolding();
    }

    /**
     * The playback holds while a question is asked, and while a verdict is shown with another
     * question waiting at the same step (playing on would skip it).
     */
    private void updateHolding() {
        QuestionItem waiting = armedHere();
        boolean more = phase.get() == Phase.REVEALED && waiting != null;
        moreHere.set(more);
        playback.holdingProperty().set(phase.get() == Phase.ASKING || more);
        if (phase.get() != Phase.ASKING) {
            // A verdict shown with questions still waiting here keeps their answers hidden.
            List<Proof> hide = more ? concealedFor(waiting) : List.of();
            if (!hide.equals(concealed.get())) {
                concealed.set(hide);
            }
        }
    }

    /** Shows the proof while the cursor is on the step that proves the current answer. */
    private void showProof() {
        QuestionItem q = current.get();
        if (phase.get() != Phase.REVEALED || q == null || session.getStep() != q.proofStep) {
            clearProof();
            return;
        }
        Proof p = proofOf(q.question().check());
        if (p.equals(proof.get())) {
            return;
        }
        proof.set(p);
        switch (p.kind()) {
            case TASK -> inspector.selectTask(p.name());
            case COROUTINE -> coroutineId(p.name()).ifPresent(inspector::selectCoroutine);
            default -> {
            }
        }
    }

    private void clearProof() {
        Proof p = proof.get();
        if (p != null) {
            proof.set(null);
            if (p.kind() == Proof.Kind.TASK || p.kind() == Proof.Kind.COROUTINE) {
                inspector.follow();
            }
        }
    }

    private void updatePausePoints() {
        // A set: several questions may pause at one step.
        Set<Integer> points = new HashSet<>();
        if (active.get()) {
            for (QuestionItem q : questions) {
                if (q.armed && q.pauseStep >= 0) {
                    points.add(q.pauseStep);
                }
            }
            if (!pending.isEmpty() && pending.get(0).proofStep > session.getStep()) {
                points.add(pending.get(0).proofStep);
            }
        }
        if (!playback.pausePoints().equals(points)) {
            playback.pausePoints().clear();
            playback.pausePoints().addAll(points);
        }
    }

    private void updateStatus(QuestionItem q) {
        Optional<Progress.Answer> a = browser.answerTo(q.question().id());
        String status;
        if (a.isPresent()) {
            PredictQuestion pq = q.question();
            int choice = a.get().choice();
            String said = choice < pq.choices().size() ? pq.choices().get(choice) : "?";
            status = a.get().correct() ? "\u2713 You answered \u201c" + said + "\u201d: right."
                    : "\u2717 You answered \u201c" + said + "\u201d; the answer is \u201c" + pq.correctChoice() + "\u201d.";
        } else {
            status = "Not answered yet.";
        }
        if (active.get() && q.pauseStep < 0) {
            status += " Its step does not happen in this run.";
        }
        q.setStatusText(status);
        q.setCanAsk(active.get() && q.pauseStep >= 0);
    }

    /** The first coroutine named {@code qualname} that is not closed at the cursor, else the last one. */
    private Optional<Integer> coroutineId(String qualname) {
        TraceState s = session.getState();
        TraceState.CoroView last = null;
        for (TraceState.CoroView c : s.coroutines()) {
            if (c.name().equals(qualname)) {
                if (c.state() != CoroState.CLOSED) {
                    return Optional.of(c.id());
                }
                last = c;
            }
        }
        return last == null ? Optional.empty() : Optional.of(last.id());
    }

    /** Whether the check is about a state at the pause (shown in the picture there), not about what comes next. */
    static boolean isState(Check check) {
        return !(check instanceof Check.NextOutput) && !(check instanceof Check.NextTask);
    }

    static Proof proofOf(Check check) {
        if (check instanceof Check.NextOutput) {
            return new Proof(Proof.Kind.CONSOLE, "");
        }
        if (check instanceof Check.NextTask c) {
            return new Proof(Proof.Kind.TASK, c.task());
        }
        if (check instanceof Check.TaskState c) {
            return new Proof(Proof.Kind.TASK, c.task());
        }
        if (check instanceof Check.CoroState c) {
            return new Proof(Proof.Kind.COROUTINE, c.coro());
        }
        if (check instanceof Check.CoroFlag c) {
            return new Proof(Proof.Kind.COROUTINE, c.coro());
        }
        return new Proof(Proof.Kind.CLOCK, "");
    }

    /**
     * The event that shows the answer: for "next output" the output that completes the line, for
     * "next task" the task's RUNNING change, for a state or the clock the pause itself.
     */
    static int proofStep(PredictQuestion q, List<Observation> run, int pause) {
        Check check = q.check();
        if (check instanceof Check.NextTask) {
            for (int i = pause; i < run.size(); i++) {
                if (run.get(i) instanceof Observation.TaskChange t && t.state() == TaskStatus.RUNNING) {
                    return i;
                }
            }
        } else if (check instanceof Check.NextOutput) {
            for (int i = pause; i < run.size(); i++) {
                if (run.get(i) instanceof Observation.Output o && o.text().indexOf('\n') >= 0) {
                    return i;
                }
            }
        }
        return pause;
    }
}
