package dev.coroscope.engine.vm;

/**
 * How a run ended: its exit status (as {@code python3} would give it), why, and (when the run
 * ended with an error) that error as data, so an embedding can show it at its line without
 * reading stderr.
 *
 * @param exitStatus 0, or 1 after an uncaught exception, a syntax error or a stopped run
 *                   ({@code sys.exit} chooses its own)
 * @param outcome    what ended the run
 * @param steps      line steps counted
 * @param error      the error that ended the run, or null when it ended normally (also for
 *                   {@code sys.exit})
 */
public record RunResult(int exitStatus, Outcome outcome, long steps, ProgramError error) {

    public RunResult(int exitStatus, Outcome outcome, long steps) {
        this(exitStatus, outcome, steps, null);
    }

    public enum Outcome {
        /** The program ran to its end (or called sys.exit). */
        COMPLETED,
        /** An exception was not caught (MemoryError and RecursionError included). */
        UNCAUGHT_EXCEPTION,
        /** The program did not parse or compile (or its bytes are not valid source). */
        SYNTAX_ERROR,
        /** The step budget ran out. */
        STEP_LIMIT,
        /** The embedding application stopped the run. */
        INTERRUPTED,
        /** The event loop had nothing to run and no timer set: CPython would have waited forever. */
        DEADLOCK,
        /** A fault inside the engine (reported as such on stderr; the program is not to blame). */
        INTERNAL_ERROR,
        /**
         * The program sent itself a signal whose default action ends the process (SIGTERM with no
         * handler): nothing more ran; the exit status is 128 + the signal's number, as a shell reports it.
         */
        KILLED
    }

    /** For {@link Outcome#KILLED}: the signal's name ({@code SIGTERM}), from the exit status; else null. */
    public String signalName() {
        return outcome == Outcome.KILLED ? RunStopped.signalName(exitStatus - 128) : null;
    }

    /**
     * The error that ended a run, as the last line of stderr names it, placed in the program.
     *
     * @param type     the exception type as Python prints it ({@code ZeroDivisionError},
     *                 {@code asyncio.exceptions.CancelledError}, {@code SyntaxError}); for runs the
     *                 engine stopped: {@code StepLimitError}, {@code KeyboardInterrupt},
     *                 {@code DeadlockError} or {@code InternalError}
     * @param message  the text after {@code "Type: "} on that line (may be empty)
     * @param filename the file of {@code line} (the program's own file when it is involved)
     * @param line     1-based line in {@code filename}: for exceptions the innermost traceback entry
     *                 in the program's file (else the innermost entry), for syntax errors the line
     *                 CPython reports, for stopped runs the line that was running; 0 when unknown
     * @param column   1-based column of a syntax error as CPython reports it ({@code offset}), 0
     *                 when there is none
     */
    public record ProgramError(String type, String message, String filename, int line, int column) {
    }
}
