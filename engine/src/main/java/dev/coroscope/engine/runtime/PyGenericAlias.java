package dev.coroscope.engine.runtime;
import java.util.function.Consumer;

/**
 * {@code types.GenericAlias}, what {@code list[int]} evaluates to: printable as the source wrote
 * it, callable like its origin, usable as a base class ({@code __mro_entries__} gives the origin),
 * refused by {@code isinstance}. Other attributes are the origin's.
 */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "GenericAlias", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, a, k) -> {
            Args.noKeywords("GenericAlias", k);
            Args.exactly("GenericAlias", a, 2);
            return new PyGenericAlias(a[0], a[1]);
        });
        t.getter("__origin__", s -> ((PyGenericAlias) s).origin);
        t.getter("__args__", s -> ((PyGenericAlias) s).argsTuple());
        t.getter("__parameters__", s -> PyTuple.EMPTY);
        t.method1("__or__", (s, o) -> Ops.unionType(s, o));
        t.method1("__ror__", (s, o) -> Ops.unionType(o, s));
        t.method1("__mro_entries__", (s, bases) -> PyTuple.of(((PyGenericAlias) s).origin));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.of(s.repr())));
        t.method1("__instancecheck__", (s, o) -> {
            throw Exc.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        t.method1("__subclasscheck__", (s, o) -> {
            throw Exc.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
    }});

    final PyObject origin;
    final PyObject args;

    /** collections.abc.Callable[[args], result]: the argument list is flattened into __args__. */
    private final boolean callableForm;

    PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.callableForm = origin instanceof PyType ot && ot.name().equals("Callable")
                && "collections.abc".equals(ot.moduleName());
        if (callableForm && args instanceof PyTuple t && t.size() == 2 && t.get(0) instanceof PyList l) {
            PyObject[] flat = new PyObject[l.size() + 1];
            for (int i = 0; i < l.size(); i++) flat[i] = l.get(i);
            flat[l.size()] = t.get(1);
            args = PyTuple.of(flat);
        }
        this.args = args;
    }

    /** {@code origin[args]} as {@code __class_getitem__} builds it. */
    public static PyGenericAlias of(PyObject origin, PyObject args) {
        return new PyGenericAlias(origin, args);
    }

    PyTuple argsTuple() {
        return args instanceof PyTuple tt ? tt : PyTuple.of(args);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static String name(PyObject o) {
        if (o instanceof PyType t) {
            return t.moduleName() == null || t.moduleName().equals("builtins") ? t.qualname() : t.moduleName() + "." + t.qualname();
        }
        if (o == PyEllipsis.INSTANCE) return "...";
        return Ops.repr(o);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(name(origin)).append('[');
        PyObject[] items = argsTuple().items();
        if (callableForm && items.length > 0 && !(items.length == 2 && items[0] == PyEllipsis.INSTANCE)) {
            sb.append('[');
            for (int j = 0; j < items.length - 1; j++) {
                if (j > 0) sb.append(", ");
                sb.append(name(items[j]));
            }
            return sb.append("], ").append(name(items[items.length - 1])).append(']').toString();
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(name(items[i]));
        }
        if (items.length == 0) sb.append("()");
        return sb.append(']').toString();
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyGenericAlias g)) return super.richCompare(other, op);
        boolean eq = Ops.eq(origin, g.origin) && Ops.eq(argsTuple(), g.argsTuple());
        return PyBool.of(op == Ops.EQ == eq);
    }

    @Override
    public long hash() {
        return Ops.hash(origin) ^ Ops.hash(argsTuple());
    }

    @Override
    public PyObject getAttr(PyStr name) {
        PyObject v = super.getAttr(name);
        if (v != null) return v;
        String n = name.value();
        if (n.startsWith("__") && n.endsWith("__")) return null;
        return Ops.getAttrOrNull(origin, name);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        return op == Ops.OR ? Ops.unionType(this, other) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        return op == Ops.OR ? Ops.unionType(other, this) : PyNotImplemented.INSTANCE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] a, String[] kw) {
        return Ops.call(origin, a, kw);
    }

    @Override
    public PyObject getItem(PyObject key) {
        throw Exc.typeError("There are no type variables left in " + repr());
    }
}
