package dev.coroscope.engine.runtime;

import java.util.List;
import java.util.function.Consumer;

/**
 * {@code memoryview} over bytes or bytearray, one-dimensional, with the native single-character
 * struct formats of {@code cast} (little-endian, x86-64 sizes). A view reads and writes its
 * object's bytes in place: item {@code i} is the {@code itemsize} bytes at {@code start + i * step}
 * of the object. Slicing gives a view of the same object.
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
                PyMemoryView r = m.view(m.start, m.len, m.step);
                r.readonly = m.readonly;
                return r;
            }
            if (!(o instanceof PyBytes) && !(o instanceof PyByteArray)) {
                throw Exc.typeError("memoryview: a bytes-like object is required, not '" + o.getType().tpName() + "'");
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
            PyMemoryView m = ((PyMemoryView) s).live();
            PyList l = new PyList(m.len);
            for (int i = 0; i < m.len; i++) l.append(m.item(m.start + i * m.step));
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
        t.getter("nbytes", s -> PyInt.of((long) ((PyMemoryView) s).live().len * ((PyMemoryView) s).itemsize));
        t.getter("readonly", s -> PyBool.of(((PyMemoryView) s).live().isReadonly()));
        t.getter("format", s -> PyStr.of(((PyMemoryView) s).live().format));
        t.getter("itemsize", s -> PyInt.of(((PyMemoryView) s).live().itemsize));
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
        // One-dimensional views: contiguous exactly when the step is one item.
        t.getter("c_contiguous", s -> PyBool.of(((PyMemoryView) s).live().contiguous()));
        t.getter("f_contiguous", s -> PyBool.of(((PyMemoryView) s).live().contiguous()));
        t.getter("contiguous", s -> PyBool.of(((PyMemoryView) s).live().contiguous()));
        t.method0("toreadonly", s -> {
            PyMemoryView m = ((PyMemoryView) s).live();
            PyMemoryView r = m.view(m.start, m.len, m.step);
            r.readonly = true;
            return r;
        });
        t.method("cast", (s, a, k) -> {
            PyMemoryView m = ((PyMemoryView) s).live();
            PyObject[] p = Args.parse("cast", a, k, new String[] {"format", "shape"}, 1);
            String code = p[0] instanceof PyStr f ? f.value() : "";
            String bare = code.startsWith("@") ? code.substring(1) : code;
            if (bare.length() != 1 || SIZES.indexOf(bare.charAt(0)) < 0) {
                throw Exc.valueError("memoryview: destination format must be a native single character format prefixed"
                        + " with an optional '@'");
            }
            if (!m.contiguous()) throw Exc.typeError("memoryview: casts are restricted to C-contiguous views");
            int size = sizeOf(bare.charAt(0));
            if (!m.byteFormat() && size != 1 && !isByteFormat(bare.charAt(0))) {
                throw Exc.typeError("memoryview: cannot cast between two non-byte formats");
            }
            int nbytes = m.len * m.itemsize;
            if (nbytes % size != 0) throw Exc.typeError("memoryview: length is not a multiple of itemsize");
            if (p[1] != null && p[1] != PyNone.INSTANCE) {
                PyObject[] dims = Ops.toArray(p[1]);
                if (dims.length != 1 || !Ops.eq(dims[0], PyInt.of(nbytes / size))) {
                    throw Exc.error(Exc.NotImplementedError, "memoryview: multi-dimensional casts are not supported in Coroscope");
                }
            }
            PyMemoryView r = new PyMemoryView(m.obj, m.start, nbytes / size, size, code, size);
            r.readonly = m.readonly;
            return r;
        });
    }});

    final PyObject obj;
    /** Byte offset of the first item in the object. */
    final int start;
    /** Number of items. */
    final int len;
    /** Bytes from one item to the next (negative for a reversed slice). */
    final int step;
    /** The struct format of the items as given to cast ('B', 'i', '@d'...). */
    final String format;
    final int itemsize;
    private boolean released;
    /** Made by toreadonly(): writes refused even over a bytearray. */
    private boolean readonly;

    private PyMemoryView(PyObject obj, int start, int len, int step) {
        this(obj, start, len, step, "B", 1);
    }

    private PyMemoryView(PyObject obj, int start, int len, int step, String format, int itemsize) {
        this.obj = obj;
        this.start = start;
        this.len = len;
        this.step = step;
        this.format = format;
        this.itemsize = itemsize;
    }

    /** Another view of the same object with this one's format. */
    private PyMemoryView view(int start, int len, int step) {
        return new PyMemoryView(obj, start, len, step, format, itemsize);
    }

    /** Native single-character formats and their sizes (x86-64 Linux, as CPython there). */
    private static final String SIZES = "BbcHhIiLlQqfd?NnP";

    private static int sizeOf(char c) {
        return switch (c) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'H', 'h' -> 2;
            case 'I', 'i', 'f' -> 4;
            default -> 8;
        };
    }

    private static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    private char code() {
        return format.charAt(format.length() - 1);
    }

    private boolean byteFormat() {
        return isByteFormat(code());
    }

    private boolean contiguous() {
        return step == itemsize;
    }

    private long raw(int at) {
        byte[] b = backing();
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) v = (v << 8) | (b[at + k] & 0xff);
        return v;
    }

    /** The item whose first byte is at {@code at}, unpacked as its format says (little-endian). */
    private PyObject item(int at) {
        long v = raw(at);
        return switch (code()) {
            case 'B', 'H', 'I' -> PyInt.of(v);
            case 'b' -> PyInt.of((byte) v);
            case 'h' -> PyInt.of((short) v);
            case 'i' -> PyInt.of((int) v);
            case 'l', 'q', 'n' -> PyInt.of(v);
            case 'L', 'Q', 'N', 'P' -> v >= 0 ? PyInt.of(v)
                    : PyInt.of(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
            case 'c' -> new PyBytes(new byte[] {(byte) v});
            case '?' -> PyBool.of(v != 0);
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) v));
            case 'd' -> new PyFloat(Double.longBitsToDouble(v));
            default -> PyInt.of(v);
        };
    }

    /** Packs {@code value} into the item at {@code at}, with CPython's refusals. */
    private void store(int at, PyObject value) {
        char c = code();
        String fmt = format;
        long bits;
        switch (c) {
            case 'c' -> {
                if (!(value instanceof PyBytes b)) throw Exc.typeError("memoryview: invalid type for format '" + fmt + "'");
                if (b.data.length != 1) throw Exc.valueError("memoryview: invalid value for format '" + fmt + "'");
                bits = b.data[0] & 0xff;
            }
            case '?' -> bits = Ops.isTrue(value) ? 1 : 0;
            case 'f', 'd' -> {
                if (!(value instanceof PyFloat) && !(value instanceof PyInt)) {
                    throw Exc.typeError("memoryview: invalid type for format '" + fmt + "'");
                }
                double d = PyFloat.toDouble(value);
                bits = c == 'd' ? Double.doubleToRawLongBits(d) : Float.floatToRawIntBits((float) d) & 0xffffffffL;
            }
            default -> {
                PyInt v = value instanceof PyInt i ? i : null;
                if (v == null) throw Exc.typeError("memoryview: invalid type for format '" + fmt + "'");
                java.math.BigInteger x = v.toBig();
                boolean unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
                int bitsWide = itemsize * 8;
                java.math.BigInteger lo = unsigned ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE.shiftLeft(bitsWide - 1).negate();
                java.math.BigInteger hi = unsigned ? java.math.BigInteger.ONE.shiftLeft(bitsWide).subtract(java.math.BigInteger.ONE)
                        : java.math.BigInteger.ONE.shiftLeft(bitsWide - 1).subtract(java.math.BigInteger.ONE);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    throw Exc.valueError("memoryview: invalid value for format '" + fmt + "'");
                }
                bits = x.longValue();
            }
        }
        byte[] b = backing();
        for (int k = 0; k < itemsize; k++) b[at + k] = (byte) (bits >>> (8 * k));
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
        byte[] out = new byte[len * itemsize];
        for (int i = 0; i < len; i++) System.arraycopy(src, start + i * step, out, i * itemsize, itemsize);
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
        if (released || other instanceof PyMemoryView m && m.released) return PyBool.of(op == Ops.NE);
        List<PyObject> mine = items(), theirs;
        if (other instanceof PyMemoryView m) {
            theirs = m.items();
        } else {
            byte[] o = BytesMethods.bytesOf(other);
            if (o == null) return PyNotImplemented.INSTANCE;
            theirs = new java.util.ArrayList<>(o.length);
            for (byte x : o) theirs.add(PyInt.of(x & 0xff));
        }
        // CPython compares the unpacked items (so a view cast to 'i' differs from its bytes).
        boolean eq = mine.size() == theirs.size();
        for (int i = 0; eq && i < mine.size(); i++) eq = Ops.eq(mine.get(i), theirs.get(i));
        return PyBool.of(eq == (op == Ops.EQ));
    }

    private List<PyObject> items() {
        List<PyObject> out = new java.util.ArrayList<>(len);
        for (int i = 0; i < len; i++) out.add(item(start + i * step));
        return out;
    }

    @Override
    public long hash() {
        live();
        if (!isReadonly()) throw Exc.valueError("cannot hash writable memoryview object");
        if (!byteFormat()) throw Exc.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
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
            PyMemoryView v = view(start + (int) r[0] * step, (int) r[3], (int) r[2] * step);
            v.readonly = readonly;
            return v;
        }
        return item(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        live();
        if (isReadonly()) throw Exc.typeError("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            long[] r = s.indices(len);
            List<PyObject> src;
            if (value instanceof PyMemoryView m) {
                m.live();
                if (!m.format.equals(format) && !(byteFormat() && m.byteFormat() && code() == m.code())) {
                    throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                src = m.items();
            } else {
                byte[] b = BytesMethods.bytesOf(value);
                if (b == null) throw Exc.typeError("a bytes-like object is required, not '" + value.getType().tpName() + "'");
                if (itemsize != 1) throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
                src = new java.util.ArrayList<>(b.length);
                for (byte x : b) src.add(code() == 'c' ? new PyBytes(new byte[] {x}) : code() == 'b' ? PyInt.of(x) : PyInt.of(x & 0xff));
            }
            if (src.size() != r[3]) throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
            for (int i = 0; i < src.size(); i++) store(start + (int) (r[0] + i * r[2]) * step, src.get(i));
            return;
        }
        store(index(key), value);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        live();
        PyObject[] items = items().toArray(new PyObject[0]);
        return new PyIterators.ArrayIterator(PyIterators.MEMORY_ITERATOR, items, items.length);
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        visitor.accept(obj);
    }
}
