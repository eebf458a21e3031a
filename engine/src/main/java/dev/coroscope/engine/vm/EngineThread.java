package dev.coroscope.engine.vm;

/**
 * The thread a run executes on: created with a large stack so that nested interpreter loops
 * (builtins calling back into Python) never overflow before Python's recursion limit.
 */
public final class EngineThread extends Thread {

    /** Stack size for engine threads: nested loops are bounded by the recursion limit. */
    public static final long STACK_SIZE = 1L << 30;

    Interp interp;

    public EngineThread(Runnable r, String name) {
        super(null, r, name, STACK_SIZE);
        setDaemon(true);
    }

    /** A thread of a run's Python threads (see Strands), with a stack of {@code stackSize} bytes. */
    EngineThread(Runnable r, String name, long stackSize) {
        super(null, r, name, stackSize);
        setDaemon(true);
    }
}
