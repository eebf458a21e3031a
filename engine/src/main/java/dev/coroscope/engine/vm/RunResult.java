package dev.coroscope.engine.vm;

/**
 * How a run ended: its exit status (as {@code python3} would give it) and why.
 *
 * @param exitStatus 0, or 1 after an uncaught exception, a syntax error or a stopped run
 * @param outcome    what ended the run
 * @param steps      line steps counted
 */
public record RunResult(int exitStatus, Outcome outcome, long steps) {

    public enum Outcome {
        /** The program ran to its end (or called sys.exit). */
        COMPLETED,
        /** An exception was not caught. */
        UNCAUGHT_EXCEPTION,
        /** The program did not parse or compile. */
        SYNTAX_ERROR,
        /** The step budget ran out. */
        STEP_LIMIT,
        /** The embedding application stopped the run. */
        INTERRUPTED,
        /** The event loop had nothing to run and no timer set: CPython would have waited forever. */
        DEADLOCK,
        /** A fault inside the engine (reported as such on stderr). */
        INTERNAL_ERROR
    }
}
