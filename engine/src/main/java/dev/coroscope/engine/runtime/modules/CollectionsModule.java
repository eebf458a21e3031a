package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Java part of {@code collections}: deque, defaultdict, namedtuple and the counting helper of
 * Counter; {@code collections.py} adds Counter, OrderedDict, ChainMap and the User* classes.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static void init(Interp in, PyModule m) {
        m.put("deque", DequeType.TYPE);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("_count_elements", new PyBuiltinFunction("_count_elements", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // Counter's inner loop: mapping[elem] = mapping.get(elem, 0) + 1 for each element.
            PyObject mapping = a[0];
            if (mapping instanceof PyDict d && d.getType() == PyDict.TYPE) {
                Ops.forEach(a[1], x -> {
                    PyObject old = d.get(x);
                    d.put(x, old == null ? PyInt.ONE : Ops.binaryOp(old, PyInt.ONE, Ops.ADD));
                });
            } else {
                PyObject get = Ops.getAttr(mapping, "get");
                Ops.forEach(a[1], x -> Ops.setItem(mapping, x, Ops.binaryOp(Ops.call(get, x, PyInt.ZERO), PyInt.ONE, Ops.ADD)));
            }
            return PyNone.INSTANCE;
        }}).inModule("collections"));
        m.put("namedtuple", new PyBuiltinFunction("namedtuple", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] b) {
            return NamedTuple.make(a, b);
        }}).inModule("collections"));
    }

    // ---- deque -----------------------------------------------------------------------------------

    // ---- defaultdict -------------------------------------------------------------------------------

    /** {@code collections.defaultdict}. */
    public static final class DefaultDict extends PyDict {
        public static final PyType TYPE = PyType.builtin("collections", "defaultdict", PyDict.TYPE, true, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew((cls, a, k) -> {
                DefaultDict d = new DefaultDict(cls);
                int npos = Args.positional(a, k);
                if (npos > 0) {
                    if (a[0] != PyNone.INSTANCE && !Ops.isCallable(a[0])) {
                        throw Exc.typeError("first argument must be callable or None");
                    }
                    d.factory = a[0] == PyNone.INSTANCE ? null : a[0];
                }
                PyObject[] rest = java.util.Arrays.copyOfRange(a, Math.min(1, npos), a.length);
                Ops.call(Ops.getAttr(d, "update"), rest, k);
                return d;
            });
            t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> PyNone.INSTANCE));
            t.getset("default_factory", s -> {
                PyObject f = ((DefaultDict) s).factory;
                return f == null ? PyNone.INSTANCE : f;
            }, (s, v) -> ((DefaultDict) s).factory = v == PyNone.INSTANCE ? null : v);
            t.method1("__missing__", (s, key) -> ((DefaultDict) s).missing(key));
            t.method0("copy", s -> {
                PyType own = s.getType();
                // A subclass is copied by calling it with the factory and the entries, as CPython does.
                if (own != DefaultDict.TYPE) {
                    PyObject f = ((DefaultDict) s).factory;
                    return Ops.call(own, f == null ? PyNone.INSTANCE : f, s);
                }
                DefaultDict d = new DefaultDict(DefaultDict.TYPE);
                d.factory = ((DefaultDict) s).factory;
                d.putAll((PyDict) s);
                return d;
            });
        }});

        private final PyType type;
        PyObject factory;

        DefaultDict(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        PyObject missing(PyObject key) {
            if (factory == null) throw Exc.keyError(key);
            PyObject v = Ops.call(factory);
            setItem(key, v);
            return v;
        }

        @Override
        public PyObject getItem(PyObject key) {
            // A subclass goes through dict's own __missing__ lookup: its __missing__, if it has
            // one, runs instead of the factory.
            if (type != TYPE) return super.getItem(key);
            PyObject v = get(key);
            // get hashed the key already (raising for an unhashable one): CPython hashes it once here too.
            if (v != null) return v;
            return missing(key);
        }

        @Override
        public String repr() {
            return type.name() + "(" + (factory == null ? "None" : Ops.repr(factory)) + ", " + super.repr() + ")";
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            super.traverse(v);
            if (factory != null) v.accept(factory);
        }
    }
}
