package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** A closure cell: one variable shared by a function and the functions nested in it. */
public final class PyCell extends PyObject {

    public static final PyType TYPE = PyType.builtin("cell", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew((cls, a, k) -> {
                Args.noKeywords("cell", k);
                if (a.length > 1) throw Exc.typeError("cell expected at most 1 argument, got " + a.length);
                return new PyCell(a.length == 0 ? null : a[0]);
            });
            t.getset("cell_contents", s -> {
                PyObject v = ((PyCell) s).value;
                if (v == null) throw Exc.valueError("Cell is empty");
                return v;
            }, (s, v) -> ((PyCell) s).value = v); } });

    /** The value, or null while the variable is unbound. */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (value == null) return "<cell at " + Ops.address(this) + ": empty>";
        return "<cell at " + Ops.address(this) + ": " + value.getType().tpName() + " object at " + Ops.address(value) + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (value != null) v.accept(value);
    }
}
