package dev.coroscope.engine.trace;

/** What a {@code loop} event reports about the event loop. */
public enum LoopOp {
    START("start"), ITERATION("iteration"), STOP("stop"), CLOSE("close");

    static final LoopOp[] VALUES = values();
    private final String json;

    LoopOp(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
