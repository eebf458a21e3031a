package dev.coroscope.engine.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/** {@code staticmethod(f)}: no binding; callable itself since 3.10. */
public final class PyStaticMethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("staticmethod", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("staticmethod", kw);
            Args.exactly("staticmethod", args, 1);
            PyStaticMethod r = new PyStaticMethod(args[0]);
            if (cls != TYPE) r.type = cls;
            return r;
        }});
        t.member("__func__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyStaticMethod) s).func; } });
        t.member("__wrapped__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyStaticMethod) s).func; } });
        t.put("__get__", new PyMethodDescriptor(t, "__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length < 1 || a.length > 2) throw Exc.typeError("__get__ expected 1 or 2 arguments, got " + a.length);
            return ((PyStaticMethod) s).func;
        }}));
        t.getter("__isabstractmethod__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject f = ((PyStaticMethod) s).func;
            if (f == null) return PyBool.FALSE;
            PyObject v = Ops.getAttrOrNull(f, PyStr.intern("__isabstractmethod__"));
            return PyBool.of(v != null && Ops.isTrue(v));
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyNone.INSTANCE;
        }}));
    }});

    public final PyObject func;
    /** staticmethod itself, or the user subclass this instance belongs to. */
    private PyType type = TYPE;
    /** Attributes set on it (functools.wraps copies __name__, __doc__...), made on first use. */
    private PyDict dict;

    public PyStaticMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** {@code <staticmethod(<function f at ...>)>} (also for a subclass, as in CPython). */
    @Override
    public String repr() {
        return "<staticmethod(" + Ops.repr(func) + ")>";
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
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
        if (dict != null) v.accept(dict);
        v.accept(func);
    }
}
