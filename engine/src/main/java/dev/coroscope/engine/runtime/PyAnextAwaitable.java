package dev.coroscope.engine.runtime;

/**
 * {@code anext_awaitable}: what {@code anext(iterator, default)} returns. It awaits what
 * {@code __anext__()} returned and, when that ends the iteration with {@code StopAsyncIteration},
 * finishes with the default value instead (a {@code StopIteration(default)} to the awaiter).
 * Send, throw and close are passed on to the wrapped awaitable's iterator.
 */
public final class PyAnextAwaitable extends PyIterators.Base {

    static final PyType TYPE = PyType.builtin("anext_awaitable", null, false, t -> {
        t.put("__await__", PyMethodDescriptor.noArgs(t, "__await__", Slots.SELF));
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", s -> ((PyAnextAwaitable) s).send(PyNone.INSTANCE)));
        t.method1("send", (s, v) -> ((PyAnextAwaitable) s).send(v));
        t.method("throw", (s, a, k) -> ((PyAnextAwaitable) s).call("throw", a));
        t.method0("close", s -> {
            PyAnextAwaitable w = (PyAnextAwaitable) s;
            PyObject it = w.awaitIter();
            if (Ops.getAttrOrNull(it, PyStr.intern("close")) != null) Ops.callMethod(it, "close");
            return PyNone.INSTANCE;
        });
    });

    private final PyObject wrapped;
    private final PyObject deflt;
    private PyObject it;

    PyAnextAwaitable(PyObject wrapped, PyObject deflt) {
        this.wrapped = wrapped;
        this.deflt = deflt;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }


    @Override
    public PyObject next() {
        return send(PyNone.INSTANCE);
    }

    /** The wrapped awaitable's iterator, found on first use as {@code await} would find it. */
    private PyObject awaitIter() {
        if (it == null) {
            if (wrapped instanceof PyCoroutine
                    || (wrapped instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0)) {
                it = wrapped;
            } else {
                PyObject m = wrapped.getType().lookup(Ops.S_AWAIT);
                if (m == null) {
                    throw Exc.typeError("object " + wrapped.getType().name() + " can't be used in 'await' expression");
                }
                PyObject found = Ops.callDunderFound(m, wrapped);
                if (found instanceof PyCoroutine) throw Exc.typeError("__await__() returned a coroutine");
                if (!Ops.isIterator(found)) {
                    throw Exc.typeError("__await__() returned non-iterator of type '" + found.getType().tpName() + "'");
                }
                it = found;
            }
        }
        return it;
    }

    private PyObject send(PyObject v) {
        return call("send", v);
    }

    private PyObject call(String method, PyObject... args) {
        PyObject target = awaitIter();
        try {
            return Ops.callMethod(target, method, args);
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.StopAsyncIteration)) throw Exc.stopIteration(deflt);
            throw e;
        }
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> v) {
        v.accept(wrapped);
        v.accept(deflt);
        if (it != null) v.accept(it);
    }
}
