package dev.coroscope.engine.trace;

/**
 * State of an asyncio Task as the task board shows it. READY: its step is in the ready queue;
 * RUNNING: its step is executing; WAITING: it waits on exactly one future; DONE / CANCELLED /
 * FAILED: finished with a result, by cancellation, or with an exception.
 */
public enum TaskState {
    READY, RUNNING, WAITING, DONE, CANCELLED, FAILED;

    static final TaskState[] VALUES = values();

    /** True for the three end states. */
    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }
}
