package dev.coroscope.engine.runtime;

/** {@code NotImplemented}: returned by binary operations that cannot handle their operand. */
public final class PyNotImplemented extends PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", null, false, null);
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
