package dev.coroscope.engine.trace;

/**
 * How the asyncio runtime (event loop, Task, Future) reports what it does to a recording.
 * {@link Recorder} implements it.
 *
 * <p><b>Cost when not recording.</b> Hold the sink in a field that is null when the run is not
 * recorded and guard every call: {@code if (events != null) events.readyPush(h.id(), h.describe());}.
 * That is the one check; build description strings inside the guard only.
 *
 * <p><b>No live objects.</b> Every parameter is an id, a number, an enum or a string the caller
 * renders (a {@code repr}, a callback description such as {@code Task-2.__step()} or
 * {@code sleep(0.5) wakeup}); the recorder caps long strings. Ids are per-run ints, stable for the
 * object's life and never reused within a run; use one counter (e.g. the fake {@code id()}) for
 * tasks, futures and handles, so a task's id is also its id as a future and {@code waitingFuture}
 * may name a task.
 *
 * <p><b>Invariants the runtime must respect</b> (the recorder reports violations in
 * {@link Recording#protocolErrors()} instead of failing the run; tests should assert there are none):
 * <ol>
 * <li>Virtual time starts at 0.0 for each run and never goes back; report every change with
 *     {@link #clock}.</li>
 * <li>A task is announced by {@link #taskCreated} (state READY, its first step queued), before the
 *     {@link #readyPush} of that step.</li>
 * <li>Every step of a task (its step callback or its wakeup resuming the coroutine, including a
 *     step that only delivers a cancellation) begins with exactly one {@link #taskRunning}, right
 *     after the {@link #readyPop} of the handle that runs it; so the sequence of RUNNING events is
 *     the order in which CPython steps the tasks. Steps never nest.</li>
 * <li>A step ends by {@link #taskWaiting} (it yielded a pending future; exactly one), by
 *     {@link #taskReady} (bare yield, {@code sleep(0)}: its next step is queued), or by
 *     {@link #taskDone}/{@link #taskCancelled}/{@link #taskFailed}. A waiting task whose future
 *     completes becomes READY ({@link #taskReady}) when its wakeup is queued.</li>
 * <li>The current task is derived, not reported: it starts at {@link #taskRunning} and ends when
 *     the loop takes its next handle ({@link #readyPop}), a timer fires, or a loop event occurs.
 *     So callbacks scheduled by a finishing task (e.g. {@code call_soon} of its done-callbacks)
 *     belong to its step, as in CPython.</li>
 * <li>{@link #readyPop} takes the handle at the front (also one the loop then skips because it
 *     was cancelled); {@link #timerFire} a timer in the heap; a fired timer's handle then enters
 *     the ready queue with {@link #readyPush} (same id), in deadline order, as {@code _run_once}
 *     does.</li>
 * <li>{@link #timerCancel} when a timer handle is cancelled: it leaves the heap view at once.
 *     If the loop later moves it to the ready queue anyway (CPython does when it falls due while
 *     not at the head of the heap), report {@link #timerFire} and {@link #readyPush} as for any
 *     timer: the recorder marks both, and the queued handle, as cancelled. A cancelled timer the
 *     loop just drops needs no event.</li>
 * <li>{@link #loopStart}, then per iteration {@link #loopIteration} (before due timers move),
 *     then {@link #loopStop} when {@code run_until_complete} ends, {@link #loopClose} when closed.</li>
 * </ol>
 */
public interface AsyncEvents {

    /** A task wrapping coroutine {@code coro} was created: READY, its first step about to be queued. */
    void taskCreated(int taskId, String name, int coro);

    /**
     * As {@link #taskCreated(int, String, int)}, also giving the coroutine's qualified name
     * ({@code coro.__qualname__}), which the recording has no other way to learn when the coroutine
     * is library code (asyncio.run's clean-up, gather's helpers): it names the task's coroutine in
     * explanations.
     */
    default void taskCreated(int taskId, String name, int coro, String coroName) {
        taskCreated(taskId, name, coro);
    }

    /** The task got a new name ({@code create_task(name=...)} renames after creating). */
    void taskRenamed(int taskId, String name);

    /** A step of the task begins (see the invariants): it becomes RUNNING and current. */
    void taskRunning(int taskId);

    /** The running task yielded a pending future and now waits on it. */
    void taskWaiting(int taskId, String waitingOn, int waitingFuture);

    /** The task's next step is queued: after a bare yield, or because what it waited on is done. */
    void taskReady(int taskId);

    /** The task's coroutine returned; {@code resultRepr} is the repr of the result. */
    void taskDone(int taskId, String resultRepr);

    /** The task ended cancelled; {@code message} is the cancel message repr or null. */
    void taskCancelled(int taskId, String message);

    /** The task ended with an exception; {@code exceptionRepr} e.g. {@code ValueError('bad')}. */
    void taskFailed(int taskId, String exceptionRepr);

    /** A future was created (PENDING). Optional for futures nobody shows. */
    void futureCreated(int futureId, String repr);

    /** A future completed: {@code state} is FINISHED or CANCELLED; its callbacks are then queued. */
    void futureDone(int futureId, FutureState state, String repr);

    /** {@code call_soon}: a handle is appended to the ready queue. */
    void readyPush(int handle, String callback);

    /** The loop takes the handle at the front of the ready queue to run it (also a cancelled one it skips). */
    void readyPop(int handle);

    /** {@code call_at}: a timer handle enters the heap, due at virtual time {@code when}. */
    void timerPush(int handle, double when, String callback);

    /** The timer is due and leaves the heap (its handle is pushed to the ready queue next). */
    void timerFire(int handle);

    /** The timer was cancelled and will never run. */
    void timerCancel(int handle);

    /** Virtual time moves to {@code now}. */
    void clock(double now);

    /** An event loop starts running ({@code run_until_complete}, {@code run_forever}). */
    void loopStart();

    /** An iteration ({@code _run_once}) begins; the recorder numbers iterations from 1 per loop start. */
    void loopIteration();

    void loopStop();

    void loopClose();

    /** A warning written to stderr, e.g. category {@code RuntimeWarning}, message {@code coroutine 'f' was never awaited}. */
    void warning(String category, String message);
}
