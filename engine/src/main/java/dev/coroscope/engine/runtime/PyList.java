package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** {@code list}: a growable array. */
public class PyList extends PyObject {

    public static final PyType TYPE = PyType.builtin("list", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SeqTypes.initList(x);
    }});

    private static final PyObject[] NONE = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        this.items = NONE;
    }

    public PyList(int capacity) {
        this.items = capacity == 0 ? NONE : new PyObject[capacity];
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public PyList(List<? extends PyObject> list) {
        this.items = list.toArray(new PyObject[0]);
        this.size = items.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    /** A copy of the elements. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (valid up to {@link #size()}); for read-only scans. */
    public PyObject[] rawItems() {
        return items;
    }

    public void append(PyObject v) {
        if (size == items.length) grow(size + 1);
        items[size++] = v;
    }

    /**
     * For sys.getsizeof, how CPython would have allocated this list: 0 while it has the room of
     * the items it was built with; n + 1 once it grew, n being its size when it first grew; -n
     * when it was allocated in one step for n items (see {@link #presize}). Appends count from there.
     */
    int sizing;

    /** Whether the array ever grew, or the list was sized in one step (sys.getsizeof models it). */
    public boolean grown() {
        return sizing != 0;
    }

    /**
     * Marks the list as filled by one exact-size allocation for its current items (list(x) of a
     * sized x, extending a new list by a tuple or list), which CPython rounds up to an even count.
     */
    public void presize() {
        if (size > 0) sizing = -((size + 1) & ~1);
    }

    /**
     * Marks the list as just filled from {@code src} as list(src) fills it: CPython allocates the
     * length of a sized argument, and 8 for an iterator without one, trimmed when fewer came.
     */
    public void presizeFrom(PyObject src) {
        if (!(src instanceof PyGenBase) && src.getType().lookup(PyStr.intern("__len__")) != null) {
            presize();
        } else if (size >= 2 && size <= 8) {
            sizing = -8;
        }
    }

    void grow(int min) {
        if (min > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        if (sizing == 0) sizing = size + 1;
        int cap = Math.max(min, items.length < 4 ? 8 : items.length + (items.length >> 1));
        // Slot plus a share of the element: list growth is how comprehensions and appends grow.
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(cap, 8);
        // new + arraycopy rather than Arrays.copyOf: for a PyObject[] that one creates the array
        // reflectively until the JIT compiles it, and appends run in a program's cold start too.
        PyObject[] bigger = new PyObject[cap];
        System.arraycopy(items, 0, bigger, 0, size);
        items = bigger;
    }

    public void insert(int index, PyObject v) {
        if (size == items.length) grow(size + 1);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public PyObject removeAt(int index) {
        PyObject v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        // Nothing to free when the array is already empty: the array stays (so clear() on a list
        // being sorted is not a change, as in CPython).
        if (items.length == 0) return;
        items = NONE;
        size = 0;
        sizing = 0;
    }

    public void extend(PyObject[] arr, int n) {
        if (size + n > items.length) grow(size + n);
        System.arraycopy(arr, 0, items, size, n);
        size += n;
    }

    /** Replaces the content (used by sort and slice assignment). */
    void setContent(PyObject[] arr, int n) {
        items = arr;
        size = n;
    }

    @Override
    public String repr() {
        if (size == 0) return "[]";
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return "[...]";
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]));
            }
            return sb.append(']').toString();
        } finally {
            g.exit();
        }
    }

    @Override
    public long hash() {
        throw Exc.typeError("unhashable type: 'list'");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyList o)) return PyNotImplemented.INSTANCE;
        // Lists of different lengths are unequal without comparing items (CPython's shortcut,
        // so no item's __eq__ runs); tuples have no such shortcut.
        if (size != o.size && (op == Ops.EQ || op == Ops.NE)) return PyBool.of(op == Ops.NE);
        return SeqTypes.compareSequences(items, size, o.items, o.size, op);
    }

    @Override
    public boolean isTrue() {
        return size != 0;
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
        for (int i = 0; i < size; i++) {
            PyObject item = items[i];
            if (item == x || Ops.eq(item, x)) return true;
        }
        return false;
    }

    int index(PyObject key, String what) {
        if (key instanceof PyInt i && !i.isBig()) {
            long k = i.v;
            if (k < 0) k += size;
            if (k < 0 || k >= size) throw Exc.indexError(what);
            return (int) k;
        }
        PyInt idx = Ops.indexOrNull(key);
        if (idx == null) {
            throw Exc.typeError("list indices must be integers or slices, not " + key.getType().tpName());
        }
        if (idx.isBig()) throw Exc.indexError("cannot fit 'int' into an index-sized integer");
        return index(idx, what);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long u = s.unitRange(size);
            if (u >= 0) {
                int lo = (int) (u >>> 32), n = Math.max(0, (int) u - lo);
                PyObject[] out = new PyObject[n];
                System.arraycopy(items, lo, out, 0, n);
                return new PyList(out);
            }
            long[] r = s.indices(size);
            return new PyList(SeqTypes.slice(items, r));
        }
        return items[index(key, "list index out of range")];
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            SeqTypes.setSlice(this, s, value);
            return;
        }
        items[index(key, "list assignment index out of range")] = value;
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            SeqTypes.delSlice(this, s);
            return;
        }
        removeAt(index(key, "list assignment index out of range"));
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.ListIterator(this);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof PyList o)) {
                PyObject r = Ops.reflectedBeforeConcat(this, other);
                if (r != null) return r;
                throw Exc.typeError("can only concatenate list (not \"" + other.getType().tpName() + "\") to list");
            }
            PyObject[] r = Arrays.copyOf(items, size + o.size);
            System.arraycopy(o.items, 0, r, size, o.size);
            return new PyList(r);
        }
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            return new PyList(SeqTypes.repeat(items, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            return new PyList(SeqTypes.repeat(items, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (other instanceof PyList o) {
                PyObject[] src = o == this ? toArray() : o.items;
                extend(src, o.size);
            } else {
                Ops.forEach(other, this::append);
            }
            return this;
        }
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            PyObject[] r = SeqTypes.repeat(items, size, n);
            setContent(r, r.length);
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        for (int i = 0; i < size; i++) visitor.accept(items[i]);
        super.traverse(visitor);
    }
}
