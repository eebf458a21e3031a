package dev.coroscope.engine.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/** {@code classmethod(f)}: binds to the class. */
public final class PyClassMethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("classmethod", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("classmethod", kw);
            Args.exactly("classmethod", args, 1);
            PyClassMethod r = new PyClassMethod(args[0]);
            if (cls != TYPE) r.type = cls;
            return r;
        }});
        t.member("__func__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyClassMethod) s).func; } });
        t.member("__wrapped__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyClassMethod) s).func; } });
        t.getter("__isabstractmethod__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject f = ((PyClassMethod) s).func;
            if (f == null) return PyBool.FALSE;
            PyObject v = Ops.getAttrOrNull(f, PyStr.intern("__isabstractmethod__"));
            return PyBool.of(v != null && Ops.isTrue(v));
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyNone.INSTANCE;
        }}));
        t.put("__get__", new PyMethodDescriptor(t, "__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length < 1 || a.length > 2) throw Exc.typeError("__get__ expected 1 or 2 arguments, got " + a.length);
            PyObject owner = a.length > 1 && a[1] != PyNone.INSTANCE ? a[1] : a[0].getType();
            return Descriptors.classMethodGet((PyClassMethod) s, owner);
        }}));
    }});

    public final PyObject func;
    /** classmethod itself, or the user subclass this instance belongs to. */
    private PyType type = TYPE;
    /** Attributes set on it (functools.wraps copies __name__, __doc__...), made on first use. */
    private PyDict dict;

    public PyClassMethod(PyObject func) {
        this.func = func;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** {@code <staticmethod(<function f at ...>)>} (also for a subclass, as in CPython). */
    @Override
    public String repr() {
        return "<classmethod(" + Ops.repr(func) + ")>";
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (dict != null) v.accept(dict);
        v.accept(func);
    }
}
