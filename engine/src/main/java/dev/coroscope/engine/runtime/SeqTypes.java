package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code list} and {@code tuple}: constructors, methods and the sequence helpers they share. */
public final class SeqTypes {
    private SeqTypes() {}

    static void initTuple(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("tuple", kw);
            Args.atMost("tuple", args, 1);
            PyTuple r = args.length == 0 ? PyTuple.EMPTY : sizedTuple(args[0]);
            if (cls != PyTuple.TYPE) return new PyTupleSub(cls, r.items());
            return r;
        }});
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.classGetItem(t);
        Slots.sequenceArithmetic(t);
        t.method1("count", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            int n = 0;
            for (PyObject o : ((PyTuple) s).items()) if (o == x || Ops.eq(o, x)) n++;
            return PyInt.of(n);
        }});
        t.method("index", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] items = ((PyTuple) s).items();
            int i = indexOf(items, items.length, a);
            if (i < 0) throw Exc.valueError("tuple.index(x): x not in tuple");
            return PyInt.of(i);
        }});
        t.method0("__getnewargs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(PyTuple.of(((PyTuple) s).items()));
        }});
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

    /** tuple(x): as {@link Ops#toTuple}, asking a class instance for its size as CPython does. */
    private static PyTuple sizedTuple(PyObject x) {
        if (!x.getType().isHeap()) return Ops.toTuple(x);
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        Ops.forEachSized(x, out::add);
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    static void initList(PyType t) {
        // A subclass's instance starts empty, whatever the arguments: list.__init__ fills it (as
        // in CPython, where only a direct list(...) call takes the one-step path).
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls != PyList.TYPE) return new PyListSub(cls);
            Args.noKeywords("list", kw);
            Args.atMost("list", args, 1);
            PyList l = new PyList();
            if (args.length == 1) fillList(l, args[0]);
            return l;
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("list", k);
            Args.atMost("list", a, 1);
            PyList l = (PyList) s;
            l.clear();
            if (a.length == 1) fillList(l, a[0]);
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
        Slots.mutableSequenceArithmetic(t);
        t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyIterators.ReverseListIterator((PyList) s);
        }});
        t.method1("append", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            ((PyList) s).append(x);
            return PyNone.INSTANCE;
        }});
        t.method1("extend", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            PyList l = (PyList) s;
            if (x instanceof PyList o) {
                PyObject[] src = o == l ? l.toArray() : o.rawItems();
                l.extend(src, o.size());
            } else if (x instanceof PyTuple o) {
                l.extend(o.items(), o.size());
            } else {
                Ops.forEachSized(x, l::append);
            }
            return PyNone.INSTANCE;
        }});
        t.method2("insert", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject i, PyObject x) {
            PyList l = (PyList) s;
            long idx = Ops.index(i).longValueOr(Long.MAX_VALUE / 2);
            if (idx < 0) idx = Math.max(0, idx + l.size());
            if (idx > l.size()) idx = l.size();
            l.insert((int) idx, x);
            return PyNone.INSTANCE;
        }});
        t.method("pop", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("list.pop", k);
            Args.atMost("pop", a, 1);
            PyList l = (PyList) s;
            if (l.size() == 0) throw Exc.indexError("pop from empty list");
            long idx = a.length == 0 ? l.size() - 1 : Ops.index(a[0]).longValueOr(Long.MAX_VALUE / 2);
            if (idx < 0) idx += l.size();
            if (idx < 0 || idx >= l.size()) throw Exc.indexError("pop index out of range");
            return l.removeAt((int) idx);
        }});
        t.method1("remove", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            PyList l = (PyList) s;
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == x || Ops.eq(l.get(i), x)) {
                    l.removeAt(i);
                    return PyNone.INSTANCE;
                }
            }
            throw Exc.valueError("list.remove(x): x not in list");
        }});
        t.method("index", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyList l = (PyList) s;
            int i = indexOf(l.rawItems(), l.size(), a);
            if (i < 0) throw Exc.valueError(Ops.repr(a[0]) + " is not in list");
            return PyInt.of(i);
        }});
        t.method1("count", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            PyList l = (PyList) s;
            int n = 0;
            for (int i = 0; i < l.size(); i++) if (l.get(i) == x || Ops.eq(l.get(i), x)) n++;
            return PyInt.of(n);
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject before = lifetimeSnapshot(s);
            ((PyList) s).clear();
            droppedByClear(before);
            return PyNone.INSTANCE;
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyList(((PyList) s).toArray());
        }});
        t.method0("reverse", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyList l = (PyList) s;
            PyObject[] a = l.rawItems();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                PyObject x = a[i];
                a[i] = a[j];
                a[j] = x;
            }
            return PyNone.INSTANCE;
        }});
        t.method("sort", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length - (k == null ? 0 : k.length) > 0) throw Exc.typeError("sort() takes no positional arguments");
            PyObject[] p = Args.parse("sort", a, k, new String[] {"key", "reverse"}, 0, 0);
            sort((PyList) s, p[0], p[1] != null && Ops.isTrue(p[1]));
            return PyNone.INSTANCE;
        }});
        RecursionCost.countMethods(t, "sort");
    }

    /**
     * Stable sort with an optional key function, as {@code list.sort}. As in CPython the list
     * looks empty while the keys are computed and sorted (a key function or {@code __lt__} that
     * reads it sees no items; one that changes it makes the sort raise {@code ValueError}, its
     * changes dropped), keys needing Python's {@code <} are sorted with CPython's comparisons in
     * CPython's order ({@link ListSort}), and the list is put back, in whatever order the sort
     * reached, when a key or a comparison raises.
     */
    static void sort(PyList l, PyObject key, boolean reverse) {
        // While the list looks empty its items are held by the sort alone: a root for the lifetime
        // collector (a key function's frame ending must not find a coroutine in the list dead).
        var lt = l.size() == 0 ? null : dev.coroscope.engine.vm.Interp.current().rt.lifetime;
        if (lt == null || !lt.active()) {
            sortUnpinned(l, key, reverse);
            return;
        }
        lt.pin(PyTuple.of(l.toArray()));
        try {
            sortUnpinned(l, key, reverse);
        } finally {
            lt.unpin();
        }
    }

    private static void sortUnpinned(PyList l, PyObject key, boolean reverse) {
        int n = l.size();
        PyObject[] items = l.toArray();
        PyObject[] keys = items;
        // The list looks empty while it is sorted. Its stand-in array is unique to this sort, so any
        // change made meanwhile (even an append undone by a pop, which leaves the list empty again)
        // replaces it, and the sort reports it as CPython does.
        PyObject[] during = new PyObject[0];
        l.setContent(during, 0);
        try {
            if (key != null && key != PyNone.INSTANCE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.call(key, items[i]);
            }
        } catch (PyError e) {
            l.setContent(items, n);
            if (keys != items) dropKeys(keys, e);
            throw e;
        }
        if (reverse) {
            // Reverse, sort stably, reverse again: equal items keep their original order.
            reverse(items);
            if (keys != items) reverse(keys);
        }
        try {
            if (n > 1 && !KeyOrder.sort(keys, items)) new ListSort(keys, items).sort();
        } catch (PyError e) {
            if (reverse) reverse(items);
            l.setContent(items, n);
            if (keys != items) dropKeys(keys, e);
            throw e;
        }
        if (reverse) {
            reverse(items);
        }
        boolean modified = l.size() != 0 || l.rawItems() != during;
        l.setContent(items, n);
        if (keys != items) dropKeys(keys, null);
        if (modified) throw Exc.valueError("list modified during sort");
    }

    /**
     * What clear() is about to drop, while the lifetime collector watches objects (else null): a
     * never-awaited coroutine only the container held dies inside the clear() call, as in CPython.
     */
    static PyObject lifetimeSnapshot(PyObject container) {
        var lt = dev.coroscope.engine.vm.Interp.current().rt.lifetime;
        if (!lt.active()) return null;
        PyList items = new PyList();
        container.traverse(new java.util.function.Consumer<PyObject>() { public void accept(PyObject o) {
            if (o != null) items.append(o);
        }});
        return lt.wouldFree(items) ? items : null;
    }

    static void droppedByClear(PyObject snapshot) {
        if (snapshot != null) dev.coroscope.engine.vm.Interp.current().rt.lifetime.discarded(snapshot);
    }

    /**
     * list.sort frees the keys it computed before it returns (or raises): a key that only the sort
     * held dies there, inside the call (a key function returning coroutines warns at that line).
     */
    private static void dropKeys(PyObject[] keys, PyError raising) {
        var lt = dev.coroscope.engine.vm.Interp.current().rt.lifetime;
        if (!lt.active()) return;
        if (raising != null) {
            lt.droppedWhileRaising(keys, raising.exc);
        } else {
            for (PyObject k : keys) if (k != null) lt.discarded(k);
        }
    }

    private static void reverse(PyObject[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Sorting keys whose order needs no Python code: all exact ints, all exact strs, or all exact
     * tuples of them with the same kind (int or str) at each position. Their {@code <} is a total
     * order that cannot fail or call anything, so any stable sort gives the list CPython's sort
     * gives, and it is done with Java's (stable) sort on a direct comparator.
     */
    static final class KeyOrder {
        private KeyOrder() {}

        private static final int OTHER = 0, LONG = 1, STR = 2, BIG = 3;

        private static int kind(PyObject o) {
            if (o.getClass() == PyInt.class) return ((PyInt) o).isBig() ? BIG : LONG;
            if (o.getClass() == PyStr.class) return STR;
            return OTHER;
        }

        /** Sorts keys (and vals in step) if their kinds allow; false (nothing done) otherwise. */
        static boolean sort(PyObject[] keys, PyObject[] vals) {
            java.util.Comparator<PyObject> cmp = comparator(keys);
            if (cmp == null) return false;
            long[] lead = leadingLongs(keys);
            if (lead != null) {
                sortByLead(keys, vals, lead, cmp);
                return true;
            }
            if (keys == vals) {
                java.util.Arrays.sort(keys, cmp);
                return true;
            }
            int n = keys.length;
            Object[][] pairs = new Object[n][];
            for (int i = 0; i < n; i++) pairs[i] = new Object[] {keys[i], vals[i]};
            java.util.Arrays.sort(pairs, new Comparator<Object[]>() { public int compare(Object[] x, Object[] y) {
                return cmp.compare((PyObject) x[0], (PyObject) y[0]);
            }});
            for (int i = 0; i < n; i++) {
                keys[i] = (PyObject) pairs[i][0];
                vals[i] = (PyObject) pairs[i][1];
            }
            return true;
        }

        private static java.util.Comparator<PyObject> comparator(PyObject[] keys) {
            int k = kind(keys[0]);
            if (k == LONG || k == BIG) {
                boolean big = false;
                for (PyObject o : keys) {
                    int c = kind(o);
                    if (c == BIG) big = true;
                    else if (c != LONG) return null;
                }
                return big ? new Comparator<PyObject>() { public int compare(PyObject a, PyObject b) {
                    return KeyOrder.compareInts(a, b);
                }} : new Comparator<PyObject>() { public int compare(PyObject a, PyObject b) {
                    return Long.compare(((PyInt) a).v, ((PyInt) b).v);
                }};
            }
            if (k == STR) {
                for (PyObject o : keys) if (o.getClass() != PyStr.class) return null;
                return new Comparator<PyObject>() { public int compare(PyObject a, PyObject b) {
                    return PyStr.compareCodePoints(((PyStr) a).value(), ((PyStr) b).value());
                }};
            }
            if (keys[0].getClass() != PyTuple.class) return null;
            // The kind at each position, from the first tuple that has the position.
            int[] kinds = new int[4];
            int known = 0;
            for (PyObject o : keys) {
                if (o.getClass() != PyTuple.class) return null;
                PyObject[] items = ((PyTuple) o).items;
                if (items.length > known) {
                    if (items.length > kinds.length) kinds = java.util.Arrays.copyOf(kinds, Math.max(items.length, kinds.length * 2));
                    for (int i = known; i < items.length; i++) {
                        int c = kind(items[i]);
                        if (c == OTHER) return null;
                        kinds[i] = c == BIG ? LONG : c;
                    }
                    known = items.length;
                }
                for (int i = 0; i < items.length; i++) {
                    int c = kind(items[i]);
                    if ((c == BIG ? LONG : c) != kinds[i]) return null;
                }
            }
            return new Comparator<PyObject>() { public int compare(PyObject a, PyObject b) { return KeyOrder.compareTuples(a, b); } };
        }

        /**
         * Each key's int (or its tuple's first item) when all of them fit a long, so most
         * comparisons read a flat array instead of following pointers; null otherwise.
         */
        private static long[] leadingLongs(PyObject[] keys) {
            long[] out = new long[keys.length];
            for (int i = 0; i < keys.length; i++) {
                PyObject k = keys[i];
                if (k.getClass() == PyTuple.class) {
                    PyObject[] items = ((PyTuple) k).items;
                    if (items.length == 0) return null;
                    k = items[0];
                }
                if (k.getClass() != PyInt.class || ((PyInt) k).isBig()) return null;
                out[i] = ((PyInt) k).v;
            }
            return out;
        }

        /**
         * A stable merge sort of positions by {@code lead}, ties decided by {@code cmp} on the keys
         * (for tuples: the items after the first; for plain ints the lead decides alone).
         */
        private static void sortByLead(PyObject[] keys, PyObject[] vals, long[] lead, java.util.Comparator<PyObject> cmp) {
            int n = keys.length;
            boolean tuples = keys[0].getClass() == PyTuple.class;
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            int[] tmp = new int[n];
            Order o = new Order(lead, tuples ? keys : null, cmp);
            if (tuples) o.second(keys);
            mergeSort(idx, tmp, 0, n, o);
            PyObject[] k2 = keys.clone();
            PyObject[] v2 = keys == vals ? k2 : vals.clone();
            for (int i = 0; i < n; i++) {
                keys[i] = k2[idx[i]];
                if (vals != keys) vals[i] = v2[idx[i]];
            }
        }

        /**
         * The order of key positions: the lead longs, then (tuples) the second items' longs when
         * every tuple has one that fits, then the whole keys (not needed when every tuple is a pair
         * of such longs).
         */
        private static final class Order {
            final long[] lead;
            final PyObject[] keys;
            final java.util.Comparator<PyObject> cmp;
            long[] second;
            boolean pairsOnly;

            Order(long[] lead, PyObject[] keys, java.util.Comparator<PyObject> cmp) {
                this.lead = lead;
                this.keys = keys;
                this.cmp = cmp;
            }

            void second(PyObject[] tuples) {
                long[] out = new long[tuples.length];
                boolean pairs = true;
                for (int i = 0; i < tuples.length; i++) {
                    PyObject[] items = ((PyTuple) tuples[i]).items;
                    if (items.length < 2) return;
                    PyObject k = items[1];
                    if (k.getClass() != PyInt.class || ((PyInt) k).isBig()) return;
                    out[i] = ((PyInt) k).v;
                    if (items.length != 2) pairs = false;
                }
                second = out;
                pairsOnly = pairs;
            }

            int compare(int a, int b) {
                int c = Long.compare(lead[a], lead[b]);
                if (c != 0 || keys == null) return c;
                if (second != null) {
                    c = Long.compare(second[a], second[b]);
                    if (c != 0 || pairsOnly) return c;
                }
                return cmp.compare(keys[a], keys[b]);
            }
        }

        private static void mergeSort(int[] idx, int[] tmp, int lo, int hi, Order o) {
            if (hi - lo <= 24) {
                for (int i = lo + 1; i < hi; i++) {
                    int x = idx[i];
                    int j = i - 1;
                    while (j >= lo && o.compare(idx[j], x) > 0) {
                        idx[j + 1] = idx[j];
                        j--;
                    }
                    idx[j + 1] = x;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            mergeSort(idx, tmp, lo, mid, o);
            mergeSort(idx, tmp, mid, hi, o);
            if (o.compare(idx[mid - 1], idx[mid]) <= 0) return;
            System.arraycopy(idx, lo, tmp, lo, mid - lo);
            int i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                // A right item goes first only when strictly smaller: stable.
                if (o.compare(idx[j], tmp[i]) < 0) idx[k++] = idx[j++];
                else idx[k++] = tmp[i++];
            }
            while (i < mid) idx[k++] = tmp[i++];
        }

        private static int compareInts(PyObject a, PyObject b) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (!x.isBig() && !y.isBig()) return Long.compare(x.v, y.v);
            return x.toBig().compareTo(y.toBig());
        }

        private static int compareTuples(PyObject a, PyObject b) {
            PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                PyObject p = x[i], q = y[i];
                int c = p.getClass() == PyStr.class ? PyStr.compareCodePoints(((PyStr) p).value(), ((PyStr) q).value())
                        : compareInts(p, q);
                if (c != 0) return c;
            }
            return Integer.compare(x.length, y.length);
        }
    }

    static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            PyObject x = a[i], y = b[i];
            if (x != y && !Ops.eqItem(x, y)) break;
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Ops.cmpResult(Integer.compare(na, nb), op));
        }
        if (op == Ops.EQ) return PyBool.FALSE;
        if (op == Ops.NE) return PyBool.TRUE;
        return Ops.richCompareItem(a[i], b[i], op);
    }

    static PyObject[] slice(PyObject[] items, long[] r) {
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (len <= 0) return new PyObject[0];
        PyObject[] out = new PyObject[len];
        if (step == 1) {
            System.arraycopy(items, start, out, 0, len);
            return out;
        }
        for (int i = 0, j = start; i < len; i++, j += step) out[i] = items[j];
        return out;
    }

    /** A repetition count: CPython converts it to a C ssize_t first, so a bigger int overflows whatever the sequence. */
    static long repeatCount(PyInt n) {
        if (n.isBig()) throw Exc.overflowError("cannot fit 'int' into an index-sized integer");
        return n.longValueOr(Long.MAX_VALUE);
    }

    static PyObject[] repeat(PyObject[] items, int size, PyInt n) {
        long k = repeatCount(n);
        if (k <= 0 || size == 0) return new PyObject[0];
        if ((double) size * k > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(size * k, 8);
        PyObject[] out = new PyObject[(int) (size * k)];
        for (int i = 0; i < k; i++) System.arraycopy(items, 0, out, i * size, size);
        return out;
    }

    static void setSlice(PyList l, PySlice s, PyObject value) {
        long[] r = s.indices(l.size());
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        PyObject[] src;
        if (value == l) {
            src = l.toArray();
        } else {
            PyObject it;
            try {
                it = Ops.iter(value);
            } catch (PyError e) {
                if (!e.exc.isInstance(Exc.TypeError)) throw e;
                throw Exc.typeError(step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            src = Ops.toArray(it);
        }
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

    private static void fillList(PyList l, PyObject src) {
        if (src instanceof PyList sl) l.extend(sl.rawItems(), sl.size());
        else if (src instanceof PyTuple st) l.extend(st.items(), st.size());
        else Ops.forEachSized(src, new Consumer<PyObject>() { public void accept(PyObject x) {
            l.append(x);
        }});
        l.presizeFrom(src);
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
