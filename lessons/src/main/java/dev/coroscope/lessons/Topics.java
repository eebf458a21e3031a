package dev.coroscope.lessons;

import java.util.List;

/**
 * The topic ids lessons must cover between them: every topic of the reference page
 * (shared/seed/coroutine-reference.txt), then the asyncio behaviour beyond it.
 */
public final class Topics {
    /** The reference page's topics: the coroutine object, running it, its methods and attributes. */
    public static final List<String> REFERENCE_PAGE = List.of(
            "coroutine-object", "await", "asyncio-run", "create-task", "gather", "single-use",
            "send", "throw", "close", "cr_await", "cr_running", "cr_frame", "cr_code", "cr_origin",
            "cr_suspended", "dunder-await");

    /**
     * Beyond the page: scheduling, cancellation, synchronisation, pitfalls and puzzles, async
     * iteration and async context managers.
     */
    public static final List<String> BEYOND_PAGE = List.of(
            "await-no-yield", "sleep0", "gather-tasks-vs-coros", "cancellation", "timeouts",
            "taskgroup", "queue", "lock-event", "pitfall-never-awaited", "pitfall-dropped-task",
            "pitfall-blocking-sleep", "pitfall-unretrieved-exception", "puzzle", "async-iteration",
            "async-context", "semaphore", "future", "to-thread", "as-completed", "shield", "contextvars");

    /** How many "predict the output" puzzles there must be at least. */
    public static final int MIN_PUZZLES = 3;

    private Topics() {
    }
}
