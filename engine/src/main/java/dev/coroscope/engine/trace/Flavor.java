package dev.coroscope.engine.trace;

/** Which kind of suspendable frame owner a {@code coro} event is about. */
public enum Flavor {
    COROUTINE("coroutine"), GENERATOR("generator"), ASYNC_GENERATOR("async_generator");

    static final Flavor[] VALUES = values();
    private final String json;

    Flavor(String json) {
        this.json = json;
    }

    /** The lower-case name used in JSON and in explanations. */
    public String json() {
        return json;
    }
}
