package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.trace.AsyncEvents;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code asyncio.Task} (CPython's C {@code _asyncio.Task}): a future that drives a coroutine. Each
 * {@link #step} makes the task current and resumes the coroutine ({@code send(None)}, or
 * {@code throw(exc)} when there is an exception to deliver) until the innermost awaitable
 * yields; what it yields decides what happens next: a pending future (the task waits on it: its
 * {@link #wakeup} becomes one of the future's done-callbacks), a bare {@code None} (the step is
 * queued again: {@code sleep(0)}), or anything else (an error thrown back in at the next step).
 *
 * <p>Invariant (as CPython states it): while the task is not done, either its step is scheduled
 * in the ready queue, or it waits on exactly one future ({@link #futWaiter}) whose callbacks
 * include its wakeup, or it is running.
 *
 * <p>Step events: every step, including one that only delivers a cancellation, starts with one
 * {@code taskRunning} and ends with {@code taskWaiting}, {@code taskReady} or the end of the task.
 */
public final class Task extends Future {

    public static final PyType TASK_TYPE = PyType.builtin("_asyncio", "Task", Future.TYPE, true, new Consumer<PyType>() { public void accept(PyType x) {
        Task.initType(x);
    }});

    private static void initType(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) { return new Task(cls); } });
        t.setCallsInit();
        t.setJavaClass(Task.class);
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("Task", a, k, new String[] {"coro", "loop", "name", "context"}, 1, 1);
            Task task = (Task) s;
            EventLoop l;
            if (p[1] == null || p[1] == PyNone.INSTANCE) l = AsyncioModule.getEventLoop(AsyncioState.current());
            else if (p[1] instanceof EventLoop el) l = el;
            else throw Exc.typeError("loop must be an event loop, not " + p[1].getType().name());
            task.start(l, p[0], p[2] == null ? PyNone.INSTANCE : p[2], p[3]);
            return PyNone.INSTANCE;
        }}));
        t.method0("get_coro", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((Task) s).coro); } });
        t.method0("get_name", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Task) s).name; } });
        t.method1("set_name", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            ((Task) s).rename(v);
            return PyNone.INSTANCE;
        }});
        t.method("cancel", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("cancel", a, k, new String[] {"msg"}, 0);
            return PyBool.of(((Task) s).cancel(p[0] == null ? PyNone.INSTANCE : p[0]));
        }});
        t.method0("cancelling", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((Task) s).numCancelsRequested);
        }});
        t.method0("uncancel", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((Task) s).uncancel());
        }});
        t.method1("set_result", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            throw Exc.runtimeError("Task does not support set_result operation");
        }});
        t.method1("set_exception", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            throw Exc.runtimeError("Task does not support set_exception operation");
        }});
        t.method("get_stack", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("get_stack", a, k, new String[] {"limit"}, 0);
            return new PyList(((Task) s).stack(p[0]));
        }});
        t.method("print_stack", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("print_stack", a, k, new String[] {"limit", "file"}, 0);
            ((Task) s).printStack(p[0], p[1]);
            return PyNone.INSTANCE;
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.getter("_coro", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((Task) s).coro); } });
        t.getter("_fut_waiter", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return orNone(((Task) s).futWaiter);
        }});
        t.getter("_must_cancel", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Task) s).mustCancel);
        }});
        t.getset("_log_destroy_pending", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Task) s).logDestroyPending);
        }},
                new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
                    ((Task) s).logDestroyPending = Ops.isTrue(v);
                }});
    }

    PyObject coro;
    PyObject name = PyStr.of("");
    int numCancelsRequested;
    boolean mustCancel;
    Future futWaiter;
    private TaskWakeup wakeupFn;
    boolean logDestroyPending = true;
    /** The contextvars context every step runs in: a copy of the creator's, or the one given. */
    ContextVars.Context context;
    Task prevPending;
    Task nextPending;
    boolean inPending;

    Task(PyType type) {
        super(type);
    }

    /** {@code loop.create_task(coro)} with the default task class. */
    static Task create(EventLoop loop, PyObject coro, PyObject name, PyObject context) {
        Task t = new Task(TASK_TYPE);
        t.start(loop, coro, name, context);
        return t;
    }

    /** Task.__init__: checks the coroutine, names the task, queues its first step, registers it. */
    void start(EventLoop l, PyObject c, PyObject nameArg, PyObject contextArg) {
        attach(l);
        if (!AsyncioModule.isCoroutine(c)) {
            logDestroyPending = false;
            throw Exc.typeError("a coroutine was expected, got " + Ops.repr(c));
        }
        AsyncioState st = l.st;
        context = contextArg == null || contextArg == PyNone.INSTANCE ? st.copyContext() : ContextVars.checkContext(contextArg);
        if (nameArg == PyNone.INSTANCE) name = PyStr.of("Task-".concat(Integer.toString(++st.taskCounter)));
        else name = nameArg instanceof PyStr s && s.getType() == PyStr.TYPE ? s : PyStr.of(Ops.str(nameArg));
        this.coro = c;
        // The task owns the coroutine now: whether it was "never awaited" is the task's business.
        st.rt.lifetime.unregister(c);
        AsyncEvents ev = st.events;
        if (ev != null) {
            if (c instanceof PyGenBase g) st.in.showTaskCoroutine(g);
            ev.taskCreated(id, nameString(), c instanceof PyGenBase g ? g.id : -1, c instanceof PyGenBase g ? g.qualname : null);
        }
        if (l.debug) sourceTb = SourceTraceback.capture(st, SourceTraceback.TASK_MAKERS, null, Integer.MAX_VALUE);
        l.callSoonStep(this, null, false);
        st.addPending(this);
    }

    String nameString() {
        return name instanceof PyStr s ? s.value() : Ops.str(name);
    }

    void rename(PyObject v) {
        name = v instanceof PyStr s && s.getType() == PyStr.TYPE ? s : PyStr.of(Ops.str(v));
        AsyncEvents ev = loop == null ? null : loop.st.events;
        if (ev != null) ev.taskRenamed(id, nameString());
    }

    TaskWakeup wakeupFn() {
        if (wakeupFn == null) wakeupFn = new TaskWakeup(this);
        return wakeupFn;
    }

    // ---- cancellation -----------------------------------------------------------------------------

    /**
     * Task.cancel: counts the request; cancels the future the task waits on (its wakeup then throws
     * CancelledError in), or else marks the next step to throw it.
     */
    @Override
    boolean cancel(PyObject msg) {
        setLogTraceback(false);
        if (isDone()) return false;
        numCancelsRequested++;
        if (futWaiter != null) {
            if (futWaiter.cancelDispatch(msg)) return true;
        }
        mustCancel = true;
        cancelMessage = msg == PyNone.INSTANCE ? null : msg;
        return true;
    }

    int uncancel() {
        if (numCancelsRequested > 0) numCancelsRequested--;
        return numCancelsRequested;
    }

    // ---- stepping ---------------------------------------------------------------------------------

    /** One step: resume the coroutine (throwing {@code exc} in if not null) and act on what it yields. */
    void step(PyBaseException exc) {
        ContextVars.Context c = context;
        ContextVars.State cs = loop.st.ctx;
        cs.enter(c);
        try {
            stepInContext(exc);
        } finally {
            cs.exit(c);
        }
    }

    private void stepInContext(PyBaseException exc) {
        if (isDone()) {
            throw AsyncioModule.invalidState("_step(): already done: " + repr() + ", "
                    + (exc == null ? "None" : Ops.repr(exc)));
        }
        if (mustCancel) {
            if (exc == null || !exc.isInstance(AsyncioModule.CancelledError)) exc = makeCancelledError();
            mustCancel = false;
        }
        futWaiter = null;
        EventLoop l = loop;
        l.enterTask(this);
        AsyncEvents ev = l.st.events;
        if (ev != null) ev.taskRunning(id);
        try {
            PyObject yielded;
            try {
                yielded = resumeCoro(exc);
            } catch (PyError e) {
                ended(e);
                return;
            }
            if (yielded == null) return;
            releaseChain();
            afterYield(yielded);
        } finally {
            l.leaveTask(this);
        }
    }

    /** The coroutine's return: the value yielded, or null when it finished (the task is then done). */
    /**
     * The coroutines of the task's await chain stay alive as long as the task does, so the VM's
     * lifetime collector need not watch them (it watches every generator suspended inside a try
     * block, and watching costs a reachability check at each coroutine return). If the task dies
     * pending, {@link #destroyedPending} closes the chain as CPython would.
     */
    private void releaseChain() {
        var lifetime = loop.st.rt.lifetime;
        if (!lifetime.active()) return;
        PyObject c = coro;
        for (int depth = 0; depth < 64; depth++) {
            PyGenBase g = chainLink(c);
            if (g == null || g.finished) return;
            lifetime.unregister(g);
            c = g.yieldFrom();
        }
    }

    /** The coroutine (or generator) behind one link of an await chain, or null where the chain ends. */
    private static PyGenBase chainLink(PyObject c) {
        if (c instanceof PyGenBase g) return g;
        if (c instanceof PyCoroutineWrapper w) return w.coro;
        return null;
    }

    private PyObject resumeCoro(PyBaseException exc) {
        PyObject c = coro;
        if (c instanceof PyGenBase g) {
            PyObject r;
            if (exc == null) {
                try {
                    r = Interp.current().resume(g, PyNone.INSTANCE, null);
                } catch (PyError e) {
                    // A plain generator (3.11 accepts one as a coroutine) that another task already
                    // ran to its end answers send() with StopIteration: the task returns its value.
                    if (g.finished && e.exc.isInstance(Exc.StopIteration)) {
                        returned(Ops.getAttr(e.exc, "value"));
                        return null;
                    }
                    throw e;
                }
            } else {
                try {
                    r = g.throwInto(exc, false);
                } catch (PyError e) {
                    if (g.finished && e.exc.isInstance(Exc.StopIteration)) {
                        returned(Ops.getAttr(e.exc, "value"));
                        return null;
                    }
                    throw e;
                }
            }
            if (g.finished) {
                returned(r);
                return null;
            }
            return r;
        }
        try {
            if (exc == null) return Ops.callMethod(c, "send", PyNone.INSTANCE);
            return Ops.callMethod(c, "throw", exc);
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.StopIteration)) {
                returned(Ops.getAttr(e.exc, "value"));
                return null;
            }
            throw e;
        }
    }

    private void returned(PyObject value) {
        if (mustCancel) {
            // Cancelled right before the coroutine returned.
            mustCancel = false;
            futureCancel(cancelMessage == null ? PyNone.INSTANCE : cancelMessage);
        } else {
            finishWith(value);
        }
    }

    private void ended(PyError e) {
        PyBaseException x = e.exc;
        if (x.isInstance(AsyncioModule.CancelledError)) {
            cancelledExc = x;
            futureCancel(PyNone.INSTANCE);
            return;
        }
        failWith(x);
        if (x.isInstance(Exc.SystemExit) || x.isInstance(Exc.KeyboardInterrupt)) {
            // The exception leaves the loop with Handle._run's frame (holding this task) in its
            // traceback while the task holds the exception: a cycle only the collector frees.
            loop.st.rt.lifetime.holdUntilCycleCollection(this);
            // The C step caught it (and set its __traceback__) before raising it on.
            x.caughtTraceback = x.traceback;
            throw e;
        }
        if (logTraceback) loop.st.collectAfterCallback = true;
    }

    private void afterYield(PyObject result) {
        EventLoop l = loop;
        // Only an exact Future or Task takes the internal path, as CPython's C task: a subclass is
        // awaited through its Python methods (get_loop, add_done_callback, cancel), overrides included.
        if (result instanceof Future f && !f.getType().isHeap()) {
            awaitFuture(f, f.loop, f.blocking);
            return;
        }
        if (result == PyNone.INSTANCE) {
            l.callSoonStep(this, null, true);
            return;
        }
        PyObject blocking = result.getType().lookup("_asyncio_future_blocking") == null ? null
                : Ops.getAttrOrNull(result, PyStr.intern("_asyncio_future_blocking"));
        if (blocking != null && blocking != PyNone.INSTANCE) {
            awaitDuckFuture(result, Ops.isTrue(blocking));
            return;
        }
        String msg;
        if (result instanceof PyGenerator) {
            msg = "yield was used instead of yield from for generator in task " + repr() + " with " + Ops.repr(result);
        } else {
            msg = "Task got bad yield: " + Ops.repr(result);
        }
        l.callSoonStep(this, Exc.make(Exc.RuntimeError, msg), true);
    }

    private void awaitFuture(Future f, EventLoop fLoop, boolean blocking) {
        EventLoop l = loop;
        if (fLoop != l) {
            l.callSoonStep(this, Exc.make(Exc.RuntimeError, "Task " + repr() + " got Future " + f.repr()
                    + " attached to a different loop"), true);
        } else if (blocking) {
            if (f == this) {
                l.callSoonStep(this, Exc.make(Exc.RuntimeError, "Task cannot await on itself: " + repr()), true);
                return;
            }
            f.blocking = false;
            f.addDoneCallback(wakeupFn());
            futWaiter = f;
            AsyncEvents ev = l.st.events;
            if (ev != null) ev.taskWaiting(id, describeWait(f), f.id);
            if (mustCancel) {
                if (f.cancelDispatch(cancelMessage == null ? PyNone.INSTANCE : cancelMessage)) mustCancel = false;
            }
        } else {
            l.callSoonStep(this, Exc.make(Exc.RuntimeError, "yield was used instead of yield from in task "
                    + repr() + " with " + f.repr()), true);
        }
    }

    /** A future-like object that is not one of ours: the same protocol through Python calls. */
    private void awaitDuckFuture(PyObject f, boolean blocking) {
        EventLoop l = loop;
        PyObject getLoop = Ops.getAttrOrNull(f, PyStr.intern("get_loop"));
        PyObject fLoop = getLoop != null ? Ops.call(getLoop) : Ops.getAttr(f, "_loop");
        if (fLoop != l) {
            l.callSoonStep(this, Exc.make(Exc.RuntimeError, "Task " + repr() + " got Future " + Ops.repr(f)
                    + " attached to a different loop"), true);
        } else if (blocking) {
            if (f == this) {
                l.callSoonStep(this, Exc.make(Exc.RuntimeError, "Task cannot await on itself: " + repr()), true);
                return;
            }
            Ops.setAttr(f, PyStr.intern("_asyncio_future_blocking"), PyBool.FALSE);
            Ops.call(Ops.getAttr(f, "add_done_callback"), new PyObject[] {wakeupFn(), context}, new String[] {"context"});
            if (f instanceof Future sub) futWaiter = sub;
            AsyncEvents ev = l.st.events;
            if (ev != null) {
                // A subclass of Future (gather's _GatheringFuture, a learner's own) is described as
                // the internal path describes it; only a foreign future-like object by its repr.
                if (f instanceof Future sub) {
                    ev.taskWaiting(id, describeWait(sub), sub.id);
                } else {
                    ev.taskWaiting(id, l.st.in.observe(() -> Ops.repr(f), "<" + f.getType().name() + ">"), -1);
                }
            }
            if (mustCancel) {
                // Positional, as CPython's C task calls it.
                PyObject r = Ops.call(Ops.getAttr(f, "cancel"), new PyObject[] {orNone(cancelMessage)});
                if (Ops.isTrue(r)) mustCancel = false;
            }
        } else {
            l.callSoonStep(this, Exc.make(Exc.RuntimeError, "yield was used instead of yield from in task "
                    + repr() + " with " + Ops.repr(f)), true);
        }
    }

    /** The wakeup callback: the awaited future is done; step again, delivering its exception if any. */
    void wakeup(PyObject fut) {
        PyBaseException exc = null;
        if (fut instanceof Future f && !f.getType().isHeap()) {
            if (f.state == CANCELLED) {
                exc = f.makeCancelledError();
            } else if (f.state != FINISHED) {
                exc = AsyncioModule.invalidState("Result is not set.").exc;
            } else {
                f.setLogTraceback(false);
                if (f.exception != null) exc = f.takeException();
            }
        } else {
            try {
                Ops.callMethod(fut, "result");
            } catch (PyError e) {
                exc = e.exc;
            }
        }
        step(exc);
    }

    private String describeWait(Future f) {
        if (f instanceof Task t) return t.nameString();
        String described = f.waitDescription();
        if (f.label != null || !described.startsWith("<")) return described;
        PyGenBase inner = innermostCoroutine();
        if (inner == null) return described;
        if (inner.frame.code.library) {
            String owner = f.getType().isHeap() ? null : libraryAwaiter(inner);
            return owner != null ? owner + "'s future" : described;
        }
        // The program's own future: named by the awaiting frame's variable that holds it, as a
        // teacher would ("waits on fut"); a future held nowhere by name keeps its repr.
        String name = inner.frame.localNameOf(f);
        return name != null ? name : described;
    }

    /** The innermost coroutine (or generator) of this task's await chain, or null. */
    private PyGenBase innermostCoroutine() {
        PyObject c = coro;
        PyGenBase inner = null;
        for (int depth = 0; depth < 64; depth++) {
            PyGenBase g = chainLink(c);
            if (g == null) break;
            inner = g;
            c = g.yieldFrom();
        }
        return inner;
    }

    /**
     * A plain future awaited inside a public asyncio method (Lock.acquire, Event.wait,
     * Condition.wait, Semaphore.acquire, Queue.get, Queue.put, ...) is named by that method, e.g.
     * {@code Semaphore.acquire()}: {@code inner}, the innermost coroutine of the task's await chain,
     * is library code and a public class's method. Private helpers give null (the future keeps its
     * repr). Read only while events are recorded.
     */
    private static String libraryAwaiter(PyGenBase inner) {
        String q = inner.frame.code.qualname;
        int dot = q.indexOf('.');
        if (dot <= 0 || q.charAt(0) == '_' || q.charAt(dot + 1) == '_' || q.indexOf('<') >= 0) return null;
        return q + "()";
    }

    // ---- reporting --------------------------------------------------------------------------------

    @Override
    void announceDone() {
        AsyncEvents ev = loop.st.events;
        loop.st.removePending(this);
        if (ev == null) return;
        // What the recording shows is read without running the program's code or taking its ids.
        Interp in = loop.st.in;
        if (state == CANCELLED) {
            ev.taskCancelled(id, cancelMessage == null ? null
                    : in.observe(() -> Ops.repr(cancelMessage), "<" + cancelMessage.getType().name() + ">"));
        } else if (exception != null) {
            ev.taskFailed(id, in.observe(() -> Ops.repr(exception), exception.getType().name()));
        } else {
            ev.taskDone(id, in.observe(() -> Reprs.limited(result), "<" + result.getType().name() + ">"));
        }
    }

    /** Finalizer at program end: "Task was destroyed but it is pending!", and the coroutine's own warning. */
    void destroyedPending() {
        logDestroyed();
        if (coro instanceof PyCoroutine c && c.warnable && !c.frame.started) {
            c.warnable = false;
            loop.st.rt.lifetime.warnAtExit(Exc.RuntimeWarning, loop.st.rt.lifetime.neverAwaitedMessage(c));
        } else {
            closeCoroutine();
        }
    }

    /** Freed when its loop's close() dropped the ready queue (see EventLoop.close): log, then the coroutine dies. */
    void destroyedWithQueue() {
        loop.st.removePending(this);
        logDestroyed();
        if (coro instanceof PyCoroutine c && c.warnable && !c.frame.started) {
            c.warnable = false;
            loop.st.rt.lifetime.warn(Exc.RuntimeWarning, loop.st.rt.lifetime.neverAwaitedMessage(c), true, c);
        } else {
            closeCoroutine();
        }
    }

    private void logDestroyed() {
        if (state == PENDING && logDestroyPending) {
            PyDict ctx = new PyDict();
            ctx.put("task", this);
            ctx.put("message", PyStr.of("Task was destroyed but it is pending!"));
            if (sourceTb != null) ctx.put("source_traceback", SourceTraceback.asList(sourceTb));
            loop.callExceptionHandler(ctx);
        }
    }

    /** The coroutine dies with the task: closing it runs its finally blocks. */
    private void closeCoroutine() {
        if (coro instanceof PyGenBase g && !g.finished && g.frame.started) {
            try {
                g.close();
            } catch (PyError e) {
                loop.st.rt.unraisable(g, e.exc, LibrarySources.forStderr("Exception ignored in: " + g.repr() + "\n"
                        + dev.coroscope.engine.vm.TracebackPrinter.formatUnraisable(loop.st.rt, e.exc)));
            }
        }
    }

    /** The task survived an explicit {@code gc.collect()} (see {@link #collectedPending}). */
    boolean survivedCollect;

    /**
     * Found unreachable by an explicit {@code gc.collect()}; the task leaves {@code all_tasks()}
     * (a weak set there). CPython's collector finalizes the cycle in the order of its object list:
     * a coroutine created just before its task comes first (its finally blocks run before the log,
     * and the task's repr shows it done), but a collection the task survived put the coroutine
     * after it (it was reached through the task), so then the log comes first, as at exit.
     */
    void collectedPending() {
        loop.st.removePending(this);
        if (survivedCollect) {
            destroyedPending();
            return;
        }
        closeCoroutine();
        logDestroyed();
    }

    /** get_stack(limit): the suspended coroutine's frame, or the frames of the exception's traceback (the last ones when limit). */
    List<PyObject> stack(PyObject limitArg) {
        int limit = limitArg == null || limitArg == PyNone.INSTANCE ? Integer.MAX_VALUE : Ops.index(limitArg).intValueExact("limit");
        List<PyObject> out = new ArrayList<>();
        if (coro instanceof PyGenBase g && !g.finished) {
            // The coroutine's frame and, while it runs, its callers (f_back: the loop's frames):
            // the innermost `limit` of them, oldest first, as CPython's walk gives them.
            PyObject f = g.frame;
            while (f != null && f != PyNone.INSTANCE && out.size() < limit) {
                out.add(f);
                f = g.running ? Ops.getAttr(f, PyStr.intern("f_back")) : null;
            }
            java.util.Collections.reverse(out);
        } else if (exception != null) {
            for (PyTraceback tb = exception.traceback; tb != null && out.size() < limit; tb = tb.next) out.add(tb.frame);
        }
        return out;
    }

    /**
     * print_stack(limit, file) as CPython writes it: the heading and the exception line through
     * print (so to stdout when no file is given), the frame list through the traceback module (to
     * stderr when no file is given).
     */
    void printStack(PyObject limit, PyObject file) {
        var rt = loop.st.rt;
        List<PyObject> frames = stack(limit);
        boolean noFile = file == null || file == PyNone.INSTANCE;
        String head;
        if (frames.isEmpty()) head = "No stack for " + repr();
        else if (exception != null) head = "Traceback for " + repr() + " (most recent call last):";
        else head = "Stack for " + repr() + " (most recent call last):";
        if (noFile) Ops.callMethod(rt.stdout, "write", PyStr.of(head + "\n"));
        else Ops.callMethod(file, "write", PyStr.of(head + "\n"));
        StringBuilder sb = new StringBuilder();
        for (PyObject o : frames) {
            if (!(o instanceof dev.coroscope.engine.vm.Frame f)) continue;
            int line = f.lineno();
            sb.append("  File \"").append(f.code.filename).append("\", line ").append(line).append(", in ")
                    .append(f.code.name).append('\n');
            String src = rt.sourceLine(f.code.filename, line);
            if (src != null && !src.isBlank()) sb.append("    ").append(src.strip()).append('\n');
        }
        if (sb.length() > 0) {
            if (noFile) Ops.callMethod(rt.stderr, "write", PyStr.of(sb.toString()));
            else Ops.callMethod(file, "write", PyStr.of(sb.toString()));
        }
        if (exception != null) {
            PyType et = exception.getType();
            String mod = et.moduleName();
            String name = mod != null && !mod.equals("builtins") && !mod.equals("__main__") ? mod + "." + et.qualname() : et.qualname();
            String msg = Ops.str(exception);
            String text = (msg.isEmpty() ? name : name + ": " + msg) + "\n";
            if (noFile) Ops.callMethod(rt.stdout, "write", PyStr.of(text));
            else Ops.callMethod(file, "write", PyStr.of(text));
        }
    }

    @Override
    List<String> reprInfo() {
        List<String> info = super.reprInfo();
        if (numCancelsRequested > 0 && state == PENDING) info.set(0, "cancelling");
        info.add(1, "name=" + Ops.repr(name));
        info.add(2, "coro=<" + (coro == null ? "None" : Reprs.coroutine(coro)) + ">");
        if (futWaiter != null) info.add(3, "wait_for=" + Ops.repr(futWaiter));
        return info;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        super.traverse(v);
        if (coro != null) v.accept(coro);
        if (futWaiter != null) v.accept(futWaiter);
        if (context != null) v.accept(context);
        v.accept(name);
    }
}
