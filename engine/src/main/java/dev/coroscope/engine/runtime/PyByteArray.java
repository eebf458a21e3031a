package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * {@code bytearray}: a mutable, growable sequence of small ints. The read-only methods are shared
 * with bytes ({@link BytesMethods}, which gives bytearray results for a bytearray receiver); the
 * mutating ones ({@code append}, {@code extend}, item and slice assignment, {@code +=}...) are here.
 *
 * <p>Invariant: {@code buf[0 .. size)} holds the bytes; {@code buf} may be longer.
 */
public class PyByteArray extends PyObject {

    private static final String RANGE = "byte must be in range(0, 256)";

    public static final PyType TYPE = PyType.builtin("bytearray", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew((cls, args, kw) -> {
            if (args.length > 3) throw Exc.typeError("bytearray() takes at most 3 arguments (" + args.length + " given)");
            byte[] b = BytesMethods.fromSource("bytearray", args, kw);
            return cls == PyByteArray.TYPE ? new PyByteArray(b) : new Sub(cls, b);
        });
        Slots.binary(t, Ops.ADD, Ops.MUL, Ops.MOD);
        Slots.repeat(t);
        Slots.repr(t);
        Slots.str(t);
        Slots.unhashable(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.setitem(t);
        Slots.contains(t);
        Slots.iter(t);
        t.method1("append", (s, o) -> {
            PyByteArray b = (PyByteArray) s;
            // The value is checked before the array grows: a refused value leaves it unchanged.
            int v = BytesMethods.byteValue(o, RANGE);
            b.ensure(b.size + 1);
            b.buf[b.size++] = (byte) v;
            return PyNone.INSTANCE;
        });
        t.method1("extend", (s, o) -> {
            ((PyByteArray) s).extend(o);
            return PyNone.INSTANCE;
        });
        t.method2("insert", (s, i, o) -> {
            PyByteArray b = (PyByteArray) s;
            PyInt ii = Ops.index(i);
            long at = ii.longValueOr(ii.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
            int v = BytesMethods.byteValue(o, RANGE);
            if (at < 0) at = Math.max(0, at + b.size);
            if (at > b.size) at = b.size;
            b.ensure(b.size + 1);
            System.arraycopy(b.buf, (int) at, b.buf, (int) at + 1, b.size - (int) at);
            b.buf[(int) at] = (byte) v;
            b.size++;
            return PyNone.INSTANCE;
        });
        t.method("pop", (s, a, k) -> {
            Args.noKeywords("bytearray.pop", k);
            if (a.length > 1) throw Exc.typeError("pop expected at most 1 argument, got " + a.length);
            PyByteArray b = (PyByteArray) s;
            if (b.size == 0) throw Exc.indexError("pop from empty bytearray");
            long i = a.length == 0 ? -1 : Ops.index(a[0]).longValueOr(Long.MAX_VALUE);
            if (i < 0) i += b.size;
            if (i < 0 || i >= b.size) throw Exc.indexError("pop index out of range");
            int v = b.buf[(int) i] & 0xff;
            b.removeRange((int) i, (int) i + 1);
            return PyInt.of(v);
        });
        t.method1("remove", (s, o) -> {
            PyByteArray b = (PyByteArray) s;
            int v = BytesMethods.byteValue(o, RANGE);
            for (int i = 0; i < b.size; i++) {
                if ((b.buf[i] & 0xff) == v) {
                    b.removeRange(i, i + 1);
                    return PyNone.INSTANCE;
                }
            }
            throw Exc.valueError("value not found in bytearray");
        });
        t.method0("clear", s -> {
            ((PyByteArray) s).size = 0;
            return PyNone.INSTANCE;
        });
        t.method0("copy", s -> new PyByteArray(((PyByteArray) s).toBytes()));
        t.method0("reverse", s -> {
            PyByteArray b = (PyByteArray) s;
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.buf[i];
                b.buf[i] = b.buf[j];
                b.buf[j] = x;
            }
            return PyNone.INSTANCE;
        });
        t.method1("__iadd__", (s, o) -> s.inplaceOp(Ops.ADD, o));
        t.method1("__imul__", new Slots.Repeat() { public PyObject operator(PyObject s, PyObject o) {
            return s.inplaceOp(Ops.MUL, o);
        }});
        BytesMethods.init(t);
    }});

    byte[] buf;
    int size;

    /** Instances of user subclasses of bytearray. */
    static final class Sub extends PyByteArray {
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

    /** Takes ownership of {@code data}. */
    public PyByteArray(byte[] data) {
        this.buf = data;
        this.size = data.length;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** A copy of the current bytes. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(long min) {
        if (min > Limits.MAX_SEQUENCE) throw Exc.memoryError();
        if (min <= buf.length) return;
        long cap = Math.max(min, buf.length + (buf.length >> 1) + 8);
        cap = Math.min(cap, Limits.MAX_SEQUENCE);
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(cap, 1);
        buf = Arrays.copyOf(buf, (int) cap);
    }

    private void removeRange(int from, int to) {
        System.arraycopy(buf, to, buf, from, size - to);
        size -= to - from;
    }

    private void extend(PyObject o) {
        byte[] b = BytesMethods.bytesOf(o);
        if (b == null) {
            if (o instanceof PyStr) throw Exc.typeError("expected iterable of integers; got: 'str'");
            if (!Ops.isIterable(o)) throw Exc.typeError("can't extend bytearray with " + o.getType().tpName());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Ops.forEach(o, x -> out.write(BytesMethods.byteValue(x, RANGE)));
            b = out.toByteArray();
        }
        ensure((long) size + b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    @Override
    public String repr() {
        return getType().name() + "(" + PyBytes.repr(buf, size, true) + ")";
    }

    @Override
    public String str() {
        return repr();
    }

    @Override
    public long hash() {
        throw Exc.typeError("unhashable type: '" + getType().tpName() + "'");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        byte[] o = other instanceof PyBytes b ? b.data : other instanceof PyByteArray ba ? ba.toBytes()
                : other instanceof PyMemoryView m ? m.toBytes() : null;
        if (o == null) return PyNotImplemented.INSTANCE;
        return PyBool.of(Ops.cmpResult(Arrays.compareUnsigned(buf, 0, size, o, 0, o.length), op));
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

    private int index(PyObject key) {
        PyInt k = Ops.indexOrNull(key);
        if (k == null) throw Exc.typeError("bytearray indices must be integers or slices, not " + key.getType().tpName());
        long i = k.longValueOr(Long.MAX_VALUE);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("bytearray index out of range");
        return (int) i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(size);
            byte[] out = new byte[(int) r[3]];
            for (int i = 0; i < out.length; i++) out[i] = buf[(int) (r[0] + i * r[2])];
            return new PyByteArray(out);
        }
        return PyInt.of(buf[index(key)] & 0xff);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            setSlice(s, value);
            return;
        }
        int i = index(key);
        buf[i] = (byte) BytesMethods.byteValue(value, RANGE);
    }

    private void setSlice(PySlice s, PyObject value) {
        byte[] src = BytesMethods.bytesOf(value);
        if (src == null) {
            if (value instanceof PyInt) throw Exc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            if (value instanceof PyStr || !Ops.isIterable(value)) {
                throw Exc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Ops.forEach(value, x -> out.write(BytesMethods.byteValue(x, RANGE)));
            src = out.toByteArray();
        }
        long[] r = s.indices(size);
        int start = (int) r[0], step = (int) r[2], len = (int) r[3];
        if (step == 1) {
            int stop = Math.max(start, (int) r[1]);
            byte[] out = new byte[size - (stop - start) + src.length];
            System.arraycopy(buf, 0, out, 0, start);
            System.arraycopy(src, 0, out, start, src.length);
            System.arraycopy(buf, stop, out, start + src.length, size - stop);
            buf = out;
            size = out.length;
            return;
        }
        if (src.length != len) {
            throw Exc.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + len);
        }
        for (int i = 0, j = start; i < len; i++, j += step) buf[j] = src[i];
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(size);
            int start = (int) r[0], step = (int) r[2], len = (int) r[3];
            if (len <= 0) return;
            if (step == 1) {
                removeRange(start, start + len);
                return;
            }
            boolean[] drop = new boolean[size];
            for (int i = 0, j = start; i < len; i++, j += step) drop[j] = true;
            int k = 0;
            for (int i = 0; i < size; i++) if (!drop[i]) buf[k++] = buf[i];
            size = k;
            return;
        }
        int i = index(key);
        removeRange(i, i + 1);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        PyObject[] items = new PyObject[size];
        for (int i = 0; i < size; i++) items[i] = PyInt.of(buf[i] & 0xff);
        return new PyIterators.ArrayIterator(PyIterators.BYTEARRAY_ITERATOR, items, items.length);
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        return PyBytes.contains(buf, size, item);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            byte[] o = BytesMethods.bytesOf(other);
            if (o == null) throw Exc.typeError("can't concat " + other.getType().tpName() + " to bytearray");
            return new PyByteArray(PyBytes.concat(buf, size, o));
        }
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n != null) return new PyByteArray(PyBytes.repeat(buf, size, n));
        }
        if (op == Ops.MOD) return new PyByteArray(Formatting.percentBytes(toBytes(), other));
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n != null) return new PyByteArray(PyBytes.repeat(buf, size, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == Ops.ADD) {
            byte[] o = BytesMethods.bytesOf(other);
            if (o == null) throw Exc.typeError("can't concat " + other.getType().tpName() + " to bytearray");
            ensure((long) size + o.length);
            System.arraycopy(o, 0, buf, size, o.length);
            size += o.length;
            return this;
        }
        if (op == Ops.MUL) {
            PyInt n = Ops.indexOrNull(other);
            if (n == null) return PyNotImplemented.INSTANCE;
            byte[] r = PyBytes.repeat(buf, size, n);
            buf = r;
            size = r.length;
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }
}
