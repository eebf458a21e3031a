package dev.coroscope.engine.vm;

/**
 * Stops a run from inside the VM: the step budget ran out, the embedding application asked to
 * stop, the event loop has nothing ready and no timer set (CPython would wait forever), the program
 * sent itself a signal whose default action ends the process, or the engine itself failed. Not a Python exception: {@code try}/{@code except} in the program cannot
 * catch it, and no Python {@code finally} block runs on its way out.
 */
public final class RunStopped extends RuntimeException {

    public enum Reason { STEP_LIMIT, INTERRUPTED, DEADLOCK, INTERNAL_ERROR, KILLED }

    public final Reason reason;
    public final long steps;
    /** The program's line that was running, when the thrower knew it (0: ask the interpreter). */
    public final int line;
    /** What the learner is told instead of the reason's usual message (null: the usual one). */
    public final String detail;
    /** For {@link Reason#KILLED}: the process's exit status, 128 + the signal's number, as a shell reports it. */
    public final int exitStatus;

    public RunStopped(Reason reason, long steps) {
        this(reason, steps, 0);
    }

    public RunStopped(Reason reason, long steps, int line) {
        this(reason, steps, line, null);
    }

    public RunStopped(Reason reason, long steps, int line, String detail) {
        this(reason, steps, line, detail, 1);
    }

    private RunStopped(Reason reason, long steps, int line, String detail, int exitStatus) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.steps = steps;
        this.line = line;
        this.detail = detail;
        this.exitStatus = exitStatus;
    }

    /**
     * The program sent itself signal {@code signum} with no handler and the default action ends
     * the process: nothing more of it runs (no except, finally or atexit), what it wrote is kept.
     */
    public static RunStopped killed(long steps, int signum) {
        return new RunStopped(Reason.KILLED, steps, 0, null, 128 + signum);
    }

    /** Linux's signal names by number (the numbering lib/signal.py uses), 1 to 31. */
    private static final String[] SIGNAL_NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
        "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
        "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
        "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    /** The name of signal {@code signum} as {@code kill -l} gives it ({@code SIGTERM}, {@code SIGRTMIN+1}). */
    public static String signalName(int signum) {
        if (signum > 0 && signum < SIGNAL_NAMES.length) return SIGNAL_NAMES[signum];
        if (signum == 34) return "SIGRTMIN";
        if (signum == 64) return "SIGRTMAX";
        if (signum > 34 && signum < 64) return signum <= 49 ? "SIGRTMIN+" + (signum - 34) : "SIGRTMAX-" + (64 - signum);
        return "signal " + signum;
    }
}
