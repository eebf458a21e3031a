package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code collections.Counter}: a dict of counts. */
final class CounterType {
    private CounterType() {}

    static final PyType TYPE = PyType.builtin("collections", "Counter", PyDict.TYPE, true, t -> {
        t.setNew((cls, a, k) -> new Counter(cls));
        t.setCallsInit();
        t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> {
            update((Counter) s, a, k, 1);
            return PyNone.INSTANCE;
        }));
        t.method("update", (s, a, k) -> {
            update((Counter) s, a, k, 1);
            return PyNone.INSTANCE;
        });
        t.method("subtract", (s, a, k) -> {
            update((Counter) s, a, k, -1);
            return PyNone.INSTANCE;
        });
        t.method1("__missing__", (s, key) -> PyInt.ZERO);
        t.method("most_common", (s, a, k) -> {
            List<Map.Entry<PyObject, PyObject>> es = sorted((Counter) s);
            int n = a.length > 0 && a[0] != PyNone.INSTANCE ? (int) Math.min(Ops.index(a[0]).longValueOr(es.size()), es.size()) : es.size();
            PyList out = new PyList();
            for (int i = 0; i < Math.max(0, n); i++) out.append(PyTuple.of(es.get(i).getKey(), es.get(i).getValue()));
            return out;
        });
        t.method0("elements", s -> {
            PyList out = new PyList();
            for (var e : ((Counter) s).entryList()) {
                long c = Ops.index(e.getValue()).longValueOr(0);
                for (long i = 0; i < c; i++) out.append(e.getKey());
            }
            return out.iter();
        });
        t.method0("total", s -> {
            PyObject acc = PyInt.ZERO;
            for (PyObject v : ((Counter) s).valueList()) acc = Ops.binaryOp(acc, v, Ops.ADD);
            return acc;
        });
        t.method0("copy", s -> {
            Counter c = new Counter(CounterType.TYPE);
            c.putAll((PyDict) s);
            return c;
        });
    });

    static List<Map.Entry<PyObject, PyObject>> sorted(Counter c) {
        List<Map.Entry<PyObject, PyObject>> es = new ArrayList<>(c.entryList());
        es.sort((x, y) -> Ops.lt(y.getValue(), x.getValue()) ? -1 : Ops.lt(x.getValue(), y.getValue()) ? 1 : 0);
        return es;
    }

    static void update(Counter c, PyObject[] a, String[] k, int sign) {
        int npos = Args.positional(a, k);
        if (npos > 0) {
            PyObject src = a[0];
            if (src instanceof PyDict d) {
                for (var e : d.entryList()) add(c, e.getKey(), e.getValue(), sign);
            } else {
                Ops.forEach(src, x -> add(c, x, PyInt.ONE, sign));
            }
        }
        if (k != null) for (int i = 0; i < k.length; i++) add(c, PyStr.of(k[i]), a[npos + i], sign);
    }

    static void add(Counter c, PyObject key, PyObject n, int sign) {
        PyObject old = c.get(key);
        PyObject base = old == null ? PyInt.ZERO : old;
        c.setItem(key, Ops.binaryOp(base, n, sign > 0 ? Ops.ADD : Ops.SUB));
    }

    static final class Counter extends PyDict {
        private final PyType type;

        Counter(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = get(key);
            if (v != null) return v;
            Ops.checkHashable(key);
            return PyInt.ZERO;
        }

        @Override
        public String repr() {
            if (size() == 0) return type.name() + "()";
            StringBuilder sb = new StringBuilder(type.name()).append("({");
            boolean first = true;
            for (var e : sorted(this)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(e.getKey())).append(": ").append(Ops.repr(e.getValue()));
            }
            return sb.append("})").toString();
        }

        @Override
        public PyObject binaryOp(int op, PyObject other) {
            if (!(other instanceof Counter o)) return super.binaryOp(op, other);
            Counter r = new Counter(TYPE);
            switch (op) {
                case Ops.ADD -> {
                    for (var e : entryList()) add(r, e.getKey(), e.getValue(), 1);
                    for (var e : o.entryList()) add(r, e.getKey(), e.getValue(), 1);
                }
                case Ops.SUB -> {
                    for (var e : entryList()) add(r, e.getKey(), e.getValue(), 1);
                    for (var e : o.entryList()) add(r, e.getKey(), e.getValue(), -1);
                }
                case Ops.OR -> {
                    for (var e : entryList()) r.put(e.getKey(), e.getValue());
                    for (var e : o.entryList()) {
                        PyObject mine = r.get(e.getKey());
                        if (mine == null || Ops.lt(mine, e.getValue())) r.put(e.getKey(), e.getValue());
                    }
                }
                case Ops.AND -> {
                    for (var e : entryList()) {
                        PyObject theirs = o.get(e.getKey());
                        if (theirs != null) r.put(e.getKey(), Ops.lt(e.getValue(), theirs) ? e.getValue() : theirs);
                    }
                }
                default -> {
                    return PyNotImplemented.INSTANCE;
                }
            }
            for (PyObject key : r.keyList()) {
                if (!Ops.lt(PyInt.ZERO, r.get(key))) r.remove(key);
            }
            return r;
        }
    }
}
