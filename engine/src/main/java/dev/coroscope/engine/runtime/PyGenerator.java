package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;

/** A generator object: made by calling a function whose body contains {@code yield}. */
public final class PyGenerator extends PyGenBase {

    public static final PyType TYPE = PyType.builtin("generator", null, false, t -> {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", s -> s));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", s -> ((PyGenerator) s).send(PyNone.INSTANCE)));
        t.method1("send", (s, v) -> ((PyGenerator) s).send(v));
        t.method("throw", (s, a, k) -> ((PyGenerator) s).throwInto(a));
        t.method0("close", s -> ((PyGenerator) s).close());
        t.getter("gi_frame", s -> ((PyGenerator) s).finished ? PyNone.INSTANCE : ((PyGenerator) s).frame);
        t.getter("gi_running", s -> PyBool.of(((PyGenerator) s).running));
        t.getter("gi_code", s -> ((PyGenerator) s).frame.code);
        t.getter("gi_yieldfrom", s -> {
            PyObject y = ((PyGenerator) s).yieldFrom();
            return y == null ? PyNone.INSTANCE : y;
        });
        t.getter("gi_suspended", s -> PyBool.of(((PyGenerator) s).state() == State.SUSPENDED));
        GenTypes.names(t);
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.of(s.repr())));
        t.put("__del__", PyMethodDescriptor.noArgs(t, "__del__", s -> PyNone.INSTANCE));
        t.put("__sizeof__", PyMethodDescriptor.noArgs(t, "__sizeof__", s -> PyInt.of(200)));
    });

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
