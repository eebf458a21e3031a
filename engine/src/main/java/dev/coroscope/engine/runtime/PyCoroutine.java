package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A native coroutine ({@code async def}). Single use: once finished, resuming it raises
 * {@code RuntimeError('cannot reuse already awaited coroutine')}. It has no {@code __iter__};
 * {@code __await__()} returns a {@link PyCoroutineWrapper}.
 */
public final class PyCoroutine extends PyGenBase {

    public static final PyType TYPE = PyType.builtin("coroutine", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.put("__getattribute__", PyMethodDescriptor.oneArg(t, "__getattribute__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject n) {
            PyObject v = s.getAttr(TypeCall.attrName(n));
            if (v == null) throw Ops.noAttribute(s, (PyStr) n);
            return v;
        }}));
        t.put("__del__", PyMethodDescriptor.noArgs(t, "__del__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyNone.INSTANCE;
        }}));
        t.put("__await__", PyMethodDescriptor.noArgs(t, "__await__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyCoroutineWrapper((PyCoroutine) s);
        }}));
        t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            return ((PyCoroutine) s).send(v);
        }});
        t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return ((PyCoroutine) s).throwInto(a);
        }});
        t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyCoroutine) s).close(); } });
        t.put("__sizeof__", PyMethodDescriptor.noArgs(t, "__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(200);
        }}));
        t.member("cr_code", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyCoroutine) s).frame.code; } });
        t.getter("cr_origin", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject o = ((PyCoroutine) s).origin;
            return o == null ? PyNone.INSTANCE : o;
        }});
        GenTypes.names(t);
        t.getter("cr_await", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject y = ((PyCoroutine) s).yieldFrom();
            return y == null ? PyNone.INSTANCE : y;
        }});
        t.getter("cr_running", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyCoroutine) s).running);
        }});
        t.getter("cr_frame", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCoroutine) s).finished ? PyNone.INSTANCE : ((PyCoroutine) s).frame;
        }});
        t.getter("cr_suspended", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyCoroutine) s).state() == State.SUSPENDED);
        }});
        t.put("__doc__", PyNone.INSTANCE);
    }});

    /** {@code cr_origin}: tuple of (filename, line, function) or null. */
    public PyObject origin;
    /** Whether the never-awaited warning is still possible (never started, never closed). */
    public boolean warnable = true;

    public PyCoroutine(Frame frame, String name, String qualname, int id) {
        super(frame, name, qualname, id);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String kindName() {
        return "coroutine";
    }

    @Override
    public String repr() {
        return "<coroutine object " + qualname + " at " + Ops.address(this) + ">";
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> v) {
        super.traverse(v);
        if (origin != null) v.accept(origin);
    }
}
