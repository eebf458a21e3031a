package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** {@code tuple}: an immutable array. The hash is CPython's xxHash-based tuple hash. */
public class PyTuple extends PyObject {

    public static final PyType TYPE = PyType.builtin("tuple", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SeqTypes.initTuple(x);
    }});

    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    protected final PyObject[] items;

    /** Wraps the array without copying: the caller hands it over. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public PyObject[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        if (items.length == 0) return "()";
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return "(...)";
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return sb.append(')').toString();
        } finally {
            g.exit();
        }
    }

    @Override
    public long hash() {
        final long P1 = 0x9E3779B185EBCA87L;
        final long P2 = 0xC2B2AE3D27D4EB4FL;
        final long P5 = 0x27D4EB2F165667C5L;
        long acc = P5;
        for (PyObject item : items) {
            long lane = Ops.hash(item);
            acc += lane * P2;
            acc = Long.rotateLeft(acc, 31);
            acc *= P1;
        }
        acc += items.length ^ (P5 ^ 3527539L);
        if (acc == -1) return 1546275796L;
        return acc;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyTuple o)) return PyNotImplemented.INSTANCE;
        return SeqTypes.compareSequences(items, items.length, o.items, o.items.length, op);
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return items.length;
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject x) {
        for (PyObject item : items) if (item == x || Ops.eq(item, x)) return true;
        return false;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && !i.isBig()) {
            long k = i.v;
            if (k < 0) k += items.length;
            if (k < 0 || k >= items.length) throw Exc.indexError("tuple index out of range");
            return items[(int) k];
        }
        if (key instanceof PySlice s) {
            long u = s.unitRange(items.length);
            if (u >= 0) {
                int lo = (int) (u >>> 32), n = Math.max(0, (int) u - lo);
                if (n == items.length && getClass() == PyTuple.class) return this;
                PyObject[] out = new PyObject[n];
                System.arraycopy(items, lo, out, 0, n);
                return of(out);
            }
            long[] r = s.indices(items.length);
            if (r[2] == 1 && r[0] == 0 && r[3] == items.length && getClass() == PyTuple.class) return this;
            return of(SeqTypes.slice(items, r));
        }
        PyInt idx = Ops.indexOrNull(key);
        if (idx == null) {
            throw Exc.typeError("tuple indices must be integers or slices, not " + key.getType().tpName());
        }
        if (idx.isBig()) throw Exc.indexError("cannot fit 'int' into an index-sized integer");
        return getItem(idx);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.ArrayIterator(PyIterators.TUPLE_ITERATOR, items, items.length);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof PyTuple o)) {
                PyObject r = Ops.reflectedBeforeConcat(this, other);
                if (r != null) return r;
                throw Exc.typeError("can only concatenate tuple (not \"" + other.getType().tpName() + "\") to tuple");
            }
            // An empty operand gives the other exact tuple itself, as in CPython.
            if (o.items.length == 0 && getClass() == PyTuple.class) return this;
            if (items.length == 0 && o.getClass() == PyTuple.class) return o;
            PyObject[] r = Arrays.copyOf(items, items.length + o.items.length);
            System.arraycopy(o.items, 0, r, items.length, o.items.length);
            return of(r);
        }
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    /** {@code t * n}: an exact tuple times 1 is itself, as in CPython. */
    private PyObject repeat(PyInt n) {
        if (getClass() == PyTuple.class && items.length > 0 && n.big == null && n.v == 1) return this;
        return of(SeqTypes.repeat(items, items.length, n));
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        for (PyObject o : items) visitor.accept(o);
        super.traverse(visitor);
    }
}
