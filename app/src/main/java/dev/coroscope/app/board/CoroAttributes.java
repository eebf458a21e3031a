package dev.coroscope.app.board;

import dev.coroscope.engine.trace.Flavor;

/**
 * The attribute names CPython 3.11 gives each kind of coroutine object, so that every view names
 * a flag as the learner would read it in Python: {@code cr_running} on a coroutine,
 * {@code gi_running} on a generator, {@code ag_running} on an async generator. An async generator
 * has no {@code ag_suspended} in 3.11, and a generator's counterpart of {@code cr_await} is
 * {@code gi_yieldfrom}.
 */
public final class CoroAttributes {
    private CoroAttributes() {
    }

    /** {@code cr_}, {@code gi_} or {@code ag_}. */
    public static String prefix(Flavor flavor) {
        return switch (flavor) {
            case COROUTINE -> "cr_";
            case GENERATOR -> "gi_";
            case ASYNC_GENERATOR -> "ag_";
        };
    }

    /** {@code cr_running}, {@code gi_running} or {@code ag_running}. */
    public static String running(Flavor flavor) {
        return prefix(flavor) + "running";
    }

    /** {@code cr_suspended} or {@code gi_suspended}; empty for an async generator, which has none. */
    public static String suspended(Flavor flavor) {
        return flavor == Flavor.ASYNC_GENERATOR ? "" : prefix(flavor) + "suspended";
    }

    /** What the object waits on: {@code cr_await}, {@code gi_yieldfrom} or {@code ag_await}. */
    public static String awaiting(Flavor flavor) {
        return flavor == Flavor.GENERATOR ? "gi_yieldfrom" : prefix(flavor) + "await";
    }
}
