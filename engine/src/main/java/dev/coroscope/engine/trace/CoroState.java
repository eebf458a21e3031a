package dev.coroscope.engine.trace;

/** State of a coroutine or generator, as {@code inspect.getcoroutinestate} reports it (without the prefix). */
public enum CoroState {
    CREATED, RUNNING, SUSPENDED, CLOSED;

    static final CoroState[] VALUES = values();
}
