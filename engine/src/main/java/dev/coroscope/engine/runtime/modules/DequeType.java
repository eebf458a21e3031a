package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends, an optional
 * maximum length (items fall off the other end), and CPython's messages. Iterators notice
 * mutation ({@code deque mutated during iteration}).
 */
public final class DequeType extends PyObject {

    public static final PyType TYPE = PyType.builtin("collections", "deque", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        DequeType.init(x);
    }});
    static final PyType ITER = PyIterators.iteratorType("_collections", "_deque_iterator");
    static final PyType REV_ITER = PyIterators.iteratorType("_collections", "_deque_reverse_iterator");

    private final PyType type;
    private final PyDict dict;
    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    int maxlen = -1;
    private int version;

    DequeType(PyType type) {
        this.type = type;
        this.dict = type.isHeap() && type.instanceDict() ? new PyDict() : null;
    }

    private static DequeType d(PyObject s) {
        return (DequeType) s;
    }

    private static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) { return new DequeType(cls); } });
        t.setCallsInit();
        t.method("__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("deque", a, k, new String[] {"iterable", "maxlen"}, 0);
            DequeType dq = d(s);
            if (p[1] != null && p[1] != PyNone.INSTANCE) {
                long ml = Ops.index(p[1]).longValueOr(-1);
                if (ml < 0) throw Exc.valueError("maxlen must be non-negative");
                dq.maxlen = (int) Math.min(ml, Integer.MAX_VALUE);
            } else {
                dq.maxlen = -1;
            }
            if (dq.size > 0) dq.clear();
            if (p[0] != null) dq.extend(p[0]);
            return PyNone.INSTANCE;
        }});
        t.method1("append", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            d(s).append(x);
            return PyNone.INSTANCE;
        }});
        t.method1("appendleft", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            d(s).appendLeft(x);
            return PyNone.INSTANCE;
        }});
        t.method0("pop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return d(s).pop(); } });
        t.method0("popleft", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return d(s).popLeft(); } });
        t.method1("extend", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject it) {
            d(s).extend(it);
            return PyNone.INSTANCE;
        }});
        t.method1("extendleft", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject it) {
            DequeType dq = d(s);
            PyObject[] items = it == s ? dq.toArray() : null;
            if (items != null) for (PyObject x : items) dq.appendLeft(x);
            else Ops.forEach(it, dq::appendLeft);
            return PyNone.INSTANCE;
        }});
        t.method("rotate", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("deque.rotate", k);
            Args.atMost("rotate", a, 1);
            long n = a.length > 0 ? Ops.index(a[0]).longValueOr(0) : 1;
            d(s).rotate(n);
            return PyNone.INSTANCE;
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            d(s).clear();
            return PyNone.INSTANCE;
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return d(s).copyOf(); } });
        t.method0("__copy__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return d(s).copyOf(); } });
        t.method1("count", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            DequeType dq = d(s);
            int n = 0, v0 = dq.version;
            for (int i = 0; i < dq.size; i++) {
                PyObject o = dq.at(i);
                if (o == x || Ops.eq(o, x)) n++;
                if (dq.version != v0) throw Exc.runtimeError("deque mutated during iteration");
            }
            return PyInt.of(n);
        }});
        t.method1("remove", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            DequeType dq = d(s);
            for (int i = 0; i < dq.size; i++) {
                PyObject o = dq.at(i);
                if (o == x || Ops.eq(o, x)) {
                    dq.removeAt(i);
                    return PyNone.INSTANCE;
                }
            }
            throw Exc.valueError(Ops.repr(x) + " is not in deque");
        }});
        t.method("index", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("deque.index", k);
            if (a.length < 1 || a.length > 3) {
                throw Exc.typeError("index expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + a.length));
            }
            DequeType dq = d(s);
            int n = dq.size;
            long start = a.length > 1 ? clamp(Ops.index(a[1]).longValueOr(Long.MAX_VALUE), n) : 0;
            long stop = a.length > 2 ? clamp(Ops.index(a[2]).longValueOr(Long.MAX_VALUE), n) : n;
            for (long i = start; i < stop && i < dq.size; i++) {
                PyObject o = dq.at((int) i);
                if (o == a[0] || Ops.eq(o, a[0])) return PyInt.of(i);
            }
            throw Exc.valueError(Ops.repr(a[0]) + " is not in deque");
        }});
        t.method2("insert", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject i, PyObject x) {
            DequeType dq = d(s);
            if (dq.maxlen >= 0 && dq.size >= dq.maxlen) throw Exc.indexError("deque already at its maximum size");
            long idx = Ops.index(i).longValueOr(Long.MAX_VALUE);
            if (idx < 0) idx = Math.max(0, idx + dq.size);
            if (idx > dq.size) idx = dq.size;
            dq.insertAt((int) idx, x);
            return PyNone.INSTANCE;
        }});
        t.method0("reverse", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            DequeType dq = d(s);
            for (int i = 0, j = dq.size - 1; i < j; i++, j--) {
                PyObject tmp = dq.at(i);
                dq.set(i, dq.at(j));
                dq.set(j, tmp);
            }
            dq.version++;
            return PyNone.INSTANCE;
        }});
        t.getter("maxlen", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return d(s).maxlen < 0 ? PyNone.INSTANCE : PyInt.of(d(s).maxlen);
        }});
        t.put("__hash__", PyNone.INSTANCE);
        t.put("__len__", PyMethodDescriptor.noArgs(t, "__len__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(d(s).size);
        }}));
        t.put("__bool__", PyMethodDescriptor.noArgs(t, "__bool__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(d(s).size > 0);
        }}));
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) {
            return x.iter();
        }}));
        t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return d(s).reversedIter(); } });
        t.method1("__getitem__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject a, PyObject b) { return a.getItem(b); } });
        t.method2("__setitem__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject k, PyObject v) {
            s.setItem(k, v);
            return PyNone.INSTANCE;
        }});
        t.method1("__delitem__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject k) {
            s.delItem(k);
            return PyNone.INSTANCE;
        }});
        t.method1("__contains__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            return PyBool.of(s.contains(x));
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        Slots.mutableSequenceArithmetic(t);
        for (int op = 0; op < 6; op++) {
            final int o = op;
            String name = new String[] {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}[op];
            t.method1(name, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
                return s.richCompare(other, o);
            }});
        }
        t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) { return PyGenericAlias.of(a[0], a[1]); } })));
    }

    private static long clamp(long i, int n) {
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    // ---- ring buffer ------------------------------------------------------------------------------

    private PyObject at(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    private void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        if (size < buf.length) return;
        PyObject[] nb = new PyObject[buf.length * 2];
        for (int i = 0; i < size; i++) nb[i] = at(i);
        buf = nb;
        head = 0;
    }

    public void append(PyObject x) {
        version++;
        if (maxlen == 0) return;
        PyObject out = null;
        if (maxlen > 0 && size == maxlen) {
            out = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
        }
        grow();
        buf[(head + size) & (buf.length - 1)] = x;
        size++;
        if (out != null) pushedOut(out);
    }

    /** A full bounded deque dropped {@code item}: a never-awaited coroutine dies here, as in CPython. */
    private static void pushedOut(PyObject item) {
        if (!(item instanceof PyCoroutine)) return;
        dev.coroscope.engine.vm.Lifetime lt = dev.coroscope.engine.vm.Interp.current().rt.lifetime;
        if (lt.active()) lt.discarded(item);
    }

    public void appendLeft(PyObject x) {
        version++;
        if (maxlen == 0) return;
        PyObject out = null;
        if (maxlen > 0 && size == maxlen) {
            out = at(size - 1);
            set(size - 1, null);
            size--;
        }
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = x;
        size++;
        if (out != null) pushedOut(out);
    }

    public PyObject pop() {
        if (size == 0) throw Exc.indexError("pop from an empty deque");
        version++;
        PyObject v = at(size - 1);
        set(size - 1, null);
        size--;
        return v;
    }

    public PyObject popLeft() {
        if (size == 0) throw Exc.indexError("pop from an empty deque");
        version++;
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        return v;
    }

    public int size() {
        return size;
    }

    void extend(PyObject it) {
        if (it == this) {
            for (PyObject x : toArray()) append(x);
            return;
        }
        Ops.forEach(it, this::append);
    }

    void clear() {
        for (int i = 0; i < size; i++) set(i, null);
        head = 0;
        size = 0;
        version++;
    }

    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) out[i] = at(i);
        return out;
    }

    void rotate(long n) {
        if (size <= 1) return;
        n %= size;
        if (n < 0) n += size;
        if (n == 0) return;
        PyObject[] items = toArray();
        for (int i = 0; i < size; i++) set((int) ((i + n) % size), items[i]);
        version++;
    }

    private void removeAt(int i) {
        PyObject[] items = toArray();
        clear();
        for (int j = 0; j < items.length; j++) if (j != i) appendRaw(items[j]);
    }

    private void insertAt(int i, PyObject x) {
        PyObject[] items = toArray();
        clear();
        for (int j = 0; j < items.length; j++) {
            if (j == i) appendRaw(x);
            appendRaw(items[j]);
        }
        if (i >= items.length) appendRaw(x);
    }

    /** Appends ignoring maxlen (the caller keeps within it). */
    private void appendRaw(PyObject x) {
        grow();
        buf[(head + size) & (buf.length - 1)] = x;
        size++;
        version++;
    }

    private DequeType copyOf() {
        DequeType c;
        if (type == TYPE) {
            c = new DequeType(TYPE);
            c.maxlen = maxlen;
            for (int i = 0; i < size; i++) c.appendRaw(at(i));
            return c;
        }
        PyObject r = maxlen < 0 ? Ops.call(type, this) : Ops.call(type, this, PyInt.of(maxlen));
        return (DequeType) r;
    }

    private int index(PyObject key) {
        PyInt idx = Ops.indexOrNull(key);
        if (idx == null) throw Exc.typeError("sequence index must be integer, not '" + key.getType().tpName() + "'");
        long i = idx.longValueOr(Long.MAX_VALUE);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("deque index out of range");
        return (int) i;
    }

    // ---- object protocol ----------------------------------------------------------------------------

    @Override
    public String repr() {
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return "[...]";
        try {
            StringBuilder sb = new StringBuilder(type.name()).append("([");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(at(i)));
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
        return size > 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return size;
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject x) {
        int v0 = version;
        for (int i = 0; i < size; i++) {
            PyObject o = at(i);
            if (o == x || Ops.eq(o, x)) return true;
            if (version != v0) throw Exc.runtimeError("deque mutated during iteration");
        }
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        return at(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        set(index(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        removeAt(index(key));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof DequeType o)) return PyNotImplemented.INSTANCE;
        return new PyList(toArray()).richCompare(new PyList(o.toArray()), op);
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
        DequeType self = this;
        int v0 = version;
        return new PyIterators.Base() {
            int i;

            @Override
            public PyType getType() {
                return ITER;
            }

            @Override
            public PyObject next() {
                if (self.version != v0) throw Exc.runtimeError("deque mutated during iteration");
                return i < self.size ? self.at(i++) : null;
            }
        };
    }

    PyObject reversedIter() {
        DequeType self = this;
        int v0 = version;
        return new PyIterators.Base() {
            int i = self.size - 1;

            @Override
            public PyType getType() {
                return REV_ITER;
            }

            @Override
            public PyObject next() {
                if (self.version != v0) throw Exc.runtimeError("deque mutated during iteration");
                return i >= 0 ? self.at(i--) : null;
            }
        };
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof DequeType o)) {
                throw Exc.typeError("can only concatenate deque (not \"" + other.getType().tpName() + "\") to deque");
            }
            DequeType c = copyOf();
            c.extend(o);
            return c;
        }
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n == null) return PyNotImplemented.INSTANCE;
            DequeType c = copyOf();
            c.repeat(n.longValueOr(Integer.MAX_VALUE));
            return c;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        return op == Ops.MUL ? binaryOp(op, other) : PyNotImplemented.INSTANCE;
    }

    private void repeat(long n) {
        if (n <= 0) {
            clear();
            return;
        }
        PyObject[] items = toArray();
        if ((long) items.length * n > Limits.MAX_STRING) throw Exc.memoryError();
        for (long r = 1; r < n; r++) for (PyObject x : items) append(x);
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            extend(other);
            return this;
        }
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n == null) return PyNotImplemented.INSTANCE;
            repeat(n.longValueOr(Integer.MAX_VALUE));
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        super.traverse(v);
        for (int i = 0; i < size; i++) v.accept(at(i));
    }
}
