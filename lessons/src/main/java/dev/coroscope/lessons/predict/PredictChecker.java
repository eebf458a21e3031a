package dev.coroscope.lessons.predict;

import dev.coroscope.lessons.predict.Observation.ClockChange;
import dev.coroscope.lessons.predict.Observation.CoroChange;
import dev.coroscope.lessons.predict.Observation.Line;
import dev.coroscope.lessons.predict.Observation.Output;
import dev.coroscope.lessons.predict.Observation.TaskChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides predict answers from a recorded run. The pause of a question is the index of the
 * {@code hit}-th {@link Line} entry for its line; states "at the pause" are the last changes
 * recorded before that index, and "next" facts are the first ones at or after it:
 * <ul>
 *   <li>{@code next-task}: the first {@link TaskChange} to RUNNING;
 *   <li>{@code next-output}: stdout text up to its next newline;
 *   <li>{@code task-state}: the task's last {@link TaskChange};
 *   <li>{@code coro-state}, {@code coro-flag}: among coroutines with that qualified name, the
 *       first (by id order of appearance) that is not CLOSED, else the last one seen;
 *   <li>{@code clock}: the last {@link ClockChange}, or 0.
 * </ul>
 * Stateless and pure: the run is only read.
 */
public final class PredictChecker {
    private PredictChecker() {
    }

    public static List<Verdict> check(List<PredictQuestion> questions, List<Observation> run) {
        List<Verdict> verdicts = new ArrayList<>();
        for (PredictQuestion q : questions) {
            verdicts.add(check(q, run));
        }
        return verdicts;
    }

    /** The index in {@code run} of the {@code hit}-th start of the anchor's line, if it happens. */
    public static OptionalInt pauseIndex(List<Observation> run, Anchor at) {
        int seen = 0;
        for (int i = 0; i < run.size(); i++) {
            if (run.get(i) instanceof Line l && l.line() == at.line() && ++seen == at.hit()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public static Verdict check(PredictQuestion q, List<Observation> run) {
        OptionalInt found = pauseIndex(run, q.at());
        if (found.isEmpty()) {
            return new Verdict(q, null, false, "question '" + q.id() + "': line " + q.at().line()
                    + " is started fewer than " + q.at().hit() + " times in the run");
        }
        int pause = found.getAsInt();
        Check check = q.check();
        Object observed;
        boolean correct;
        if (check instanceof Check.NextTask c) {
            observed = nextTask(run, pause);
            correct = c.task().equals(observed);
        } else if (check instanceof Check.NextOutput c) {
            observed = nextOutput(run, pause);
            correct = c.line().equals(observed);
        } else if (check instanceof Check.TaskState c) {
            TaskStatus state = taskState(run, pause, c.task());
            observed = state == null ? null : state.name();
            correct = c.expect() == state;
        } else if (check instanceof Check.CoroState c) {
            CoroChange coro = coroutine(run, pause, c.coro());
            observed = coro == null ? null : coro.state().name();
            correct = coro != null && coro.state() == c.expect();
        } else if (check instanceof Check.CoroFlag c) {
            CoroChange coro = coroutine(run, pause, c.coro());
            observed = coro == null ? null
                    : c.flag() == Check.Flag.CR_RUNNING ? coro.crRunning() : coro.crSuspended();
            correct = observed != null && (Boolean) observed == c.expect();
        } else {
            Check.Clock c = (Check.Clock) check;
            double time = clock(run, pause);
            observed = time;
            correct = Math.abs(time - c.seconds()) < Check.Clock.TOLERANCE;
        }
        String message = "question '" + q.id() + "' at " + q.at() + ": " + check.kind()
                + " expects " + check.expectedText() + ", the run shows "
                + (observed == null ? "nothing" : observed);
        return new Verdict(q, observed, correct, message);
    }

    private static String nextTask(List<Observation> run, int pause) {
        for (int i = pause; i < run.size(); i++) {
            if (run.get(i) instanceof TaskChange t && t.state() == TaskStatus.RUNNING) {
                return t.task();
            }
        }
        return null;
    }

    private static String nextOutput(List<Observation> run, int pause) {
        StringBuilder text = new StringBuilder();
        for (int i = pause; i < run.size(); i++) {
            if (run.get(i) instanceof Output o) {
                text.append(o.text());
                int newline = text.indexOf("\n");
                if (newline >= 0) {
                    return text.substring(0, newline);
                }
            }
        }
        return null;
    }

    private static TaskStatus taskState(List<Observation> run, int pause, String task) {
        TaskStatus state = null;
        for (int i = 0; i < pause; i++) {
            if (run.get(i) instanceof TaskChange t && t.task().equals(task)) {
                state = t.state();
            }
        }
        return state;
    }

    private static CoroChange coroutine(List<Observation> run, int pause, String qualname) {
        Map<Long, CoroChange> latest = new LinkedHashMap<>();
        for (int i = 0; i < pause; i++) {
            if (run.get(i) instanceof CoroChange c && c.coro().equals(qualname)) {
                latest.put(c.id(), c);
            }
        }
        CoroChange last = null;
        for (CoroChange c : latest.values()) {
            if (c.state() != CoroStatus.CLOSED) {
                return c;
            }
            last = c;
        }
        return last;
    }

    private static double clock(List<Observation> run, int pause) {
        double time = 0;
        for (int i = 0; i < pause; i++) {
            if (run.get(i) instanceof ClockChange c) {
                time = c.time();
            }
        }
        return time;
    }
}
