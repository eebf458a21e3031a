package dev.coroscope.engine.runtime;

/** The Python-visible attributes of code objects. */
final class CodeType {
    private CodeType() {}

    static void init(PyType t) {
        t.getter("co_name", s -> PyStr.of(((PyCode) s).name));
        t.getter("co_qualname", s -> PyStr.of(((PyCode) s).qualname));
        t.getter("co_filename", s -> PyStr.of(((PyCode) s).filename));
        t.getter("co_firstlineno", s -> PyInt.of(((PyCode) s).firstlineno));
        t.getter("co_argcount", s -> PyInt.of(((PyCode) s).argcount));
        t.getter("co_posonlyargcount", s -> PyInt.of(((PyCode) s).posonlyargcount));
        t.getter("co_kwonlyargcount", s -> PyInt.of(((PyCode) s).kwonlyargcount));
        t.getter("co_flags", s -> PyInt.of(((PyCode) s).flags));
        t.getter("co_varnames", s -> ((PyCode) s).varnamesTuple());
        t.getter("co_cellvars", s -> ((PyCode) s).cellvarsTuple());
        t.getter("co_freevars", s -> ((PyCode) s).freevarsTuple());
        t.getter("co_nlocals", s -> PyInt.of(((PyCode) s).nvarnames));
        t.getter("co_names", s -> PyTuple.of(((PyCode) s).names.clone()));
        t.getter("co_consts", s -> PyTuple.of(((PyCode) s).consts.clone()));
        t.getter("co_stacksize", s -> PyInt.of(((PyCode) s).stacksize));
        t.getter("co_code", s -> PyBytes.EMPTY);
        t.getter("co_linetable", s -> PyBytes.EMPTY);
        t.getter("co_exceptiontable", s -> PyBytes.EMPTY);
        t.method0("co_lines", s -> {
            PyCode c = (PyCode) s;
            PyList out = new PyList();
            for (int i = 0; i < c.lines.length; i++) {
                out.append(PyTuple.of(PyInt.of(i * 2L), PyInt.of(i * 2L + 2), PyInt.of(c.lines[i])));
            }
            return out.iter();
        });
        t.method0("co_positions", s -> {
            PyCode c = (PyCode) s;
            PyList out = new PyList();
            for (int i = 0; i < c.lines.length; i++) {
                out.append(PyTuple.of(PyInt.of(c.lines[i]), PyInt.of(c.endLines[i]), PyInt.of(c.cols[i]), PyInt.of(c.endCols[i])));
            }
            return out.iter();
        });
    }
}
