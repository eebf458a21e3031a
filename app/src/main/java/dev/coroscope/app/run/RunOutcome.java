package dev.coroscope.app.run;

import dev.coroscope.engine.trace.Recording;
import java.util.Objects;

/**
 * How a run ended and everything it recorded.
 *
 * @param status    why it ended
 * @param recording the complete recording (its last event is the {@code end} marker)
 * @param error     the program's syntax or uncaught runtime error, or null
 * @param stderr    all the text the run wrote to stderr (tracebacks in CPython's words)
 */
public record RunOutcome(Status status, Recording recording, ProgramError error, String stderr) {

    /** Why a run ended. */
    public enum Status {
        /** The program ran to its end. */
        FINISHED,
        /** An exception nobody caught ended the program. */
        FAILED,
        /** The program did not compile. */
        SYNTAX_ERROR,
        /** The Stop button (or a newer run) ended it. */
        STOPPED,
        /** The engine's step budget ran out. */
        STEP_LIMIT,
        /**
         * The program sent itself a signal whose default action ends it (SIGTERM with no handler):
         * the recording's end marker names the signal and the exit status.
         */
        KILLED,
        /** Something went wrong inside Coroscope, not in the program. */
        INTERNAL_ERROR,
        /** This build has no engine able to run programs. */
        UNAVAILABLE
    }

    public RunOutcome {
        Objects.requireNonNull(status);
        Objects.requireNonNull(recording);
        stderr = stderr == null ? "" : stderr;
    }
}
