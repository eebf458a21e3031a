package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/**
 * {@code _coroscope}: the private bridge through which bundled library Python code reaches Java
 * hooks of the engine. Programs may import it, but nothing in it reaches outside the run.
 */
final class CoroscopeModule {
    private CoroscopeModule() {}

    static void init(Interp in, PyModule m) {
        m.put("warn", new PyBuiltinFunction("warn", (a, k) -> {
            PyType cat = a.length > 1 && a[1] instanceof PyType t ? t : Exc.RuntimeWarning;
            in.rt.lifetime.warn(cat, Ops.str(a[0]), false);
            return PyNone.INSTANCE;
        }).inModule("_coroscope"));
        m.put("steps", new PyBuiltinFunction("steps", (a, k) -> PyInt.of(in.steps())).inModule("_coroscope"));
        m.put("collect", new PyBuiltinFunction("collect", (a, k) -> {
            in.rt.lifetime.collect();
            return PyNone.INSTANCE;
        }).inModule("_coroscope"));
    }
}
