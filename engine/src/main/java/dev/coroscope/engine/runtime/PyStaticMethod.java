package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** {@code staticmethod(f)}: no binding; callable itself since 3.10. */
public final class PyStaticMethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("staticmethod", null, true, t -> {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("staticmethod", kw);
            Args.exactly("staticmethod", args, 1);
            return new PyStaticMethod(args[0]);
        });
        t.getter("__func__", s -> ((PyStaticMethod) s).func);
        t.getter("__wrapped__", s -> ((PyStaticMethod) s).func);
        t.put("__get__", new PyMethodDescriptor(t, "__get__", (s, a, k) -> {
            if (a.length < 1 || a.length > 2) throw Exc.typeError("__get__ expected 1 or 2 arguments, got " + a.length);
            return ((PyStaticMethod) s).func;
        }));
        t.getter("__isabstractmethod__", s -> {
            PyObject f = ((PyStaticMethod) s).func;
            if (f == null) return PyBool.FALSE;
            PyObject v = Ops.getAttrOrNull(f, PyStr.intern("__isabstractmethod__"));
            return PyBool.of(v != null && Ops.isTrue(v));
        });
        t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> PyNone.INSTANCE));
    });

    public final PyObject func;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Ops.call(func, args, kwnames);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(func);
    }
}
