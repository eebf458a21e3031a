package dev.coroscope.engine.runtime;
import java.util.function.Function;

/** Attributes shared by the generator-like types. */
final class GenTypes {
    private GenTypes() {}

    static void names(PyType t) {
        t.getset("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyGenBase) s).name);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__name__ must be set to a string object");
            ((PyGenBase) s).name = n.value();
        }});
        t.getset("__qualname__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyGenBase) s).qualname);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__qualname__ must be set to a string object");
            ((PyGenBase) s).qualname = n.value();
        }});
    }
}
