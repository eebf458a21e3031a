package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code types.UnionType}: {@code int | None} in annotations and isinstance checks. */
public final class PyUnion extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "UnionType", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__args__", s -> PyTuple.of(((PyUnion) s).args.toArray(new PyObject[0])));
        t.method1("__or__", (s, o) -> Ops.unionType(s, o));
        t.method1("__ror__", (s, o) -> Ops.unionType(o, s));
        t.method1("__instancecheck__", (s, o) -> PyBool.of(Builtins.isInstance(o, s)));
        t.method1("__subclasscheck__", (s, o) -> PyBool.of(Builtins.isSubclass(o, s)));
        t.getter("__parameters__", s -> PyTuple.EMPTY);
    }});

    final List<PyObject> args;

    private PyUnion(List<PyObject> args) {
        this.args = args;
    }

    static PyObject of(PyObject a, PyObject b) {
        List<PyObject> all = new ArrayList<>();
        for (PyObject x : new PyObject[] {a, b}) {
            if (x instanceof PyUnion u) {
                for (PyObject y : u.args) if (!all.contains(y)) all.add(y);
            } else {
                PyObject y = x == PyNone.INSTANCE ? PyNone.TYPE : x;
                if (!all.contains(y)) all.add(y);
            }
        }
        return new PyUnion(all);
    }

    public List<PyObject> members() {
        return args;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyUnion u)) return super.richCompare(other, op);
        boolean eq = args.size() == u.args.size() && args.containsAll(u.args);
        return PyBool.of(eq == (op == Ops.EQ));
    }

    @Override
    public long hash() {
        long h = 0;
        for (PyObject o : args) h ^= Ops.hash(o);
        return h;
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
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject o : args) {
            if (sb.length() > 0) sb.append(" | ");
            if (o == PyNone.TYPE) sb.append("None");
            else if (o instanceof PyType t) sb.append(t.moduleName() == null || t.moduleName().equals("builtins") ? t.qualname() : t.moduleName() + "." + t.qualname());
            else sb.append(Ops.repr(o));
        }
        return sb.toString();
    }
}
