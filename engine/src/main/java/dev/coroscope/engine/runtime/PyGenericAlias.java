package dev.coroscope.engine.runtime;

/** {@code list[int]}: printable, callable like its origin. */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "GenericAlias", null, false, t -> {
        t.getter("__origin__", s -> ((PyGenericAlias) s).origin);
        t.getter("__args__", s -> ((PyGenericAlias) s).args instanceof PyTuple tt ? tt : PyTuple.of(((PyGenericAlias) s).args));
    });

    final PyType origin;
    final PyObject args;

    PyGenericAlias(PyType origin, PyObject args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static String name(PyObject o) {
        if (o instanceof PyType t) return t.moduleName() == null || t.moduleName().equals("builtins") ? t.qualname() : t.moduleName() + "." + t.qualname();
        if (o == PyEllipsis.INSTANCE) return "...";
        return Ops.repr(o);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(name(origin)).append('[');
        PyObject[] items = args instanceof PyTuple t ? t.items() : new PyObject[] {args};
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(name(items[i]));
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] a, String[] kw) {
        return Ops.call(origin, a, kw);
    }
}
