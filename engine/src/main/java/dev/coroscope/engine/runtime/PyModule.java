package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** A module: a name and a globals dictionary. */
public final class PyModule extends PyObject {

    public static final PyType TYPE = PyType.builtin("module", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__dict__", PyObject::getDict);
        // A module's own __dir__ function (PEP 562) decides, as CPython's ModuleType.__dir__ lets it.
        t.put("__dir__", PyMethodDescriptor.noArgs(t, "__dir__", s -> {
            PyObject own = s.getDict().get(PyStr.intern("__dir__"));
            return own != null ? Ops.call(own) : new PyList(s.getDict().keyList());
        }));
        // types.ModuleType(name, doc=None), and subclasses of it: __new__ makes an empty module,
        // __init__ names it (a module made so has no file and is not built in: <module 'x'>).
        t.setNew((cls, a, k) -> new PyModule(cls));
        t.setCallsInit();
        t.method("__init__", (s, a, k) -> {
            PyObject[] p = Args.parse("module", a, k, new String[] {"name", "doc"}, 1);
            if (!(p[0] instanceof PyStr)) throw Exc.typeError("module() argument 'name' must be str, not " + p[0].getType().tpName());
            PyDict d = s.getDict();
            d.put("__name__", p[0]);
            d.put("__doc__", p[1] == null ? PyNone.INSTANCE : p[1]);
            d.put("__package__", PyNone.INSTANCE);
            d.put("__loader__", PyNone.INSTANCE);
            d.put("__spec__", PyNone.INSTANCE);
            return PyNone.INSTANCE;
        });
    }});

    private final PyDict dict;
    private final PyType type;
    /** Made by the program through types.ModuleType (or a subclass), not by the import system. */
    private final boolean made;

    private PyModule(PyType cls) {
        this.dict = new PyDict();
        this.type = cls;
        this.made = true;
    }

    public PyModule(String name) {
        this.dict = new PyDict();
        this.type = TYPE;
        this.made = false;
        dict.put("__name__", PyStr.of(name));
        dict.put("__doc__", PyNone.INSTANCE);
        dict.put("__package__", PyStr.EMPTY);
        // CPython's order (vars(module) and globals() list them so).
        dict.put("__loader__", PyNone.INSTANCE);
        dict.put("__spec__", PyNone.INSTANCE);
    }

    public PyModule(PyDict dict) {
        this.dict = dict;
        this.type = TYPE;
        this.made = false;
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
        return type;
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
        // A subclass of ModuleType may define properties: the generic path honours them.
        if (type != TYPE) Ops.genericSetAttr(this, name, value);
        else dict.put(name, value);
    }

    @Override
    public String repr() {
        if (made) {
            PyObject f = dict.get("__file__");
            return f instanceof PyStr fs ? "<module '" + name() + "' from '" + fs.value() + "'>" : "<module '" + name() + "'>";
        }
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
