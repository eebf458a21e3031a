package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.List;

/** Small modules: {@code heapq}, {@code bisect}, {@code string}. */
public final class MiscModules {
    private MiscModules() {}

    static PyBuiltinFunction fn(String mod, String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule(mod);
    }

    public static void initHeapq(Interp in, PyModule m) {
        m.put("heappush", fn("heapq", "heappush", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyList h = (PyList) a[0];
            h.append(a[1]);
            siftDown(h, 0, h.size() - 1);
            return PyNone.INSTANCE;
        }}));
        m.put("heappop", fn("heapq", "heappop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return heappop((PyList) a[0]);
        }}));
        m.put("heapify", fn("heapq", "heapify", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyList h = (PyList) a[0];
            for (int i = h.size() / 2 - 1; i >= 0; i--) siftUp(h, i);
            return PyNone.INSTANCE;
        }}));
        m.put("heapreplace", fn("heapq", "heapreplace", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyList h = (PyList) a[0];
            if (h.size() == 0) throw Exc.indexError("index out of range");
            PyObject r = h.get(0);
            h.set(0, a[1]);
            siftUp(h, 0);
            return r;
        }}));
        m.put("heappushpop", fn("heapq", "heappushpop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyList h = (PyList) a[0];
            PyObject item = a[1];
            if (h.size() > 0 && Ops.lt(h.get(0), item)) {
                PyObject r = h.get(0);
                h.set(0, item);
                siftUp(h, 0);
                return r;
            }
            return item;
        }}));
        m.put("nsmallest", fn("heapq", "nsmallest", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return nth(a, k, false);
        }}));
        m.put("nlargest", fn("heapq", "nlargest", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return nth(a, k, true);
        }}));
    }

    private static PyObject nth(PyObject[] a, String[] k, boolean largest) {
        PyObject[] p = Args.parsePy(largest ? "nlargest" : "nsmallest", a, k, new String[] {"n", "iterable", "key"}, 2);
        PyList l = new PyList();
        Ops.forEach(p[1], l::append);
        SeqTypesAccess.sort(l, p[2], largest);
        int n = (int) Math.max(0, Math.min(Ops.index(p[0]).longValueOr(0), l.size()));
        PyList out = new PyList();
        for (int i = 0; i < n; i++) out.append(l.get(i));
        return out;
    }

    static PyObject heappop(PyList h) {
        if (h.size() == 0) throw Exc.indexError("index out of range");
        PyObject last = h.removeAt(h.size() - 1);
        if (h.size() == 0) return last;
        PyObject r = h.get(0);
        h.set(0, last);
        siftUp(h, 0);
        return r;
    }

    private static void siftDown(PyList h, int startpos, int pos) {
        PyObject newitem = h.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = h.get(parentpos);
            if (Ops.lt(newitem, parent)) {
                h.set(pos, parent);
                pos = parentpos;
                continue;
            }
            break;
        }
        h.set(pos, newitem);
    }

    private static void siftUp(PyList h, int pos) {
        int endpos = h.size();
        int startpos = pos;
        PyObject newitem = h.get(pos);
        int childpos = 2 * pos + 1;
        while (childpos < endpos) {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Ops.lt(h.get(childpos), h.get(rightpos))) childpos = rightpos;
            h.set(pos, h.get(childpos));
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        h.set(pos, newitem);
        siftDown(h, startpos, pos);
    }

    public static void initBisect(Interp in, PyModule m) {
        PyBuiltinFunction left = fn("bisect", "bisect_left", (a, k) -> PyInt.of(bisect(a, k, true)));
        PyBuiltinFunction right = fn("bisect", "bisect_right", (a, k) -> PyInt.of(bisect(a, k, false)));
        m.put("bisect_left", left);
        m.put("bisect_right", right);
        m.put("bisect", right);
        m.put("insort_left", fn("bisect", "insort_left", (a, k) -> {
            ((PyList) a[0]).insert(bisect(a, k, true), a[1]);
            return PyNone.INSTANCE;
        }));
        PyBuiltinFunction insort = fn("bisect", "insort_right", (a, k) -> {
            ((PyList) a[0]).insert(bisect(a, k, false), a[1]);
            return PyNone.INSTANCE;
        });
        m.put("insort_right", insort);
        m.put("insort", insort);
    }

    private static int bisect(PyObject[] a, String[] k, boolean left) {
        PyObject[] p = Args.parse("bisect", a, k, new String[] {"a", "x", "lo", "hi", "key"}, 2);
        List<PyObject> l = Ops.toList(p[0]);
        int lo = p[2] == null ? 0 : (int) Ops.index(p[2]).longValueOr(0);
        int hi = p[3] == null || p[3] == PyNone.INSTANCE ? l.size() : (int) Ops.index(p[3]).longValueOr(l.size());
        PyObject key = p[4] == null || p[4] == PyNone.INSTANCE ? null : p[4];
        PyObject x = p[1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            PyObject v = key == null ? l.get(mid) : Ops.call(key, l.get(mid));
            boolean goRight = left ? Ops.lt(v, x) : !Ops.lt(x, v);
            if (goRight) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public static void initString(Interp in, PyModule m) {
        m.put("ascii_lowercase", PyStr.of("abcdefghijklmnopqrstuvwxyz"));
        m.put("ascii_uppercase", PyStr.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        m.put("ascii_letters", PyStr.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        m.put("digits", PyStr.of("0123456789"));
        m.put("hexdigits", PyStr.of("0123456789abcdefABCDEF"));
        m.put("octdigits", PyStr.of("01234567"));
        m.put("punctuation", PyStr.of("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"));
        m.put("whitespace", PyStr.of(" \t\n\r\u000b\u000c"));
        m.put("printable", PyStr.of("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u000b\u000c"));
    }

    /** Access to the list sort shared with builtins. */
    static final class SeqTypesAccess {
        static void sort(PyList l, PyObject key, boolean reverse) {
            PyObject sorted = Ops.call(Ops.getAttr(l, "sort"), new PyObject[] {key == null ? PyNone.INSTANCE : key, PyBool.of(reverse)},
                    new String[] {"key", "reverse"});
        }
    }
}
