package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/**
 * One traceback entry: the frame, the instruction that was running and its line. Entries are
 * linked from the outermost frame ({@code tb_next} goes inward), as in CPython.
 */
public final class PyTraceback extends PyObject {

    public static final PyType TYPE = PyType.builtin("traceback", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, a, k) -> {
            String[] names = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
            if (a.length < 4) throw Exc.typeError("TracebackType() missing required argument '" + names[a.length] + "' (pos " + (a.length + 1) + ")");
            throw Exc.typeError("cannot create 'traceback' instances");
        });
        t.getter("tb_frame", s -> ((PyTraceback) s).frame);
        t.getter("tb_lineno", s -> PyInt.of(((PyTraceback) s).lineno));
        t.getter("tb_lasti", s -> PyInt.of(((PyTraceback) s).lasti * 2L));
        t.getter("tb_next", s -> {
            PyTraceback n = ((PyTraceback) s).next;
            return n == null ? PyNone.INSTANCE : n;
        });
    }});

    /** The frame (a {@code dev.coroscope.engine.vm.Frame}). */
    public final PyObject frame;
    public final int lasti;
    public final int lineno;
    public PyTraceback next;

    public PyTraceback(PyObject frame, int lasti, int lineno, PyTraceback next) {
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        this.next = next;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(frame);
        if (next != null) v.accept(next);
    }
}
