package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** A bound method ({@code obj.f} where {@code f} is a Python function). */
public final class PyMethod extends PyObject {

    public static final PyType TYPE = PyType.builtin("method", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.member("__func__", s -> ((PyMethod) s).func);
        t.member("__self__", s -> ((PyMethod) s).self);
        t.getter("__name__", s -> Ops.getAttr(((PyMethod) s).func, "__name__"));
        t.getter("__qualname__", s -> Ops.getAttr(((PyMethod) s).func, "__qualname__"));
        t.getter("__doc__", s -> Ops.getAttr(((PyMethod) s).func, "__doc__"));
        t.getter("__module__", s -> Ops.getAttr(((PyMethod) s).func, "__module__"));
        // types.MethodType(function, instance) binds by hand, with CPython's checks.
        t.setNew((cls, a, k) -> {
            if (k != null && k.length > 0) throw Exc.typeError("method() takes no keyword arguments");
            if (a.length != 2) throw Exc.typeError("method expected 2 arguments, got " + a.length);
            if (!a[0].isCallable()) throw Exc.typeError("first argument must be callable");
            if (a[1] == PyNone.INSTANCE) throw Exc.typeError("instance must not be None");
            return new PyMethod(a[0], a[1]);
        });
    }});

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public boolean usesGenericGetAttr() {
        return false;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return Ops.call(func, full, kwnames);
    }

    @Override
    public PyObject getAttr(PyStr name) {
        PyObject v = super.getAttr(name);
        if (v != null) return v;
        return Ops.getAttrOrNull(func, name);
    }

    @Override
    public String repr() {
        PyObject qn = Ops.getAttrOrNull(func, PyStr.intern("__qualname__"));
        String name = qn instanceof PyStr s ? s.value() : "?";
        return "<bound method " + name + " of " + Ops.repr(self) + ">";
    }

    @Override
    public long hash() {
        return Ops.hash(self) ^ Ops.hash(func);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyMethod o) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        boolean eq = self == o.self && Ops.eq(func, o.func);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(func);
        v.accept(self);
    }
}
