package dev.coroscope.app.playback;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.Settings;
import dev.coroscope.engine.trace.Granularity;
import dev.coroscope.engine.trace.Navigator;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.ScrubMark;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The playback bar's state and commands: stepping forward and back by a granularity, step over /
 * into / out, run / continue to the next breakpoint (animated at the chosen speed), restart, and
 * the scrubber with its task-switch marks. Moving never runs anything: every command is a search
 * over the recording ({@link Navigator}) that moves the session's cursor.
 *
 * <p>Playing: while {@link #playingProperty()} is true a driver calls {@link #advance(long)} once a
 * frame with the time that passed; the cursor moves one stop of the chosen granularity every
 * {@code 1 / stepsPerSecond} seconds (at full speed: one stop every frame), and stops at a
 * breakpoint line, a pause point or the end.
 *
 * <p>Step back undoes forward moves in the order they were made (so it returns exactly to the
 * earlier picture); with nothing to undo it moves to the previous stop of the granularity.
 *
 * <p>Pause points are event indices where playing and stepping forward must stop (a predict
 * question waits there); the lesson features fill them, and hold the cursor there ({@link
 * #holdingProperty()}) while the question waits for an answer.
 */
public final class PlaybackViewModel {
    /**
     * Steps per second for each position of the speed slider. The last is "full speed": one step
     * every frame, whatever the frame rate (60 a second on a 60 Hz screen).
     */
    public static final double[] SPEEDS = {0.5, 1, 2, 3, 5, 8, 12, 20, 30, 45, 60};
    /** The slider position a first start uses (3 steps a second: easy to follow). */
    public static final int DEFAULT_SPEED = 3;
    /** Most stops one frame may advance; more would only skip pictures nobody sees. */
    static final int MAX_STOPS_PER_ADVANCE = 20;
    static final String SPEED_KEY = "playback.speed";
    static final String GRANULARITY_KEY = "playback.granularity";

    private final RunSession session;
    private final Settings settings;
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(this, "granularity",
            Granularity.LINE);
    private final IntegerProperty speed = new SimpleIntegerProperty(this, "speed", DEFAULT_SPEED);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(this, "canStepForward");
    private final ReadOnlyIntegerWrapper lastStep = new ReadOnlyIntegerWrapper(this, "lastStep", -1);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyObjectWrapper<List<ScrubMark>> marks = new ReadOnlyObjectWrapper<>(this, "marks", List.of());
    private final TreeSet<Integer> pauseSet = new TreeSet<>();
    private final ObservableSet<Integer> pausePoints = FXCollections.observableSet(pauseSet);
    private final BooleanProperty holding = new SimpleBooleanProperty(this, "holding");
    private final Deque<Integer> history = new ArrayDeque<>();

    private double owedNanos;
    /** The next breakpoint stop after {@code bpFrom} is {@code bpAt}; valid while nothing changed. */
    private int bpFrom = -1;
    private int bpAt = -1;
    /** Guards history: a move made by this class is not a scrub. */
    private boolean moving;

    public PlaybackViewModel(RunSession session, Settings settings) {
        this.session = session;
        this.settings = settings;
        speed.set(clampSpeed(settings.getInt(SPEED_KEY, DEFAULT_SPEED)));
        granularity.set(granularityNamed(settings.get(GRANULARITY_KEY, Granularity.LINE.name())));
        speed.addListener((obs, old, now) -> {
            int s = clampSpeed(now.intValue());
            if (s != now.intValue()) {
                speed.set(s);
                return;
            }
            settings.putInt(SPEED_KEY, s);
        });
        granularity.addListener((obs, old, now) -> {
            if (now == null) {
                granularity.set(old);
                return;
            }
            settings.put(GRANULARITY_KEY, now.name());
        });
        speedText.bind(Bindings.createStringBinding(() -> speedLabel(speed.get()), speed));
        session.recordingProperty().addListener((obs, old, now) -> recordingChanged(old, now));
        session.breakpoints().addListener((javafx.collections.SetChangeListener<Integer>) c -> bpFrom = -1);
        session.stepProperty().addListener((obs, old, now) -> {
            if (!moving) {
                history.clear();
            }
            updateFlags();
        });
        recordingChanged(null, session.getRecording());
    }

    // ---- properties -------------------------------------------------------------------------

    /** How far Step and Step back go: a line, an await (suspend, resume, task switch), or a loop iteration. */
    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    /** The speed slider's position, {@code 0 .. SPEEDS.length - 1}; remembered. */
    public IntegerProperty speedProperty() {
        return speed;
    }

    /** True at the top speed: one step every frame. */
    public boolean fullSpeed() {
        return speed.get() == SPEEDS.length - 1;
    }

    /** Steps per second at the current speed (at full speed, the nominal 60 of a 60 Hz screen). */
    public double stepsPerSecond() {
        return SPEEDS[speed.get()];
    }

    /** The speed as the bar shows it, e.g. {@code 3 steps/s} or {@code full speed}. */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStepForwardProperty() {
        return canStepForward.getReadOnlyProperty();
    }

    /** The scrubber's maximum: the last step of the recording (-1 when empty). */
    public ReadOnlyIntegerProperty lastStepProperty() {
        return lastStep.getReadOnlyProperty();
    }

    /** The cursor's step, for the scrubber. */
    public ReadOnlyIntegerProperty stepProperty() {
        return session.stepProperty();
    }

    /** Where the cursor is, in words: {@code step 12 of 80}. */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The scrubber's task-switch marks for the shown recording. */
    public ReadOnlyObjectProperty<List<ScrubMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Event indices where playing and stepping forward stop. */
    public ObservableSet<Integer> pausePoints() {
        return pausePoints;
    }

    /**
     * True while something waits for the learner at the current step (a predict question): the
     * forward commands and playing do nothing; step back, restart and the scrubber still work.
     */
    public BooleanProperty holdingProperty() {
        return holding;
    }

    /**
     * How long an animation of one move should last at the current speed, in milliseconds: most of
     * the time between two steps while playing, capped so a single step feels quick; 0 when steps
     * come too fast for motion to be followed.
     */
    public double animationMillis() {
        double interval = 1000.0 / stepsPerSecond();
        if (!playing.get()) {
            return 320;
        }
        double ms = Math.min(320, interval * 0.8);
        return ms < 40 ? 0 : ms;
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Step: the next stop of the chosen granularity. */
    public void stepForward() {
        pause();
        forwardTo(nav().next(step(), granularity.get()));
    }

    /** Step back: undo the last forward move, or go to the previous stop of the granularity. */
    public void stepBack() {
        pause();
        int s = step();
        while (!history.isEmpty()) {
            int back = history.pop();
            if (back < s) {
                moveTo(back);
                return;
            }
        }
        if (s > 0) {
            moveTo(nav().previous(s, granularity.get()));
        }
    }

    /** F10: the next line of the current frame (or of a frame it returns to), stopping at breakpoints. */
    public void stepOver() {
        pause();
        forwardTo(nav().stepOver(step(), session.breakpointLines()));
    }

    /** F11: the next line of the current task, at any depth. */
    public void stepInto() {
        pause();
        forwardTo(nav().stepInto(step(), session.breakpointLines()));
    }

    /** Shift+F11: where the current frame returns or suspends. */
    public void stepOut() {
        pause();
        forwardTo(nav().stepOut(step(), session.breakpointLines()));
    }

    /** F5: play from here to the next breakpoint (or the end); while playing, pause. */
    public void runOrPause() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Starts playing (from the start if the cursor is at the end). */
    public void play() {
        if (session.lastStep() <= 0 || holding.get()) {
            return;
        }
        if (step() >= session.lastStep()) {
            jump(0);
        }
        owedNanos = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** Back to the first step, paused. */
    public void restart() {
        pause();
        history.clear();
        jump(Math.min(0, session.lastStep()));
    }

    /** The last step, paused. */
    public void toEnd() {
        pause();
        forwardTo(session.lastStep());
    }

    /** The scrubber was dragged or clicked to {@code target}. */
    public void scrubTo(int target) {
        pause();
        history.clear();
        jump(target);
    }

    /**
     * Called once a frame while playing, with the nanoseconds since the previous call: moves the
     * cursor by as many stops as the speed asks for, stopping at a breakpoint, a pause point or
     * the end (which pauses).
     */
    public void advance(long elapsedNanos) {
        if (!playing.get()) {
            return;
        }
        int stops;
        if (fullSpeed()) {
            // Frame-locked: a slow frame must not make the next one do more work.
            stops = 1;
        } else {
            double interval = 1e9 / stepsPerSecond();
            owedNanos += Math.max(0, elapsedNanos);
            stops = (int) Math.min(MAX_STOPS_PER_ADVANCE, Math.floor(owedNanos / interval));
            if (stops <= 0) {
                return;
            }
            owedNanos = Math.min(owedNanos - stops * interval, interval);
        }
        Navigator nav = nav();
        int from = step();
        int to = from;
        int last = session.lastStep();
        boolean stop = false;
        for (int k = 0; k < stops && to < last && !stop; k++) {
            int next = nav.next(to, granularity.get());
            int bp = nextBreakpoint(nav, to);
            if (bp > to && bp < next) {
                next = bp;
                stop = true;
            } else if (bp == next) {
                stop = true;
            }
            int pausePoint = firstPausePointIn(to, next);
            if (pausePoint >= 0) {
                next = pausePoint;
                stop = true;
            }
            to = next;
        }
        if (to != from) {
            history.push(from);
            moving(to);
        }
        if (stop || to >= last) {
            pause();
        }
    }

    // ---- internals --------------------------------------------------------------------------

    /**
     * The next line event on a breakpoint after {@code from} (or the last step): cached, because a
     * long run with a far breakpoint would otherwise be searched again on every frame.
     */
    private int nextBreakpoint(Navigator nav, int from) {
        if (session.breakpoints().isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (!(bpFrom >= 0 && bpFrom <= from && from < bpAt)) {
            bpFrom = from;
            bpAt = nav.runToBreakpoint(from, session.breakpointLines());
        }
        return bpAt;
    }

    private void forwardTo(int target) {
        if (holding.get()) {
            return;
        }
        int from = step();
        int pausePoint = firstPausePointIn(from, target);
        int to = pausePoint >= 0 ? pausePoint : target;
        if (to > from) {
            history.push(from);
            moving(to);
        }
    }

    /** The first pause point p with {@code from < p <= to}, or -1. */
    private int firstPausePointIn(int from, int to) {
        if (pausePoints.isEmpty()) {
            return -1;
        }
        Integer p = pauseSet.higher(from);
        return p != null && p <= to ? p : -1;
    }

    private void moveTo(int target) {
        moving(target);
    }

    private void jump(int target) {
        moving = true;
        try {
            session.jumpTo(target);
        } finally {
            moving = false;
        }
    }

    private void moving(int target) {
        moving = true;
        try {
            session.moveTo(target);
        } finally {
            moving = false;
        }
    }

    private void recordingChanged(Recording old, Recording now) {
        bpFrom = -1;
        if (old == null || now == null || old.size() > now.size()) {
            history.clear();
        }
        marks.set(now == null ? List.of() : now.scrubMarks());
        lastStep.set(now == null ? -1 : now.size() - 1);
        if (now == null || step() >= now.size() - 1 && now.complete()) {
            pause();
        }
        updateFlags();
    }

    private void updateFlags() {
        int s = step();
        int last = session.lastStep();
        canStepBack.set(s > 0);
        canStepForward.set(s >= 0 && s < last);
        lastStep.set(last);
        position.set(last < 0 ? "no steps" : String.format(Locale.ROOT, "step %,d of %,d", s + 1, last + 1));
    }

    private Navigator nav() {
        return session.navigator();
    }

    private int step() {
        return session.getStep();
    }

    private static int clampSpeed(int s) {
        return Math.max(0, Math.min(SPEEDS.length - 1, s));
    }

    private static String speedLabel(int s) {
        if (s >= SPEEDS.length - 1) {
            return "full speed (a step a frame)";
        }
        double v = SPEEDS[s];
        return (v == Math.rint(v) ? Integer.toString((int) v) : Double.toString(v)) + " steps/s";
    }

    private static Granularity granularityNamed(String name) {
        for (Granularity g : Granularity.values()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return Granularity.LINE;
    }
}
