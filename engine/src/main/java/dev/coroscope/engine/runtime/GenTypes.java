package dev.coroscope.engine.runtime;

/** Attributes shared by the generator-like types. */
final class GenTypes {
    private GenTypes() {}

    static void names(PyType t) {
        t.getset("__name__", s -> PyStr.of(((PyGenBase) s).name), (s, v) -> {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__name__ must be set to a string object");
            ((PyGenBase) s).name = n.value();
        });
        t.getset("__qualname__", s -> PyStr.of(((PyGenBase) s).qualname), (s, v) -> {
            if (!(v instanceof PyStr n)) throw Exc.typeError("__qualname__ must be set to a string object");
            ((PyGenBase) s).qualname = n.value();
        });
    }
}
