package dev.coroscope.engine.runtime;

import java.util.Arrays;

/** The Python-visible attributes of functions. */
final class FunctionType {
    private FunctionType() {}

    static void init(PyType t) {
        t.getset("__name__", s -> PyStr.of(((PyFunction) s).name), (s, v) -> {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__name__ must be set to a string object");
            ((PyFunction) s).name = n.value();
        });
        t.getset("__qualname__", s -> PyStr.of(((PyFunction) s).qualname), (s, v) -> {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__qualname__ must be set to a string object");
            ((PyFunction) s).qualname = n.value();
        });
        t.getset("__code__", s -> ((PyFunction) s).code, (s, v) -> {
            if (!(v instanceof PyCode c)) throw Exc.typeError("__code__ must be set to a code object");
            ((PyFunction) s).code = c;
        });
        t.getset("__defaults__", s -> {
            PyObject[] d = ((PyFunction) s).defaults;
            return d == null ? PyNone.INSTANCE : PyTuple.of(d.clone());
        }, (s, v) -> ((PyFunction) s).defaults = v == PyNone.INSTANCE ? null : Ops.toArray(v));
        t.getset("__kwdefaults__", s -> {
            PyDict d = ((PyFunction) s).kwdefaults;
            return d == null ? PyNone.INSTANCE : d;
        }, (s, v) -> ((PyFunction) s).kwdefaults = v == PyNone.INSTANCE ? null : (PyDict) v);
        t.getter("__globals__", s -> ((PyFunction) s).globals);
        t.getter("__builtins__", s -> ((PyFunction) s).builtins);
        t.getter("__closure__", s -> {
            PyCell[] c = ((PyFunction) s).closure;
            return c == null ? PyNone.INSTANCE : PyTuple.of(Arrays.copyOf(c, c.length, PyObject[].class));
        });
        t.getset("__doc__", s -> ((PyFunction) s).doc, (s, v) -> ((PyFunction) s).doc = v);
        t.getset("__module__", s -> ((PyFunction) s).module, (s, v) -> ((PyFunction) s).module = v);
        t.getset("__annotations__", s -> {
            PyFunction f = (PyFunction) s;
            if (f.annotations == null) f.annotations = new PyDict();
            return f.annotations;
        }, (s, v) -> ((PyFunction) s).annotations = v);
        t.getset("__dict__", PyObject::getDict, (s, v) -> {
            throw Exc.typeError("__dict__ assignment is not supported");
        });
        t.put("__get__", new PyMethodDescriptor(t, "__get__", (s, a, k) -> {
            PyObject obj = a.length > 0 ? a[0] : PyNone.INSTANCE;
            return obj == PyNone.INSTANCE ? s : new PyMethod(s, obj);
        }));
        t.put("__call__", new PyMethodDescriptor(t, "__call__", (s, a, k) -> s.call(a, k)));
    }
}
