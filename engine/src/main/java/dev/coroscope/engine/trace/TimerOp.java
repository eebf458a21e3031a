package dev.coroscope.engine.trace;

/** What a {@code timer} event does to the loop's timer heap. */
public enum TimerOp {
    /** {@code call_at}/{@code call_later}: a timer handle enters the heap. */
    PUSH("push"),
    /** The timer is due: it leaves the heap (the loop then pushes the same handle to the ready queue). */
    FIRE("fire"),
    /** The timer is cancelled: it leaves the heap view (it will never run). */
    CANCEL("cancel");

    static final TimerOp[] VALUES = values();
    private final String json;

    TimerOp(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
