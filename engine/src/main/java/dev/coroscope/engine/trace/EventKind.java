package dev.coroscope.engine.trace;

/** The kinds of {@link StepEvent}, with their JSON names. The ordinal is the stored kind byte. */
public enum EventKind {
    LINE("line"), CALL("call"), RETURN("return"), EXCEPTION("exception"), STORE("store"),
    CORO("coro"), TASK("task"), FUTURE("future"), READY("ready"), TIMER("timer"), CLOCK("clock"),
    LOOP("loop"), OUTPUT("output"), WARNING("warning"), END("end");

    static final EventKind[] VALUES = values();
    private final String json;

    EventKind(String json) {
        this.json = json;
    }

    /** The value of the {@code kind} field in JSON. */
    public String json() {
        return json;
    }
}
