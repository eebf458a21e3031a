package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.List;

/**
 * {@code traceback}: printing and formatting exceptions, tracebacks and the current stack, with
 * CPython's {@code limit}, {@code chain} and {@code file} arguments. The format functions return
 * the same pieces as CPython's (one string per frame entry, per exception line, per note), since
 * programs print those lists; the print functions write to {@code sys.stderr} unless given a file.
 */
final class TracebackModule {
    private TracebackModule() {}

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("traceback");
    }

    /** The names lib/_traceback_summary.py defines for this module. */
    private static final java.util.Set<String> SUMMARY_NAMES = java.util.Set.of("FrameSummary", "StackSummary",
            "walk_tb", "walk_stack", "extract_tb", "extract_stack", "format_list", "print_list", "TracebackException");

    static void init(Interp in, PyModule m) {
        // Module __getattr__ (PEP 562): the Python half is read only by programs that use it, so
        // 'import traceback' (and logging, which imports it) costs no more start-up than before.
        m.put("__getattr__", fn("__getattr__", (a, k) -> {
            String name = a.length == 1 && a[0] instanceof PyStr s ? s.value() : "";
            if (!SUMMARY_NAMES.contains(name)) {
                throw Exc.attributeError("module 'traceback' has no attribute '" + name + "'", m,
                        a.length == 1 && a[0] instanceof PyStr s ? s : null);
            }
            PyObject v = Ops.getAttr(in.rt.modules.get("_traceback_summary"), (PyStr) a[0]);
            m.put(name, v);
            return v;
        }));
        m.put("format_exc", fn("format_exc", (a, k) -> {
            PyObject[] p = Args.parsePy("format_exc", a, k, new String[] {"limit", "chain"}, 0);
            return PyStr.of(String.join("", handledChunks(in, p[0], p[1])));
        }));
        m.put("print_exc", fn("print_exc", (a, k) -> {
            PyObject[] p = Args.parsePy("print_exc", a, k, new String[] {"limit", "file", "chain"}, 0);
            write(in, handledChunks(in, p[0], p[2]), p[1]);
            return PyNone.INSTANCE;
        }));
        m.put("format_exception", fn("format_exception", (a, k) -> {
            PyObject[] p = Args.parsePy("format_exception", a, k, new String[] {"exc", "value", "tb", "limit", "chain"}, 1);
            return toList(chunks(in, p[0], p[1], p[3], p[4]));
        }));
        m.put("print_exception", fn("print_exception", (a, k) -> {
            PyObject[] p = Args.parsePy("print_exception", a, k,
                    new String[] {"exc", "value", "tb", "limit", "file", "chain"}, 1);
            write(in, chunks(in, p[0], p[1], p[3], p[5]), p[4]);
            return PyNone.INSTANCE;
        }));
        m.put("format_exception_only", fn("format_exception_only", (a, k) -> {
            PyObject[] p = Args.parsePy("format_exception_only", a, k, new String[] {"exc", "value"}, 1);
            PyObject e = p[1] == null ? p[0] : p[1];
            PyList out = new PyList();
            if (e instanceof PyBaseException be) {
                for (String s : TracebackPrinter.exceptionOnlyChunks(be)) out.append(PyStr.of(s));
            } else {
                // CPython's wording for a value that is not an exception: the type and str().
                String t = p[0] instanceof PyType ty ? ty.qualname() : p[0].getType().qualname();
                String s = e == PyNone.INSTANCE ? "None" : Ops.str(e);
                out.append(PyStr.of(t + (s.isEmpty() ? "" : ": " + s) + "\n"));
            }
            return out;
        }));
        m.put("format_tb", fn("format_tb", (a, k) -> {
            PyObject[] p = Args.parsePy("format_tb", a, k, new String[] {"tb", "limit"}, 1);
            return toList(TracebackPrinter.formatTb(in.rt, tb(p[0]), limit(p[1])));
        }));
        m.put("print_tb", fn("print_tb", (a, k) -> {
            PyObject[] p = Args.parsePy("print_tb", a, k, new String[] {"tb", "limit", "file"}, 1);
            write(in, TracebackPrinter.formatTb(in.rt, tb(p[0]), limit(p[1])), p[2]);
            return PyNone.INSTANCE;
        }));
        m.put("format_stack", fn("format_stack", (a, k) -> {
            PyObject[] p = Args.parsePy("format_stack", a, k, new String[] {"f", "limit"}, 0);
            return toList(TracebackPrinter.formatFrames(in.rt, stackTop(in, p[0]), limit(p[1])));
        }));
        m.put("print_stack", fn("print_stack", (a, k) -> {
            PyObject[] p = Args.parsePy("print_stack", a, k, new String[] {"f", "limit", "file"}, 0);
            write(in, TracebackPrinter.formatFrames(in.rt, stackTop(in, p[0]), limit(p[1])), p[2]);
            return PyNone.INSTANCE;
        }));
    }

    /** The exception being handled, formatted (CPython prints "NoneType: None" when there is none). */
    private static List<String> handledChunks(Interp in, PyObject limit, PyObject chain) {
        PyObject e = in.handledException();
        if (!(e instanceof PyBaseException be)) return List.of("NoneType: None\n");
        return TracebackPrinter.formatChunks(in.rt, be, limit(limit), chain == null || Ops.isTrue(chain));
    }

    /** format_exception(exc) or the older format_exception(type, value, tb): the exception is value when given. */
    private static List<String> chunks(Interp in, PyObject exc, PyObject value, PyObject limit, PyObject chain) {
        PyObject e = value == null ? exc : value;
        if (!(e instanceof PyBaseException be)) {
            if (value == null && !(exc instanceof PyBaseException)) {
                throw Exc.typeError("Exception expected for value, " + exc.getType().tpName() + " found");
            }
            return List.of("NoneType: None\n");
        }
        return TracebackPrinter.formatChunks(in.rt, be, limit(limit), chain == null || Ops.isTrue(chain));
    }

    private static Integer limit(PyObject v) {
        if (v == null || v == PyNone.INSTANCE) return null;
        return Ops.index(v).intValueExact("limit");
    }

    private static PyTraceback tb(PyObject v) {
        if (v == PyNone.INSTANCE) return null;
        if (!(v instanceof PyTraceback t)) throw Exc.attributeError("'" + v.getType().tpName() + "' object has no attribute 'tb_frame'", v, PyStr.of("tb_frame"));
        return t;
    }

    /** The frame to start from: the given one, or the caller of the traceback function. */
    private static Frame stackTop(Interp in, PyObject f) {
        if (f != null && f != PyNone.INSTANCE) {
            if (!(f instanceof Frame fr)) throw Exc.attributeError("'" + f.getType().tpName() + "' object has no attribute 'f_code'", f, PyStr.of("f_code"));
            return fr;
        }
        Frame fr = in.frame;
        while (fr != null && fr.code.library) fr = fr.back;
        return fr;
    }

    private static PyList toList(List<String> chunks) {
        PyList out = new PyList();
        for (String s : chunks) out.append(PyStr.of(s));
        return out;
    }

    /** Writes the pieces one by one (as CPython's print(..., end='')) to {@code file}, or to sys.stderr. */
    private static void write(Interp in, List<String> chunks, PyObject file) {
        if (file == null || file == PyNone.INSTANCE) {
            file = in.rt.modules.dict().get(PyStr.of("sys")) instanceof PyModule sys ? sys.get("stderr") : null;
            if (file == null) file = in.rt.stderr;
        }
        for (String s : chunks) {
            if (file == in.rt.stderr) in.rt.writeStderr(s);
            else if (file == in.rt.stdout) in.rt.writeStdout(s);
            else Ops.callMethod(file, "write", PyStr.of(s));
        }
    }
}
