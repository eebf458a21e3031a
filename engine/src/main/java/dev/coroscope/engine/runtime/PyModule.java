package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** A module: a name and a globals dictionary. */
public final class PyModule extends PyObject {

    public static final PyType TYPE = PyType.builtin("module", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__dict__", PyObject::getDict);
        t.put("__dir__", PyMethodDescriptor.noArgs(t, "__dir__", s -> new PyList(s.getDict().keyList())));
    }});

    private final PyDict dict;

    public PyModule(String name) {
        this.dict = new PyDict();
        dict.put("__name__", PyStr.of(name));
        dict.put("__doc__", PyNone.INSTANCE);
        dict.put("__package__", PyStr.EMPTY);
        // CPython's order (vars(module) and globals() list them so).
        dict.put("__loader__", PyNone.INSTANCE);
        dict.put("__spec__", PyNone.INSTANCE);
    }

    public PyModule(PyDict dict) {
        this.dict = dict;
    }

    public String name() {
        PyObject n = dict.get("__name__");
        return n instanceof PyStr s ? s.value() : "?";
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
    public PyDict getDict() {
        return dict;
    }

    public void put(String name, PyObject value) {
        dict.put(name, value);
    }

    public PyObject get(String name) {
        return dict.get(name);
    }

    @Override
    public PyObject getAttr(PyStr name) {
        PyObject v = dict.get(name);
        if (v != null) return v;
        v = super.getAttr(name);
        if (v != null) return v;
        // PEP 562: a module-level __getattr__ answers for names the module does not have.
        PyObject hook = dict.get(S_GETATTR);
        if (hook != null && !name.value().equals("__getattr__")) return Ops.call(hook, name);
        return null;
    }

    private static final PyStr S_GETATTR = PyStr.intern("__getattr__");

    @Override
    public void setAttr(PyStr name, PyObject value) {
        dict.put(name, value);
    }

    @Override
    public String repr() {
        if (name().equals("sys") || name().equals("builtins") || name().equals("time") || name().equals("math")) {
            return "<module '" + name() + "' (built-in)>";
        }
        PyObject f = dict.get("__file__");
        if (f instanceof PyStr s) return "<module '" + name() + "' from '" + s.value() + "'>";
        return "<module '" + name() + "' (built-in)>";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(dict);
    }
}
