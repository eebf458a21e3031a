package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/**
 * {@code _coroscope}: the private bridge through which bundled library Python code reaches Java
 * hooks of the engine. Programs may import it, but nothing in it reaches outside the run.
 */
final class CoroscopeModule {
    private CoroscopeModule() {}

    static void init(Interp in, PyModule m) {
        m.put("warn", new PyBuiltinFunction("warn", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyType cat = a.length > 1 && a[1] instanceof PyType t ? t : Exc.RuntimeWarning;
            in.rt.lifetime.warn(cat, Ops.str(a[0]), false);
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("digest", new PyBuiltinFunction("digest", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // hashlib's digests: (algorithm name as Java knows it, bytes) -> the digest's bytes.
            if (a.length != 2 || !(a[0] instanceof PyStr n) || !(a[1] instanceof PyBytes b)) {
                throw Exc.typeError("digest(name, data)");
            }
            try {
                return new PyBytes(java.security.MessageDigest.getInstance(n.value()).digest(b.data));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw Exc.valueError("unsupported hash type " + n.value());
            }
        }}).inModule("_coroscope"));
        m.put("c_type_name", new PyBuiltinFunction("c_type_name", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // A library class CPython writes in C: messages name it by that C type's tp_name.
            if (a.length == 2 && a[0] instanceof PyType t && a[1] instanceof PyStr n) t.setCTypeName(n.value());
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("source_line", new PyBuiltinFunction("source_line", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            String line = a[0] instanceof PyStr f ? in.rt.sourceLine(f.value(), (int) Ops.index(a[1]).longValueOr(0)) : null;
            return line == null ? PyNone.INSTANCE : PyStr.of(line);
        }}).inModule("_coroscope"));
        m.put("is_library_frame", new PyBuiltinFunction("is_library_frame", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(a.length == 1 && a[0] instanceof Frame f && f.code.library);
        }}).inModule("_coroscope"));
        m.put("set_warning_hook", new PyBuiltinFunction("set_warning_hook", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            in.rt.warningHook = a[0] == PyNone.INSTANCE ? null : a[0];
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("set_warning_filter", new PyBuiltinFunction("set_warning_filter", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            in.rt.warningFilter = a[0] == PyNone.INSTANCE ? null : a[0];
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("warn_frame", new PyBuiltinFunction("warn_frame", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // The frame warnings.warn(stacklevel=n) reports: n frames above warn's own, library frames
            // counted (as CPython counts its stdlib frames) but never reported.
            long level = a.length > 0 ? Ops.index(a[0]).longValueOr(1) : 1;
            Frame f = in.frame;
            if (f != null) f = f.back;
            for (long i = 1; i < level && f != null; i++) f = f.back;
            while (f != null && f.code.library) f = f.back;
            return f == null ? PyNone.INSTANCE : f;
        }}).inModule("_coroscope"));
        m.put("steps", new PyBuiltinFunction("steps", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of(in.steps());
        }}).inModule("_coroscope"));
        m.put("collect", new PyBuiltinFunction("collect", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            in.rt.lifetime.collectCycles();
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
    }
}
