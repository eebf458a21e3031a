package dev.coroscope.engine.runtime;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code coroutine_wrapper}: what {@code coro.__await__()} returns; an iterator over the coroutine. */
public final class PyCoroutineWrapper extends PyIterators.Base {

    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCoroutineWrapper) s).coro.send(PyNone.INSTANCE);
        }}));
        t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            return ((PyCoroutineWrapper) s).coro.send(v);
        }});
        t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return ((PyCoroutineWrapper) s).coro.throwInto(a);
        }});
        t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCoroutineWrapper) s).coro.close();
        }});
    }});

    public final PyCoroutine coro;

    public PyCoroutineWrapper(PyCoroutine coro) {
        this.coro = coro;
    }

    @Override
    public PyType getType() {
        return TYPE;
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
