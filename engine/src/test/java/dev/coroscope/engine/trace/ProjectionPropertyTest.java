package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the projection over generated realistic runs. */
class ProjectionPropertyTest {

    private static Recording record(long seed, int interval) {
        return SimPrograms.record(seed, new Recorder(Recorder.DEFAULT_MAX_EVENTS, interval, 0));
    }

    @Property(tries = 60)
    void state_at_a_step_equals_folding_the_events_up_to_it(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                           @ForAll @IntRange(min = 1, max = 64) int interval,
                                                           @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        Recording r = record(seed, interval);
        assertTrue(r.size() <= interval + 1 || r.checkpoints() > 0, "checkpoints are taken");
        for (int k = 0; k < 5; k++) {
            int n = Math.floorMod(pick * 7919 + k * 104729, r.size() + 1) - 1;
            assertEquals(r.snapshotOf(r.foldFromStart(n)), r.stateAt(n), "step " + n + " of " + r.size());
        }
    }

    @Property(tries = 40)
    void any_walk_of_the_cursor_sees_the_same_states_as_a_fresh_fold(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 64) int interval) {
        Recording r = record(seed, interval);
        java.util.Random rnd = new java.util.Random(seed);
        int at = -1;
        for (int k = 0; k < 40; k++) {
            int move = rnd.nextInt(4);
            at = move == 0 ? rnd.nextInt(r.size()) : Math.max(-1, Math.min(r.size() - 1, at + (move == 1 ? -1 : move)));
            assertEquals(r.snapshotOf(r.foldFromStart(at)), r.stateAt(at), "step " + at);
        }
    }

    @Property(tries = 40)
    void stepping_forward_then_back_returns_the_same_state(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                           @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        Recording r = record(seed, 16);
        Navigator nav = r.navigator();
        for (Granularity g : Granularity.values()) {
            int start = nav.next(Math.floorMod(pick, r.size()) - 1, g);
            if (!nav.isStop(start, g)) {
                continue;
            }
            TraceState before = r.stateAt(start);
            int forward = nav.next(start, g);
            if (forward == start || !nav.isStop(forward, g)) {
                continue;
            }
            int back = nav.previous(forward, g);
            assertEquals(start, back, g + " from " + start);
            assertEquals(before, r.stateAt(back));
        }
    }

    @Property(tries = 40)
    void a_reference_fold_of_the_public_events_agrees_with_state_at(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        Recording r = record(seed, 32);
        List<StepEvent> events = r.events(0, r.size());
        int n = Math.floorMod(pick, r.size());
        ReferenceModel model = new ReferenceModel();
        for (int i = 0; i <= n; i++) {
            model.apply(events.get(i));
        }
        model.assertAgrees(r.stateAt(n));
    }

    @Property(tries = 30)
    void replaying_the_decoded_events_gives_the_same_recording(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Recording r = record(seed, 1024);
        Recorder again = new Recorder(Recorder.DEFAULT_MAX_EVENTS, 7, 0);
        r.forEach(again::append);
        Recording copy = again.snapshot();
        assertEquals(JsonLines.toString(r), JsonLines.toString(copy));
        assertEquals(r.stateAt(r.size() - 1), copy.stateAt(copy.size() - 1));
    }

    @Property(tries = 30)
    void the_current_task_of_each_event_is_the_task_whose_step_contains_it(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Recording r = record(seed, 1024);
        String running = null;
        for (StepEvent e : r.events(0, r.size())) {
            if (e instanceof StepEvent.Task t && t.state() == TaskState.RUNNING) {
                running = t.task();
            } else if (e instanceof StepEvent.Ready rd && rd.op() == ReadyOp.POP
                    || e instanceof StepEvent.Loop
                    || e instanceof StepEvent.Timer tm && tm.op() == TimerOp.FIRE) {
                running = null;
            }
            assertEquals(running, e.current(), "event " + e.seq());
        }
        assertTrue(r.protocolErrors().isEmpty(), r.protocolErrors().toString());
    }
}
