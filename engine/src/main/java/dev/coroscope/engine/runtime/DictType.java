package dev.coroscope.engine.runtime;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code dict}'s constructor, methods and views. */
final class DictType {
    private DictType() {}

    static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls != PyDict.TYPE) return new PyDictSub(cls);
            PyDict d = new PyDict();
            fill(d, args, kw);
            return d;
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            fill((PyDict) s, a, k);
            return PyNone.INSTANCE;
        }}));
        Slots.repr(t);
        Slots.unhashable(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.setitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.classGetItem(t);
        t.method1("__or__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return s.binaryOp(Ops.OR, o);
        }});
        t.method1("__ror__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            // other | self when only self is a dict: CPython's dict_or refuses a non-dict operand.
            return o instanceof PyDict ? o.binaryOp(Ops.OR, s) : PyNotImplemented.INSTANCE;
        }});
        t.method1("__ior__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return s.inplaceOp(Ops.OR, o);
        }});
        t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyIterators.ReverseDictIterator((PyDict) s, PyIterators.DictIterator.KEYS,
                ((PyDict) s).keyList());
        }});
        t.method0("keys", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyDictView((PyDict) s, PyDictView.KEYS);
        }});
        t.method0("values", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyDictView((PyDict) s, PyDictView.VALUES);
        }});
        t.method0("items", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyDictView((PyDict) s, PyDictView.ITEMS);
        }});
        t.method("get", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("dict.get", k);
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("get expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments") + ", got " + a.length);
            }
            // One __hash__ call, as in CPython (get hashes the key, raising for unhashable ones).
            PyObject v = ((PyDict) s).get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.INSTANCE;
        }}, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject key) {
            PyObject v = ((PyDict) s).get(key);
            return v != null ? v : PyNone.INSTANCE;
        }}, new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject key, PyObject dflt) {
            PyObject v = ((PyDict) s).get(key);
            return v != null ? v : dflt;
        }});
        t.method("setdefault", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("dict.setdefault", k);
            Args.atLeast("setdefault", a, 1);
            Args.atMost("setdefault", a, 2);
            PyObject dv = a.length > 1 ? a[1] : PyNone.INSTANCE;
            return ((PyDict) s).setDefault(a[0], dv);
        }}, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject key) {
            return ((PyDict) s).setDefault(key, PyNone.INSTANCE);
        }}, new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject key, PyObject dflt) {
            return ((PyDict) s).setDefault(key, dflt);
        }});
        t.method("pop", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("dict.pop", k);
            Args.atLeast("pop", a, 1);
            Args.atMost("pop", a, 2);
            // An empty dict answers without hashing the key, as CPython's _PyDict_Pop does.
            PyObject v = ((PyDict) s).size() == 0 ? null : ((PyDict) s).remove(a[0]);
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw Exc.keyError(a[0]);
        }});
        t.method0("popitem", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyDict d = (PyDict) s;
            if (d.size() == 0) throw Exc.keyError(PyStr.of("popitem(): dictionary is empty"));
            return d.popLast();
        }});
        t.method("update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.atMost("update", java.util.Arrays.copyOf(a, Args.positional(a, k)), 1);
            fill((PyDict) s, a, k);
            return PyNone.INSTANCE;
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject before = SeqTypes.lifetimeSnapshot(s);
            ((PyDict) s).clear();
            SeqTypes.droppedByClear(before);
            return PyNone.INSTANCE;
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return new PyDict((PyDict) s); } });
        t.classMethod("fromkeys", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            Args.noKeywords("dict.fromkeys", k);
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("fromkeys expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + a.length);
            }
            PyObject d = Ops.call(cls);
            PyObject v = a.length > 1 ? a[1] : PyNone.INSTANCE;
            Ops.forEach(a[0], key -> Ops.setItem(d, key, v));
            return d;
        }});
    }

    /** dict(mapping_or_pairs, **kw) / update. */
    static void fill(PyDict d, PyObject[] args, String[] kw) {
        int npos = Args.positional(args, kw);
        if (npos > 1) throw Exc.typeError("dict expected at most 1 argument, got " + npos);
        if (npos == 1) update(d, args[0]);
        if (kw != null) for (int i = 0; i < kw.length; i++) d.put(PyStr.of(kw[i]), args[npos + i]);
    }

    static void update(PyDict d, PyObject src) {
        if (src instanceof PyDict o && o.getType() == PyDict.TYPE) {
            d.putAll(o);
            return;
        }
        PyObject keys = Ops.getAttrOrNull(src, PyStr.intern("keys"));
        if (keys != null) {
            Ops.forEach(Ops.call(keys), new Consumer<PyObject>() { public void accept(PyObject k) {
                d.setItem(k, Ops.getItem(src, k));
            }});
            return;
        }
        int[] i = {0};
        Ops.forEach(src, new Consumer<PyObject>() { public void accept(PyObject item) {
            PyObject[] pair;
            try {
                pair = Ops.toArray(item);
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.TypeError)) {
                    throw Exc.typeError("cannot convert dictionary update sequence element #" + i[0] + " to a sequence");
                }
                throw e;
            }
            if (pair.length != 2) {
                throw Exc.valueError("dictionary update sequence element #" + i[0] + " has length " + pair.length + "; 2 is required");
            }
            d.setItem(pair[0], pair[1]);
            i[0]++;
        }});
    }

    /** Instances of user subclasses of dict. */
    static class PyDictSub extends PyDict {
        private final PyType type;
        private final PyDict dict = new PyDict();

        PyDictSub(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
