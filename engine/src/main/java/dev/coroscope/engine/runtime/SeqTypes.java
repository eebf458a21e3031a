package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.Comparator;

/** {@code list} and {@code tuple}: constructors, methods and the sequence helpers they share. */
public final class SeqTypes {
    private SeqTypes() {}

    static void initTuple(PyType t) {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.atMost("tuple", args, 1);
            PyTuple r = args.length == 0 ? PyTuple.EMPTY : Ops.toTuple(args[0]);
            if (cls != PyTuple.TYPE) return new PyTupleSub(cls, r.items());
            return r;
        });
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.classGetItem(t);
        t.method1("__add__", (s, o) -> s.binaryOp(Ops.ADD, o));
        t.method1("__mul__", (s, o) -> s.binaryOp(Ops.MUL, o));
        t.method1("__rmul__", (s, o) -> s.reflectedOp(Ops.MUL, o));
        t.method1("count", (s, x) -> {
            int n = 0;
            for (PyObject o : ((PyTuple) s).items()) if (o == x || Ops.eq(o, x)) n++;
            return PyInt.of(n);
        });
        t.method("index", (s, a, k) -> {
            PyObject[] items = ((PyTuple) s).items();
            int i = indexOf(items, items.length, a);
            if (i < 0) throw Exc.valueError("tuple.index(x): x not in tuple");
            return PyInt.of(i);
        });
        t.method0("__getnewargs__", s -> PyTuple.of(PyTuple.of(((PyTuple) s).items())));
    }

    static int indexOf(PyObject[] items, int size, PyObject[] a) {
        if (a.length < 1) throw Exc.typeError("index expected at least 1 argument, got 0");
        int start = 0, stop = size;
        if (a.length > 1) start = clamp(Ops.index(a[1]).longValueOr(Integer.MAX_VALUE), size);
        if (a.length > 2) stop = clamp(Ops.index(a[2]).longValueOr(Integer.MAX_VALUE), size);
        for (int i = start; i < stop && i < size; i++) {
            if (items[i] == a[0] || Ops.eq(items[i], a[0])) return i;
        }
        return -1;
    }

    private static int clamp(long i, int size) {
        if (i < 0) i = Math.max(0, i + size);
        return (int) Math.min(i, size);
    }

    static void initList(PyType t) {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("list", kw);
            Args.atMost("list", args, 1);
            PyList l = cls == PyList.TYPE ? new PyList() : new PyListSub(cls);
            if (args.length == 1) {
                PyObject src = args[0];
                if (src instanceof PyList sl) l.extend(sl.rawItems(), sl.size());
                else if (src instanceof PyTuple st) l.extend(st.items(), st.size());
                else Ops.forEach(src, l::append);
            }
            return l;
        });
        t.put("__init__", new PyMethodDescriptor(t, "__init__", (s, a, k) -> {
            PyList l = (PyList) s;
            if (a.length > 0) {
                l.clear();
                Ops.forEach(a[0], l::append);
            }
            return PyNone.INSTANCE;
        }));
        Slots.repr(t);
        Slots.unhashable(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.setitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.classGetItem(t);
        t.method1("__add__", (s, o) -> s.binaryOp(Ops.ADD, o));
        t.method1("__mul__", (s, o) -> s.binaryOp(Ops.MUL, o));
        t.method1("__rmul__", (s, o) -> s.reflectedOp(Ops.MUL, o));
        t.method1("__iadd__", (s, o) -> s.inplaceOp(Ops.ADD, o));
        t.method1("__imul__", (s, o) -> s.inplaceOp(Ops.MUL, o));
        t.method0("__reversed__", s -> new PyIterators.ReverseListIterator((PyList) s));
        t.method1("append", (s, x) -> {
            ((PyList) s).append(x);
            return PyNone.INSTANCE;
        });
        t.method1("extend", (s, x) -> {
            PyList l = (PyList) s;
            if (x instanceof PyList o) {
                PyObject[] src = o == l ? l.toArray() : o.rawItems();
                l.extend(src, o.size());
            } else if (x instanceof PyTuple o) {
                l.extend(o.items(), o.size());
            } else {
                Ops.forEach(x, l::append);
            }
            return PyNone.INSTANCE;
        });
        t.method2("insert", (s, i, x) -> {
            PyList l = (PyList) s;
            long idx = Ops.index(i).longValueOr(Long.MAX_VALUE / 2);
            if (idx < 0) idx = Math.max(0, idx + l.size());
            if (idx > l.size()) idx = l.size();
            l.insert((int) idx, x);
            return PyNone.INSTANCE;
        });
        t.method("pop", (s, a, k) -> {
            Args.noKeywords("pop", k);
            Args.atMost("pop", a, 1);
            PyList l = (PyList) s;
            if (l.size() == 0) throw Exc.indexError("pop from empty list");
            long idx = a.length == 0 ? l.size() - 1 : Ops.index(a[0]).longValueOr(Long.MAX_VALUE / 2);
            if (idx < 0) idx += l.size();
            if (idx < 0 || idx >= l.size()) throw Exc.indexError("pop index out of range");
            return l.removeAt((int) idx);
        });
        t.method1("remove", (s, x) -> {
            PyList l = (PyList) s;
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == x || Ops.eq(l.get(i), x)) {
                    l.removeAt(i);
                    return PyNone.INSTANCE;
                }
            }
            throw Exc.valueError("list.remove(x): x not in list");
        });
        t.method("index", (s, a, k) -> {
            PyList l = (PyList) s;
            int i = indexOf(l.rawItems(), l.size(), a);
            if (i < 0) throw Exc.valueError(Ops.repr(a[0]) + " is not in list");
            return PyInt.of(i);
        });
        t.method1("count", (s, x) -> {
            PyList l = (PyList) s;
            int n = 0;
            for (int i = 0; i < l.size(); i++) if (l.get(i) == x || Ops.eq(l.get(i), x)) n++;
            return PyInt.of(n);
        });
        t.method0("clear", s -> {
            ((PyList) s).clear();
            return PyNone.INSTANCE;
        });
        t.method0("copy", s -> new PyList(((PyList) s).toArray()));
        t.method0("reverse", s -> {
            PyList l = (PyList) s;
            PyObject[] a = l.rawItems();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                PyObject x = a[i];
                a[i] = a[j];
                a[j] = x;
            }
            return PyNone.INSTANCE;
        });
        t.method("sort", (s, a, k) -> {
            if (a.length - (k == null ? 0 : k.length) > 0) throw Exc.typeError("sort() takes no positional arguments");
            PyObject[] p = Args.parse("sort", a, k, new String[] {"key", "reverse"}, 0, 0);
            sort((PyList) s, p[0], p[1] != null && Ops.isTrue(p[1]));
            return PyNone.INSTANCE;
        });
    }

    /** Stable sort with an optional key function, as {@code list.sort}. */
    static void sort(PyList l, PyObject key, boolean reverse) {
        int n = l.size();
        PyObject[] items = l.toArray();
        PyObject[] keys = items;
        if (key != null && key != PyNone.INSTANCE) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) keys[i] = Ops.call(key, items[i]);
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        final PyObject[] ks = keys;
        // Empty the list while sorting, so mutation during the sort is detected as CPython does.
        l.setContent(new PyObject[0], 0);
        Comparator<Integer> cmp = (x, y) -> {
            if (reverse) {
                if (Ops.lt(ks[y], ks[x])) return -1;
                return Ops.lt(ks[x], ks[y]) ? 1 : 0;
            }
            if (Ops.lt(ks[x], ks[y])) return -1;
            return Ops.lt(ks[y], ks[x]) ? 1 : 0;
        };
        try {
            Arrays.sort(idx, cmp);
        } catch (IllegalArgumentException e) {
            // Inconsistent comparisons: CPython leaves some order; keep what we have.
        } catch (PyError e) {
            l.setContent(items, n);
            throw e;
        }
        boolean modified = l.size() != 0;
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = items[idx[i]];
        l.setContent(out, n);
        if (modified) throw Exc.valueError("list modified during sort");
    }

    static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            PyObject x = a[i], y = b[i];
            if (x != y && !Ops.eq(x, y)) break;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Ops.cmpResult(Integer.compare(na, nb), op));
        }
        if (op == Ops.EQ) return PyBool.FALSE;
        if (op == Ops.NE) return PyBool.TRUE;
        return Ops.richCompare(a[i], b[i], op);
    }

    static PyObject[] slice(PyObject[] items, long[] r) {
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len <= 0) return new PyObject[0];
        if (step == 1) return Arrays.copyOfRange(items, start, start + len);
        PyObject[] out = new PyObject[len];
        for (int i = 0, j = start; i < len; i++, j += step) out[i] = items[j];
        return out;
    }

    static PyObject[] repeat(PyObject[] items, int size, PyInt n) {
        long k = n.longValueOr(Long.MAX_VALUE);
        if (k <= 0 || size == 0) return new PyObject[0];
        if ((double) size * k > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        PyObject[] out = new PyObject[(int) (size * k)];
        for (int i = 0; i < k; i++) System.arraycopy(items, 0, out, i * size, size);
        return out;
    }

    static void setSlice(PyList l, PySlice s, PyObject value) {
        PyObject[] src = value == l ? l.toArray() : Ops.toArray(value);
        long[] r = s.indices(l.size());
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            PyObject[] old = l.toArray();
            PyObject[] out = new PyObject[old.length - (stop - start) + src.length];
            System.arraycopy(old, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(old, stop, out, start + src.length, old.length - stop);
            l.setContent(out, out.length);
            return;
        }
        if (src.length != len) {
            throw Exc.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + len);
        }
        for (int i = 0, j = start; i < len; i++, j += step) l.set(j, src[i]);
    }

    static void delSlice(PyList l, PySlice s) {
        long[] r = s.indices(l.size());
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len <= 0) return;
        boolean[] drop = new boolean[l.size()];
        for (int i = 0, j = start; i < len; i++, j += step) drop[j] = true;
        PyObject[] old = l.toArray();
        PyObject[] out = new PyObject[old.length - len];
        int k = 0;
        for (int i = 0; i < old.length; i++) if (!drop[i]) out[k++] = old[i];
        l.setContent(out, k);
    }

    /** Instances of user subclasses of list. */
    static final class PyListSub extends PyList {
        private final PyType type;
        private final PyDict dict = new PyDict();

        PyListSub(PyType type) {
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

    /** A tuple whose type is a user subclass of tuple. */
    public static PyTuple tupleOfType(PyType type, PyObject[] items) {
        return type == PyTuple.TYPE ? PyTuple.of(items) : new PyTupleSub(type, items);
    }

    /** Instances of user subclasses of tuple (namedtuple classes among them). */
    static final class PyTupleSub extends PyTuple {
        private final PyType type;
        private final PyDict dict = new PyDict();

        PyTupleSub(PyType type, PyObject[] items) {
            super(items);
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
