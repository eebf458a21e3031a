package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;

/**
 * {@code linecache}: the lines of the program's own files (the engine has no file system; the
 * sources it loaded are what there is). Unknown files have no lines, as a missing file in CPython.
 */
public final class LinecacheModule {
    private LinecacheModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("linecache");
    }

    private static PyList lines(Interp in, PyObject filename) {
        PyList out = new PyList();
        if (!(filename instanceof PyStr s)) return out;
        java.util.List<String> l = in.rt.sourceLinesWithEnds(s.value());
        if (l != null) for (String line : l) out.append(PyStr.of(line));
        return out;
    }

    public static void init(Interp in, PyModule m) {
        m.put("getline", fn("getline", (a, k) -> {
            PyObject[] p = Args.parse("getline", a, k, new String[] {"filename", "lineno", "module_globals"}, 2);
            PyList l = lines(in, p[0]);
            PyInt n = Ops.index(p[1]);
            long i = n.longValueOr(0);
            return i >= 1 && i <= l.size() ? l.get((int) (i - 1)) : PyStr.of("");
        }));
        m.put("getlines", fn("getlines", (a, k) -> {
            PyObject[] p = Args.parse("getlines", a, k, new String[] {"filename", "module_globals"}, 1);
            return lines(in, p[0]);
        }));
        m.put("updatecache", fn("updatecache", (a, k) -> {
            PyObject[] p = Args.parse("updatecache", a, k, new String[] {"filename", "module_globals"}, 1);
            return lines(in, p[0]);
        }));
        m.put("clearcache", fn("clearcache", (a, k) -> PyNone.INSTANCE));
        m.put("checkcache", fn("checkcache", (a, k) -> PyNone.INSTANCE));
        m.put("lazycache", fn("lazycache", (a, k) -> PyBool.FALSE));
        m.put("cache", new PyDict());
    }
}
