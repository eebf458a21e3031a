package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.function.Function;

/** The Python-visible attributes of functions. */
final class FunctionType {
    private FunctionType() {}

    static void init(PyType t) {
        t.getset("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyFunction) s).name);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__name__ must be set to a string object");
            ((PyFunction) s).name = n.value();
        }});
        t.getset("__qualname__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyFunction) s).qualname);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__qualname__ must be set to a string object");
            ((PyFunction) s).qualname = n.value();
        }});
        t.getset("__code__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyFunction) s).code;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyCode c)) throw Exc.typeError("__code__ must be set to a code object");
            ((PyFunction) s).code = c;
        }});
        t.getset("__defaults__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject[] d = ((PyFunction) s).defaults;
            return d == null ? PyNone.INSTANCE : PyTuple.of(d.clone());
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyFunction) s).defaults = v == PyNone.INSTANCE ? null : Ops.toArray(v);
        }});
        t.getset("__kwdefaults__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyDict d = ((PyFunction) s).kwdefaults;
            return d == null ? PyNone.INSTANCE : d;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyFunction) s).kwdefaults = v == PyNone.INSTANCE ? null : (PyDict) v;
        }});
        t.member("__globals__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyFunction) s).globals; } });
        t.member("__builtins__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyFunction) s).builtins; } });
        t.member("__closure__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyCell[] c = ((PyFunction) s).closure;
            return c == null ? PyNone.INSTANCE : PyTuple.of(Arrays.copyOf(c, c.length, PyObject[].class));
        }});
        t.getset("__doc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyFunction) s).doc;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyFunction) s).doc = v;
        }});
        t.getset("__module__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyFunction) s).module;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyFunction) s).module = v;
        }});
        t.getset("__annotations__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyFunction f = (PyFunction) s;
            if (f.annotations == null) f.annotations = new PyDict();
            return f.annotations;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) { ((PyFunction) s).annotations = v; } });
        t.getset("__dict__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return x.getDict(); } }, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            throw Exc.typeError("__dict__ assignment is not supported");
        }});
        t.put("__get__", new PyMethodDescriptor(t, "__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject obj = a.length > 0 ? a[0] : PyNone.INSTANCE;
            return obj == PyNone.INSTANCE ? s : new PyMethod(s, obj);
        }}));
        t.put("__call__", new PyMethodDescriptor(t, "__call__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return s.call(a, k);
        }}));
    }
}
