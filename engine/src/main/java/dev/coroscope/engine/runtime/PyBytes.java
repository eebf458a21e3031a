package dev.coroscope.engine.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** {@code bytes}: enough for literals, comparison, indexing and decoding. */
public final class PyBytes extends PyObject {

    public static final PyType TYPE = PyType.builtin("bytes", null, true, t -> {
        t.setNew((cls, args, kw) -> {
            if (args.length > 3) throw Exc.typeError("bytes() takes at most 3 arguments (" + args.length + " given)");
            if (args.length == 0) return PyBytes.EMPTY;
            PyObject a = args[0];
            if (a instanceof PyStr s) {
                if (args.length < 2) throw Exc.typeError("string argument without an encoding");
                return new PyBytes(s.value().getBytes(StandardCharsets.UTF_8));
            }
            if (a instanceof PyInt n) return new PyBytes(new byte[n.intValueExact("size")]);
            PyObject[] items = Ops.toArray(a);
            byte[] b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = Ops.index(items[i]).longValueOr(-1);
                if (v < 0 || v > 255) throw Exc.valueError("bytes must be in range(0, 256)");
                b[i] = (byte) v;
            }
            return new PyBytes(b);
        });
        t.method("decode", (s, a, k) -> {
            byte[] b = ((PyBytes) s).data;
            return PyStr.of(new String(b, StandardCharsets.UTF_8));
        });
        t.method0("hex", s -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : ((PyBytes) s).data) sb.append(String.format("%02x", x & 0xff));
            return PyStr.of(sb.toString());
        });
        BytesMethods.init(t);
    });

    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

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
        boolean hasSingle = false, hasDouble = false;
        for (byte b : data) {
            if (b == '\'') hasSingle = true;
            if (b == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : data) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    @Override
    public long hash() {
        return Arrays.hashCode(data) * 1000003L;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyBytes o)) return PyNotImplemented.INSTANCE;
        return PyBool.of(Ops.cmpResult(Arrays.compareUnsigned(data, o.data), op));
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
            byte[] out = new byte[(int) r[3]];
            for (int i = 0; i < out.length; i++) out[i] = data[(int) (r[0] + i * r[2])];
            return new PyBytes(out);
        }
        long i = Ops.index(key).longValueOr(Long.MAX_VALUE);
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
        return new PyIterators.ArrayIterator(PyIterators.JAVA_ITERATOR, items, items.length);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.ADD && other instanceof PyBytes o) {
            byte[] r = Arrays.copyOf(data, data.length + o.data.length);
            System.arraycopy(o.data, 0, r, data.length, o.data.length);
            return new PyBytes(r);
        }
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
        long k = Math.max(0, n.longValueOr(Long.MAX_VALUE));
        if (k == 0 || data.length == 0) return EMPTY;
        if (k * data.length > (1L << 28)) throw Exc.memoryError();
        byte[] r = new byte[(int) (k * data.length)];
        for (int i = 0; i < k; i++) System.arraycopy(data, 0, r, i * data.length, data.length);
        return new PyBytes(r);
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyBytes b) return BytesMethods.latin(data).contains(BytesMethods.latin(b.data));
        PyInt i = Ops.indexOrNull(item);
        if (i == null) throw Exc.typeError("a bytes-like object is required, not '" + item.getType().name() + "'");
        long v = i.longValueOr(-1);
        if (v < 0 || v > 255) throw Exc.valueError("byte must be in range(0, 256)");
        for (byte x : data) if ((x & 0xff) == v) return true;
        return false;
    }
}
