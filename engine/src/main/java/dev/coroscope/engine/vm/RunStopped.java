package dev.coroscope.engine.vm;

/**
 * Stops a run from inside the VM: the step budget ran out, the embedding application asked to
 * stop, or the event loop has nothing ready and no timer set (CPython would wait forever). Not a
 * Python exception: {@code try}/{@code except} in the program cannot catch it.
 */
public final class RunStopped extends RuntimeException {

    public enum Reason { STEP_LIMIT, INTERRUPTED, DEADLOCK }

    public final Reason reason;
    public final long steps;

    public RunStopped(Reason reason, long steps) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.steps = steps;
    }
}
