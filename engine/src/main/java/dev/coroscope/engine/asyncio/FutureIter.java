package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code FutureIter}: what {@code Future.__await__()} returns. The first {@code __next__} on a
 * pending future marks it blocking and yields the future itself (that is how a task learns what
 * to wait on); once the future is done, the next {@code __next__} finishes the iteration with
 * the future's result, or raises its exception. A done future yields nothing at all, so awaiting
 * it costs no loop iteration.
 */
public final class FutureIter extends PyIterators.Base implements AmSend {

    static final PyType TYPE = PyType.builtin("_asyncio", "FutureIter", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", Slots.NEXT));
        // CPython's FutureIter ignores the value sent: send(x) is next().
        t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            PyObject r = s.next();
            if (r == null) throw Exc.stopIteration(null);
            return r;
        }});
        t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length > 2 && a[2] != PyNone.INSTANCE && !(a[2] instanceof PyTraceback)) {
                throw Exc.typeError("throw() third argument must be a traceback");
            }
            PyObject[] args = a.length > 1 && a[1] == PyNone.INSTANCE ? new PyObject[] {a[0]} : a;
            PyError thrown = new PyError(PyGenBase.throwArgs(args));
            // The iterator lets go of its future: a later next() just finishes, with no value.
            ((FutureIter) s).future = null;
            throw thrown;
        }});
        t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((FutureIter) s).future = null;
            return PyNone.INSTANCE;
        }});
    }});

    Future future;
    /** What the last {@link #sendNone} finished with, until {@link #takeReturn} hands it over. */
    private PyObject returned;

    FutureIter(Future future) {
        this.future = future;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }


    /** The yielded future, or (when done) raises StopIteration(result); null when exhausted. */
    @Override
    public PyObject next() {
        if (future == null) return null;
        PyObject y = sendNone();
        if (y != null) return y;
        PyObject r = takeReturn();
        throw Exc.stopIteration(r == PyNone.INSTANCE ? null : r);
    }

    @Override
    public PyObject sendNone() {
        Future f = future;
        if (f == null) return null;
        if (f.state == Future.PENDING) {
            if (!f.blocking) {
                f.blocking = true;
                return f;
            }
            throw Exc.runtimeError("await wasn't used with future");
        }
        future = null;
        returned = f.result();
        return null;
    }

    @Override
    public PyObject takeReturn() {
        PyObject r = returned;
        returned = null;
        return r == null ? PyNone.INSTANCE : r;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (future != null) v.accept(future);
    }
}
