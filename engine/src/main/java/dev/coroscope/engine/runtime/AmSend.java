package dev.coroscope.engine.runtime;

/**
 * A built-in iterator that an {@code await} or {@code yield from} can drive without
 * StopIteration: CPython's {@code am_send} slot, which its C {@code FutureIter} fills so that
 * awaiting a done future (or resuming after a pending one completed) allocates no exception. The
 * SEND instruction asks {@link #sendNone}; Python-level {@code __next__}/{@code send} keep
 * raising StopIteration as before.
 */
public interface AmSend {

    /**
     * {@code send(None)}: the value to yield, or null when the iteration finished, with
     * {@link #takeReturn} as its return value. Errors are raised as {@code __next__} raises them.
     */
    PyObject sendNone();

    /** The return value of the iteration {@link #sendNone} just finished (None when there is none). */
    PyObject takeReturn();
}
