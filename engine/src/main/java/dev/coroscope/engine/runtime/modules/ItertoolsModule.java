package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code itertools}: count, cycle, repeat, islice, chain, accumulate, product, permutations,
 * combinations, zip_longest, takewhile, dropwhile, groupby, starmap, pairwise, compress, tee.
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    /** A lazy iterator defined by a Java step function (null = exhausted). */
    static class Lazy extends PyIterators.Base {
        final PyType type;
        final Supplier<PyObject> step;
        final String reprText;
        boolean done;

        Lazy(PyType type, Supplier<PyObject> step, String reprText) {
            this.type = type;
            this.step = step;
            this.reprText = reprText;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyObject next() {
            if (done) return null;
            PyObject v = step.get();
            if (v == null) done = true;
            return v;
        }

        @Override
        public String repr() {
            return reprText != null ? reprText : super.repr();
        }
    }

    /** An iterator over items made in advance, as an object of CPython's itertools type {@code name}. */
    static PyObject named(String name, java.util.Iterator<PyObject> items) {
        return new Lazy(type(name), () -> items.hasNext() ? items.next() : null, null);
    }

    private static final java.util.Map<String, PyType> TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    static PyType type(String name) {
        return TYPES.computeIfAbsent(name, new Function<String, PyType>() { public PyType apply(String n) {
            return PyType.builtin("itertools", n, null, false, new Consumer<PyType>() { public void accept(PyType t) {
            // itertools.count(...) is a call of the type, as in CPython: it runs this run's maker.
            if (CLASSES.contains(n)) {
                t.setNew((cls, a, k) -> {
                    Makers makers = Interp.current().rt.extension(Makers.class);
                    PyObject f = makers == null ? null : makers.byName.get(n);
                    if (f == null) throw Exc.typeError("cannot create 'itertools." + n + "' instances");
                    return f.call(a, k);
                });
            }
            t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
            t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", s -> {
                PyObject v = s.next();
                if (v == null) throw Exc.stopIteration(null);
                return v;
            }));
        }});
        }});
    }

    /** The itertools names that are classes in CPython (chain is one already). */
    private static final java.util.Set<String> CLASSES = java.util.Set.of("count", "cycle", "repeat", "accumulate",
            "compress", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "starmap", "takewhile",
            "zip_longest", "product", "permutations", "combinations", "combinations_with_replacement");

    /** A run's constructors of the classes above (their implementations hold the run's interpreter). */
    static final class Makers {
        final java.util.Map<String, PyObject> byName = new java.util.HashMap<>();
    }

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("itertools");
    }

    /** An islice argument: {@code none} for None, the int's value, or -1 for anything else (an int past sys.maxsize too). */
    private static long isliceArg(PyObject v, long none) {
        if (v == PyNone.INSTANCE) return none;
        if (!(v instanceof PyInt) && v.getType().lookup("__index__") == null) return -1;
        long n = Ops.index(v).longValueOr(-1);
        return n;
    }

    /** CPython's PyNumber_Check: an int, float or complex, or a class with __index__, __int__ or __float__. */
    private static boolean isNumber(PyObject v) {
        if (v instanceof PyInt || v instanceof dev.coroscope.engine.runtime.PyFloat
                || v instanceof dev.coroscope.engine.runtime.PyComplex) {
            return true;
        }
        PyType t = v.getType();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    public static void init(Interp in, PyModule m) {
        m.put("count", fn("count", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("count", a, k, new String[] {"start", "step"}, 0);
            for (PyObject v : p) {
                if (v != null && !isNumber(v)) throw Exc.typeError("a number is required");
            }
            PyObject[] cur = {p[0] == null ? PyInt.ZERO : p[0]};
            PyObject incr = p[1] == null ? PyInt.ONE : p[1];
            return new Lazy(type("count"), () -> {
                PyObject v = cur[0];
                cur[0] = Ops.binaryOp(v, incr, Ops.ADD);
                return v;
            }, null) {
                @Override
                public String repr() {
                    return "count(" + Ops.repr(cur[0]) + (incr == PyInt.ONE ? "" : ", " + Ops.repr(incr)) + ")";
                }
            };
        }}));
        m.put("cycle", fn("cycle", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[0]);
            List<PyObject> saved = new ArrayList<>();
            int[] idx = {-1};
            return new Lazy(type("cycle"), () -> {
                if (idx[0] < 0) {
                    PyObject v = Ops.next(it);
                    if (v != null) {
                        saved.add(v);
                        return v;
                    }
                    if (saved.isEmpty()) return null;
                    idx[0] = 0;
                }
                PyObject v = saved.get(idx[0]);
                idx[0] = (idx[0] + 1) % saved.size();
                return v;
            }, null);
        }}));
        m.put("repeat", fn("repeat", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("repeat", a, k, new String[] {"object", "times"}, 1);
            // -1: forever; a negative count given is none at all.
            long[] left = {p[1] == null ? -1 : Math.max(0, Ops.index(p[1]).longValueOr(Long.MAX_VALUE))};
            return new Lazy(type("repeat"), () -> {
                if (left[0] == 0) return null;
                if (left[0] > 0) left[0]--;
                return p[0];
            }, null) {
                @Override
                public String repr() {
                    return "repeat(" + Ops.repr(p[0]) + (left[0] < 0 ? "" : ", " + left[0]) + ")";
                }
            };
        }}));
        m.put("islice", fn("islice", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (k != null && k.length > 0) throw Exc.typeError("islice() takes no keyword arguments");
            if (a.length < 2) throw Exc.typeError("islice expected at least 2 arguments, got " + a.length);
            if (a.length > 4) throw Exc.typeError("islice expected at most 4 arguments, got " + a.length);
            PyObject it = Ops.iter(a[0]);
            long start = 0, stop, step = 1;
            // As CPython: the stop argument is checked first, then start, then step; anything but
            // None or an int in range (a float, a str, a huge int) gives the same ValueError.
            stop = isliceArg(a.length == 2 ? a[1] : a[2], Long.MAX_VALUE);
            if (stop < 0) {
                throw Exc.valueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            }
            if (a.length > 2) {
                start = isliceArg(a[1], 0);
                if (start < 0) {
                    throw Exc.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
                if (a.length > 3) step = isliceArg(a[3], 1);
            }
            if (step <= 0) throw Exc.valueError("Step for islice() must be a positive integer or None.");
            long[] pos = {0};
            long[] nextWanted = {start};
            final long fstop = stop, fstep = step;
            return new Lazy(type("islice"), new Supplier<PyObject>() { public PyObject get() {
                if (nextWanted[0] >= fstop) return null;
                while (true) {
                    PyObject v = Ops.next(it);
                    if (v == null) return null;
                    long p = pos[0]++;
                    if (p == nextWanted[0]) {
                        nextWanted[0] += fstep;
                        return v;
                    }
                }
            }}, null);
        }}));
        m.put("chain", CHAIN);
        m.put("accumulate", fn("accumulate", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("accumulate", a, k, new String[] {"iterable", "func", "initial"}, 1);
            PyObject it = Ops.iter(p[0]);
            PyObject func = p[1] == PyNone.INSTANCE ? null : p[1];
            PyObject[] acc = {p[2] == PyNone.INSTANCE ? null : p[2]};
            boolean[] emittedInitial = {acc[0] == null};
            return new Lazy(type("accumulate"), () -> {
                if (!emittedInitial[0]) {
                    emittedInitial[0] = true;
                    return acc[0];
                }
                PyObject v = Ops.next(it);
                if (v == null) return null;
                acc[0] = acc[0] == null ? v : func == null ? Ops.binaryOp(acc[0], v, Ops.ADD) : Ops.call(func, acc[0], v);
                return acc[0];
            }, null);
        }}));
        m.put("product", fn("product", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            int repeat = 1;
            if (k != null) for (int i = 0; i < k.length; i++) if (k[i].equals("repeat")) repeat = (int) Ops.index(a[npos + i]).longValueOr(1);
            List<PyObject[]> pools = new ArrayList<>();
            for (int r = 0; r < repeat; r++) for (int i = 0; i < npos; i++) pools.add(Ops.toArray(a[i]));
            List<PyObject> out = new ArrayList<>();
            productRec(pools, 0, new PyObject[pools.size()], out, in);
            return named("product", out.iterator());
        }}));
        m.put("permutations", fn("permutations", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] pool = Ops.toArray(a[0]);
            int r = a.length > 1 && a[1] != PyNone.INSTANCE ? (int) Ops.index(a[1]).longValueOr(0) : pool.length;
            if (r < 0) throw Exc.valueError("r must be non-negative");
            List<PyObject> out = new ArrayList<>();
            if (r <= pool.length) permRec(pool, r, new ArrayList<>(), new boolean[pool.length], out, in);
            return named("permutations", out.iterator());
        }}));
        m.put("combinations", fn("combinations", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] pool = Ops.toArray(a[0]);
            int r = (int) Ops.index(a[1]).longValueOr(0);
            if (r < 0) throw Exc.valueError("r must be non-negative");
            List<PyObject> out = new ArrayList<>();
            combRec(pool, r, 0, new ArrayList<>(), out, false, in);
            return named("combinations", out.iterator());
        }}));
        m.put("combinations_with_replacement", fn("combinations_with_replacement", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] pool = Ops.toArray(a[0]);
            int r = (int) Ops.index(a[1]).longValueOr(0);
            List<PyObject> out = new ArrayList<>();
            combRec(pool, r, 0, new ArrayList<>(), out, true, in);
            return named("combinations_with_replacement", out.iterator());
        }}));
        m.put("zip_longest", fn("zip_longest", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            PyObject fill = PyNone.INSTANCE;
            if (k != null) for (int i = 0; i < k.length; i++) if (k[i].equals("fillvalue")) fill = a[npos + i];
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) its[i] = Ops.iter(a[i]);
            boolean[] active = new boolean[npos];
            java.util.Arrays.fill(active, true);
            int[] alive = {npos};
            PyObject f = fill;
            return new Lazy(type("zip_longest"), () -> {
                if (alive[0] == 0) return null;
                PyObject[] row = new PyObject[npos];
                for (int i = 0; i < npos; i++) {
                    PyObject v = active[i] ? Ops.next(its[i]) : null;
                    if (v == null) {
                        if (active[i]) {
                            active[i] = false;
                            alive[0]--;
                        }
                        v = f;
                    }
                    row[i] = v;
                }
                return alive[0] == 0 ? null : PyTuple.of(row);
            }, null);
        }}));
        m.put("takewhile", fn("takewhile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[1]);
            return new Lazy(type("takewhile"), () -> {
                PyObject v = Ops.next(it);
                return v != null && Ops.isTrue(Ops.call(a[0], v)) ? v : null;
            }, null);
        }}));
        m.put("dropwhile", fn("dropwhile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[1]);
            boolean[] dropping = {true};
            return new Lazy(type("dropwhile"), () -> {
                while (true) {
                    PyObject v = Ops.next(it);
                    if (v == null) return null;
                    if (dropping[0] && Ops.isTrue(Ops.call(a[0], v))) continue;
                    dropping[0] = false;
                    return v;
                }
            }, null);
        }}));
        m.put("filterfalse", fn("filterfalse", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[1]);
            return new Lazy(type("filterfalse"), () -> {
                while (true) {
                    PyObject v = Ops.next(it);
                    if (v == null) return null;
                    boolean t = a[0] == PyNone.INSTANCE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(a[0], v));
                    if (!t) return v;
                }
            }, null);
        }}));
        m.put("starmap", fn("starmap", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[1]);
            return new Lazy(type("starmap"), () -> {
                PyObject v = Ops.next(it);
                return v == null ? null : Ops.call(a[0], Ops.toArray(v), null);
            }, null);
        }}));
        m.put("pairwise", fn("pairwise", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject it = Ops.iter(a[0]);
            PyObject[] prev = {null};
            return new Lazy(type("pairwise"), () -> {
                if (prev[0] == null) {
                    prev[0] = Ops.next(it);
                    if (prev[0] == null) return null;
                }
                PyObject v = Ops.next(it);
                if (v == null) return null;
                PyObject r = PyTuple.of(prev[0], v);
                prev[0] = v;
                return r;
            }, null);
        }}));
        m.put("compress", fn("compress", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject data = Ops.iter(a[0]), sel = Ops.iter(a[1]);
            return new Lazy(type("compress"), () -> {
                while (true) {
                    PyObject d = Ops.next(data), s = Ops.next(sel);
                    if (d == null || s == null) return null;
                    if (Ops.isTrue(s)) return d;
                }
            }, null);
        }}));
        m.put("groupby", fn("groupby", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("groupby", a, k, new String[] {"iterable", "key"}, 1);
            return new GroupBy(Ops.iter(p[0]), p[1] == null || p[1] == PyNone.INSTANCE ? null : p[1]);
        }}));
        m.put("tee", fn("tee", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("tee", k);
            if (a.length < 1 || a.length > 2) throw Exc.typeError("tee expected at most 2 arguments, got " + a.length);
            long n = a.length > 1 ? Ops.index(a[1]).longValueOr(Long.MAX_VALUE) : 2;
            if (n < 0) throw Exc.valueError("n must be >= 0");
            if (n > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C ssize_t");
            PyObject[] out = new PyObject[(int) n];
            if (n == 0) return PyTuple.EMPTY;
            PyObject it = Ops.iter(a[0]);
            // As CPython's: an iterator that copies itself (a tee) is the first result; others are its copies.
            Tee first = it instanceof Tee t ? t : new Tee(new TeeData(it), 0);
            out[0] = first;
            for (int i = 1; i < n; i++) out[i] = new Tee(first.data, first.pos);
            return PyTuple.of(out);
        }}));
        Makers makers = new Makers();
        for (String name : CLASSES) {
            PyObject maker = m.get(name);
            if (maker == null) continue;
            makers.byName.put(name, maker);
            m.put(name, type(name));
        }
        in.rt.extensions.put(Makers.class, makers);
    }

    static final PyType CHAIN = PyType.builtin("itertools", "chain", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, a, k) -> {
            Args.noKeywords("chain", k);
            return chainOf(Ops.iter(PyTuple.of(a.clone())));
        });
        t.classMethod("from_iterable", (cls, a, k) -> chainOf(Ops.iter(a[0])));
        iteratorMethods(t);
    }});

    /** {@code __iter__} (itself) and {@code __next__} on an iterator type of this module. */
    static void iteratorMethods(PyType t) {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
        t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", s -> {
            PyObject v = s.next();
            if (v == null) throw Exc.stopIteration(null);
            return v;
        }));
    }

    // ---- groupby: lazy, its groups share the one underlying iterator, as CPython's -------------------

    /** A groupby object: an old group ends when the next one is asked for. */
    static final class GroupBy extends PyIterators.Base {
        final PyObject it;
        final PyObject keyFn;
        /** The value read ahead (null when taken or none read) and its key (null before the first read). */
        PyObject currValue, currKey;
        /** The key of the group handed out last (null before the first). */
        PyObject tgtKey;
        /** The group that may still yield items. */
        Grouper current;
        boolean exhausted;

        GroupBy(PyObject it, PyObject keyFn) {
            this.it = it;
            this.keyFn = keyFn;
        }

        /** Reads the next value and its key; false at the end. */
        boolean step() {
            if (exhausted) return false;
            PyObject v = Ops.next(it);
            if (v == null) {
                exhausted = true;
                return false;
            }
            PyObject key = keyFn == null ? v : Ops.call(keyFn, v);
            currValue = v;
            currKey = key;
            return true;
        }

        @Override
        public PyType getType() {
            return type("groupby");
        }

        @Override
        public PyObject next() {
            current = null;
            while (true) {
                if (currKey == null) {
                    // nothing read yet
                } else if (tgtKey == null) {
                    break;
                } else if (!Ops.eq(tgtKey, currKey)) {
                    break;
                }
                if (!step()) return null;
            }
            tgtKey = currKey;
            current = new Grouper(this, tgtKey);
            return PyTuple.of(currKey, current);
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(it);
            if (keyFn != null) v.accept(keyFn);
            if (currValue != null) v.accept(currValue);
            if (currKey != null) v.accept(currKey);
            if (tgtKey != null) v.accept(tgtKey);
            if (current != null) v.accept(current);
        }
    }

    static final class Grouper extends PyIterators.Base {
        final GroupBy parent;
        final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyType getType() {
            return type("_grouper");
        }

        @Override
        public PyObject next() {
            if (parent.current != this) return null;
            if (parent.currValue == null && !parent.step()) return null;
            if (!Ops.eq(key, parent.currKey)) return null;
            PyObject r = parent.currValue;
            parent.currValue = null;
            return r;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(parent);
            v.accept(key);
        }
    }

    // ---- tee: copies read one shared buffer lazily ----------------------------------------------------

    static final class TeeData {
        final PyObject it;
        final List<PyObject> items = new ArrayList<>();
        boolean exhausted;

        TeeData(PyObject it) {
            this.it = it;
        }
    }

    static final PyType TEE = PyType.builtin("itertools", "_tee", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        iteratorMethods(t);
        t.put("__copy__", PyMethodDescriptor.noArgs(t, "__copy__", s -> new Tee(((Tee) s).data, ((Tee) s).pos)));
    }});

    static final class Tee extends PyIterators.Base {
        final TeeData data;
        int pos;

        Tee(TeeData data, int pos) {
            this.data = data;
            this.pos = pos;
        }

        @Override
        public PyType getType() {
            return TEE;
        }

        @Override
        public PyObject next() {
            if (pos < data.items.size()) return data.items.get(pos++);
            if (data.exhausted) return null;
            PyObject v = Ops.next(data.it);
            if (v == null) {
                data.exhausted = true;
                return null;
            }
            data.items.add(v);
            pos++;
            return v;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(data.it);
            for (PyObject o : data.items) v.accept(o);
        }
    }

    private static PyObject chainOf(PyObject sources) {
        PyObject[] cur = {null};
        return new Lazy(CHAIN, () -> {
            while (true) {
                if (cur[0] == null) {
                    PyObject src = Ops.next(sources);
                    if (src == null) return null;
                    cur[0] = Ops.iter(src);
                }
                PyObject v = Ops.next(cur[0]);
                if (v != null) return v;
                cur[0] = null;
            }
        }, null);
    }

    private static void productRec(List<PyObject[]> pools, int i, PyObject[] cur, List<PyObject> out, Interp in) {
        if (i == pools.size()) {
            out.add(PyTuple.of(cur.clone()));
            in.tickItem();
            return;
        }
        for (PyObject o : pools.get(i)) {
            cur[i] = o;
            productRec(pools, i + 1, cur, out, in);
        }
    }

    private static void permRec(PyObject[] pool, int r, List<PyObject> cur, boolean[] used, List<PyObject> out, Interp in) {
        if (cur.size() == r) {
            out.add(PyTuple.of(cur));
            in.tickItem();
            return;
        }
        for (int i = 0; i < pool.length; i++) {
            if (used[i]) continue;
            used[i] = true;
            cur.add(pool[i]);
            permRec(pool, r, cur, used, out, in);
            cur.remove(cur.size() - 1);
            used[i] = false;
        }
    }

    private static void combRec(PyObject[] pool, int r, int start, List<PyObject> cur, List<PyObject> out, boolean repl, Interp in) {
        if (cur.size() == r) {
            out.add(PyTuple.of(cur));
            in.tickItem();
            return;
        }
        for (int i = start; i < pool.length; i++) {
            cur.add(pool[i]);
            combRec(pool, r, repl ? i : i + 1, cur, out, repl, in);
            cur.remove(cur.size() - 1);
        }
    }
}
