package dev.coroscope.engine.trace;

/** How far one "step" goes in {@link Navigator#next} and {@link Navigator#previous}. */
public enum Granularity {
    /** Every {@code line} event, whatever the task. */
    LINE,
    /** Every suspend, resume or task switch: a {@code coro} event entering RUNNING or SUSPENDED, or a {@code task} RUNNING event. */
    AWAIT,
    /** Every {@code loop} event: the loop starts, begins an iteration, stops or closes. */
    LOOP
}
