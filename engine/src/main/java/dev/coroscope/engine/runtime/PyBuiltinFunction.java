package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** {@code builtin_function_or_method}: a function implemented in Java, possibly bound to a self. */
public final class PyBuiltinFunction extends PyObject {

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", null, false, t -> {
        t.getter("__name__", s -> PyStr.of(((PyBuiltinFunction) s).name));
        t.getter("__qualname__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return PyStr.of(f.owner != null ? f.owner.name() + "." + f.name : f.name);
        });
        t.getter("__self__", s -> {
            PyObject self = ((PyBuiltinFunction) s).self;
            return self == null ? PyNone.INSTANCE : self;
        });
        t.getter("__module__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return f.module == null ? PyNone.INSTANCE : PyStr.of(f.module);
        });
        t.getter("__doc__", s -> PyNone.INSTANCE);
    });

    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    public final String name;
    private final Impl impl;
    private final PyObject self;
    private final PyType owner;
    private String module;

    public PyBuiltinFunction(String name, Impl impl) {
        this(name, impl, null, null);
    }

    public PyBuiltinFunction(String name, Impl impl, PyObject self, PyType owner) {
        this.name = name;
        this.impl = impl;
        this.self = self;
        this.owner = owner;
    }

    public PyBuiltinFunction inModule(String module) {
        this.module = module;
        return this;
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
        return impl.call(args, kwnames);
    }

    @Override
    public String repr() {
        if (self == null || self instanceof PyModule) return "<built-in function " + name + ">";
        return "<built-in method " + name + " of " + self.getType().name() + " object at " + Ops.address(self) + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (self != null) v.accept(self);
    }
}
