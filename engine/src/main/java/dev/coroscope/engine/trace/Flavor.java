package dev.coroscope.engine.trace;

/**
 * Which kind of suspendable frame owner a {@code coro} event is about, and the names CPython 3.11
 * gives its flags, so that every view and explanation names them as the learner reads them in
 * Python: {@code cr_running} on a coroutine, {@code gi_running} on a generator, {@code ag_running}
 * on an async generator. An async generator has no {@code ag_suspended} in 3.11, and a generator's
 * counterpart of {@code cr_await} is {@code gi_yieldfrom}.
 */
public enum Flavor {
    COROUTINE("coroutine", "cr_"), GENERATOR("generator", "gi_"), ASYNC_GENERATOR("async_generator", "ag_");

    static final Flavor[] VALUES = values();
    private final String json;
    private final String prefix;

    Flavor(String json, String prefix) {
        this.json = json;
        this.prefix = prefix;
    }

    /** The lower-case name used in JSON and in explanations. */
    public String json() {
        return json;
    }

    /** The name in words, for sentences and labels: {@code coroutine}, {@code async generator}. */
    public String words() {
        return json.replace('_', ' ');
    }

    /** The prefix of the object's attributes: {@code cr_}, {@code gi_} or {@code ag_}. */
    public String prefix() {
        return prefix;
    }

    /** {@code cr_running}, {@code gi_running} or {@code ag_running}. */
    public String running() {
        return prefix + "running";
    }

    /** {@code cr_suspended} or {@code gi_suspended}; empty for an async generator, which has none. */
    public String suspended() {
        return this == ASYNC_GENERATOR ? "" : prefix + "suspended";
    }

    /** What the object waits on: {@code cr_await}, {@code gi_yieldfrom} or {@code ag_await}. */
    public String awaiting() {
        return this == GENERATOR ? "gi_yieldfrom" : prefix + "await";
    }
}
