package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import dev.coroscope.engine.vm.TracebackPrinter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * {@code _weakref}: weak references on top of the run's lifetime tracker ({@code Lifetime}). A
 * referent is registered with the tracker when its first reference is made; when the tracker
 * finds it unreachable (the moments CPython's refcount would drop it, or {@code gc.collect()}) all
 * its references are cleared, then their callbacks run, newest first. A reference never makes its
 * referent reachable ({@link WeakRef#traverse} skips it). At program end references are cleared
 * without callbacks, as CPython's module teardown does; {@code weakref.finalize} objects registered
 * with {@code at_exit} run before that. The bundled {@code weakref.py} builds the containers on it.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** One run's referents and their references (the map is reached only from Java, never traversed). */
    static final class Registry extends PyObject {
        static final PyType TYPE = PyType.builtin("_weakref", "_registry", null, false, t -> { });
        final IdentityHashMap<PyObject, List<WeakRef>> refs = new IdentityHashMap<>();
        boolean exiting;

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    public static void init(Interp in, PyModule m) {
        Registry reg = new Registry();
        m.put("_registry", reg);
        m.put("ref", WeakRef.TYPE);
        m.put("ReferenceType", WeakRef.TYPE);
        m.put("getweakrefcount", new PyBuiltinFunction("getweakrefcount", (a, k) -> {
            Args.exactly("getweakrefcount", a, 1);
            List<WeakRef> l = reg.refs.get(a[0]);
            return PyInt.of(l == null ? 0 : l.size());
        }).inModule("_weakref"));
        m.put("getweakrefs", new PyBuiltinFunction("getweakrefs", (a, k) -> {
            Args.exactly("getweakrefs", a, 1);
            List<WeakRef> l = reg.refs.get(a[0]);
            return l == null ? new PyList() : new PyList(l.toArray(new PyObject[0]));
        }).inModule("_weakref"));
        m.put("at_exit", new PyBuiltinFunction("at_exit", (a, k) -> {
            Args.exactly("at_exit", a, 1);
            PyObject fn = a[0];
            in.rt.addAtExit(() -> {
                Ops.call(fn);
                reg.exiting = true;
            });
            return PyNone.INSTANCE;
        }).inModule("_weakref"));
        in.rt.addAtExit(() -> reg.exiting = true);
    }

    private static Registry registry() {
        PyModule m = Interp.current().rt.modules.get("_weakref");
        return (Registry) m.get("_registry");
    }

    static boolean weakReferenceable(PyObject o) {
        return o.getType().isHeap() || o instanceof PyFunction || o instanceof PyType || o instanceof PySet
                || o instanceof PyGenBase || o instanceof PyMethod || o instanceof PyModule
                || o instanceof PyBuiltinFunction || o instanceof WeakRef || o instanceof PyCode
                || o instanceof DequeType || o instanceof dev.coroscope.engine.runtime.WeakReferenceable;
    }

    /** Runs when the tracker finds {@code obj} unreachable: clears its references, then calls back. */
    private static void referentDied(Registry reg, PyObject obj) {
        List<WeakRef> l = reg.refs.remove(obj);
        if (l == null) return;
        for (WeakRef r : l) r.referent = null;
        if (reg.exiting) return;
        Interp in = Interp.current();
        for (int i = l.size() - 1; i >= 0; i--) {
            WeakRef r = l.get(i);
            if (r.callback == null) continue;
            PyObject cb = r.callback;
            r.callback = null;
            try {
                Ops.call(cb, r);
            } catch (PyError e) {
                in.rt.unraisable(cb, e.exc, "Exception ignored in: " + Ops.repr(cb) + "\n" + TracebackPrinter.formatUnraisable(in.rt, e.exc));
            }
        }
    }

    /** {@code weakref.ref}: calling it returns the referent, or None once the referent is gone. */
    public static final class WeakRef extends PyObject {
        public static final PyType TYPE = PyType.builtin("weakref", "ReferenceType", null, true, WeakRef::initType);

        private final PyType type;
        private final PyDict dict;
        PyObject referent;
        PyObject callback;
        private long hash;
        private boolean hashed;

        WeakRef(PyType type, PyObject referent, PyObject callback) {
            this.type = type;
            this.dict = type.isHeap() && type.instanceDict() ? new PyDict() : null;
            this.referent = referent;
            this.callback = callback;
        }

        private static void initType(PyType t) {
            t.setNew((cls, a, k) -> {
                int npos = Args.positional(a, k);
                if (npos < 1 || npos > 2) {
                    throw Exc.typeError((npos < 1 ? "__new__ expected at least 1 argument, got " : "__new__ expected at most 2 arguments, got ") + npos);
                }
                PyObject obj = a[0];
                PyObject cb = npos > 1 && a[1] != PyNone.INSTANCE ? a[1] : null;
                if (!weakReferenceable(obj)) {
                    throw Exc.typeError("cannot create weak reference to '" + obj.getType().tpName() + "' object");
                }
                Registry reg = registry();
                List<WeakRef> l = reg.refs.get(obj);
                if (cb == null && cls == TYPE && l != null) {
                    for (WeakRef r : l) if (r.type == TYPE && r.callback == null) return r;
                }
                WeakRef r = new WeakRef(cls, obj, cb);
                if (l == null) {
                    l = new ArrayList<>(2);
                    reg.refs.put(obj, l);
                    Interp.current().rt.lifetime.registerWeak(obj, o -> referentDied(reg, o));
                }
                // CPython keeps the callback-less basic reference first in the list.
                if (cb == null && cls == TYPE) l.add(0, r);
                else l.add(r);
                return r;
            });
            t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> PyNone.INSTANCE));
            t.getter("__callback__", s -> {
                WeakRef r = (WeakRef) s;
                return r.callback == null ? PyNone.INSTANCE : r.callback;
            });
            t.method1("__class_getitem__", (s, item) -> Ops.call(PyGenericAlias.TYPE, s, item));
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            if (args.length > 0) throw Exc.typeError("weakref() takes no arguments" );
            return referent == null ? PyNone.INSTANCE : referent;
        }

        @Override
        public long hash() {
            if (hashed) return hash;
            if (referent == null) throw Exc.typeError("weak object has gone away");
            hash = Ops.hash(referent);
            hashed = true;
            return hash;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof WeakRef o)) return PyNotImplemented.INSTANCE;
            if (referent == null || o.referent == null) {
                boolean same = this == other;
                return PyBool.of(op == Ops.EQ ? same : !same);
            }
            return Ops.richCompare(referent, o.referent, op);
        }

        @Override
        public String repr() {
            String me = Ops.address(this);
            if (referent == null) return "<weakref at " + me + "; dead>";
            PyObject name = Ops.getAttrOr(referent, "__name__", null);
            String to = "'" + referent.getType().tpName() + "' at " + Ops.address(referent);
            if (name instanceof PyStr s) to += " (" + s.value() + ")";
            return "<weakref at " + me + "; to " + to + ">";
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> visitor) {
            super.traverse(visitor);
            if (callback != null) visitor.accept(callback);
        }
    }
}
