package dev.coroscope.app.session;

import dev.coroscope.app.run.ProgramError;
import dev.coroscope.app.run.RunOutcome;
import dev.coroscope.app.run.RunService;
import dev.coroscope.engine.trace.Navigator;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.RunEnd;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.StepMapper;
import dev.coroscope.engine.trace.TraceState;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The program being watched: the recording of its latest run, the cursor (the step the window
 * shows), the state at that step, and the commands that run the program again and move the cursor.
 * Every panel's view model derives what it shows from {@link #stateProperty()}; nothing asks the
 * engine anything.
 *
 * <p>Runs: {@link #run(String)} starts a run through the {@link RunService} (after an edit has
 * settled, or when a document is loaded). While a quick run is under way the old picture stays; a
 * run that takes longer than {@link #LIVE_AFTER_NANOS} is shown live as its partial recordings
 * arrive, so a runaway program can be watched and stopped. When the run ends the cursor moves to
 * the same step in the new recording ({@link StepMapper}), unless the learner moved it meanwhile.
 *
 * <p>Invariants: {@code recording} is never null (an empty recording before the first run);
 * {@code -1 <= step < recording.size()}, and {@code step == -1} only for an empty recording;
 * {@code state} is always {@code recording.stateAt(step)} and changes last (listen to it to
 * redraw: step, event and recording already agree with it); every property changes on the thread
 * the view models live on.
 */
public final class RunSession {
    /** The file name programs are run under (tracebacks say {@code File "main.py"}). */
    public static final String FILENAME = "main.py";
    /** A run still going after this long is shown live. */
    public static final long LIVE_AFTER_NANOS = 250_000_000L;

    private final RunService runs;
    private final LongSupplier clock;

    private final ReadOnlyObjectWrapper<Recording> recording = new ReadOnlyObjectWrapper<>(this, "recording");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyObjectWrapper<TraceState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<StepEvent> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<RunOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<ProgramError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper runMessage = new ReadOnlyStringWrapper(this, "runMessage", "");
    private final ReadOnlyLongWrapper runNumber = new ReadOnlyLongWrapper(this, "runNumber");
    private final ReadOnlyIntegerWrapper moveDistance = new ReadOnlyIntegerWrapper(this, "moveDistance");
    private final ObservableSet<Integer> breakpoints = FXCollections.observableSet(new TreeSet<>());

    private Navigator navigator;
    /** The source of the program the shown recording belongs to. */
    private String recordedSource;
    /** The run under way: its source, when it began, whether it is shown live yet. */
    private String pendingSource;
    private long pendingSince;
    private boolean pendingLive;
    /** The recording and step before the run under way, to map the step from. */
    private Recording before;
    private int stepBefore;
    private String sourceBefore;
    private boolean movedDuringRun;

    public RunSession(RunService runs) {
        this(runs, System::nanoTime);
    }

    /** For tests: {@code clock} stands in for {@code System.nanoTime}. */
    public RunSession(RunService runs, LongSupplier clock) {
        this.runs = runs;
        this.clock = clock;
        show(new Recorder().snapshot(), -1);
    }

    // ---- properties -------------------------------------------------------------------------

    /** The recording shown: the latest run's, complete or (while a long run goes on) partial. */
    public ReadOnlyObjectProperty<Recording> recordingProperty() {
        return recording.getReadOnlyProperty();
    }

    public Recording getRecording() {
        return recording.get();
    }

    /** The step under the cursor: an event index, -1 only when the recording is empty. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public int getStep() {
        return step.get();
    }

    /** The state after the event under the cursor. */
    public ReadOnlyObjectProperty<TraceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TraceState getState() {
        return state.get();
    }

    /** The event under the cursor, or null when the recording is empty. */
    public ReadOnlyObjectProperty<StepEvent> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public StepEvent getEvent() {
        return event.get();
    }

    /** True while the engine runs the program. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** How the last finished run ended, or null before the first one ends. */
    public ReadOnlyObjectProperty<RunOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The program's syntax error or uncaught exception, at its line, or null. */
    public ReadOnlyObjectProperty<ProgramError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ProgramError getError() {
        return error.get();
    }

    /** A sentence about the run: running, how it ended (e.g. the step-budget notice), or empty. */
    public ReadOnlyStringProperty runMessageProperty() {
        return runMessage.getReadOnlyProperty();
    }

    public String getRunMessage() {
        return runMessage.get();
    }

    /** Counts the recordings of distinct runs shown; a partial recording of the same run keeps the number. */
    public ReadOnlyLongProperty runNumberProperty() {
        return runNumber.getReadOnlyProperty();
    }

    /**
     * How the cursor got to the current step: the number of events moved forward (1 for a single
     * event, more for a step over several events), or 0 for a jump (backwards, a scrub, a new
     * recording). Views animate small forward moves and show jumps at once.
     */
    public ReadOnlyIntegerProperty moveDistanceProperty() {
        return moveDistance.getReadOnlyProperty();
    }

    /** Breakpoint lines (1-based); the code pane toggles them, navigation stops on them. */
    public ObservableSet<Integer> breakpoints() {
        return breakpoints;
    }

    /** Navigation over the shown recording. */
    public Navigator navigator() {
        return navigator;
    }

    /** The source the shown recording was made from (null before the first run). */
    public String recordedSource() {
        return recordedSource;
    }

    /** The number of the last event, or -1 when the recording is empty. */
    public int lastStep() {
        return recording.get().size() - 1;
    }

    // ---- commands ---------------------------------------------------------------------------

    /**
     * Runs {@code source} (a new program or an edited one), stopping a run under way. Breakpoints
     * follow their lines through the edit.
     */
    public void run(String source) {
        String previous = pendingSource != null ? pendingSource : recordedSource;
        if (previous != null && !previous.equals(source)) {
            moveBreakpoints(StepMapper.lineMap(previous, source), lineCount(source));
        }
        before = recording.get();
        stepBefore = step.get();
        sourceBefore = recordedSource;
        movedDuringRun = false;
        pendingSource = source;
        pendingSince = clock.getAsLong();
        pendingLive = before.size() == 0;
        running.set(true);
        runMessage.set("Running\u2026");
        runs.start(source, FILENAME, new RunService.Listener() {
            @Override
            public void progress(Recording partial) {
                onProgress(partial);
            }

            @Override
            public void finished(RunOutcome result) {
                onFinished(result);
            }
        });
    }

    /**
     * Runs {@code source} unless it is the program already shown or already running: an edit that
     * settles on the same text (undo back to it, or a document reloaded) costs nothing.
     */
    public void runIfChanged(String source) {
        String current = pendingSource != null ? pendingSource : recordedSource;
        if (!source.equals(current)) {
            run(source);
        }
    }

    /** Stops the run under way; what it recorded stays browsable. */
    public void stop() {
        runs.stop();
    }

    /** Moves the cursor to {@code target} (clamped), as a jump: nothing animates (scrubbing, restart). */
    public void jumpTo(int target) {
        move(target, false);
    }

    /** Moves the cursor to {@code target} (clamped to the recording); a forward move may animate. */
    public void moveTo(int target) {
        move(target, true);
    }

    private void move(int target, boolean mayAnimate) {
        int last = lastStep();
        int clamped = last < 0 ? -1 : Math.max(0, Math.min(target, last));
        if (running.get()) {
            movedDuringRun = true;
        }
        int from = step.get();
        moveDistance.set(mayAnimate && clamped > from ? clamped - from : 0);
        setStep(clamped);
    }

    /** Toggles a breakpoint on {@code line} (1-based). */
    public void toggleBreakpoint(int line) {
        if (line < 1) {
            return;
        }
        if (!breakpoints.remove(line)) {
            breakpoints.add(line);
        }
    }

    /** Breakpoint lines as a plain set, for the navigator. */
    public Set<Integer> breakpointLines() {
        return new HashSet<>(breakpoints);
    }

    // ---- run reports ------------------------------------------------------------------------

    private void onProgress(Recording partial) {
        if (!pendingLive && clock.getAsLong() - pendingSince < LIVE_AFTER_NANOS) {
            return;
        }
        boolean first = !pendingLive || recording.get() == before;
        pendingLive = true;
        if (first) {
            runNumber.set(runNumber.get() + 1);
            recordedSource = pendingSource;
            int target = before.size() == 0 ? 0 : Math.min(stepBefore, partial.size() - 1);
            show(partial, target);
        } else {
            show(partial, step.get());
        }
    }

    private void onFinished(RunOutcome result) {
        Recording done = result.recording();
        int target;
        if (pendingLive && movedDuringRun) {
            target = step.get();
        } else if (before.size() > 0 && sourceBefore != null && stepBefore >= 0) {
            target = StepMapper.map(before, stepBefore, done, StepMapper.lineMap(sourceBefore, pendingSource));
        } else {
            target = pendingLive ? step.get() : 0;
        }
        if (!pendingLive) {
            runNumber.set(runNumber.get() + 1);
        }
        recordedSource = pendingSource;
        pendingSource = null;
        before = null;
        running.set(false);
        outcome.set(result);
        error.set(result.error());
        runMessage.set(message(result));
        show(done, target);
    }

    /** The sentence about how a run ended: the recording's own, or the program's error in CPython's words. */
    static String message(RunOutcome result) {
        ProgramError e = result.error();
        String where = e != null && e.line() > 0 ? " at line " + e.line() : "";
        RunEnd end = result.recording().end();
        String ended = end != null ? end.message() : "";
        return switch (result.status()) {
            case SYNTAX_ERROR -> "The program did not start: "
                    + (e != null ? e.summary() + where : "it has a syntax error") + ".";
            case FAILED -> e != null ? "The program ended with " + e.summary() + where + "." : ended;
            default -> ended;
        };
    }

    private void show(Recording r, int target) {
        if (recording.get() != r) {
            navigator = r.navigator();
        }
        moveDistance.set(0);
        recording.set(r);
        int last = r.size() - 1;
        // A new recording at the same index is a new picture too: always refresh.
        update(last < 0 ? -1 : Math.max(0, Math.min(target, last)));
    }

    private void setStep(int s) {
        if (step.get() != s) {
            update(s);
        }
    }

    /** Sets the step, the event and, last, the state: a listener to the state sees all three agree. */
    private void update(int s) {
        Recording r = recording.get();
        TraceState now = r.stateAt(Math.min(s, r.size() - 1));
        step.set(s);
        event.set(s >= 0 ? r.event(s) : null);
        state.set(now);
    }

    private void moveBreakpoints(IntUnaryOperator lineMap, int newLines) {
        if (breakpoints.isEmpty()) {
            return;
        }
        Set<Integer> moved = new TreeSet<>();
        for (int line : breakpoints) {
            int to = lineMap.applyAsInt(line);
            if (to >= 1) {
                moved.add(to);
            } else if (line <= newLines) {
                // The line itself was edited: the breakpoint stays on it.
                moved.add(line);
            }
        }
        if (!moved.equals(breakpoints)) {
            breakpoints.clear();
            breakpoints.addAll(moved);
        }
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
