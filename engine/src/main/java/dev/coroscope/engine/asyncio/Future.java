package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.trace.AsyncEvents;
import dev.coroscope.engine.trace.FutureState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code asyncio.Future} (CPython's C {@code _asyncio.Future}): PENDING until a result, an
 * exception or a cancellation makes it done. Completing it never calls the done-callbacks: it
 * queues each with the loop's {@code call_soon}, in registration order, so an awaiting task (whose
 * wakeup is one of those callbacks) resumes in the next loop iteration at the earliest.
 *
 * <p>Invariants: the state only goes from PENDING to CANCELLED or FINISHED; the callback list is
 * empty once done; {@link #logTraceback} is true exactly while an exception was set and nobody
 * retrieved it (then the object is registered with the lifetime collector, which reports
 * "exception was never retrieved" if it dies in that state).
 */
public class Future extends PyObject implements OwnId, dev.coroscope.engine.vm.Lifetime.Outcome,
        dev.coroscope.engine.runtime.WeakReferenceable {

    static final int PENDING = 0, CANCELLED = 1, FINISHED = 2;
    private static final String[] STATE_NAMES = {"PENDING", "CANCELLED", "FINISHED"};

    public static final PyType TYPE = PyType.builtin("_asyncio", "Future", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        Future.initType(x);
    }});

    private static void initType(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) { return new Future(cls); } });
        t.setCallsInit();
        t.setJavaClass(Future.class);
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("Future", a, k, new String[] {"loop"}, 0, 0);
            ((Future) s).init(p[0]);
            return PyNone.INSTANCE;
        }}));
        t.method0("result", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Future) s).result(); } });
        t.method0("exception", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBaseException e = ((Future) s).exception();
            return e == null ? PyNone.INSTANCE : e;
        }});
        t.method0("done", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Future) s).state != PENDING);
        }});
        t.method0("cancelled", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Future) s).state == CANCELLED);
        }});
        t.method("cancel", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("cancel", a, k, new String[] {"msg"}, 0);
            return PyBool.of(((Future) s).cancel(p[0] == null ? PyNone.INSTANCE : p[0]));
        }});
        t.method1("set_result", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            ((Future) s).setResult(v);
            return PyNone.INSTANCE;
        }});
        t.method1("set_exception", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            ((Future) s).setException(v);
            return PyNone.INSTANCE;
        }});
        t.method("add_done_callback", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("add_done_callback", a, k, new String[] {"fn", "context"}, 1, 1);
            // Any context= object is kept (CPython checks nothing here): one that is no Context
            // fails when the callback runs, where the handle calls its run method.
            ((Future) s).addDoneCallback(p[0], p[1] == null || p[1] == PyNone.INSTANCE
                    ? ((Future) s).loop().st.copyContext() : p[1]);
            return PyNone.INSTANCE;
        }});
        t.method1("remove_done_callback", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject fn) {
            return PyInt.of(((Future) s).removeDoneCallback(fn));
        }});
        t.method0("get_loop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Future) s).loop(); } });
        t.method0("_make_cancelled_error", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((Future) s).makeCancelledError();
        }});
        t.put("__await__", PyMethodDescriptor.noArgs(t, "__await__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new FutureIter((Future) s);
        }}));
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new FutureIter((Future) s);
        }}));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        // Future[int] (and Task[int]) is a types.GenericAlias, as in CPython.
        t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyGenericAlias.of(a[0], a[1]);
        }})));
        t.getset("_asyncio_future_blocking", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Future) s).blocking);
        }},
                new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
                    ((Future) s).blocking = Ops.isTrue(v);
                }});
        t.getset("_log_traceback", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((Future) s).logTraceback);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (Ops.isTrue(v)) throw Exc.valueError("_log_traceback can only be set to False");
            ((Future) s).setLogTraceback(false);
        }});
        t.getter("_state", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(STATE_NAMES[((Future) s).state]);
        }});
        t.getter("_result", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((Future) s).result); } });
        t.getter("_exception", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return orNone(((Future) s).exception);
        }});
        t.getter("_loop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((Future) s).loop); } });
        t.getter("_source_traceback", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            List<String[]> tb = ((Future) s).sourceTb;
            return tb == null ? PyNone.INSTANCE : SourceTraceback.asList(tb);
        }});
        t.getset("_cancel_message", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return orNone(((Future) s).cancelMessage);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((Future) s).cancelMessage = v;
        }});
        t.getter("_callbacks", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            Future f = (Future) s;
            List<PyObject> l = new ArrayList<>();
            if (f.callbacks != null) {
                for (int i = 0; i < f.callbacks.size(); i++) l.add(PyTuple.of(f.callbacks.get(i), orNone(f.callbackContext(i))));
            }
            return new PyList(l);
        }});
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private final PyType type;
    private PyDict dict;
    EventLoop loop;
    int state;
    PyObject result;
    PyBaseException exception;
    /** The exception's traceback when it was set; result() restores it before raising. */
    PyTraceback excTb;
    /** Done-callbacks in registration order (null until the first). */
    ArrayList<PyObject> callbacks;
    /**
     * The context of each done-callback, parallel to {@link #callbacks} (null until one has a
     * context): a Context, or any other object given as context= (see Handle#foreignContext).
     */
    ArrayList<PyObject> callbackContexts;
    PyObject cancelMessage;
    PyBaseException cancelledExc;
    boolean blocking;
    boolean logTraceback;
    /** Per-run id for step events (tasks, futures and handles share the counter). */
    int id;
    /** What the step events call this future when a task waits on it, e.g. {@code sleep(0.5)}. */
    String label;
    /** The Python id() once asked (see {@link OwnId}), else 0. */
    private long pyId;

    Future(PyType type) {
        this.type = type;
    }

    @Override
    public long ownId() {
        return pyId;
    }

    @Override
    public void setOwnId(long id) {
        pyId = id;
    }

    /** A pending future of {@code loop} (loop.create_future()). */
    Future(EventLoop loop) {
        this.type = TYPE;
        attach(loop);
    }

    private void init(PyObject loopArg) {
        EventLoop l;
        if (loopArg == null || loopArg == PyNone.INSTANCE) {
            l = AsyncioModule.getEventLoop(AsyncioState.current());
        } else if (loopArg instanceof EventLoop el) {
            l = el;
        } else {
            // CPython asks the loop for get_debug() first: that is where a non-loop fails there.
            Ops.callMethod(loopArg, "get_debug");
            throw Exc.typeError("loop must be an event loop, not " + loopArg.getType().tpName());
        }
        attach(l);
        if (l.debug && !(this instanceof Task)) sourceTb = SourceTraceback.capture(l.st, SourceTraceback.FUTURE_MAKERS, null, Integer.MAX_VALUE);
    }

    /** Debug mode: where this future was made (see {@link SourceTraceback}); null otherwise. */
    List<String[]> sourceTb;

    void attach(EventLoop l) {
        this.loop = l;
        this.id = l.st.newId();
        AsyncEvents ev = l.st.events;
        if (ev != null && !(this instanceof Task)) ev.futureCreated(id, l.st.in.observe(this::repr, "<" + type.name() + ">"));
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.isHeap()) dict = new PyDict();
        return dict;
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new FutureIter(this);
    }

    EventLoop loop() {
        if (loop == null) throw Exc.runtimeError("Future object is not initialized.");
        return loop;
    }

    public boolean isDone() {
        return state != PENDING;
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** {@code result()}: the result, or raises the exception (with its original traceback), CancelledError or InvalidStateError. */
    PyObject result() {
        if (state == CANCELLED) throw new PyError(makeCancelledError());
        if (state != FINISHED) throw AsyncioModule.invalidState("Result is not set.");
        setLogTraceback(false);
        if (exception != null) throw new PyError(takeException());
        return result;
    }

    /**
     * The stored exception, ready to raise: its traceback is reset to the one it had when it was
     * set, and only the first time (CPython's C Future forgets that traceback after handing it out,
     * so later raises start from an empty one).
     */
    PyBaseException takeException() {
        exception.traceback = excTb;
        excTb = null;
        return exception;
    }

    /** {@code exception()}: null for a result; raises for a pending or cancelled future. */
    PyBaseException exception() {
        if (state == CANCELLED) throw new PyError(makeCancelledError());
        if (state != FINISHED) throw AsyncioModule.invalidState("Exception is not set.");
        setLogTraceback(false);
        return exception;
    }

    /** The CancelledError to raise: the one the coroutine ended with (once), else a new one with the message. */
    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        PyTuple args = cancelMessage == null || cancelMessage == PyNone.INSTANCE ? PyTuple.EMPTY : PyTuple.of(cancelMessage);
        return new PyBaseException(AsyncioModule.CancelledError, args);
    }

    void setLogTraceback(boolean on) {
        if (on == logTraceback) return;
        logTraceback = on;
        if (loop == null) return;
        if (on) loop.st.rt.lifetime.register(this, new Consumer<PyObject>() { public void accept(PyObject o) {
            ((Future) o).neverRetrieved();
        }});
        else loop.st.rt.lifetime.unregister(this);
    }

    /** Finalizer: the future dies with an exception nobody looked at. */
    private void neverRetrieved() {
        if (!logTraceback) return;
        logTraceback = false;
        PyDict ctx = new PyDict();
        ctx.put("message", PyStr.of(type.name() + " exception was never retrieved"));
        ctx.put("exception", exception);
        ctx.put("future", this);
        if (sourceTb != null) ctx.put("source_traceback", SourceTraceback.asList(sourceTb));
        loop.callExceptionHandler(ctx);
    }

    // ---- completing -------------------------------------------------------------------------------

    /** {@code cancel(msg)} as Python sees it: subclasses written in Python may override it. */
    boolean cancelDispatch(PyObject msg) {
        if (type.isHeap()) {
            PyObject m = type.lookup("cancel");
            if (!(m instanceof PyMethodDescriptor)) {
                // Positional, as CPython's C task calls its awaited future's cancel.
                return Ops.isTrue(Ops.call(Ops.getAttr(this, "cancel"), new PyObject[] {msg}));
            }
        }
        return cancel(msg);
    }

    /** Future.cancel: done means False; otherwise CANCELLED and the callbacks queued. */
    boolean cancel(PyObject msg) {
        setLogTraceback(false);
        return futureCancel(msg);
    }

    final boolean futureCancel(PyObject msg) {
        if (state != PENDING) return false;
        state = CANCELLED;
        cancelMessage = msg == PyNone.INSTANCE ? null : msg;
        completed();
        return true;
    }

    void setResult(PyObject v) {
        if (state != PENDING) throw AsyncioModule.invalidState("invalid state");
        finishWith(v);
    }

    final void finishWith(PyObject v) {
        result = v;
        state = FINISHED;
        completed();
    }

    void setException(PyObject v) {
        if (state != PENDING) throw AsyncioModule.invalidState("invalid state");
        if (v instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) v = Ops.call(t);
        if (!(v instanceof PyBaseException e)) throw Exc.typeError("invalid exception object");
        if (e.getType() == Exc.StopIteration) {
            throw Exc.typeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        failWith(e);
    }

    final void failWith(PyBaseException e) {
        exception = e;
        excTb = e.traceback;
        state = FINISHED;
        completed();
        setLogTraceback(true);
    }

    private void completed() {
        announceDone();
        scheduleCallbacks();
    }

    /** Reports the completion to the recording (tasks report their own way). */
    void announceDone() {
        AsyncEvents ev = loop == null ? null : loop.st.events;
        if (ev != null) ev.futureDone(id, state == CANCELLED ? FutureState.CANCELLED : FutureState.FINISHED,
                loop.st.in.observe(this::repr, "<" + type.name() + ">"));
    }

    private void scheduleCallbacks() {
        ArrayList<PyObject> cbs = callbacks;
        if (cbs == null || cbs.isEmpty()) return;
        ArrayList<PyObject> ctxs = callbackContexts;
        callbacks = null;
        callbackContexts = null;
        for (int i = 0; i < cbs.size(); i++) loop.callSoonDone(cbs.get(i), this, ctxs == null ? null : ctxs.get(i));
    }

    PyObject callbackContext(int i) {
        return callbackContexts == null ? null : callbackContexts.get(i);
    }

    /** An engine callback (a task's wakeup): it runs in no context of its own. */
    void addDoneCallback(PyObject fn) {
        addDoneCallback(fn, null);
    }

    void addDoneCallback(PyObject fn, PyObject ctx) {
        if (state != PENDING) {
            loop.callSoonDone(fn, this, ctx);
            return;
        }
        if (callbacks == null) callbacks = new ArrayList<>(2);
        if (ctx != null && callbackContexts == null) {
            callbackContexts = new ArrayList<>(callbacks.size() + 1);
            for (int i = 0; i < callbacks.size(); i++) callbackContexts.add(null);
        }
        callbacks.add(fn);
        if (callbackContexts != null) callbackContexts.add(ctx);
    }

    int removeDoneCallback(PyObject fn) {
        if (callbacks == null) return 0;
        ArrayList<PyObject> keep = new ArrayList<>(callbacks.size());
        ArrayList<PyObject> keepCtx = callbackContexts == null ? null : new ArrayList<>(callbacks.size());
        for (int i = 0; i < callbacks.size(); i++) {
            PyObject f = callbacks.get(i);
            if (f == fn || Ops.eq(f, fn)) continue;
            keep.add(f);
            if (keepCtx != null) keepCtx.add(callbackContexts.get(i));
        }
        int removed = callbacks.size() - keep.size();
        callbacks = keep;
        callbackContexts = keepCtx;
        return removed;
    }

    // ---- repr -------------------------------------------------------------------------------------

    /** {@code base_futures._future_repr_info}. */
    List<String> reprInfo() {
        List<String> info = new ArrayList<>();
        info.add(STATE_NAMES[state].toLowerCase());
        if (state == FINISHED) {
            if (exception != null) info.add("exception=" + Ops.repr(exception));
            else info.add("result=" + Reprs.limited(result));
        }
        if (callbacks != null && !callbacks.isEmpty()) info.add(callbacksText());
        if (sourceTb != null && !sourceTb.isEmpty()) info.add(SourceTraceback.createdAt(sourceTb));
        return info;
    }

    private String callbacksText() {
        int n = callbacks.size();
        String body;
        if (n == 1) body = cbText(callbacks.get(0));
        else if (n == 2) body = cbText(callbacks.get(0)) + ", " + cbText(callbacks.get(1));
        else body = cbText(callbacks.get(0)) + ", <" + (n - 2) + " more>, " + cbText(callbacks.get(n - 1));
        return "cb=[" + body + "]";
    }

    private static String cbText(PyObject fn) {
        return Reprs.callbackSource(fn, new PyObject[0]);
    }

    @Override
    public String repr() {
        if (loop == null) return "<" + type.name() + " pending>";
        var g = Ops.enterRepr(this);
        if (g == null) return "...";
        try {
            return "<" + type.name() + " " + String.join(" ", reprInfo()) + ">";
        } finally {
            g.exit();
        }
    }

    /** How a task waiting on this future describes it in the step events. */
    String waitDescription() {
        if (label != null) return label;
        if (type.isHeap() && type.name().equals("_GatheringFuture") && dict != null
                && dict.get("_children") instanceof PyList children) {
            StringBuilder sb = new StringBuilder("gather(");
            for (int i = 0; i < children.size(); i++) {
                if (i > 0) sb.append(", ");
                if (sb.length() > 120) {
                    sb.append("...");
                    break;
                }
                PyObject c = children.get(i);
                sb.append(c instanceof Task t ? t.nameString() : c instanceof Future ? "<Future>" : "?");
            }
            return sb.append(')').toString();
        }
        return "<" + type.name() + " " + STATE_NAMES[state].toLowerCase() + ">";
    }

    @Override
    public PyObject outcomeResult() {
        return result;
    }

    @Override
    public PyBaseException outcomeException() {
        return exception;
    }

    @Override
    public PyTraceback outcomeTraceback() {
        return excTb;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (dict != null) v.accept(dict);
        if (loop != null) v.accept(loop);
        if (result != null) v.accept(result);
        if (exception != null) v.accept(exception);
        if (callbacks != null) for (PyObject cb : callbacks) v.accept(cb);
        if (callbackContexts != null) for (PyObject c : callbackContexts) if (c != null) v.accept(c);
        if (cancelMessage != null) v.accept(cancelMessage);
        if (cancelledExc != null) v.accept(cancelledExc);
    }
}
