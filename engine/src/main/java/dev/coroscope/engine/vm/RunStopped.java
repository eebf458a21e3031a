package dev.coroscope.engine.vm;

/**
 * Stops a run from inside the VM: the step budget ran out, the embedding application asked to
 * stop, the event loop has nothing ready and no timer set (CPython would wait forever), or the
 * engine itself failed. Not a Python exception: {@code try}/{@code except} in the program cannot
 * catch it, and no Python {@code finally} block runs on its way out.
 */
public final class RunStopped extends RuntimeException {

    public enum Reason { STEP_LIMIT, INTERRUPTED, DEADLOCK, INTERNAL_ERROR }

    public final Reason reason;
    public final long steps;
    /** The program's line that was running, when the thrower knew it (0: ask the interpreter). */
    public final int line;
    /** What the learner is told instead of the reason's usual message (null: the usual one). */
    public final String detail;

    public RunStopped(Reason reason, long steps) {
        this(reason, steps, 0);
    }

    public RunStopped(Reason reason, long steps, int line) {
        this(reason, steps, line, null);
    }

    public RunStopped(Reason reason, long steps, int line, String detail) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.steps = steps;
        this.line = line;
        this.detail = detail;
    }
}
