package dev.coroscope.engine.trace;

import java.math.BigDecimal;

/**
 * Writes the one-sentence, plain-English explanation of an event for a learner, from the event
 * and the state just before it (so no sentence is stored per event). The words follow the
 * reference page and CPython's names: task, coroutine, await, ready queue, timer, event loop,
 * {@code cr_running}, {@code cr_suspended}.
 */
final class Explainer {
    /** Longest repr shown whole: a task's repr (about 70 characters) fits, the narration line wraps to two lines at most. */
    private static final int SHOW = 100;

    private final ProjectionState s;
    private final StringPool.View pool;
    /** For a task event that creates the task: its coroutine's qualified name (null if unknown). */
    private final String createdCoro;

    private Explainer(ProjectionState before, StringPool.View pool, String createdCoro) {
        this.s = before;
        this.pool = pool;
        this.createdCoro = createdCoro;
    }

    static String explain(StepEvent e, ProjectionState before, StringPool.View pool) {
        return explain(e, before, pool, null);
    }

    static String explain(StepEvent e, ProjectionState before, StringPool.View pool, String createdCoro) {
        Explainer x = new Explainer(before, pool, createdCoro);
        if (e instanceof StepEvent.Line l) {
            return x.line(l);
        } else if (e instanceof StepEvent.Call c) {
            return x.call(c);
        } else if (e instanceof StepEvent.Return r) {
            return x.ret(r);
        } else if (e instanceof StepEvent.Raise r) {
            return x.raise(r);
        } else if (e instanceof StepEvent.Store st) {
            return x.store(st);
        } else if (e instanceof StepEvent.Coro c) {
            return x.coro(c);
        } else if (e instanceof StepEvent.Task t) {
            return x.task(t);
        } else if (e instanceof StepEvent.Future f) {
            return x.future(f);
        } else if (e instanceof StepEvent.Ready r) {
            return x.ready(r);
        } else if (e instanceof StepEvent.Timer t) {
            return x.timer(t);
        } else if (e instanceof StepEvent.Clock c) {
            return x.clock(c);
        } else if (e instanceof StepEvent.Loop l) {
            return x.loop(l);
        } else if (e instanceof StepEvent.Output o) {
            return x.output(o);
        } else if (e instanceof StepEvent.Warning w) {
            return x.warning(w);
        } else {
            StepEvent.End end = (StepEvent.End) e;
            return end.message() != null ? end.message() : Recorder.defaultEndMessage(end.reason(), 0);
        }
    }

    private String line(StepEvent.Line l) {
        ProjectionState.FrameRec f = s.frame(l.frame());
        if (f != null && l.back()) {
            return cap(fn(f)) + " jumps back to line " + l.line() + " for the next round of its loop.";
        }
        if (f != null && s.currentFrame == l.frame() && f.line > 0 && l.line() < f.line) {
            // Not a loop: the rest of a statement that began there (a with block's exit, a call
            // whose arguments were written on the lines below it, a decorator being applied).
            if (s.lastExcFrame == l.frame() && s.lastExcStep == s.step && s.lastExcType >= 0) {
                // Straight from a raise inside the block: only a with statement takes an
                // exception back to an earlier line of the same frame (handlers come after 'try').
                return cap(fn(f)) + " is back at line " + l.line() + " with the " + pool.get(s.lastExcType)
                        + ": the with statement there hands it to its context manager's exit method, which "
                        + "may swallow it.";
            }
            return cap(fn(f)) + " is back at line " + l.line() + " to finish the statement that starts there.";
        }
        if (f != null && f.code == ProjectionState.MODULE_CODE) {
            return "The module runs line " + l.line() + ".";
        }
        String where = f != null && f.thread ? " (on another thread)"
                : l.current() != null ? " (in " + l.current() + ")" : "";
        return cap(fn(f)) + " runs line " + l.line() + where + ".";
    }

    private String call(StepEvent.Call c) {
        if (ProjectionState.MODULE_CODE == codeId(c.code())) {
            return "The program starts: the module's code runs from the top.";
        }
        String callee = fnName(c.code());
        ProjectionState.FrameRec parent = s.frame(c.parent());
        ProjectionState.CoroRec co = c.coro() >= 0 ? s.coros.get(c.coro()) : null;
        if (c.coro() >= 0) {
            Flavor flavor = co != null ? Flavor.VALUES[co.flavor] : Flavor.COROUTINE;
            if (co != null && co.state == CoroState.RUNNING.ordinal()) {
                return callee + " begins at line " + c.line() + ".";
            }
            if (flavor == Flavor.COROUTINE) {
                return coroutineStarts(co, callee, parent, c.current());
            }
            return "The " + flavor.words() + " " + callee + " starts running its body"
                    + atLine(c.line()) + ".";
        }
        if (s.loopCallsNext()) {
            // Nothing of the program was running: the loop itself took this callback from the ready queue.
            return "The event loop calls " + callee + ": it is the callback it took from the ready queue.";
        }
        if (parent != null) {
            return cap(fn(parent)) + " calls " + callee + ".";
        }
        if (s.startsThread(c.parent(), codeId(c.code()), c.coro())) {
            return callee + " starts on another thread (a threading.Thread's target or an executor's worker), "
                    + "beside the main thread.";
        }
        return callee + " is called.";
    }

    private String coroutineStarts(ProjectionState.CoroRec co, String callee, ProjectionState.FrameRec awaiter,
                                   String current) {
        if (co != null && co.task >= 0) {
            return taskName(co.task) + " starts running its coroutine " + callee + ": cr_running is True.";
        }
        if (awaiter != null && awaiter.coro >= 0) {
            String who = fn(awaiter);
            if (current != null) {
                return who + " awaits the coroutine " + callee + " directly: no task switch, " + callee
                        + " runs inside " + current + "'s step.";
            }
            return who + " awaits the coroutine " + callee + " directly: it starts running at once.";
        }
        if (awaiter != null) {
            return cap(fn(awaiter)) + " starts the coroutine " + callee + " (send): cr_running is True.";
        }
        return "The coroutine " + callee + " starts running: cr_running is True.";
    }

    private String ret(StepEvent.Return r) {
        ProjectionState.FrameRec f = s.frame(r.frame());
        String who = fn(f);
        ProjectionState.FrameRec parent = f != null ? s.frame(f.parent) : null;
        if (r.exception() != null) {
            ProjectionState.CoroRec own = f != null && f.coro >= 0 ? s.coros.get(f.coro) : null;
            if (own != null && own.task >= 0) {
                // The task's own coroutine: nothing of the program catches it any more, the task does.
                String task = taskName(own.task);
                return cap(who) + " is left by " + r.exception() + (r.exception().equals("CancelledError")
                        ? ": " + task + " ends cancelled." : ": " + task + " ends with that exception.");
            }
            if (f != null && f.code == ProjectionState.MODULE_CODE) {
                return "The module is left by " + r.exception() + ": nothing catches it, so the program ends with "
                        + "its traceback.";
            }
            if (f != null && f.fromLoop) {
                return cap(who) + " is left by " + r.exception() + ": the event loop, which called it, catches "
                        + "it and logs it (\"Exception in callback\"), then goes on.";
            }
            String to = parent != null && (f == null || parent.task == f.task) ? fn(parent) : "its caller";
            return cap(who) + " is left by " + r.exception() + ": the exception propagates to " + to + ".";
        }
        if (f != null && f.code == ProjectionState.MODULE_CODE) {
            return "The module's code has finished.";
        }
        String value = show(r.value());
        ProjectionState.CoroRec co = f != null && f.coro >= 0 ? s.coros.get(f.coro) : null;
        if (co != null && co.flavor == Flavor.COROUTINE.ordinal()) {
            if (co.task >= 0) {
                return "The coroutine " + who + " returns " + value + ": that is the result of "
                        + taskName(co.task) + ".";
            }
            if (parent != null && parent.task == f.task && parent.coro >= 0) {
                return "The coroutine " + who + " returns " + value + " to " + fn(parent)
                        + ", which was awaiting it.";
            }
            if (parent != null) {
                return "The coroutine " + who + " returns " + value + ": the send() in " + fn(parent)
                        + " raises StopIteration carrying it.";
            }
            return "The coroutine " + who + " returns " + value + ".";
        }
        if (co != null) {
            return "The " + Flavor.VALUES[co.flavor].words() + " " + who
                    + " is exhausted (it returns " + value + ").";
        }
        if (f != null && f.fromLoop) {
            return cap(who) + " returns " + value + " to the event loop, which goes on with its ready queue.";
        }
        if (parent != null) {
            return cap(who) + " returns " + value + " to " + fn(parent) + ".";
        }
        return cap(who) + " returns " + value + ".";
    }

    private String raise(StepEvent.Raise r) {
        String exc = r.message() == null || r.message().isEmpty() ? r.type() : r.type() + ": " + show(r.message());
        ProjectionState.FrameRec f = s.frame(r.frame());
        boolean propagates = s.lastExcType >= 0 && r.type().equals(pool.get(s.lastExcType))
                && s.lastExcFrame != r.frame() && s.frame(s.lastExcFrame) == null;
        if (propagates) {
            return "The " + r.type() + " propagates into " + fn(f) + atLine(r.line()) + ".";
        }
        return cap(fn(f)) + " raises " + exc + atLine(r.line()) + ".";
    }

    private String store(StepEvent.Store st) {
        ProjectionState.FrameRec f = s.frame(st.frame());
        boolean module = f != null && f.code == ProjectionState.MODULE_CODE;
        if (st.mutated()) {
            String whose = module || st.global() ? "The global " + st.name() : cap(fn(f)) + "'s " + st.name();
            return whose + " changed in place: it is now " + show(st.value()) + ".";
        }
        if (st.value() == null) {
            return cap(fn(f)) + " deletes " + (st.global() && !module ? "the global " : "") + st.name() + ".";
        }
        if (module) {
            return "The module sets " + st.name() + " = " + show(st.value()) + ".";
        }
        if (st.global()) {
            return cap(fn(f)) + " sets the global " + st.name() + " = " + show(st.value()) + ".";
        }
        return cap(fn(f)) + " sets " + st.name() + " = " + show(st.value()) + ".";
    }

    private String coro(StepEvent.Coro c) {
        ProjectionState.CoroRec before = s.coros.get(c.coro());
        String who = fnName(c.name());
        String kind = c.flavor().words();
        switch (c.state()) {
            case CREATED -> {
                if (c.flavor() == Flavor.COROUTINE) {
                    return "Calling " + who + " creates a coroutine object: none of its body runs until it is "
                            + "awaited or wrapped in a task.";
                }
                return "Calling " + who + " creates " + (kind.startsWith("a") ? "an " : "a ") + kind
                        + " object: its body runs only when it is iterated.";
            }
            case RUNNING -> {
                if (before != null && before.state == CoroState.SUSPENDED.ordinal()) {
                    return "The " + kind + " " + who + " resumes" + atLine(c.line())
                            + " where it was suspended: " + flags(c.flavor(), true) + ".";
                }
                if (c.flavor() == Flavor.COROUTINE) {
                    ProjectionState.FrameRec awaiter = s.frame(s.currentFrame);
                    return coroutineStarts(before, who, awaiter, c.current());
                }
                return "The " + kind + " " + who + " starts running: its body runs up to the first yield.";
            }
            case SUSPENDED -> {
                String on = c.crAwait() != null ? ", awaiting " + awaited(c.crAwait()) : "";
                String tail;
                if (before != null && before.task >= 0) {
                    tail = "; control goes back to the event loop.";
                } else if (c.flavor() == Flavor.GENERATOR) {
                    tail = "; the value goes to whoever iterated it.";
                } else if (c.flavor() == Flavor.ASYNC_GENERATOR && c.crAwait() == null) {
                    tail = "; the value goes to whoever asked for its next item.";
                } else {
                    tail = ".";
                }
                String flags = c.flavor() == Flavor.ASYNC_GENERATOR && c.crAwait() != null
                        ? "ag_running stays True until it yields its next item" : flags(c.flavor(), false);
                return "The " + kind + " " + who + " suspends" + atLine(c.line()) + on + ": " + flags + tail;
            }
            default -> {
                if (before == null || before.state == CoroState.CREATED.ordinal()) {
                    return "The " + kind + " " + who + " is closed without ever running.";
                }
                if (before.state == CoroState.SUSPENDED.ordinal()) {
                    return "The " + kind + " " + who + " is closed while suspended: it can never resume.";
                }
                return "The " + kind + " " + who + " has finished: its state is now CLOSED.";
            }
        }
    }

    /**
     * The flags that change when a coroutine object starts or stops running, by the names its kind
     * has: {@code cr_running is True, cr_suspended is False}; an async generator has only
     * {@code ag_running}.
     */
    private static String flags(Flavor flavor, boolean running) {
        if (flavor.suspended().isEmpty()) {
            return flavor.running() + " is " + (running ? "True" : "False");
        }
        return running ? flavor.running() + " is True, " + flavor.suspended() + " is False"
                : flavor.suspended() + " is True";
    }

    private String task(StepEvent.Task t) {
        ProjectionState.TaskRec before = s.tasks.get(t.taskId());
        String name = t.task();
        if (before == null) {
            ProjectionState.CoroRec co = s.coros.get(t.coro());
            String coroName = co != null ? pool.get(co.name) : createdCoro;
            String cleanup = cleanupPurpose(coroName);
            if (cleanup != null) {
                return "asyncio.run is finishing: " + name + " will run the event loop's coroutine " + fnName(coroName)
                        + ", " + cleanup + "; it is READY and its first step is queued.";
            }
            String what = coroName != null ? "the coroutine " + fnName(coroName) : "a coroutine";
            if (t.current() == null) {
                // No task runs: asyncio.run (or run_until_complete, or a plain callback) made it.
                return cap(what) + " is wrapped in " + name + " for the event loop to run: it is READY and its "
                        + "first step is queued, but nothing runs yet.";
            }
            return "create_task wraps " + what + " in " + name + ": it is READY and its first step is queued, "
                    + "but nothing runs yet.";
        }
        String oldName = pool.get(before.name);
        if (!oldName.equals(name) && before.state == t.state().ordinal()) {
            return "The task " + oldName + " is renamed " + name + ".";
        }
        TaskState prev = TaskState.VALUES[before.state];
        switch (t.state()) {
            case RUNNING -> {
                if (before.steps == 0) {
                    return name + " takes its first step: the event loop runs its coroutine"
                            + coroName(before) + ".";
                }
                if (before.lastWaitingOn >= 0) {
                    String waited = pool.get(before.lastWaitingOn);
                    if (before.waitEnd == FutureState.CANCELLED.ordinal()) {
                        return name + " resumes only to be cancelled: " + show(waited) + ", which it was waiting "
                                + "on, was cancelled, so CancelledError is raised at its await.";
                    }
                    if (waited.startsWith("sleep(")) {
                        return name + " resumes: its " + waited + " timer fired at t=" + time(s.clock) + ".";
                    }
                    if (isPendingRepr(waited)) {
                        return name + " resumes: the future it was waiting on is done.";
                    }
                    return name + " resumes: " + show(waited) + ", which it was waiting on, is done.";
                }
                return name + " runs its next step: it had yielded and waited its turn in the ready queue.";
            }
            case WAITING -> {
                return name + " waits on " + show(t.waitingOn()) + ": it suspends and gives control back to "
                        + "the event loop.";
            }
            case READY -> {
                if (prev == TaskState.WAITING) {
                    String waited = pool.get(before.waitingOn);
                    if (isPendingRepr(waited)) {
                        return "The future " + name + " was waiting on is done, so its wakeup is queued: it is "
                                + "READY again.";
                    }
                    return show(waited) + " is done, so " + name
                            + "'s wakeup is queued: it is READY again.";
                }
                if (prev == TaskState.RUNNING) {
                    return name + " yields without waiting on anything (like sleep(0)): its next step goes to "
                            + "the back of the ready queue.";
                }
                return name + " is READY: its next step is queued.";
            }
            case DONE -> {
                return name + " is done: its coroutine returned " + show(t.result()) + ".";
            }
            case CANCELLED -> {
                return name + " is cancelled: CancelledError ended its coroutine.";
            }
            default -> {
                return name + " failed: its coroutine raised " + show(t.exception()) + ".";
            }
        }
    }

    /**
     * True for the repr a future had when a task began to wait on it ({@code <Future pending ...>}): once
     * the future is done that text would contradict the sentence, so the sentence names it in words.
     */
    private static boolean isPendingRepr(String waited) {
        return waited != null && waited.startsWith("<") && waited.contains(" pending");
    }

    /** A future's repr without its callback list, which repeats the program's file path for each one. */
    private static String withoutCallbacks(String repr) {
        int cb = repr.indexOf(" cb=[");
        return cb < 0 ? repr : repr.substring(0, cb) + ">";
    }

    private String future(StepEvent.Future f) {
        String what = f.repr() != null ? show(withoutCallbacks(f.repr())) : "future " + f.future();
        return switch (f.state()) {
            case PENDING -> s.futures.get(f.future()) == null ? "A new future is created: " + what + "."
                    : "The future " + what + " is still pending.";
            case FINISHED -> "The future " + what + " is done: each of its callbacks is queued with call_soon, "
                    + "in the order they were added.";
            case CANCELLED -> "The future " + what + " is cancelled: each of its callbacks is queued with "
                    + "call_soon, in the order they were added.";
        };
    }

    private String ready(StepEvent.Ready r) {
        String cb = show(r.callback());
        if (r.op() == ReadyOp.PUSH) {
            int n = s.ready.size() + 1;
            if (r.cancelled()) {
                return "The cancelled timer's handle " + cb + " joins the back of the ready queue, only to be "
                        + "skipped (" + n + " waiting).";
            }
            if (s.lastFired == r.handle()) {
                return "The due timer's callback " + cb + " joins the back of the ready queue (" + n
                        + " waiting).";
            }
            return "call_soon queues " + cb + " at the back of the ready queue (" + n + " waiting).";
        }
        ProjectionState.Handle popped = s.ready.peekFirst();
        if (popped != null && popped.handle() == r.handle() && popped.cancelled()) {
            return "The loop takes " + cb + " from the front of the ready queue, but it was cancelled, so it is "
                    + "skipped.";
        }
        if (s.phase == LoopPhase.SCHEDULING) {
            int n = s.ready.size();
            return "The loop now runs the " + n + (n == 1 ? " handle" : " handles")
                    + " queued when this iteration began, front first: " + cb + ".";
        }
        return "The loop takes the next handle from the front of the ready queue: " + cb + ".";
    }

    private String timer(StepEvent.Timer t) {
        String cb = show(t.callback());
        String in = time(Math.max(0, t.when() - s.clock));
        if (t.op() == TimerOp.PUSH && t.callback().startsWith("futures._set_result_unless_cancelled(")) {
            // asyncio.sleep's own timer (CPython's sleep schedules exactly this callback).
            String who = t.current() != null ? t.current() + "'s sleep" : "asyncio.sleep";
            return cap(who) + " sets a timer for t=" + time(t.when()) + " (" + in + " s from now): when it fires, "
                    + cb + " gives the sleep's future its result, which wakes the sleeper.";
        }
        return switch (t.op()) {
            case PUSH -> "A timer is set for t=" + time(t.when()) + " (" + in + " s from now): " + cb
                    + " will be queued then.";
            case FIRE -> t.cancelled()
                    ? "The cancelled timer for t=" + time(t.when()) + " falls due before the loop dropped it: it "
                    + "moves to the ready queue, where it will be skipped."
                    : "The timer for t=" + time(t.when()) + " is due: " + cb + " moves to the ready queue.";
            case CANCEL -> "The timer for t=" + time(t.when()) + " is cancelled: " + cb + " will not run.";
        };
    }

    private String clock(StepEvent.Clock c) {
        String from = time(s.clock);
        String to = time(c.now());
        if (s.currentTask >= 0) {
            return "The clock moves from " + from + " to " + to + " while " + taskName(s.currentTask)
                    + " blocks the whole loop (time.sleep): nothing else can run.";
        }
        if (s.ready.isEmpty() && s.phase.running()) {
            if (s.timers.isEmpty() || s.timers.get(0).when() > c.now() + 1e-9) {
                // It stops short of the next timer: another thread (a worker's sleep or wait) ends then.
                String next = s.timers.isEmpty() ? "no timer is set"
                        : "its next timer is at t=" + time(s.timers.get(0).when());
                return "The clock moves from " + from + " to " + to + " while the loop waits (nothing is ready, "
                        + next + "): another thread's sleep or wait ends at t=" + to + ", and that thread runs.";
            }
            return "The clock jumps from " + from + " to " + to + ": nothing is ready, so the loop sleeps until "
                    + "the next timer.";
        }
        return "The clock moves from " + from + " to " + to + ".";
    }

    private String loop(StepEvent.Loop l) {
        return switch (l.op()) {
            case START -> "The event loop starts running with " + count(s.ready.size(), "handle")
                    + " in the ready queue and " + count(s.timers.size(), "timer") + ", clock at t="
                    + time(s.clock) + ".";
            case ITERATION -> "Event loop iteration " + l.iteration() + " begins: due timers move to the ready "
                    + "queue, then the handles queued at that moment run.";
            case STOP -> "The event loop stops after " + l.iteration() + (l.iteration() == 1 ? " iteration."
                    : " iterations.");
            case CLOSE -> "The event loop is closed.";
        };
    }

    private String output(StepEvent.Output o) {
        String text = o.text().endsWith("\n") ? o.text().substring(0, o.text().length() - 1) : o.text();
        ProjectionState.FrameRec f = s.frame(s.currentFrame);
        String who = f != null ? cap(fn(f)) : "The program";
        if (o.stream() == StdStream.STDERR) {
            return who + " writes " + quote(text) + " to stderr.";
        }
        return who + " prints " + quote(text) + ".";
    }

    private String warning(StepEvent.Warning w) {
        String why = w.message().contains("was never awaited")
                ? ": a coroutine object was dropped without ever being awaited, so its body never ran." : ".";
        return w.category() + ": " + show(w.message()) + why;
    }

    // ---- wording helpers --------------------------------------------------------------------

    private int codeId(String code) {
        return "<module>".equals(code) ? ProjectionState.MODULE_CODE : -2;
    }

    /** "main()", "the module", "<listcomp>", or "a function" when the frame is unknown. */
    private String fn(ProjectionState.FrameRec f) {
        if (f == null) {
            return "the program";
        }
        if (f.code == ProjectionState.MODULE_CODE) {
            return "the module";
        }
        return f.code < 0 ? "a function" : fnName(pool.get(f.code));
    }

    static String fnName(String qualname) {
        if (qualname == null) {
            return "a function";
        }
        String n = TraceState.codeName(qualname);
        return n.startsWith("<") ? n : n + "()";
    }

    private String coroName(ProjectionState.TaskRec t) {
        ProjectionState.CoroRec co = t.coro >= 0 ? s.coros.get(t.coro) : null;
        if (co != null && co.name >= 0) {
            return " " + fnName(pool.get(co.name));
        }
        return t.coroName >= 0 ? " " + fnName(pool.get(t.coroName)) : "";
    }

    /**
     * What the coroutines asyncio.run runs after the program's own coroutine has finished are for
     * (as a clause), or null for any other coroutine.
     */
    private static String cleanupPurpose(String qualname) {
        String n = TraceState.codeName(qualname);
        if ("shutdown_asyncgens".equals(n)) {
            return "which closes any async generator the program left unfinished";
        }
        if ("shutdown_default_executor".equals(n)) {
            return "which shuts down the thread pool that run_in_executor and to_thread use";
        }
        return null;
    }

    private String taskName(int taskId) {
        ProjectionState.TaskRec t = s.tasks.get(taskId);
        return t == null ? "the task" : pool.get(t.name);
    }

    /** Capitalises a sentence start, but never an identifier such as {@code main()}. */
    private static String cap(String s) {
        if (s.startsWith("the ") || s.startsWith("a ") || s.startsWith("its ")) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    private static String count(int n, String what) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + what + (n == 1 ? "" : "s");
    }

    private static String atLine(int line) {
        return line > 0 ? " at line " + line : "";
    }

    /**
     * What a suspended coroutine awaits ({@code cr_await}) in words: "the coroutine sleep()" for
     * {@code <coroutine object sleep at 0x...>}, "a future" for the iterator a future's
     * {@code __await__} returns (a task, gather's future), else the repr itself.
     */
    static String awaited(String repr) {
        if (repr.startsWith("<_asyncio.FutureIter object") || repr.startsWith("<generator object Future.__await__")) {
            return "a future";
        }
        if (repr.startsWith("<async_generator_asend object")) {
            return "an async generator's next item";
        }
        if (repr.startsWith("<async_generator_athrow object")) {
            return "an async generator's clean-up (aclose or athrow)";
        }
        java.util.regex.Matcher m = OBJECT_REPR.matcher(repr);
        if (m.matches()) {
            return "the " + m.group(1).replace('_', ' ') + " " + fnName(m.group(2));
        }
        return show(repr);
    }

    private static final java.util.regex.Pattern OBJECT_REPR =
            java.util.regex.Pattern.compile("<(coroutine|generator|async_generator) object (\\S+) at 0x[0-9a-f]+>");

    private static String show(String s) {
        if (s == null) {
            return "None";
        }
        return s.length() > SHOW ? s.substring(0, SHOW - 3) + "..." : s;
    }

    private static String quote(String text) {
        String t = text.replace("\n", "\\n");
        return "\"" + show(t) + "\"";
    }

    /** A float as Python's repr writes it for ordinary magnitudes: 0.0, 0.5, 1.0, 0.0001. */
    static String time(double t) {
        if (Double.isNaN(t) || Double.isInfinite(t)) {
            return Double.toString(t);
        }
        String s = Double.toString(t);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
            if (s.indexOf('.') < 0) {
                s += ".0";
            }
        }
        return s;
    }
}
