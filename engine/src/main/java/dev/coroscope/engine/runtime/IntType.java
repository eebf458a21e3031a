package dev.coroscope.engine.runtime;

import java.math.BigInteger;

/** {@code int}'s constructor and methods. */
final class IntType {
    private IntType() {}

    static void init(PyType t) {
        t.setNew((cls, args, kw) -> {
            PyObject[] a = Args.parse("int", args, kw, new String[] {"x", "base"}, 0, 2);
            PyInt r;
            if (a[0] == null) {
                if (a[1] != null) throw Exc.typeError("int() missing string argument");
                r = PyInt.ZERO;
            } else if (a[1] != null) {
                int base = Ops.index(a[1]).intValueExact("base");
                if (!(a[0] instanceof PyStr s)) throw Exc.typeError("int() can't convert non-string with explicit base");
                r = parse(s.value(), base);
            } else {
                r = toInt(a[0]);
            }
            if (cls != PyInt.TYPE && cls != PyBool.TYPE) {
                throw Exc.typeError("subclassing int is not supported yet");
            }
            return r;
        });
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.bool(t);
        Slots.format(t);
        Slots.binary(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.FLOORDIV, Ops.MOD, Ops.TRUEDIV, Ops.POW, Ops.LSHIFT,
                Ops.RSHIFT, Ops.AND, Ops.OR, Ops.XOR);
        Slots.unary(t, Ops.NEG, Ops.POS, Ops.INVERT);
        t.method0("__index__", s -> s);
        t.method0("__int__", s -> s);
        t.method0("__float__", s -> new PyFloat(((PyInt) s).toDouble()));
        t.method0("__abs__", s -> ((PyInt) s).signum() < 0 ? s.unaryOp(Ops.NEG) : s);
        t.method0("__trunc__", s -> s);
        t.method0("__floor__", s -> s);
        t.method0("__ceil__", s -> s);
        t.method("__round__", (s, a, k) -> {
            if (a.length == 0 || a[0] == PyNone.INSTANCE) return s;
            return roundInt((PyInt) s, Ops.index(a[0]));
        });
        t.method0("bit_length", s -> PyInt.of(((PyInt) s).toBig().abs().bitLength()));
        t.method0("bit_count", s -> PyInt.of(((PyInt) s).toBig().abs().bitCount()));
        t.method0("conjugate", s -> s);
        t.method0("as_integer_ratio", s -> PyTuple.of(s, PyInt.ONE));
        t.getter("real", s -> s);
        t.getter("imag", s -> PyInt.ZERO);
        t.getter("numerator", s -> s);
        t.getter("denominator", s -> PyInt.ONE);
        t.classMethod("from_bytes", (cls, a, k) -> {
            PyObject[] p = Args.parse("from_bytes", a, k, new String[] {"bytes", "byteorder", "signed"}, 1);
            byte[] data;
            if (p[0] instanceof PyBytes b) data = b.data.clone();
            else {
                PyObject[] items = Ops.toArray(p[0]);
                data = new byte[items.length];
                for (int i = 0; i < items.length; i++) data[i] = (byte) Ops.index(items[i]).longValueOr(0);
            }
            boolean little = p[1] instanceof PyStr bo && bo.value().equals("little");
            if (little) for (int i = 0; i < data.length / 2; i++) { byte x = data[i]; data[i] = data[data.length - 1 - i]; data[data.length - 1 - i] = x; }
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            BigInteger v = data.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(data) : new BigInteger(1, data);
            return PyInt.of(v);
        });
        t.method("to_bytes", (s, a, k) -> {
            PyObject[] p = Args.parse("to_bytes", a, k, new String[] {"length", "byteorder", "signed"}, 0);
            int len = p[0] == null ? 1 : Ops.index(p[0]).intValueExact("length");
            boolean little = p[1] instanceof PyStr bo && bo.value().equals("little");
            byte[] raw = ((PyInt) s).toBig().toByteArray();
            byte[] out = new byte[len];
            for (int i = 0; i < len && i < raw.length; i++) out[len - 1 - i] = raw[raw.length - 1 - i];
            if (little) for (int i = 0; i < len / 2; i++) { byte x = out[i]; out[i] = out[len - 1 - i]; out[len - 1 - i] = x; }
            return new PyBytes(out);
        });
    }

    static PyObject roundInt(PyInt v, PyInt nd) {
        if (nd.signum() >= 0) return v;
        BigInteger pow = BigInteger.TEN.pow((int) Math.min(-nd.longValueOr(-400), 400));
        BigInteger[] qr = v.toBig().divideAndRemainder(pow);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) q = q.add(BigInteger.ONE);
        return PyInt.of(q.multiply(pow));
    }

    /** {@code int(x)} for one argument. */
    static PyInt toInt(PyObject x) {
        if (x instanceof PyBool b) return PyInt.of(b.v);
        if (x instanceof PyInt i) return i;
        if (x instanceof PyFloat f) return PyFloat.toInt(f.value);
        if (x instanceof PyStr s) return parse(s.value(), 10);
        if (x instanceof PyBytes b) return parse(new String(b.data, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject r = Ops.callDunder(x, PyStr.intern(name));
            if (r != null) {
                if (!(r instanceof PyInt ri)) {
                    throw Exc.typeError(name + " returned non-int (type " + r.getType().name() + ")");
                }
                return ri;
            }
        }
        throw Exc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.getType().name() + "'");
    }

    /** Parses an int literal as {@code int(s, base)} does. */
    static PyInt parse(String original, int base) {
        int n = original.length();
        if (base == 10 && n > 0 && n < 19) {
            // Fast path: plain decimal digits with an optional sign.
            int i = 0;
            boolean neg = false;
            char c0 = original.charAt(0);
            if (c0 == '-' || c0 == '+') {
                neg = c0 == '-';
                i = 1;
            }
            if (i < n) {
                long v = 0;
                int j = i;
                for (; j < n; j++) {
                    char c = original.charAt(j);
                    if (c < '0' || c > '9') break;
                    v = v * 10 + (c - '0');
                }
                if (j == n) return PyInt.of(neg ? -v : v);
            }
        }
        if (base != 0 && (base < 2 || base > 36)) throw Exc.valueError("int() base must be >= 2 and <= 36, or 0");
        String s = original.strip();
        boolean neg = false;
        if (s.startsWith("+") || s.startsWith("-")) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int b = base;
        String lower = s.toLowerCase();
        if ((b == 0 || b == 16) && lower.startsWith("0x")) { s = s.substring(2); b = 16; if (s.startsWith("_")) s = s.substring(1); }
        else if ((b == 0 || b == 8) && lower.startsWith("0o")) { s = s.substring(2); b = 8; if (s.startsWith("_")) s = s.substring(1); }
        else if ((b == 0 || b == 2) && lower.startsWith("0b")) { s = s.substring(2); b = 2; if (s.startsWith("_")) s = s.substring(1); }
        else if (b == 0) {
            b = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) b = -1;
        }
        boolean ok = b > 0 && !s.isEmpty() && !s.startsWith("_") && !s.endsWith("_") && !s.contains("__");
        if (ok) {
            String digits = s.replace("_", "");
            for (int i = 0; i < digits.length() && ok; i++) {
                int dv = Character.digit(digits.charAt(i), b);
                if (dv < 0) ok = false;
            }
            if (ok) {
                if (digits.length() > 4300 && b == 10) {
                    throw Exc.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                            + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
                }
                BigInteger v = new BigInteger(digits, b);
                return PyInt.of(neg ? v.negate() : v);
            }
        }
        throw Exc.valueError("invalid literal for int() with base " + (base == 0 ? 0 : base) + ": " + PyStr.repr(original));
    }
}
