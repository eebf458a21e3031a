package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;
import java.util.function.Consumer;
import java.util.function.Function;

/** A generator object: made by calling a function whose body contains {@code yield}. */
public final class PyGenerator extends PyGenBase {

    public static final PyType TYPE = PyType.builtin("generator", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyGenerator) s).send(PyNone.INSTANCE);
        }}));
        t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            return ((PyGenerator) s).send(v);
        }});
        t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return ((PyGenerator) s).throwInto(a);
        }});
        t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyGenerator) s).close(); } });
        t.getter("gi_frame", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyGenerator) s).finished ? PyNone.INSTANCE : ((PyGenerator) s).frame;
        }});
        t.getter("gi_running", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyGenerator) s).running);
        }});
        t.member("gi_code", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyGenerator) s).frame.code; } });
        t.getter("gi_yieldfrom", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject y = ((PyGenerator) s).yieldFrom();
            return y == null ? PyNone.INSTANCE : y;
        }});
        t.getter("gi_suspended", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyGenerator) s).state() == State.SUSPENDED);
        }});
        GenTypes.names(t);
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.put("__del__", PyMethodDescriptor.noArgs(t, "__del__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyNone.INSTANCE;
        }}));
        t.put("__sizeof__", PyMethodDescriptor.noArgs(t, "__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(200);
        }}));
    }});

    public PyGenerator(Frame frame, String name, String qualname, int id) {
        super(frame, name, qualname, id);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String kindName() {
        return "generator";
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
        if (finished) return null;
        PyObject r = dev.coroscope.engine.vm.Interp.current().resume(this, PyNone.INSTANCE, null);
        return finished ? null : r;
    }

    @Override
    public String repr() {
        return "<generator object " + qualname + " at " + Ops.address(this) + ">";
    }
}
