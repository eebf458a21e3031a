package dev.coroscope.engine.trace;

/** Why a recording ended; carried by the final {@code end} event. */
public enum EndReason {
    /** The program ran to its end (normally or with an uncaught exception). */
    FINISHED("finished"),
    /** The engine's step budget ran out; everything up to here is still browsable. */
    STEP_LIMIT("step_limit"),
    /** The run was stopped from outside (the app's Stop button). */
    INTERRUPTED("interrupted"),
    /** The recorder's own event limit was reached (a memory guard); the run was stopped. */
    EVENT_LIMIT("event_limit"),
    /** The program sent itself a signal whose default action ends the process (its message names the signal). */
    KILLED("killed");

    static final EndReason[] VALUES = values();
    private final String json;

    EndReason(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
