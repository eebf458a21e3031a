package dev.coroscope.engine.runtime;

/** {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis extends PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", null, false, t -> t.setNew((cls, a, k) -> {
        if (a.length > 0) throw Exc.typeError("EllipsisType takes no arguments");
        return PyEllipsis.INSTANCE;
    }));
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
