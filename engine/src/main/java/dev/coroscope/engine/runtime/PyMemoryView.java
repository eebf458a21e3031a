package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/**
 * {@code memoryview} over bytes or bytearray, one-dimensional with format {@code 'B'} (the only
 * buffers a program can make here). A view reads and writes its object's bytes in place: element
 * {@code i} is byte {@code start + i * step} of the object. Slicing gives a view of the same object.
 *
 * <p>Invariant: once released, every operation but {@code release()}, {@code repr} and
 * {@code ==} raises "operation forbidden on released memoryview object".
 */
public final class PyMemoryView extends PyObject {

    public static final PyType TYPE = PyType.builtin("memoryview", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, args, kw) -> {
            PyObject[] p = Args.parse("memoryview", args, kw, new String[] {"object"}, 1);
            PyObject o = p[0];
            if (o instanceof PyMemoryView m) {
                m.live();
                PyMemoryView r = new PyMemoryView(m.obj, m.start, m.len, m.step);
                r.readonly = m.readonly;
                return r;
            }
            if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
                throw Exc.typeError("memoryview: a bytes-like object is required, not '" + o.getType().name() + "'");
            }
            return new PyMemoryView(o, 0, o.length(), 1);
        });
        Slots.repr(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.setitem(t);
        Slots.iter(t);
        t.method0("tobytes", s -> new PyBytes(((PyMemoryView) s).toBytes()));
        t.method0("tolist", s -> {
            byte[] b = ((PyMemoryView) s).toBytes();
            PyList l = new PyList(b.length);
            for (byte x : b) l.append(PyInt.of(x & 0xff));
            return l;
        });
        t.method("hex", (s, a, k) -> BytesMethods.hex(((PyMemoryView) s).toBytes(), a, k));
        t.method0("release", s -> {
            ((PyMemoryView) s).released = true;
            return PyNone.INSTANCE;
        });
        t.method0("__enter__", s -> {
            ((PyMemoryView) s).live();
            return s;
        });
        t.method("__exit__", (s, a, k) -> {
            ((PyMemoryView) s).released = true;
            return PyNone.INSTANCE;
        });
        t.getter("obj", s -> ((PyMemoryView) s).live().obj);
        t.getter("nbytes", s -> PyInt.of(((PyMemoryView) s).live().len));
        t.getter("readonly", s -> PyBool.of(((PyMemoryView) s).live().isReadonly()));
        t.getter("format", s -> {
            ((PyMemoryView) s).live();
            return PyStr.of("B");
        });
        t.getter("itemsize", s -> {
            ((PyMemoryView) s).live();
            return PyInt.of(1);
        });
        t.getter("ndim", s -> {
            ((PyMemoryView) s).live();
            return PyInt.of(1);
        });
        t.getter("shape", s -> PyTuple.of(PyInt.of(((PyMemoryView) s).live().len)));
        t.getter("strides", s -> PyTuple.of(PyInt.of(((PyMemoryView) s).live().step)));
        t.getter("suboffsets", s -> {
            ((PyMemoryView) s).live();
            return PyTuple.EMPTY;
        });
        // One-dimensional byte views: contiguous exactly when the step is 1.
        t.getter("c_contiguous", s -> PyBool.of(((PyMemoryView) s).live().step == 1));
        t.getter("f_contiguous", s -> PyBool.of(((PyMemoryView) s).live().step == 1));
        t.getter("contiguous", s -> PyBool.of(((PyMemoryView) s).live().step == 1));
        t.method0("toreadonly", s -> {
            PyMemoryView m = ((PyMemoryView) s).live();
            PyMemoryView r = new PyMemoryView(m.obj, m.start, m.len, m.step);
            r.readonly = true;
            return r;
        });
        t.method("cast", (s, a, k) -> {
            PyMemoryView m = ((PyMemoryView) s).live();
            PyObject[] p = Args.parse("cast", a, k, new String[] {"format", "shape"}, 1);
            if (!(p[0] instanceof PyStr f) || !(f.value().equals("B") || f.value().equals("c") || f.value().equals("b"))) {
                throw Exc.valueError("memoryview: destination format must be a native single character format prefixed"
                        + " with an optional '@'");
            }
            if (!f.value().equals("B")) throw Exc.valueError("memoryview: only format 'B' is supported in Coroscope");
            if (m.step != 1) throw Exc.typeError("memoryview: casts are restricted to C-contiguous views");
            PyMemoryView r = new PyMemoryView(m.obj, m.start, m.len, m.step);
            r.readonly = m.readonly;
            return r;
        });
    }});

    final PyObject obj;
    final int start;
    final int len;
    final int step;
    private boolean released;
    /** Made by toreadonly(): writes refused even over a bytearray. */
    private boolean readonly;

    private PyMemoryView(PyObject obj, int start, int len, int step) {
        this.obj = obj;
        this.start = start;
        this.len = len;
        this.step = step;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyMemoryView live() {
        if (released) throw Exc.valueError("operation forbidden on released memoryview object");
        return this;
    }

    boolean isReadonly() {
        return readonly || obj instanceof PyBytes;
    }

    private byte[] backing() {
        return obj instanceof PyBytes b ? b.data : ((PyByteArray) obj).buf;
    }

    /** A copy of the viewed bytes. */
    public byte[] toBytes() {
        live();
        byte[] src = backing();
        byte[] out = new byte[len];
        for (int i = 0; i < len; i++) out[i] = src[start + i * step];
        return out;
    }

    @Override
    public String repr() {
        return (released ? "<released memory at " : "<memory at ") + Ops.address(this) + ">";
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return PyNotImplemented.INSTANCE;
        if (other == this) return PyBool.of(op == Ops.EQ);
        byte[] o = BytesMethods.bytesOf(other instanceof PyMemoryView m && m.released ? null : other);
        if (released || o == null) return PyBool.of(op == Ops.NE);
        boolean eq = java.util.Arrays.equals(toBytes(), o);
        return PyBool.of(eq == (op == Ops.EQ));
    }

    @Override
    public long hash() {
        live();
        if (!isReadonly()) throw Exc.valueError("cannot hash writable memoryview object");
        Ops.hash(obj); // CPython hashes the exported object too: a bytearray's error comes through
        return new PyBytes(toBytes()).hash();
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return live().len;
    }

    private int index(PyObject key) {
        PyInt k = Ops.indexOrNull(key);
        if (k == null) throw Exc.typeError("memoryview: invalid slice key");
        long i = k.longValueOr(Long.MAX_VALUE);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Exc.indexError("index out of bounds on dimension 1");
        return start + (int) i * step;
    }

    @Override
    public PyObject getItem(PyObject key) {
        live();
        if (key instanceof PySlice s) {
            long[] r = s.indices(len);
            PyMemoryView v = new PyMemoryView(obj, start + (int) r[0] * step, (int) r[3], (int) r[2] * step);
            v.readonly = readonly;
            return v;
        }
        return PyInt.of(backing()[index(key)] & 0xff);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        live();
        if (isReadonly()) throw Exc.typeError("cannot modify read-only memory");
        byte[] buf = backing();
        if (key instanceof PySlice s) {
            long[] r = s.indices(len);
            byte[] src = BytesMethods.bytesOf(value);
            if (src == null) throw Exc.typeError("a bytes-like object is required, not '" + value.getType().name() + "'");
            if (src.length != r[3]) throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
            for (int i = 0; i < src.length; i++) buf[start + (int) (r[0] + i * r[2]) * step] = src[i];
            return;
        }
        int at = index(key);
        PyInt v = Ops.indexOrNull(value);
        if (v == null) throw Exc.typeError("memoryview: invalid type for format 'B'");
        long x = v.longValueOr(-1);
        if (x < 0 || x > 255) throw Exc.valueError("memoryview: invalid value for format 'B'");
        buf[at] = (byte) x;
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        byte[] b = toBytes();
        PyObject[] items = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) items[i] = PyInt.of(b[i] & 0xff);
        return new PyIterators.ArrayIterator(PyIterators.JAVA_ITERATOR, items, items.length);
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        visitor.accept(obj);
    }
}
