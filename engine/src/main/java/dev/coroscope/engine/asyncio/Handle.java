package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code asyncio.events.Handle}: one callback waiting in the loop's ready queue. A handle either
 * calls a Python callable with arguments, or (for the engine's own callbacks, so a task step costs
 * no Python objects) steps or wakes a task: {@code Task-2.__step()}, {@code Task-2.task_wakeup()}.
 *
 * <p>Invariant: once cancelled, a handle never runs and has dropped its callback and arguments.
 */
public class Handle extends PyObject implements dev.coroscope.engine.vm.Lifetime.Holder {

    static final int CALL = 0, STEP = 1, WAKEUP = 2;

    static final PyType TYPE = PyType.builtin("asyncio.events", "Handle", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        // Handle(callback, args, loop, context=None), as a program may build one by hand.
        t.setNew((cls, a, k) -> {
            PyObject[] p = params("Handle", new String[] {"callback", "args", "loop", "context"}, 3, a, k);
            EventLoop loop = loopParam(p[2]);
            Handle h = new Handle(loop, p[0], argsParam(p[1]));
            h.argsNone = p[1] == PyNone.INSTANCE;
            h.setContext(p[3]);
            return h;
        });
        t.method0("cancel", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((Handle) s).cancel();
            return PyNone.INSTANCE;
        }});
        t.method0("cancelled", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Handle) s).cancelled);
        }});
        t.method0("_run", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((Handle) s).run();
            return PyNone.INSTANCE;
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        // The private fields of CPython's Python Handle, read-only here.
        t.getter("_callback", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            Handle h = (Handle) s;
            if (h.callback != null) return h.callback;
            // A task's wake-up is its bound task_wakeup; its step is a C wrapper CPython does not expose by name.
            return h.kind == WAKEUP && h.task != null ? new TaskWakeup(h.task) : PyNone.INSTANCE;
        }});
        t.getter("_args", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            Handle h = (Handle) s;
            if (h.argsNone) return PyNone.INSTANCE;
            if (h.callback != null) return PyTuple.of(h.args == null ? new PyObject[0] : h.args);
            if (h.task != null) return h.kind == WAKEUP ? PyTuple.of(h.arg) : PyTuple.of();
            return PyNone.INSTANCE;
        }});
        t.getter("_cancelled", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Handle) s).cancelled);
        }});
        t.getter("_loop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((Handle) s).loop;
        }});
        t.getter("_context", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            Handle h = (Handle) s;
            if (h.foreignContext != null) return h.foreignContext;
            ContextVars.Context c = h.kind == CALL ? h.context : h.task != null ? h.task.context : null;
            return c == null ? PyNone.INSTANCE : c;
        }});
        t.getter("_repr", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            String r = ((Handle) s).savedRepr;
            return r == null ? PyNone.INSTANCE : PyStr.of(r);
        }});
        t.getter("_source_traceback", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            java.util.List<String[]> tb = ((Handle) s).sourceTb;
            return tb == null ? PyNone.INSTANCE : SourceTraceback.asList(tb);
        }});
    }});

    /**
     * Binds a hand-made handle's arguments by position and keyword ({@code names}, the first
     * {@code required} of them required); absent optional ones are null.
     */
    static PyObject[] params(String what, String[] names, int required, PyObject[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int npos = a.length - nk;
        if (npos > names.length) {
            throw Exc.typeError(what + ".__init__() takes from " + (required + 1) + " to " + (names.length + 1)
                    + " positional arguments but " + (npos + 1) + " were given");
        }
        PyObject[] p = new PyObject[names.length];
        System.arraycopy(a, 0, p, 0, npos);
        for (int i = 0; i < nk; i++) {
            int at = java.util.Arrays.asList(names).indexOf(k[i]);
            if (at < 0) throw Exc.typeError(what + ".__init__() got an unexpected keyword argument '" + k[i] + "'");
            if (p[at] != null) throw Exc.typeError(what + ".__init__() got multiple values for argument '" + k[i] + "'");
            p[at] = a[npos + i];
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) if (p[i] == null) missing.add("'" + names[i] + "'");
        if (!missing.isEmpty()) {
            int n = missing.size();
            String list = n == 1 ? missing.get(0) : String.join(", ", missing.subList(0, n - 1))
                    + (n > 2 ? "," : "") + " and " + missing.get(n - 1);
            throw Exc.typeError(what + ".__init__() missing " + n + " required positional argument"
                    + (n == 1 ? "" : "s") + ": " + list);
        }
        return p;
    }

    static EventLoop loopParam(PyObject loop) {
        if (loop instanceof EventLoop l) return l;
        // CPython asks the loop for its debug flag first: None and the like fail there.
        Ops.callMethod(loop, "get_debug");
        throw Exc.typeError("a Coroscope handle needs an asyncio event loop, not " + loop.getType().tpName());
    }

    static PyObject[] argsParam(PyObject args) {
        if (args == PyNone.INSTANCE) return null;
        return args instanceof PyTuple t ? t.items() : Ops.toArray(args);
    }

    /**
     * The context a handle's callback runs in: a copy of the current one for null or None. Any
     * other object is taken as CPython's Python Handle takes it: the callback is then run by that
     * object's {@code run} (an int fails there, with AttributeError, logged when the handle runs).
     */
    void setContext(PyObject c) {
        if (c == null || c == PyNone.INSTANCE) {
            context = loop.st.copyContext();
        } else if (c instanceof ContextVars.Context cc) {
            context = cc;
        } else {
            foreignContext = c;
        }
    }

    final EventLoop loop;
    final int kind;
    PyObject callback;
    PyObject[] args;
    /** STEP and WAKEUP: the task; arg is the exception to throw in (STEP) or the future that completed (WAKEUP). */
    Task task;
    PyObject arg;
    boolean cancelled;
    /** CALL: the contextvars context the callback runs in (STEP and WAKEUP run in the task's). */
    ContextVars.Context context;
    /** CALL: a context= that is not a Context (its run method calls the callback), or null. */
    PyObject foreignContext;
    /** CALL: made by hand with args None (running it fails as CPython's {@code *self._args} does). */
    boolean argsNone;
    /** The recording has seen this handle enter the ready queue (so it must see it leave). */
    boolean shown;
    /** Debug mode: where call_soon/call_later/call_at was called (see {@link SourceTraceback}); null otherwise. */
    java.util.List<String[]> sourceTb;
    /** The repr taken when cancelled in debug mode, or null. */
    private String savedRepr;
    /** Per-run id for step events. */
    final int id;

    Handle(EventLoop loop, PyObject callback, PyObject[] args) {
        this.loop = loop;
        this.kind = CALL;
        this.callback = callback;
        this.args = args;
        this.id = loop.st.newId();
    }

    Handle(EventLoop loop, int kind, Task task, PyObject arg) {
        this.loop = loop;
        this.kind = kind;
        this.task = task;
        this.arg = arg;
        this.id = loop.st.newId();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public void cancel() {
        if (cancelled) return;
        cancelled = true;
        // Debug mode keeps the repr with its callback (CPython's Handle._repr), for later reports.
        if (loop.debug) savedRepr = repr();
        PyObject cb = callback;
        PyObject[] a = args;
        callback = null;
        args = null;
        task = null;
        arg = null;
        context = null;
        // CPython's Handle.cancel drops the callback, then the arguments: what only they held dies there.
        var lifetime = loop.st.rt.lifetime;
        if (lifetime.active()) {
            if (cb != null) dropped(lifetime, cb, 72, "self._callback = None");
            if (a != null && a.length > 0) dropped(lifetime, PyTuple.of(a), 73, "self._args = None");
        }
    }

    private static void dropped(dev.coroscope.engine.vm.Lifetime lifetime, PyObject o, int line, String source) {
        if (!lifetime.wouldFree(o)) return;
        lifetime.atLibraryLine("<stdlib>/asyncio/events.py", line, "asyncio.events", source, new Runnable() { public void run() {
            lifetime.discarded(o);
        }});
    }

    /** Runs the callback; an exception goes to the loop's exception handler, except SystemExit/KeyboardInterrupt. */
    void run() {
        PyObject cb = callback;
        PyObject[] a = args;
        try {
            switch (kind) {
                case STEP -> task.step(arg instanceof PyBaseException e ? e : null);
                case WAKEUP -> task.wakeup(arg);
                default -> {
                    ContextVars.Context c = context;
                    PyObject r;
                    if (foreignContext != null || argsNone) {
                        r = runUnusual(cb, a);
                    } else if (c == null) {
                        r = Ops.call(cb, a, null);
                    } else {
                        ContextVars.State cs = loop.st.ctx;
                        cs.enter(c);
                        try {
                            r = Ops.call(cb, a, null);
                        } finally {
                            cs.exit(c);
                        }
                    }
                    // Handle._run drops the result at once: a coroutine returned by a callback
                    // (call_soon(async_fn)) is "never awaited" right there, before the next callback.
                    if (r != null && loop.st.rt.lifetime.active()) loop.st.rt.lifetime.discarded(r);
                }
            }
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.SystemExit) || e.exc.isInstance(Exc.KeyboardInterrupt)) throw e;
            e.exc.inLibrary = true; // CPython's traceback starts in asyncio/events.py (Handle._run)
            PyDict ctx = new PyDict();
            String what = kind == CALL ? Reprs.callbackSource(cb, a) : task == null ? "<cancelled>" : callbackText();
            ctx.put("message", PyStr.of("Exception in callback " + what));
            ctx.put("exception", e.exc);
            ctx.put("handle", this);
            if (sourceTb != null) ctx.put("source_traceback", SourceTraceback.asList(sourceTb));
            // CPython calls the handler inside the except clause that caught the callback's error.
            Interp.current().whileHandling(e.exc, new Runnable() { public void run() {
                loop.callExceptionHandler(ctx);
            }});
            // Handle._run keeps its 'context' local after the handler returns: that frame, in the
            // exception's traceback, holds the exception and this handle (its callback, arguments
            // and the failed call's frames): a cycle that lives until the cycle collector runs.
            var lifetime = loop.st.rt.lifetime;
            if (lifetime.active()) {
                lifetime.holdUntilCycleCollection(this);
                lifetime.holdUntilCycleCollection(e.exc);
            }
        }
    }

    /** {@code self._context.run(self._callback, *self._args)} with a context that is no Context, or args None. */
    private PyObject runUnusual(PyObject cb, PyObject[] a) {
        PyObject run = foreignContext != null ? Ops.getAttr(foreignContext, "run") : null;
        if (argsNone) throw Exc.typeError("Value after * must be an iterable, not NoneType");
        PyObject[] all = new PyObject[a.length + 1];
        all[0] = cb;
        System.arraycopy(a, 0, all, 1, a.length);
        return Ops.call(run, all, null);
    }

    /** What the ready queue shows for this handle in the step events. */
    String describe() {
        return switch (kind) {
            case STEP -> task.nameString() + ".__step()";
            case WAKEUP -> task.nameString() + ".task_wakeup()";
            default -> callback == null ? "<cancelled>" : Reprs.callbackSource(callback, args);
        };
    }

    String callbackText() {
        return switch (kind) {
            case STEP -> "<TaskStepMethWrapper object at " + Ops.address(this) + ">()";
            case WAKEUP -> "Task.task_wakeup(" + Reprs.limited(arg) + ")";
            default -> Reprs.callbackSource(callback, args);
        };
    }

    String typeName() {
        return "Handle";
    }

    @Override
    public String repr() {
        if (savedRepr != null) return savedRepr;
        StringBuilder sb = new StringBuilder("<").append(typeName());
        if (cancelled) sb.append(" cancelled");
        reprExtra(sb);
        // Handle._repr_info leaves the callback out when it is None (call_soon(None) runs and fails later).
        if ((callback != null && callback != PyNone.INSTANCE) || task != null) sb.append(' ').append(callbackText());
        if (sourceTb != null && !sourceTb.isEmpty()) sb.append(' ').append(SourceTraceback.createdAt(sourceTb));
        return sb.append('>').toString();
    }

    void reprExtra(StringBuilder sb) {
    }

    @Override
    public void heldForLifetime(Consumer<PyObject> v) {
        if (callback != null) v.accept(callback);
        if (args != null) for (PyObject a : args) v.accept(a);
        if (arg != null) v.accept(arg);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (callback != null) v.accept(callback);
        if (args != null) for (PyObject a : args) v.accept(a);
        if (task != null) v.accept(task);
        if (arg != null) v.accept(arg);
        if (context != null) v.accept(context);
        if (foreignContext != null) v.accept(foreignContext);
    }
}
