package dev.coroscope.engine.runtime;

/** {@code coroutine_wrapper}: what {@code coro.__await__()} returns; an iterator over the coroutine. */
public final class PyCoroutineWrapper extends PyObject {

    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", null, false, t -> {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", s -> s));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", s -> ((PyCoroutineWrapper) s).coro.send(PyNone.INSTANCE)));
        t.method1("send", (s, v) -> ((PyCoroutineWrapper) s).coro.send(v));
        t.method("throw", (s, a, k) -> ((PyCoroutineWrapper) s).coro.throwInto(a));
        t.method0("close", s -> ((PyCoroutineWrapper) s).coro.close());
    });

    public final PyCoroutine coro;

    public PyCoroutineWrapper(PyCoroutine coro) {
        this.coro = coro;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public boolean isIterator() {
        return true;
    }

    @Override
    public PyObject next() {
        if (coro.finished) {
            coro.send(PyNone.INSTANCE);
        }
        PyObject r = dev.coroscope.engine.vm.Interp.current().resume(coro, PyNone.INSTANCE, null);
        return coro.finished ? stop(r) : r;
    }

    private PyObject stop(PyObject r) {
        if (r != PyNone.INSTANCE) throw Exc.stopIteration(r);
        return null;
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> v) {
        v.accept(coro);
    }
}
