package dev.coroscope.engine.trace;

/**
 * One thing that happened while a program ran: the single vocabulary between the engine and
 * everything that shows a run.
 *
 * <p>Events are immutable records carrying ids, names, line numbers and capped {@code repr}
 * strings, never live VM objects, so a recording can be stored, exported, replayed and rendered on
 * another thread. Every event has {@link #seq()} (its index in the recording: 0, 1, 2, ...,
 * strictly increasing) and {@link #current()}, the name of the task whose step the event belongs
 * to, or null outside any task step. The plain-English explanation is not stored in the event: it
 * is derived from the event and the state before it ({@link Recording#explain(int)}).
 *
 * <p>Ids: frame and coroutine ids come from the VM, task, future and handle ids from the asyncio
 * runtime; each is stable for one run. {@code -1} means "none" for an id field, {@code null} for a
 * string field. Field names in JSON are given on each record ({@link JsonLines} writes them).
 */
public sealed interface StepEvent {

    /** Index of the event in its recording; strictly increasing from 0. */
    int seq();

    /** Name of the task whose step this event belongs to, or null. */
    String current();

    EventKind kind();

    /**
     * {@code line} {frame, line, back}: a frame starts a new source line. {@code back} is true when a
     * loop's jump back to its header reached it (the next round of a {@code for} or {@code while}
     * loop, even one on a single line); a lower line reached without it is the rest of a statement
     * that started there (a {@code with} block's exit, a call written over several lines).
     * JSON writes {@code "back":true} only when true.
     */
    record Line(int seq, String current, int frame, int line, boolean back) implements StepEvent {
        /** A line event not reached by a loop's jump back. */
        public Line(int seq, String current, int frame, int line) {
            this(seq, current, frame, line, false);
        }

        public EventKind kind() {
            return EventKind.LINE;
        }
    }

    /**
     * {@code call} {frame, parent, code, line, coro}: a frame is entered for the first time.
     * {@code code} is the qualified name ({@code co_qualname}, {@code <module>} for the module);
     * {@code parent} the frame that called it (-1: the event loop or the embedding);
     * {@code coro} the coroutine or generator owning the frame (-1 for a plain function).
     * A generator or coroutine frame gets one {@code call} when it first runs; its later
     * suspensions and resumptions are {@code coro} events.
     */
    record Call(int seq, String current, int frame, int parent, String code, int line, int coro)
            implements StepEvent {
        public EventKind kind() {
            return EventKind.CALL;
        }
    }

    /**
     * {@code return} {frame, value, exception}: a frame is left for good, with the repr of its
     * return value, or, when {@code exception} (the exception type name) is not null, by an
     * exception propagating out of it ({@code value} is then null).
     */
    record Return(int seq, String current, int frame, String value, String exception) implements StepEvent {
        public EventKind kind() {
            return EventKind.RETURN;
        }
    }

    /** {@code exception} {frame, type, message, line}: an exception is raised in, or propagates into, a frame. */
    record Raise(int seq, String current, int frame, String type, String message, int line) implements StepEvent {
        public EventKind kind() {
            return EventKind.EXCEPTION;
        }
    }

    /**
     * {@code store} {frame, name, value, global, mutated}: a name is bound to a value (its repr),
     * or deleted when {@code value} is null. {@code global} is true when a function binds a module
     * global ({@code global x}); stores in the module frame itself are global by nature.
     * {@code mutated} (an extra field) is true when the name was not rebound but the object it
     * names changed in place ({@code items.append(x)}): the value is its new repr.
     */
    record Store(int seq, String current, int frame, String name, String value, boolean global, boolean mutated)
            implements StepEvent {
        /** A binding (not an in-place change). */
        public Store(int seq, String current, int frame, String name, String value, boolean global) {
            this(seq, current, frame, name, value, global, false);
        }

        public EventKind kind() {
            return EventKind.STORE;
        }
    }

    /**
     * {@code coro} {coro, name, state, cr_running, cr_suspended, cr_await, line, awaits, frame,
     * flavor, origin}: a coroutine (or generator, async generator) is created or changes state.
     * {@code name} is the qualified name; {@code crAwait} the repr of what it awaits (null when
     * not suspended in an await); {@code awaits} the id of the coroutine it awaits, to draw await
     * chains (-1 if it awaits something else or nothing); {@code frame} its frame id (-1 before
     * its frame exists); {@code origin} CPython's {@code cr_origin} repr, or null.
     * {@code cr_running} and {@code cr_suspended} are derived from the state, as in CPython.
     */
    record Coro(int seq, String current, int coro, String name, CoroState state, String crAwait, int awaits,
                int line, int frame, Flavor flavor, String origin) implements StepEvent {
        public EventKind kind() {
            return EventKind.CORO;
        }

        public boolean crRunning() {
            return state == CoroState.RUNNING;
        }

        public boolean crSuspended() {
            return state == CoroState.SUSPENDED;
        }
    }

    /**
     * {@code task} {task, task_id, coro, state, waiting_on, waiting_future, result, exception}: a
     * task is created (READY) or changes state. {@code task} is its name (names may repeat and may
     * change; {@code taskId} identifies the task); {@code waitingOn} describes what it waits on
     * (e.g. {@code sleep(0.5)}) when WAITING; {@code waitingFuture} the id of that future (or of
     * the awaited task), -1 otherwise; {@code result} / {@code exception} the repr of the result
     * or of the exception once it has ended.
     */
    record Task(int seq, String current, int taskId, String task, int coro, TaskState state, String waitingOn,
                int waitingFuture, String result, String exception) implements StepEvent {
        public EventKind kind() {
            return EventKind.TASK;
        }
    }

    /** {@code future} {future, state, repr}: a future is created (PENDING) or completes. */
    record Future(int seq, String current, int future, FutureState state, String repr) implements StepEvent {
        public EventKind kind() {
            return EventKind.FUTURE;
        }
    }

    /**
     * {@code ready} {op, handle, callback, cancelled}: a handle is appended to, or taken from the
     * front of, the ready queue. {@code cancelled} (extra): the handle was cancelled before it got
     * here (a cancelled timer that fell due); the loop skips it when it takes it.
     */
    record Ready(int seq, String current, ReadyOp op, int handle, String callback, boolean cancelled)
            implements StepEvent {
        public Ready(int seq, String current, ReadyOp op, int handle, String callback) {
            this(seq, current, op, handle, callback, false);
        }

        public EventKind kind() {
            return EventKind.READY;
        }
    }

    /**
     * {@code timer} {op, handle, when, callback, cancelled}: a timer is pushed on the heap, fires
     * (falls due and moves to the ready queue), or is cancelled (it leaves the heap view: it will
     * never run). {@code cancelled} (extra) on a {@code fire}: the timer had been cancelled but
     * fell due before the loop dropped it, so it moves to the ready queue only to be skipped, as in
     * CPython.
     */
    record Timer(int seq, String current, TimerOp op, int handle, double when, String callback, boolean cancelled)
            implements StepEvent {
        public Timer(int seq, String current, TimerOp op, int handle, double when, String callback) {
            this(seq, current, op, handle, when, callback, false);
        }

        public EventKind kind() {
            return EventKind.TIMER;
        }
    }

    /** {@code clock} {now}: virtual time moves to {@code now} (seconds; starts at 0.0 for each run). */
    record Clock(int seq, String current, double now) implements StepEvent {
        public EventKind kind() {
            return EventKind.CLOCK;
        }
    }

    /** {@code loop} {op, iteration}: the loop starts, begins iteration number {@code iteration} (1-based), stops or closes. */
    record Loop(int seq, String current, LoopOp op, int iteration) implements StepEvent {
        public EventKind kind() {
            return EventKind.LOOP;
        }
    }

    /** {@code output} {stream, text}: text written to stdout or stderr. */
    record Output(int seq, String current, StdStream stream, String text) implements StepEvent {
        public EventKind kind() {
            return EventKind.OUTPUT;
        }
    }

    /** {@code warning} {category, message}: a warning such as a never-awaited coroutine. */
    record Warning(int seq, String current, String category, String message) implements StepEvent {
        public EventKind kind() {
            return EventKind.WARNING;
        }
    }

    /**
     * {@code end} {reason, message}: the final marker of a recording (an addition to the issue's
     * kinds): why the run ended, with a sentence the UI can show (e.g. the step-budget notice).
     */
    record End(int seq, String current, EndReason reason, String message) implements StepEvent {
        public EventKind kind() {
            return EventKind.END;
        }
    }
}
