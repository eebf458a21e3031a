package dev.coroscope.engine.runtime;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", null, false, null);
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
