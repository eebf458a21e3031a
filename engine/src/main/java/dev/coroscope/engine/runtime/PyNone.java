package dev.coroscope.engine.runtime;

/**
 * {@code None}. {@link #MISSING} is an internal sentinel (never visible to Python) that lookup
 * caches use to remember "absent".
 */
public final class PyNone extends PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", null, false, t -> {
        t.setNew((cls, args, kw) -> {
            if (args.length > 0 || kw != null) throw Exc.typeError("NoneType takes no arguments");
            return PyNone.INSTANCE;
        });
        t.put("__bool__", PyMethodDescriptor.noArgs(t, "__bool__", s -> PyBool.FALSE));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.intern("None")));
    });

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

    @Override
    public long hash() {
        return 0xFCA86420L;
    }
}
