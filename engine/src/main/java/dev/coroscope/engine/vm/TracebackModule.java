package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/** {@code traceback}: print_exc, format_exc, format_exception, print_exception. */
final class TracebackModule {
    private TracebackModule() {}

    static void init(Interp in, PyModule m) {
        m.put("format_exc", new PyBuiltinFunction("format_exc", (a, k) -> {
            PyObject e = in.handledException();
            return PyStr.of(e == null ? "NoneType: None\n" : TracebackPrinter.format(in.rt, (PyBaseException) e));
        }).inModule("traceback"));
        m.put("print_exc", new PyBuiltinFunction("print_exc", (a, k) -> {
            PyObject e = in.handledException();
            in.rt.writeStderr(e == null ? "NoneType: None\n" : TracebackPrinter.format(in.rt, (PyBaseException) e));
            return PyNone.INSTANCE;
        }).inModule("traceback"));
        m.put("format_exception", new PyBuiltinFunction("format_exception", (a, k) -> {
            PyObject e = a.length == 1 ? a[0] : a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (!(e instanceof PyBaseException be)) return new PyList();
            PyList out = new PyList();
            for (String line : TracebackPrinter.format(in.rt, be).split("(?<=\n)")) out.append(PyStr.of(line));
            return out;
        }).inModule("traceback"));
        m.put("print_exception", new PyBuiltinFunction("print_exception", (a, k) -> {
            PyObject e = a.length == 1 ? a[0] : a.length > 1 ? a[1] : PyNone.INSTANCE;
            if (e instanceof PyBaseException be) in.rt.writeStderr(TracebackPrinter.format(in.rt, be));
            return PyNone.INSTANCE;
        }).inModule("traceback"));
        m.put("format_exception_only", new PyBuiltinFunction("format_exception_only", (a, k) -> {
            PyObject e = a.length == 1 ? a[0] : a.length > 1 ? a[1] : PyNone.INSTANCE;
            PyList out = new PyList();
            if (e instanceof PyBaseException be) out.append(PyStr.of(TracebackPrinter.formatExceptionOnly(be)));
            return out;
        }).inModule("traceback"));
    }
}
