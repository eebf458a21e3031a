package dev.coroscope.engine.trace;

/**
 * What the event loop is doing, as derived from {@code loop}, {@code ready} and {@code timer} events.
 * SCHEDULING: an iteration began (due timers move to the ready queue); RUNNING_CALLBACKS: the loop
 * runs the handles that were queued when the iteration began.
 */
public enum LoopPhase {
    NONE, STARTED, SCHEDULING, RUNNING_CALLBACKS, STOPPED, CLOSED;

    /** True while the loop is running (between start and stop). */
    public boolean running() {
        return this == STARTED || this == SCHEDULING || this == RUNNING_CALLBACKS;
    }
}
