package dev.coroscope.engine.trace;

/** State of an asyncio Future, with CPython's names. */
public enum FutureState {
    PENDING, CANCELLED, FINISHED;

    static final FutureState[] VALUES = values();
}
