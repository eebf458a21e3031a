package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** {@code collections}: deque, defaultdict, Counter, OrderedDict, namedtuple. */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static void init(Interp in, PyModule m) {
        m.put("deque", Deque.TYPE);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("Counter", CounterType.TYPE);
        m.put("OrderedDict", OrderedDictType.TYPE);
        m.put("namedtuple", new PyBuiltinFunction("namedtuple", NamedTuple::make).inModule("collections"));
    }

    // ---- deque -----------------------------------------------------------------------------------

    /** {@code collections.deque}: a double-ended queue with an optional maximum length. */
    public static final class Deque extends PyObject {
        public static final PyType TYPE = PyType.builtin("collections", "deque", null, true, t -> {
            t.setNew((cls, a, k) -> {
                PyObject[] p = Args.parse("deque", a, k, new String[] {"iterable", "maxlen"}, 0);
                Deque d = new Deque(cls);
                if (p[1] != null && p[1] != PyNone.INSTANCE) {
                    long ml = Ops.index(p[1]).longValueOr(-1);
                    if (ml < 0) throw Exc.valueError("maxlen must be non-negative");
                    d.maxlen = (int) Math.min(ml, Integer.MAX_VALUE);
                }
                if (p[0] != null) Ops.forEach(p[0], d::append);
                return d;
            });
            t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> PyNone.INSTANCE));
            t.method1("append", (s, x) -> { ((Deque) s).append(x); return PyNone.INSTANCE; });
            t.method1("appendleft", (s, x) -> { ((Deque) s).appendLeft(x); return PyNone.INSTANCE; });
            t.method0("pop", s -> {
                Deque d = (Deque) s;
                if (d.items.isEmpty()) throw Exc.indexError("pop from an empty deque");
                d.version++;
                return d.items.removeLast();
            });
            t.method0("popleft", s -> {
                Deque d = (Deque) s;
                if (d.items.isEmpty()) throw Exc.indexError("pop from an empty deque");
                d.version++;
                return d.items.removeFirst();
            });
            t.method1("extend", (s, it) -> {
                Deque d = (Deque) s;
                for (PyObject x : Ops.toList(it)) d.append(x);
                return PyNone.INSTANCE;
            });
            t.method1("extendleft", (s, it) -> {
                Deque d = (Deque) s;
                for (PyObject x : Ops.toList(it)) d.appendLeft(x);
                return PyNone.INSTANCE;
            });
            t.method("rotate", (s, a, k) -> {
                Deque d = (Deque) s;
                long n = a.length > 0 ? Ops.index(a[0]).longValueOr(0) : 1;
                int size = d.items.size();
                if (size > 1) {
                    n %= size;
                    if (n < 0) n += size;
                    for (long i = 0; i < n; i++) d.items.addFirst(d.items.removeLast());
                }
                d.version++;
                return PyNone.INSTANCE;
            });
            t.method0("clear", s -> { ((Deque) s).items.clear(); ((Deque) s).version++; return PyNone.INSTANCE; });
            t.method0("copy", s -> {
                Deque d = (Deque) s, c = new Deque(d.type);
                c.maxlen = d.maxlen;
                c.items.addAll(d.items);
                return c;
            });
            t.method1("count", (s, x) -> {
                int n = 0;
                for (PyObject o : ((Deque) s).items) if (Ops.eq(o, x)) n++;
                return PyInt.of(n);
            });
            t.method1("remove", (s, x) -> {
                Deque d = (Deque) s;
                Iterator<PyObject> it = d.items.iterator();
                while (it.hasNext()) {
                    if (Ops.eq(it.next(), x)) {
                        it.remove();
                        d.version++;
                        return PyNone.INSTANCE;
                    }
                }
                throw Exc.valueError(Ops.repr(x) + " is not in deque");
            });
            t.method("index", (s, a, k) -> {
                int i = 0;
                for (PyObject o : ((Deque) s).items) {
                    if (Ops.eq(o, a[0])) return PyInt.of(i);
                    i++;
                }
                throw Exc.valueError(Ops.repr(a[0]) + " is not in deque");
            });
            t.method0("reverse", s -> {
                java.util.Collections.reverse(((Deque) s).items);
                return PyNone.INSTANCE;
            });
            t.getter("maxlen", s -> ((Deque) s).maxlen < 0 ? PyNone.INSTANCE : PyInt.of(((Deque) s).maxlen));
            t.method0("__len__", s -> PyInt.of(((Deque) s).items.size()));
            t.method0("__iter__", PyObject::iter);
            t.method1("__getitem__", PyObject::getItem);
            t.method0("__repr__", s -> PyStr.of(s.repr()));
        });

        private final PyType type;
        final LinkedList<PyObject> items = new LinkedList<>();
        int maxlen = -1;
        int version;
        private PyDict dict;

        Deque(PyType type) {
            this.type = type;
            if (type != TYPE) dict = new PyDict();
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        void append(PyObject x) {
            if (maxlen == 0) return;
            items.addLast(x);
            if (maxlen > 0 && items.size() > maxlen) items.removeFirst();
            version++;
        }

        void appendLeft(PyObject x) {
            if (maxlen == 0) return;
            items.addFirst(x);
            if (maxlen > 0 && items.size() > maxlen) items.removeLast();
            version++;
        }

        @Override
        public String repr() {
            ReprGuard g = Ops.enterRepr(this);
            if (g == null) return "[...]";
            try {
                StringBuilder sb = new StringBuilder(type.name()).append("([");
                boolean first = true;
                for (PyObject o : items) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(Ops.repr(o));
                }
                sb.append("]");
                if (maxlen >= 0) sb.append(", maxlen=").append(maxlen);
                return sb.append(")").toString();
            } finally {
                g.exit();
            }
        }

        @Override
        public boolean isTrue() {
            return !items.isEmpty();
        }

        @Override
        public boolean hasLength() {
            return true;
        }

        @Override
        public int length() {
            return items.size();
        }

        @Override
        public boolean hasContains() {
            return true;
        }

        @Override
        public boolean contains(PyObject x) {
            for (PyObject o : items) if (o == x || Ops.eq(o, x)) return true;
            return false;
        }

        @Override
        public PyObject getItem(PyObject key) {
            long i = Ops.index(key).longValueOr(Long.MAX_VALUE);
            if (i < 0) i += items.size();
            if (i < 0 || i >= items.size()) throw Exc.indexError("deque index out of range");
            return items.get((int) i);
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            long i = Ops.index(key).longValueOr(Long.MAX_VALUE);
            if (i < 0) i += items.size();
            if (i < 0 || i >= items.size()) throw Exc.indexError("deque index out of range");
            items.set((int) i, value);
        }

        @Override
        public void delItem(PyObject key) {
            long i = Ops.index(key).longValueOr(Long.MAX_VALUE);
            if (i < 0) i += items.size();
            if (i < 0 || i >= items.size()) throw Exc.indexError("deque index out of range");
            items.remove((int) i);
            version++;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof Deque o)) return PyNotImplemented.INSTANCE;
            return PyList.TYPE == null ? PyNotImplemented.INSTANCE
                    : new PyList(new ArrayList<>(items)).richCompare(new PyList(new ArrayList<>(o.items)), op);
        }

        @Override
        public long hash() {
            throw Exc.typeError("unhashable type: 'collections.deque'");
        }

        @Override
        public boolean hasIter() {
            return true;
        }

        @Override
        public PyObject iter() {
            Iterator<PyObject> it = items.iterator();
            int v0 = version;
            Deque self = this;
            return new PyIterators.Base() {
                @Override
                public PyType getType() {
                    return ITER;
                }

                @Override
                public PyObject next() {
                    if (self.version != v0) throw Exc.runtimeError("deque mutated during iteration");
                    return it.hasNext() ? it.next() : null;
                }
            };
        }

        static final PyType ITER = PyIterators.iteratorType("_collections._deque_iterator");

        @Override
        public PyObject binaryOp(int op, PyObject other) {
            if (op == Ops.ADD && other instanceof Deque o) {
                Deque d = new Deque(TYPE);
                d.items.addAll(items);
                d.items.addAll(o.items);
                return d;
            }
            return PyNotImplemented.INSTANCE;
        }

        @Override
        public PyObject inplaceOp(int op, PyObject other) {
            if (op == Ops.ADD) {
                for (PyObject x : Ops.toList(other)) append(x);
                return this;
            }
            return PyNotImplemented.INSTANCE;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            for (PyObject o : items) v.accept(o);
        }
    }

    // ---- defaultdict -------------------------------------------------------------------------------

    /** {@code collections.defaultdict}. */
    public static final class DefaultDict extends PyDict {
        public static final PyType TYPE = PyType.builtin("collections", "defaultdict", PyDict.TYPE, true, t -> {
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
                DefaultDict d = new DefaultDict(DefaultDict.TYPE);
                d.factory = ((DefaultDict) s).factory;
                d.putAll((PyDict) s);
                return d;
            });
        });

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
            PyObject v = get(key);
            if (v != null) return v;
            Ops.checkHashable(key);
            return missing(key);
        }

        @Override
        public String repr() {
            return "defaultdict(" + (factory == null ? "None" : Ops.repr(factory)) + ", " + super.repr() + ")";
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            super.traverse(v);
            if (factory != null) v.accept(factory);
        }
    }

    // ---- OrderedDict -------------------------------------------------------------------------------

    /** {@code collections.OrderedDict}: a dict with move_to_end and an ordered popitem. */
    static final class OrderedDictType {
        static final PyType TYPE = PyType.builtin("collections", "OrderedDict", PyDict.TYPE, true, t -> {
            t.setNew((cls, a, k) -> new OD(cls));
            t.setCallsInit();
            t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> {
                Ops.call(Ops.getAttr(s, "update"), a, k);
                return PyNone.INSTANCE;
            }));
            t.method("move_to_end", (s, a, k) -> {
                PyDict d = (PyDict) s;
                PyObject key = a[0];
                boolean last = a.length < 2 || Ops.isTrue(a[1]);
                PyObject v = d.remove(key);
                if (v == null) throw Exc.keyError(key);
                if (last) {
                    d.put(key, v);
                } else {
                    List<Map.Entry<PyObject, PyObject>> es = d.entryList();
                    d.clear();
                    d.put(key, v);
                    for (var e : es) d.put(e.getKey(), e.getValue());
                }
                return PyNone.INSTANCE;
            });
            t.method("popitem", (s, a, k) -> {
                PyDict d = (PyDict) s;
                boolean last = a.length < 1 || Ops.isTrue(a[0]);
                if (d.size() == 0) throw Exc.keyError(PyStr.of("dictionary is empty"));
                List<Map.Entry<PyObject, PyObject>> es = d.entryList();
                var e = last ? es.get(es.size() - 1) : es.get(0);
                d.remove(e.getKey());
                return PyTuple.of(e.getKey(), e.getValue());
            });
        });
    }

    static final class OD extends PyDict {
        private final PyType type;

        OD(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public String repr() {
            if (size() == 0) return type.name() + "()";
            StringBuilder sb = new StringBuilder(type.name()).append("([");
            boolean first = true;
            for (var e : entryList()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append('(').append(Ops.repr(e.getKey())).append(", ").append(Ops.repr(e.getValue())).append(')');
            }
            return sb.append("])").toString();
        }
    }
}
