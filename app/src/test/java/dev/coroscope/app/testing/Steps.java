package dev.coroscope.app.testing;

import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TaskState;
import java.util.function.Predicate;

/** Finds steps in a recording, for tests. */
public final class Steps {
    private Steps() {
    }

    /** The first step whose event matches, after {@code from}. */
    public static int first(Recording r, int from, Predicate<StepEvent> p) {
        for (int i = from + 1; i < r.size(); i++) {
            if (p.test(r.event(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event after step " + from);
    }

    public static int first(Recording r, Predicate<StepEvent> p) {
        return first(r, -1, p);
    }

    /** The step where {@code task} enters {@code state} for the {@code nth} time (1-based). */
    public static int taskState(Recording r, String task, TaskState state, int nth) {
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = first(r, at, e -> e instanceof StepEvent.Task t && t.task().equals(task) && t.state() == state);
        }
        return at;
    }

    /** The first {@code line} event on {@code line} after {@code from}. */
    public static int line(Recording r, int from, int line) {
        return first(r, from, e -> e instanceof StepEvent.Line l && l.line() == line);
    }
}
