package dev.coroscope.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/** {@code bytes}: an immutable sequence of small ints; the methods it shares with bytearray are in {@link BytesMethods}. */
public class PyBytes extends PyObject {

    public static final PyType TYPE = PyType.builtin("bytes", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            PyBytes b = PyBytes.make(args, kw);
            return cls == PyBytes.TYPE ? b : new Sub(cls, b.data);
        }});
        Slots.repr(t);
        Slots.str(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.binary(t, Ops.MUL, Ops.MOD);
        Slots.repeat(t);
        // Concatenation is a sequence slot: bytes has __add__ but no __radd__.
        t.put("__add__", PyMethodDescriptor.oneArg(t, "__add__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
            return s.binaryOp(Ops.ADD, other);
        }}));
        t.method0("__getnewargs__", new java.util.function.Function<PyObject, PyObject>() {
            public PyObject apply(PyObject s) {
                return PyTuple.of(new PyBytes(((PyBytes) s).data));
            }
        });
        t.method0("__bytes__", new java.util.function.Function<PyObject, PyObject>() {
            public PyObject apply(PyObject s) {
                return s.getType() == TYPE ? s : new PyBytes(((PyBytes) s).data);
            }
        });
        BytesMethods.init(t);
    }});

    /** {@code bytes(...)} for the bytes type itself. */
    private static PyBytes make(PyObject[] args, String[] kw) {
            if (args.length > 3) throw Exc.typeError("bytes() takes at most 3 arguments (" + args.length + " given)");
            if (args.length == 0 && (kw == null || kw.length == 0)) return PyBytes.EMPTY;
            if (args.length == 1 && (kw == null || kw.length == 0) && !(args[0] instanceof PyStr)) {
                // __bytes__ first, as PyBytes_FromObject does (a bytes subclass may define it).
                PyObject m = args[0] instanceof PyBytes ? null : args[0].getType().lookup("__bytes__");
                if (m != null) {
                    PyObject r = Ops.call(m, args[0]);
                    if (!(r instanceof PyBytes rb)) {
                        throw Exc.typeError("__bytes__ returned non-bytes (type " + r.getType().tpName() + ")");
                    }
                    return rb;
                }
                if (args[0].getClass() == PyBytes.class) return (PyBytes) args[0];
            }
            byte[] d = BytesMethods.fromSource("bytes", args, kw);
            // From a buffer (bytearray, memoryview) CPython copies into a new object, and bytes(n)
            // is a new zeroed one; from a list or a str it makes the bytes from data (shared when
            // empty or one byte).
            boolean filled = args.length == 1 && (args[0] instanceof PyByteArray || args[0] instanceof PyMemoryView || args[0] instanceof PyInt);
            return filled ? fresh(d) : of(d);
    }

    /** Instances of user subclasses of bytes. */
    static final class Sub extends PyBytes {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Sub(PyType type, byte[] data) {
            super(data);
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

    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    /** The shared one-byte bytes objects (CPython keeps one per byte value, as it does the empty one). */
    private static final PyBytes[] ONE_BYTE = new PyBytes[256];

    static {
        for (int i = 0; i < 256; i++) ONE_BYTE[i] = new PyBytes(new byte[] {(byte) i});
    }

    /**
     * Bytes made from data, as CPython's PyBytes_FromStringAndSize makes them: the shared empty
     * object, a shared one-byte object, or a new one (literals, slices, pieces of split and
     * partition, strip, str.encode, bytes(list), %-formatting).
     */
    public static PyBytes of(byte[] d) {
        return d.length == 0 ? EMPTY : d.length == 1 ? ONE_BYTE[d[0] & 0xff] : new PyBytes(d);
    }

    /**
     * Bytes allocated first and filled after, as CPython makes the results of replace, join,
     * concatenation and the case methods: shared only when empty.
     */
    public static PyBytes fresh(byte[] d) {
        return d.length == 0 ? EMPTY : new PyBytes(d);
    }

    public final byte[] data;

    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return repr(data, data.length, false);
    }

    /**
     * The {@code b'...'} form of the first {@code n} bytes of {@code data}; for a bytearray
     * CPython escapes {@code '} even inside double quotes.
     */
    static String repr(byte[] data, int n, boolean bytearray) {
        boolean hasSingle = false, hasDouble = false;
        for (int i = 0; i < n; i++) {
            byte b = data[i];
            if (b == '\'') hasSingle = true;
            if (b == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int i = 0; i < n; i++) {
            int c = data[i] & 0xff;
            if (c == q || c == '\\' || bytearray && c == '\'') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    /** bytes' own str: its repr, even for a subclass that overrides __repr__ (CPython's bytes_str). */
    @Override
    public String str() {
        return repr(data, data.length, false);
    }

    @Override
    public long hash() {
        return Arrays.hashCode(data) * 1000003L;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        byte[] o = other instanceof PyBytes b ? b.data : other instanceof PyByteArray ba ? ba.toBytes() : null;
        if (o == null) return PyNotImplemented.INSTANCE;
        return PyBool.of(Ops.cmpResult(Arrays.compareUnsigned(data, o), op));
    }

    @Override
    public boolean isTrue() {
        return data.length > 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return data.length;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(data.length);
            // The whole of exact bytes, in order: the bytes themselves, as in CPython.
            if (r[2] == 1 && r[3] == data.length && getClass() == PyBytes.class) return this;
            byte[] out = new byte[(int) r[3]];
            for (int i = 0; i < out.length; i++) out[i] = data[(int) (r[0] + i * r[2])];
            return r[2] == 1 ? of(out) : fresh(out); // a stepped slice is filled after (a new object)
        }
        PyInt k = Ops.indexOrNull(key);
        if (k == null) throw Exc.typeError("byte indices must be integers or slices, not " + key.getType().tpName());
        long i = k.longValueOr(Long.MAX_VALUE);
        if (i < 0) i += data.length;
        if (i < 0 || i >= data.length) throw Exc.indexError("index out of range");
        return PyInt.of(data[(int) i] & 0xff);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        PyObject[] items = new PyObject[data.length];
        for (int i = 0; i < data.length; i++) items[i] = PyInt.of(data[i] & 0xff);
        return new PyIterators.ArrayIterator(PyIterators.BYTES_ITERATOR, items, items.length);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            byte[] o = BytesMethods.bytesOf(other);
            if (o == null) throw Exc.typeError("can't concat " + other.getType().tpName() + " to bytes");
            // An empty operand gives the other exact bytes itself, as in CPython.
            if (data.length == 0 && other.getClass() == PyBytes.class) return other;
            if (o.length == 0 && getClass() == PyBytes.class) return this;
            return new PyBytes(concat(data, data.length, o));
        }
        if (op == Ops.MOD) return of(Formatting.percentBytes(data, other));
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n != null) return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n != null) return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    private PyBytes repeat(PyInt n) {
        long k = SeqTypes.repeatCount(n);
        if (data.length > 0 && k > Long.MAX_VALUE / data.length) throw Exc.overflowError("repeated bytes are too long");
        // Exact bytes whose repeat is the same length (times 1, or empty) are returned themselves.
        if ((k == 1 || data.length == 0) && getClass() == PyBytes.class) return this;
        return new PyBytes(repeat(data, data.length, n)); // new even when empty (b'abc' * 0 is not b''), as in CPython
    }

    static byte[] concat(byte[] a, int n, byte[] b) {
        if ((long) n + b.length > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        byte[] r = Arrays.copyOf(a, n + b.length);
        System.arraycopy(b, 0, r, n, b.length);
        return r;
    }

    static byte[] repeat(byte[] data, int n, PyInt times) {
        long k = Math.max(0, SeqTypes.repeatCount(times));
        if (k == 0 || n == 0) return new byte[0];
        if ((double) k * n > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(k * n, 1);
        byte[] r = new byte[(int) (k * n)];
        for (int i = 0; i < k; i++) System.arraycopy(data, 0, r, i * n, n);
        return r;
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        return contains(data, data.length, item);
    }

    static boolean contains(byte[] data, int n, PyObject item) {
        byte[] b = BytesMethods.bytesOf(item);
        if (b != null) return BytesMethods.latin(Arrays.copyOf(data, n)).contains(BytesMethods.latin(b));
        PyInt i = Ops.indexOrNull(item);
        if (i == null) throw Exc.typeError("a bytes-like object is required, not '" + item.getType().tpName() + "'");
        long v = i.longValueOr(-1);
        if (v < 0 || v > 255) throw Exc.valueError("byte must be in range(0, 256)");
        for (int j = 0; j < n; j++) if ((data[j] & 0xff) == v) return true;
        return false;
    }
}
