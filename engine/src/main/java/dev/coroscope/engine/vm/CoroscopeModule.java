package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/**
 * {@code _coroscope}: the private bridge through which bundled library Python code reaches Java
 * hooks of the engine. Programs may import it, but nothing in it reaches outside the run.
 */
final class CoroscopeModule {
    private CoroscopeModule() {}

    private static final String[] CATEGORY = new String[31];
    static {
        java.util.Arrays.fill(CATEGORY, "Cn");
        CATEGORY[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORY[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORY[Character.TITLECASE_LETTER] = "Lt";
        CATEGORY[Character.MODIFIER_LETTER] = "Lm";
        CATEGORY[Character.OTHER_LETTER] = "Lo";
        CATEGORY[Character.NON_SPACING_MARK] = "Mn";
        CATEGORY[Character.ENCLOSING_MARK] = "Me";
        CATEGORY[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORY[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORY[Character.LETTER_NUMBER] = "Nl";
        CATEGORY[Character.OTHER_NUMBER] = "No";
        CATEGORY[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORY[Character.LINE_SEPARATOR] = "Zl";
        CATEGORY[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORY[Character.CONTROL] = "Cc";
        CATEGORY[Character.FORMAT] = "Cf";
        CATEGORY[Character.PRIVATE_USE] = "Co";
        CATEGORY[Character.SURROGATE] = "Cs";
        CATEGORY[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORY[Character.START_PUNCTUATION] = "Ps";
        CATEGORY[Character.END_PUNCTUATION] = "Pe";
        CATEGORY[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORY[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORY[Character.MATH_SYMBOL] = "Sm";
        CATEGORY[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORY[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORY[Character.OTHER_SYMBOL] = "So";
        CATEGORY[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORY[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    /** The Unicode general category of a code point, as CPython's unicodedata names it. */
    static String unicodeCategory(int cp) {
        if (cp < 0 || cp > 0x10FFFF) return "Cn";
        int t = Character.getType(cp);
        return t >= 0 && t < CATEGORY.length ? CATEGORY[t] : "Cn";
    }

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
        // unicodedata's data, from the JVM's own Unicode tables.
        m.put("ucategory", new PyBuiltinFunction("ucategory", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyStr.intern(unicodeCategory((int) Ops.index(a[0]).longValueOr(0)));
        }}).inModule("_coroscope"));
        m.put("uname", new PyBuiltinFunction("uname", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            String n = Character.getName((int) Ops.index(a[0]).longValueOr(0));
            return n == null ? PyNone.INSTANCE : PyStr.of(n);
        }}).inModule("_coroscope"));
        m.put("ulookup", new PyBuiltinFunction("ulookup", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            try {
                return PyInt.of(Character.codePointOf(Ops.str(a[0])));
            } catch (IllegalArgumentException e) {
                return PyInt.of(-1);
            }
        }}).inModule("_coroscope"));
        m.put("unumeric", new PyBuiltinFunction("unumeric", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of(Character.getNumericValue((int) Ops.index(a[0]).longValueOr(0)));
        }}).inModule("_coroscope"));
        m.put("umirrored", new PyBuiltinFunction("umirrored", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(Character.isMirrored((int) Ops.index(a[0]).longValueOr(0)));
        }}).inModule("_coroscope"));
        m.put("ubidi", new PyBuiltinFunction("ubidi", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of(Character.getDirectionality((int) Ops.index(a[0]).longValueOr(0)));
        }}).inModule("_coroscope"));
        m.put("unormalize", new PyBuiltinFunction("unormalize", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            java.text.Normalizer.Form f = java.text.Normalizer.Form.valueOf(Ops.str(a[0]));
            return PyStr.of(java.text.Normalizer.normalize(Ops.str(a[1]), f));
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
        // threading's Python threads (Strands): start one, hand the baton to one, move the clock.
        m.put("strand_new", new PyBuiltinFunction("strand_new", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("strand_new", a, 1);
            return PyInt.of(Strands.of(in).spawn(a[0]));
        }}).inModule("_coroscope"));
        m.put("strand_switch", new PyBuiltinFunction("strand_switch", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("strand_switch", a, 1);
            Strands.of(in).switchTo((int) Ops.index(a[0]).longValueOr(-1));
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("shared_time", new PyBuiltinFunction("shared_time", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // An executor's worker that had time of its own (see AsyncioModule's _run_in_thread)
            // goes on as a thread of its own: it reads and moves the run's clock from now on.
            in.rt.threadElapsed = -1;
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("set_slice_hook", new PyBuiltinFunction("set_slice_hook", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // Called at the end of each time slice while more than one thread runs (None: no slices).
            Args.exactly("set_slice_hook", a, 1);
            in.sliceHook = a[0] == PyNone.INSTANCE ? null : a[0];
            in.sliceLeft = in.sliceWindows;
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("deadlock", new PyBuiltinFunction("deadlock", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // Every thread waits and none can be woken: the run stops (CPython would hang).
            Args.exactly("deadlock", a, 1);
            throw new RunStopped(RunStopped.Reason.DEADLOCK, in.steps(), 0, Ops.str(a[0]));
        }}).inModule("_coroscope"));
        m.put("kill", new PyBuiltinFunction("kill", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // signal.raise_signal with the default action that ends the process: the run ends here.
            Args.exactly("kill", a, 1);
            throw RunStopped.killed(in.steps(), (int) Ops.index(a[0]).longValueOr(0));
        }}).inModule("_coroscope"));
        m.put("set_clock", new PyBuiltinFunction("set_clock", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("set_clock", a, 1);
            in.rt.setClock((a[0] instanceof PyFloat f ? f.value : (double) Ops.index(a[0]).longValueOr(0)) - in.rt.monotonicBase);
            return PyNone.INSTANCE;
        }}).inModule("_coroscope"));
        m.put("collect", new PyBuiltinFunction("collect", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of(in.rt.lifetime.collectCycles());
        }}).inModule("_coroscope"));
    }
}
