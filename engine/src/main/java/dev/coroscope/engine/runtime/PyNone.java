package dev.coroscope.engine.runtime;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code None}. {@link #MISSING} is an internal sentinel (never visible to Python) that lookup
 * caches use to remember "absent".
 */
public final class PyNone extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (args.length > 0 || kw != null) throw Exc.typeError("NoneType takes no arguments");
            return PyNone.INSTANCE;
        }});
        t.put("__bool__", PyMethodDescriptor.noArgs(t, "__bool__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.FALSE;
        }}));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.intern("None");
        }}));
    }});

    public static final PyNone INSTANCE = new PyNone();
    /** Internal "no value" marker for caches and unbound fast locals. */
    public static final PyNone MISSING = new PyNone();

    private PyNone() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTrue() {
        return false;
    }

    /**
     * As in CPython 3.11, the pointer hash of its address, which is fixed (see {@link StaticIds}):
     * no interpreter needed, the same in every run.
     */
    @Override
    public long hash() {
        return Long.rotateRight(StaticIds.NONE, 4);
    }
}
