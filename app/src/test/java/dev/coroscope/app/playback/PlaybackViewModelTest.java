package dev.coroscope.app.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.run.EngineProgramRunner;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.Steps;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.EventKind;
import dev.coroscope.engine.trace.Granularity;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Playback over the engine's recording of the gather example. */
class PlaybackViewModelTest {
    private final MemorySettings settings = new MemorySettings();
    private final RunSession session = new RunSession(new DirectRunService(new EngineProgramRunner()));
    private final PlaybackViewModel playback = new PlaybackViewModel(session, settings);
    private final Recording rec;

    PlaybackViewModelTest() {
        session.run(TestPrograms.gatherSource());
        rec = session.getRecording();
    }

    @Test
    void step_by_line_visits_every_line_event_in_order_and_ends_at_the_last_step() {
        List<Integer> lines = new ArrayList<>();
        int guard = 0;
        while (playback.canStepForwardProperty().get() && guard++ < 1000) {
            playback.stepForward();
            if (session.getEvent() instanceof StepEvent.Line l) {
                lines.add(l.line());
            }
        }
        assertEquals(List.of(1, 3, 7, 13, 8, 9, 10, 4, 4, 5, 5, 11), lines);
        assertEquals(session.lastStep(), session.getStep());
    }

    @Test
    void step_back_returns_exactly_to_the_earlier_picture() {
        playback.stepOver();
        playback.stepOver();
        playback.stepOver();
        int before = session.getStep();
        TraceState picture = session.getState();
        playback.stepOver();
        playback.stepInto();
        playback.stepBack();
        playback.stepBack();
        assertEquals(before, session.getStep());
        assertEquals(picture, session.getState());
    }

    @Test
    void step_back_without_history_goes_to_the_previous_stop_of_the_granularity() {
        int last = session.lastStep();
        playback.scrubTo(last);
        playback.stepBack();
        assertEquals(EventKind.LINE, session.getEvent().kind());
        assertEquals(11, ((StepEvent.Line) session.getEvent()).line());
    }

    @Test
    void the_await_granularity_stops_where_a_task_starts_a_step_or_a_coroutine_suspends_or_resumes() {
        playback.granularityProperty().set(Granularity.AWAIT);
        for (int k = 0; k < 12; k++) {
            playback.stepForward();
            StepEvent e = session.getEvent();
            boolean taskRuns = e instanceof StepEvent.Task t && t.state() == TaskState.RUNNING;
            boolean coroMoves = e instanceof StepEvent.Coro c && (c.crRunning() || c.crSuspended());
            assertTrue(taskRuns || coroMoves, e.toString());
        }
    }

    @Test
    void the_loop_granularity_stops_at_each_loop_event() {
        playback.granularityProperty().set(Granularity.LOOP);
        playback.stepForward();
        assertEquals(EventKind.LOOP, session.getEvent().kind());
        int first = session.getStep();
        playback.stepForward();
        assertEquals(EventKind.LOOP, session.getEvent().kind());
        assertTrue(session.getStep() > first);
    }

    @Test
    void step_over_the_gather_await_lands_on_the_next_line_of_main_after_the_workers_ran() {
        int onGather = Steps.line(rec, -1, 10);
        playback.scrubTo(onGather);
        playback.stepOver();
        assertEquals(11, ((StepEvent.Line) session.getEvent()).line());
        assertEquals(TaskState.DONE, session.getState().task("Task-2").state());
        assertEquals("Task-1", session.getEvent().current());
    }

    @Test
    void step_into_from_main_creating_a_task_stays_in_main() {
        int onT1 = Steps.line(rec, -1, 8);
        playback.scrubTo(onT1);
        playback.stepInto();
        assertEquals(9, ((StepEvent.Line) session.getEvent()).line());
    }

    @Test
    void step_out_of_a_worker_stops_where_it_suspends() {
        int inWork = Steps.line(rec, -1, 4);
        playback.scrubTo(inWork);
        playback.stepOut();
        assertTrue(session.getEvent() instanceof StepEvent.Coro c && c.crSuspended() && c.name().equals("work"),
                session.getEvent().toString());
    }

    @Test
    void playing_moves_at_the_chosen_speed() {
        playback.speedProperty().set(2); // 2 steps a second
        playback.play();
        assertTrue(playback.isPlaying());
        playback.advance(400_000_000L);
        assertEquals(0, session.getStep(), "less than one step's time");
        playback.advance(200_000_000L);
        assertEquals(rec.navigator().next(0, Granularity.LINE), session.getStep());
        playback.advance(1_000_000_000L);
        int two = rec.navigator().next(rec.navigator().next(rec.navigator().next(0, Granularity.LINE),
                Granularity.LINE), Granularity.LINE);
        assertEquals(two, session.getStep());
    }

    @Test
    void playing_pauses_at_a_breakpoint_and_continues_past_it() {
        session.toggleBreakpoint(5);
        playback.speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
        playback.runOrPause();
        for (int k = 0; k < 100 && playback.isPlaying(); k++) {
            playback.advance(16_000_000L);
        }
        assertFalse(playback.isPlaying());
        assertEquals(5, ((StepEvent.Line) session.getEvent()).line());
        assertEquals("Task-3", session.getEvent().current(), "b's 0.5 s sleep ends first");
        playback.runOrPause();
        for (int k = 0; k < 100 && playback.isPlaying(); k++) {
            playback.advance(16_000_000L);
        }
        assertEquals(5, ((StepEvent.Line) session.getEvent()).line());
        assertEquals("Task-2", session.getEvent().current());
    }

    @Test
    void playing_pauses_at_the_end_and_play_again_starts_over() {
        playback.speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
        playback.play();
        for (int k = 0; k < 1000 && playback.isPlaying(); k++) {
            playback.advance(16_000_000L);
        }
        assertFalse(playback.isPlaying());
        assertEquals(session.lastStep(), session.getStep());
        playback.play();
        assertEquals(0, session.getStep());
    }

    @Test
    void a_pause_point_stops_stepping_and_playing_there() {
        int stop = Steps.taskState(rec, "Task-2", TaskState.RUNNING, 1);
        playback.pausePoints().add(stop);
        playback.granularityProperty().set(Granularity.LOOP);
        playback.play();
        for (int k = 0; k < 1000 && playback.isPlaying(); k++) {
            playback.advance(1_000_000_000L);
        }
        assertEquals(stop, session.getStep());
        playback.restart();
        playback.toEnd();
        assertEquals(stop, session.getStep(), "going to the end stops at the pause point too");
    }

    @Test
    void scrubbing_moves_anywhere_and_step_back_then_uses_the_granularity() {
        playback.stepForward();
        playback.stepForward();
        playback.scrubTo(40);
        assertEquals(40, session.getStep());
        playback.stepBack();
        assertEquals(rec.navigator().previous(40, Granularity.LINE), session.getStep());
    }

    @Test
    void restart_goes_back_to_the_first_step() {
        playback.toEnd();
        playback.restart();
        assertEquals(0, session.getStep());
        assertFalse(playback.canStepBackProperty().get());
        assertTrue(playback.canStepForwardProperty().get());
    }

    @Test
    void the_scrubber_knows_the_last_step_the_position_and_the_task_switches() {
        assertEquals(rec.size() - 1, playback.lastStepProperty().get());
        assertEquals("step 1 of " + rec.size(), playback.positionProperty().get());
        assertEquals(rec.scrubMarks(), playback.marksProperty().get());
    }

    @Test
    void speed_and_granularity_are_remembered() {
        playback.speedProperty().set(7);
        playback.granularityProperty().set(Granularity.AWAIT);
        PlaybackViewModel again = new PlaybackViewModel(session, settings);
        assertEquals(7, again.speedProperty().get());
        assertEquals(Granularity.AWAIT, again.granularityProperty().get());
        assertEquals("20 steps/s", again.speedTextProperty().get());
        again.speedProperty().set(99);
        assertEquals(PlaybackViewModel.SPEEDS.length - 1, again.speedProperty().get());
        assertEquals("full speed (a step a frame)", again.speedTextProperty().get());
    }

    @Test
    void at_full_speed_each_frame_moves_one_stop_however_long_the_frame_took() {
        playback.speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
        playback.play();
        playback.advance(500_000_000L);
        assertEquals(rec.navigator().next(0, Granularity.LINE), session.getStep());
        playback.advance(1_000L);
        assertEquals(rec.navigator().next(rec.navigator().next(0, Granularity.LINE), Granularity.LINE),
                session.getStep());
    }

    @Test
    void animations_follow_the_speed_and_vanish_when_steps_come_too_fast() {
        playback.speedProperty().set(0);
        playback.play();
        assertEquals(320, playback.animationMillis());
        playback.speedProperty().set(PlaybackViewModel.SPEEDS.length - 1);
        assertEquals(0, playback.animationMillis());
    }
}
