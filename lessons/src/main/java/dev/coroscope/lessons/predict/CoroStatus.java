package dev.coroscope.lessons.predict;

/** A coroutine's state, as {@code inspect.getcoroutinestate} names it without the CORO_ prefix. */
public enum CoroStatus {
    CREATED,
    RUNNING,
    SUSPENDED,
    CLOSED
}
