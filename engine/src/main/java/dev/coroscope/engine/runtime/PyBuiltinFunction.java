package dev.coroscope.engine.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/** {@code builtin_function_or_method}: a function implemented in Java, possibly bound to a self. */
public final class PyBuiltinFunction extends PyObject {

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyBuiltinFunction) s).name);
        }});
        t.getter("__qualname__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return PyStr.of(f.owner != null ? f.owner.name() + "." + f.name : f.name);
        }});
        t.getter("__self__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            // A built-in static method shows its type in its repr but has no __self__ (as CPython).
            return f.self == null || f.self == f.owner && f.staticInType ? PyNone.INSTANCE : f.self;
        }});
        t.getter("__module__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return f.module == null ? PyNone.INSTANCE : PyStr.of(f.module);
        }});
        t.getter("__doc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyNone.INSTANCE; } });
    }});

    /** {@code method-wrapper}: a slot method of a built-in type bound to an object ({@code [].__iter__}). */
    public static final PyType WRAPPER_TYPE = PyType.builtin("method-wrapper", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__name__", s -> PyStr.of(((PyBuiltinFunction) s).name));
        t.getter("__qualname__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return PyStr.of(f.owner != null ? f.owner.name() + "." + f.name : f.name);
        });
        t.getter("__self__", s -> ((PyBuiltinFunction) s).self);
        t.getter("__objclass__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return f.owner != null ? f.owner : f.self.getType();
        });
        t.getter("__doc__", s -> PyNone.INSTANCE);
    }});

    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    public final String name;
    private final Impl impl;
    private final PyObject self;
    private final PyType owner;
    private String module;
    /** A bound slot method of a built-in type ({@code [].__add__}): CPython calls it a method-wrapper. */
    private boolean slotWrapper;
    private boolean staticInType;
    /** A function or bound method that is Python code in CPython (random.randint): see {@link #cLevel}. */
    boolean pythonLevel;

    public PyBuiltinFunction(String name, Impl impl) {
        this(name, impl, null, null);
    }

    public PyBuiltinFunction(String name, Impl impl, PyObject self, PyType owner) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.owner = owner;
    }

    /**
     * Whether CPython implements this as a C function (profile functions get 'c_call' events for
     * it): not a method-wrapper, not a method of a type whose methods are Python code in CPython
     * (the event loop's), not one of asyncio's functions written in Python there.
     */
    public boolean cLevel() {
        if (slotWrapper || pythonLevel || owner != null && owner.pythonMethods()) return false;
        if (module == null || !module.startsWith("asyncio")) return true;
        return switch (name) {
            case "get_running_loop", "get_event_loop", "_get_running_loop", "_set_running_loop",
                 "_register_task", "_unregister_task", "_enter_task", "_leave_task" -> true;
            default -> false;
        };
    }

    /** A function of the builtins module (or another module), not a method bound to an object. */
    boolean isPlainBuiltin() {
        return self == null && owner == null;
    }

    PyBuiltinFunction asStaticInType() {
        this.staticInType = true;
        return this;
    }

    PyBuiltinFunction asSlotWrapper() {
        this.slotWrapper = true;
        return this;
    }

    /** Whether this is a class method of a built-in type (defined with an owner, not yet bound). */
    boolean isBuiltinClassMethod() {
        return self == null && owner != null;
    }

    /** A built-in class method bound to {@code cls} ({@code dict.fromkeys}): receives it as first argument. */
    PyBuiltinFunction boundToClass(PyType cls) {
        return new PyBuiltinFunction(name, new Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] full = new PyObject[a.length + 1];
            full[0] = cls;
            System.arraycopy(a, 0, full, 1, a.length);
            return impl.call(full, k);
        }}, cls, owner);
    }

    /** Marks a module function as Python code in CPython (no 'c_call' profile events for it). */
    public PyBuiltinFunction markPythonLevel() {
        pythonLevel = true;
        return this;
    }

    public PyBuiltinFunction inModule(String module) {
        this.module = module;
        return this;
    }

    @Override
    public PyType getType() {
        return slotWrapper ? WRAPPER_TYPE : TYPE;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(args, kwnames);
    }

    @Override
    public String repr() {
        if (self == null || self instanceof PyModule) return "<built-in function " + name + ">";
        if (owner != null && (owner.pythonMethods() || pythonLevel) && !slotWrapper) {
            return "<bound method " + owner.name() + "." + name + " of " + Ops.repr(self) + ">";
        }
        // CPython names the receiver's type by its tp_name (collections.deque, _asyncio.Task).
        if (slotWrapper) return "<method-wrapper '" + name + "' of " + self.getType().tpName() + " object at " + Ops.address(self) + ">";
        return "<built-in method " + name + " of " + self.getType().tpName() + " object at " + Ops.address(self) + ">";
    }

    /** Two bindings of one method to one object are equal (CPython compares self and the C function). */
    private boolean sameBinding(PyBuiltinFunction o) {
        return self != null && owner != null && self == o.self && owner == o.owner && name.equals(o.name)
                && slotWrapper == o.slotWrapper;
    }

    @Override
    public long hash() {
        if (self == null || owner == null) return super.hash();
        long h = Ops.identityHash(self) ^ (name.hashCode() * 1000003L);
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyBuiltinFunction o) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        boolean eq = this == o || sameBinding(o);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (self != null) v.accept(self);
    }
}
