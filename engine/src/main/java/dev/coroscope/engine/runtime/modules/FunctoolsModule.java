package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/** {@code functools}: partial, reduce, wraps/update_wrapper, lru_cache/cache, cmp_to_key, total_ordering. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("functools");
    }

    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    public static void init(Interp in, PyModule m) {
        m.put("partial", Partial.TYPE);
        m.put("reduce", fn("reduce", dev.coroscope.engine.runtime.RecursionCost.counted(new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            dev.coroscope.engine.runtime.Args.noKeywords("reduce", k);
            if (a.length < 2) throw Exc.typeError("reduce expected at least 2 arguments, got " + a.length);
            if (a.length > 3) throw Exc.typeError("reduce expected at most 3 arguments, got " + a.length);
            PyObject it;
            try {
                it = Ops.iter(a[1]);
            } catch (PyError e) {
                // CPython replaces any TypeError from iter() with its own message.
                if (e.exc.isInstance(Exc.TypeError)) throw Exc.typeError("reduce() arg 2 must support iteration");
                throw e;
            }
            PyObject acc = a.length > 2 ? a[2] : Ops.next(it);
            if (acc == null) throw Exc.typeError("reduce() of empty iterable with no initial value");
            PyObject v;
            while ((v = Ops.next(it)) != null) {
                in.tickItem();
                acc = Ops.call(a[0], acc, v);
            }
            return acc;
        }})));
        PyObject[] assignments = new PyObject[WRAPPER_ASSIGNMENTS.length];
        for (int i = 0; i < assignments.length; i++) assignments[i] = PyStr.of(WRAPPER_ASSIGNMENTS[i]);
        PyTuple assigned = PyTuple.of(assignments);
        PyTuple updates = PyTuple.of(PyStr.of("__dict__"));
        PyBuiltinFunction update = fn("update_wrapper", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("update_wrapper", a, k, new String[] {"wrapper", "wrapped", "assigned", "updated"}, 2);
            return updateWrapper(p[0], p[1], p[2] == null ? assigned : p[2], p[3] == null ? updates : p[3]);
        }});
        m.put("update_wrapper", update);
        m.put("WRAPPER_ASSIGNMENTS", assigned);
        m.put("wraps", fn("wraps", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("wraps", a, k, new String[] {"wrapped", "assigned", "updated"}, 1);
            PyObject wrapped = p[0];
            PyObject as = p[1] == null ? assigned : p[1];
            PyObject up = p[2] == null ? updates : p[2];
            return fn("wraps_decorator", (b, kk) -> updateWrapper(b[0], wrapped, as, up));
        }}));
        m.put("cmp_to_key", fn("cmp_to_key", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // As CPython's: the key function is itself a KeyWrapper (without an object); calling it
            // wraps one.
            return new CmpKey(a[0], null);
        }}));
        m.put("lru_cache", fn("lru_cache", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("lru_cache", a, k, new String[] {"maxsize", "typed"}, 0);
            boolean typed = p[1] != null && Ops.isTrue(p[1]);
            PyObject size = p[0] == null ? PyInt.of(128) : p[0];
            if (size instanceof PyInt n) {
                long max = Math.max(0, n.longValueOr(Long.MAX_VALUE));
                return fn("decorating_function", (b, kk) -> new Cached(b[0], max, typed));
            }
            if (size == PyNone.INSTANCE) return fn("decorating_function", (b, kk) -> new Cached(b[0], -1, typed));
            if (Ops.isCallable(size) && p[1] == null) return new Cached(size, 128, false);
            throw Exc.typeError("Expected first argument to be an integer, a callable, or None");
        }}));
        m.put("cache", fn("cache", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new Cached(a[0], -1, false);
        }}));
        m.put("total_ordering", fn("total_ordering", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return totalOrdering((PyType) a[0]);
        }}));
    }

    /**
     * {@code update_wrapper}: each assigned attribute the wrapped object has is set on the
     * wrapper, each updated one (a dict) is merged into the wrapper's, then
     * {@code wrapper.__wrapped__ = wrapped}.
     */
    static PyObject updateWrapper(PyObject wrapper, PyObject wrapped, PyObject assigned, PyObject updated) {
        Ops.forEach(assigned, name -> {
            PyStr attr = name instanceof PyStr s ? s : PyStr.of(Ops.str(name));
            PyObject v = Ops.getAttrOrNull(wrapped, attr);
            if (v != null) setQuietly(wrapper, attr, v);
        });
        Ops.forEach(updated, name -> {
            PyStr attr = name instanceof PyStr s ? s : PyStr.of(Ops.str(name));
            PyObject mine = Ops.getAttrOrNull(wrapper, attr);
            if (mine == null) return;
            PyObject theirs = Ops.getAttrOrNull(wrapped, attr);
            Ops.callMethod(mine, "update", theirs == null ? new PyDict() : theirs);
        });
        setQuietly(wrapper, PyStr.intern("__wrapped__"), wrapped);
        return wrapper;
    }

    static PyTuple assignedNames() {
        PyObject[] names = new PyObject[WRAPPER_ASSIGNMENTS.length];
        for (int i = 0; i < names.length; i++) names[i] = PyStr.intern(WRAPPER_ASSIGNMENTS[i]);
        return PyTuple.of(names);
    }

    /** An engine object that takes no such attribute (where CPython's would) keeps its own. */
    private static void setQuietly(PyObject o, PyStr attr, PyObject v) {
        try {
            Ops.setAttr(o, attr, v);
        } catch (PyError e) {
            if (!e.exc.isInstance(Exc.AttributeError) && !e.exc.isInstance(Exc.TypeError)) throw e;
        }
    }

    /**
     * {@code functools.total_ordering}: from the class's own root comparison (CPython's choice:
     * the greatest of {@code __lt__ __le__ __gt__ __ge__} by name among those not inherited from
     * object), the missing three are added as methods with CPython's formulas, which call the
     * root through the instance's type and pass NotImplemented through.
     */
    static PyObject totalOrdering(PyType cls) {
        String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
        String root = null;
        java.util.Set<String> roots = new java.util.HashSet<>();
        for (String n : names) {
            PyObject mine = cls.lookup(n);
            if (mine != null && mine != PyType.OBJECT.lookup(n)) {
                roots.add(n);
                if (root == null || n.compareTo(root) > 0) root = n;
            }
        }
        if (root == null) throw Exc.valueError("must define at least one ordering operation: < > <= >=");
        for (String n : names) {
            if (n.equals(root) || roots.contains(n)) continue;
            String r = root;
            cls.dict().put(n, new PyMethodDescriptor(cls, n, (self, a, k) -> derivedCompare(r, n, self, a[0])));
        }
        cls.invalidate();
        return cls;
    }

    private static PyObject derivedCompare(String root, String op, PyObject self, PyObject other) {
        PyObject r = Ops.callDunderFound(self.getType().lookup(root), self, other);
        if (r == PyNotImplemented.INSTANCE) return r;
        boolean t = Ops.isTrue(r);
        // root < or >: the op either negates it, or also needs equality; root <= or >= likewise.
        boolean strictRoot = root.equals("__lt__") || root.equals("__gt__");
        boolean sameSide = (root.startsWith("__l") == op.startsWith("__l"));
        if (strictRoot) {
            if (!sameSide && (op.equals("__gt__") || op.equals("__lt__"))) {
                return t ? PyBool.FALSE : Ops.richCompare(self, other, Ops.NE);
            }
            if (sameSide) return t ? r : Ops.richCompare(self, other, Ops.EQ);
            return PyBool.of(!t);
        }
        if (!sameSide && (op.equals("__ge__") || op.equals("__le__"))) {
            return !t ? PyBool.TRUE : Ops.richCompare(self, other, Ops.EQ);
        }
        if (sameSide) return !t ? r : Ops.richCompare(self, other, Ops.NE);
        return PyBool.of(!t);
    }

    /** {@code functools.partial}. */
    static final class Partial extends PyObject implements dev.coroscope.engine.vm.Lifetime.Holder {
        static final PyType TYPE = PyType.builtin("functools", "partial", null, true, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
                int npos = Args.positional(a, k);
                if (npos < 1) throw Exc.typeError("type 'partial' takes at least one argument");
                if (!Ops.isCallable(a[0])) throw Exc.typeError("the first argument must be callable");
                Partial p = new Partial(cls);
                p.func = a[0];
                p.args = Arrays.copyOfRange(a, 1, npos);
                if (a[0] instanceof Partial inner && inner.flattens()) {
                    // A partial of a plain partial is one partial: the inner arguments come
                    // first and the outer keywords win, as CPython builds it.
                    p.func = inner.func;
                    PyObject[] both = new PyObject[inner.args.length + npos - 1];
                    System.arraycopy(inner.args, 0, both, 0, inner.args.length);
                    System.arraycopy(a, 1, both, inner.args.length, npos - 1);
                    p.args = both;
                    for (var e : inner.keywords.entryList()) p.keywords.put(e.getKey(), e.getValue());
                }
                if (k != null) for (int i = 0; i < k.length; i++) p.keywords.put(k[i], a[npos + i]);
                return p;
            }});
            t.put("__call__", new PyMethodDescriptor(t, "__call__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
                return ((Partial) s).call(a, k);
            }}));
            t.member("func", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Partial) s).func; } });
            t.member("args", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                return PyTuple.of(((Partial) s).args.clone());
            }});
            t.member("keywords", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((Partial) s).keywords; } });
            t.put("__get__", new PyMethodDescriptor(t, "__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
                return s;
            }}));
        }});

        private final PyType type;
        PyObject func;
        PyObject[] args;
        final PyDict keywords = new PyDict();
        private PyDict dict;

        Partial(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        /**
         * Whether a partial made of this one takes over its function and arguments: CPython does
         * so for a partial (or a subclass that keeps partial's __call__) with no attributes of its own.
         */
        boolean flattens() {
            return (dict == null || dict.size() == 0) && type.lookup("__call__") == TYPE.lookup("__call__");
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            Map<String, PyObject> kw = new java.util.LinkedHashMap<>();
            for (var e : keywords.entryList()) kw.put(Ops.str(e.getKey()), e.getValue());
            if (k != null) for (int i = 0; i < k.length; i++) kw.put(k[i], a[npos + i]);
            PyObject[] all = new PyObject[args.length + npos + kw.size()];
            System.arraycopy(args, 0, all, 0, args.length);
            System.arraycopy(a, 0, all, args.length, npos);
            String[] names = kw.isEmpty() ? null : new String[kw.size()];
            int i = 0;
            for (var e : kw.entrySet()) {
                names[i] = e.getKey();
                all[args.length + npos + i] = e.getValue();
                i++;
            }
            return Ops.call(func, all, names);
        }

        @Override
        public String repr() {
            // CPython writes the type's name: functools.partial, or a subclass's own name.
            StringBuilder sb = new StringBuilder(type == TYPE ? "functools.partial" : type.name()).append('(').append(Ops.repr(func));
            for (PyObject o : args) sb.append(", ").append(Ops.repr(o));
            for (var e : keywords.entryList()) sb.append(", ").append(Ops.str(e.getKey())).append('=').append(Ops.repr(e.getValue()));
            return sb.append(')').toString();
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> v) {
            v.accept(func);
            for (PyObject o : args) v.accept(o);
            v.accept(keywords);
        }

        /** What dies with it (partial(print, coro()) deleted: the coroutine, never awaited). */
        @Override
        public void heldForLifetime(java.util.function.Consumer<PyObject> v) {
            v.accept(func);
            for (PyObject o : args) v.accept(o);
            for (PyObject o : keywords.valueList()) v.accept(o);
        }
    }

    /** The key object {@code cmp_to_key} makes. */
    static final class CmpKey extends PyObject {
        static final PyType TYPE = PyType.builtin("functools", "KeyWrapper", null, false, t -> {
            t.getter("obj", s -> ((CmpKey) s).obj == null ? PyNone.INSTANCE : ((CmpKey) s).obj);
        });
        final PyObject cmp;
        final PyObject obj;

        CmpKey(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        /** Defines equality but no hash, as in CPython: unhashable. */
        @Override
        public long hash() {
            throw dev.coroscope.engine.runtime.Exc.typeError("unhashable type: '" + getType().tpName() + "'");
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length > 1) throw dev.coroscope.engine.runtime.Exc.typeError("K() takes at most 1 argument (" + args.length + " given)");
            if (nkw == 1 && !kwnames[0].equals("obj")) {
                throw dev.coroscope.engine.runtime.Exc.typeError("K() missing required argument 'obj' (pos 1)");
            }
            if (args.length == 0) throw dev.coroscope.engine.runtime.Exc.typeError("K() missing required argument 'obj' (pos 1)");
            return new CmpKey(cmp, args[0]);
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof CmpKey o)) return PyNotImplemented.INSTANCE;
            PyObject r = Ops.call(cmp, obj, o.obj);
            return PyBool.of(Ops.compare(r, PyInt.ZERO, op));
        }
    }

    /** What {@code lru_cache}/{@code cache} return: memoizes by the argument values. */
    static final class Cached extends PyObject {
        static final PyType TYPE = PyType.builtin("functools", "_lru_cache_wrapper", null, false, t -> {
            t.method0("cache_clear", s -> {
                Cached c = (Cached) s;
                c.memo.clear();
                c.hits = 0;
                c.misses = 0;
                return PyNone.INSTANCE;
            });
            t.method0("cache_info", s -> {
                Cached c = (Cached) s;
                return Ops.call(cacheInfoType(), PyInt.of(c.hits), PyInt.of(c.misses),
                        c.maxsize < 0 ? PyNone.INSTANCE : PyInt.of(c.maxsize), PyInt.of(c.memo.size()));
            });
            t.method0("cache_parameters", s -> {
                PyDict d = new PyDict();
                d.put("maxsize", ((Cached) s).maxsize < 0 ? PyNone.INSTANCE : PyInt.of(((Cached) s).maxsize));
                d.put("typed", PyBool.of(((Cached) s).typed));
                return d;
            });
            t.put("__get__", new PyMethodDescriptor(t, "__get__", (s, a, k) ->
                    a.length == 0 || a[0] == PyNone.INSTANCE ? s : new PyMethod(s, a[0])));
        });

        final PyObject func;
        /** Least recently used first (access order), so eviction takes the eldest entry. */
        final Map<PyObject, PyObject> memo = new java.util.LinkedHashMap<>(16, 0.75f, true);
        int hits, misses;
        /** -1: unbounded (cache, lru_cache(None)). */
        final long maxsize;
        final boolean typed;
        private final PyDict dict = new PyDict();

        Cached(PyObject func, long maxsize, boolean typed) {
            this.func = func;
            this.maxsize = maxsize;
            this.typed = typed;
            updateWrapper(this, func, assignedNames(), PyTuple.of(PyStr.of("__dict__")));
        }

        /** functools' CacheInfo named tuple, made once per run on first use. */
        static PyObject cacheInfoType() {
            PyModule fm = Interp.current().rt.modules.get("functools");
            PyObject t = fm.get("_CacheInfo");
            if (t == null) {
                t = NamedTuple.make(new PyObject[] {PyStr.of("CacheInfo"), PyStr.of("hits misses maxsize currsize"),
                        PyStr.of("functools")}, new String[] {"module"});
                fm.put("_CacheInfo", t);
            }
            return t;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            PyObject key;
            if (k == null) {
                key = PyTuple.of(a.clone());
            } else {
                PyObject[] parts = Arrays.copyOf(a, a.length + k.length);
                for (int i = 0; i < k.length; i++) parts[a.length + i] = PyStr.of(k[i]);
                key = PyTuple.of(parts);
            }
            if (typed) {
                PyObject[] types = new PyObject[a.length];
                for (int i = 0; i < a.length; i++) types[i] = a[i].getType();
                key = PyTuple.of(key, PyTuple.of(types));
            }
            if (maxsize == 0) {
                misses++;
                return Ops.call(func, a, k);
            }
            PyObject v = memo.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
            v = Ops.call(func, a, k);
            memo.put(key, v);
            if (maxsize > 0 && memo.size() > maxsize) {
                var eldest = memo.keySet().iterator();
                eldest.next();
                eldest.remove();
            }
            return v;
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> v) {
            v.accept(func);
            for (var e : memo.entrySet()) {
                v.accept(e.getKey());
                v.accept(e.getValue());
            }
        }
    }
}
