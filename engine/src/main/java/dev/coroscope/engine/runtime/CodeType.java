package dev.coroscope.engine.runtime;
import java.util.function.Function;

/** The Python-visible attributes of code objects. */
final class CodeType {
    private CodeType() {}

    static void init(PyType t) {
        t.member("co_name", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyStr.of(((PyCode) s).name); } });
        t.member("co_qualname", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyCode) s).qualname);
        }});
        t.member("co_filename", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyCode) s).filename);
        }});
        t.member("co_firstlineno", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).firstlineno);
        }});
        t.member("co_argcount", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).argcount);
        }});
        t.member("co_posonlyargcount", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).posonlyargcount);
        }});
        t.member("co_kwonlyargcount", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).kwonlyargcount);
        }});
        t.member("co_flags", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyInt.of(((PyCode) s).flags); } });
        t.getter("co_varnames", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCode) s).varnamesTuple();
        }});
        t.getter("co_cellvars", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCode) s).cellvarsTuple();
        }});
        t.getter("co_freevars", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyCode) s).freevarsTuple();
        }});
        t.member("co_nlocals", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).nvarnames);
        }});
        t.member("co_names", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(((PyCode) s).names.clone());
        }});
        t.member("co_consts", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(((PyCode) s).consts.clone());
        }});
        t.member("co_stacksize", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(((PyCode) s).stacksize);
        }});
        t.getter("co_code", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyBytes.EMPTY; } });
        t.member("co_linetable", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyBytes.EMPTY; } });
        t.member("co_exceptiontable", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyBytes.EMPTY; } });
        t.method0("co_lines", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyCode c = (PyCode) s;
            PyList out = new PyList();
            for (int i = 0; i < c.lines.length; i++) {
                out.append(PyTuple.of(PyInt.of(i * 2L), PyInt.of(i * 2L + 2), PyInt.of(c.lines[i])));
            }
            return out.iter();
        }});
        t.method0("co_positions", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyCode c = (PyCode) s;
            PyList out = new PyList();
            dev.coroscope.engine.vm.Runtime rt = dev.coroscope.engine.vm.Interp.current().rt;
            for (int i = 0; i < c.lines.length; i++) {
                out.append(PyTuple.of(PyInt.of(c.lines[i]), PyInt.of(c.endLines[i]),
                        PyInt.of(byteColumn(rt, c.filename, c.lines[i], c.cols[i])),
                        PyInt.of(byteColumn(rt, c.filename, c.endLines[i], c.endCols[i]))));
            }
            return out.iter();
        }});
    }

    /**
     * CPython's positions count UTF-8 bytes; the engine's count characters of the line. Lines
     * of sources the run does not have (library code) keep the character count.
     */
    private static int byteColumn(dev.coroscope.engine.vm.Runtime rt, String filename, int line, int col) {
        if (col <= 0 || line <= 0) return col;
        String text = rt.sourceLine(filename, line);
        if (text == null) return col;
        return text.substring(0, Math.min(col, text.length())).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
