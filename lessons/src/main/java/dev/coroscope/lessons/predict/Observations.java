package dev.coroscope.lessons.predict;

import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.trace.StepEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the engine's step events to the {@link Observation}s a {@link PredictChecker} reads, one
 * for one, so an observation's index is its event's index in the recording (the step the app
 * pauses at is {@code PredictChecker.pauseIndex(...)} itself).
 */
public final class Observations {
    private Observations() {
    }

    public static List<Observation> of(Recording recording) {
        return of(recording.events(0, recording.size()));
    }

    public static List<Observation> of(List<? extends StepEvent> events) {
        List<Observation> out = new ArrayList<>(events.size());
        for (StepEvent e : events) {
            out.add(of(e));
        }
        return out;
    }

    public static Observation of(StepEvent event) {
        if (event instanceof StepEvent.Line l) {
            return new Observation.Line(l.line());
        }
        if (event instanceof StepEvent.Task t) {
            return new Observation.TaskChange(t.task(), TaskStatus.valueOf(t.state().name()));
        }
        if (event instanceof StepEvent.Coro c) {
            return new Observation.CoroChange(c.coro(), c.name(), CoroStatus.valueOf(c.state().name()),
                    c.crRunning(), c.crSuspended());
        }
        if (event instanceof StepEvent.Clock c) {
            return new Observation.ClockChange(c.now());
        }
        if (event instanceof StepEvent.Output o && o.stream() == StdStream.STDOUT) {
            return new Observation.Output(o.text());
        }
        return new Observation.Other();
    }
}
