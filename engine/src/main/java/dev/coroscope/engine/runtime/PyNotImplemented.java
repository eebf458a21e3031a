package dev.coroscope.engine.runtime;

/** {@code NotImplemented}: returned by binary operations that cannot handle their operand. */
public final class PyNotImplemented extends PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", null, false, t -> t.setNew((cls, a, k) -> {
        if (a.length > 0) throw Exc.typeError("NotImplementedType takes no arguments");
        return PyNotImplemented.INSTANCE;
    }));
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
