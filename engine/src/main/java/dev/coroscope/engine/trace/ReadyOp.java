package dev.coroscope.engine.trace;

/** What a {@code ready} event does to the loop's ready queue. */
public enum ReadyOp {
    /** {@code call_soon}: a handle is appended at the back. */
    PUSH("push"),
    /** The loop takes the handle at the front to run it. */
    POP("pop");

    static final ReadyOp[] VALUES = values();
    private final String json;

    ReadyOp(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
