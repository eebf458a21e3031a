package dev.coroscope.engine.runtime;

/** {@code SyntaxError}'s attributes (msg, filename, lineno, offset, text, end_lineno, end_offset). */
final class SyntaxErrors {
    private SyntaxErrors() {}

    private static final String[] DETAIL = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    static void init(PyType t) {
        t.getset("msg", s -> attr(s, "msg"), (s, v) -> ((PyBaseException) s).setAttrValue("msg", v));
        for (String name : DETAIL) {
            t.getset(name, s -> attr(s, name), (s, v) -> ((PyBaseException) s).setAttrValue(name, v));
        }
        t.getter("print_file_and_line", s -> PyNone.INSTANCE);
        t.put("__str__", PyMethodDescriptor.noArgs(t, "__str__", s -> PyStr.of(str((PyBaseException) s))));
    }

    /** CPython's SyntaxError_str: the message, then "(file, line N)" when those are known. */
    static String str(PyBaseException e) {
        PyObject msg = attr(e, "msg");
        String m = msg == PyNone.INSTANCE ? e.argsStr() : Ops.str(msg);
        PyObject file = attr(e, "filename");
        PyObject line = attr(e, "lineno");
        String fn = file instanceof PyStr f ? baseName(f.value()) : null;
        if (fn != null && line instanceof PyInt) return m + " (" + fn + ", line " + line.repr() + ")";
        if (fn != null) return m + " (" + fn + ")";
        if (line instanceof PyInt) return m + " (line " + line.repr() + ")";
        return m;
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i >= 0 ? path.substring(i + 1) : path;
    }

    private static PyObject attr(PyObject s, String name) {
        PyObject v = ((PyBaseException) s).attr(name);
        return v == null ? PyNone.INSTANCE : v;
    }

    /** Spreads {@code (msg, (filename, lineno, offset, text, end_lineno, end_offset))}. */
    static void initArgs(PyBaseException e) {
        if (e.args.size() >= 1) e.setAttrValue("msg", e.args.get(0));
        if (e.args.size() == 2 && e.args.get(1) instanceof PyTuple d) {
            for (int i = 0; i < DETAIL.length && i < d.size(); i++) e.setAttrValue(DETAIL[i], d.get(i));
        }
    }
}
