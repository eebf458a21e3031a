package dev.coroscope.lessons.predict;

/**
 * One recorded fact of a run, in the order it happened: the plain data a {@link PredictChecker}
 * needs. A trace (CPython's, through {@code lessons/tools/observe.py}, or the engine's step
 * events) is mapped to a list of these; events that matter to no check may be mapped to {@link
 * Other} so that list indices stay aligned with the source trace.
 */
public sealed interface Observation {
    /** A frame of the example starts line {@code line} (not when it resumes after an await). */
    record Line(int line) implements Observation {
    }

    /**
     * A task's state from now on. A task step always begins with state {@link
     * TaskStatus#RUNNING}, so the RUNNING entries are the order in which tasks are stepped.
     */
    record TaskChange(String task, TaskStatus state) implements Observation {
    }

    /**
     * A coroutine's state and flags from now on. {@code id} tells coroutines with the same
     * qualified name apart; ids are first seen in creation order.
     */
    record CoroChange(long id, String coro, CoroStatus state, boolean crRunning,
            boolean crSuspended) implements Observation {
    }

    /** The virtual clock now reads {@code time} seconds since the program started. */
    record ClockChange(double time) implements Observation {
    }

    /** Text written to stdout. */
    record Output(String text) implements Observation {
    }

    /** Anything else; ignored by checks. */
    record Other() implements Observation {
    }
}
