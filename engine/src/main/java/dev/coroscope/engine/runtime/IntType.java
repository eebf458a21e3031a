package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.IntOps;
import dev.coroscope.engine.runtime.num.NumParse;
import dev.coroscope.engine.runtime.text.PythonError;
import java.math.BigInteger;
import java.util.function.Function;

/** {@code int}'s constructor and methods. */
final class IntType {
    private IntType() {}

    static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            // int(x) and int() (defaultdict(int)'s factory), by far the most common calls: no argument parsing.
            if (kw == null && args.length == 1) return PyInt.ofType(cls, toInt(args[0]));
            if (kw == null && args.length == 0) return PyInt.ofType(cls, PyInt.ZERO);
            if (args.length > 2) throw Exc.typeError("int() takes at most 2 arguments (" + args.length + " given)");
            if (kw != null) {
                // int(x, /, base=10) is an Argument Clinic function: its wording for any other keyword.
                for (String k : kw) {
                    if (!k.equals("base")) throw Exc.typeError("'" + k + "' is an invalid keyword argument for int()");
                }
            }
            PyObject[] a = Args.parse("int", args, kw, new String[] {"x", "base"}, 0, 2);
            PyInt r;
            if (a[0] == null) {
                if (a[1] != null) throw Exc.typeError("int() missing string argument");
                r = PyInt.ZERO;
            } else if (a[1] != null) {
                PyInt b = Ops.index(a[1]);
                long base = b.longValueOr(Long.MAX_VALUE);
                if (base != 0 && (base < 2 || base > 36)) throw Exc.valueError("int() base must be >= 2 and <= 36, or 0");
                if (a[0] instanceof PyStr s) r = parse(s.value(), (int) base, null);
                else if (a[0] instanceof PyBytes bs) r = parse(latin1(bs.data), (int) base, bs.repr());
                else if (a[0] instanceof PyByteArray ba) r = parseByteArray(ba, (int) base);
                else throw Exc.typeError("int() can't convert non-string with explicit base");
            } else {
                r = toInt(a[0]);
            }
            return PyInt.ofType(cls, r);
        }});
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.bool(t);
        Slots.format(t);
        Slots.binary(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.FLOORDIV, Ops.MOD, Ops.TRUEDIV, Ops.POW, Ops.LSHIFT,
                Ops.RSHIFT, Ops.AND, Ops.OR, Ops.XOR);
        Slots.unary(t, Ops.NEG, Ops.POS, Ops.INVERT);
        t.method1("__divmod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return o instanceof PyInt b ? divmod((PyInt) s, b) : PyNotImplemented.INSTANCE;
        }});
        t.method1("__rdivmod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return o instanceof PyInt b ? divmod(b, (PyInt) s) : PyNotImplemented.INSTANCE;
        }});
        t.method0("__index__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method0("__int__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method0("__float__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyFloat(((PyInt) s).toDouble());
        }});
        t.method0("__abs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyInt) s).signum() < 0 ? s.unaryOp(Ops.NEG) : plain(s);
        }});
        t.method0("__trunc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method0("__floor__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method0("__ceil__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method("__round__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("int.__round__", k);
            Args.atMost("__round__", a, 1);
            if (a.length == 0 || a[0] == PyNone.INSTANCE) return plain(s);
            return roundInt((PyInt) s, Ops.index(a[0]));
        }});
        t.method0("__getnewargs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyTuple.of(plain(s)); } });
        t.method0("__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(28 + 4 * (((PyInt) s).toBig().abs().bitLength() / 30));
        }});
        t.method0("bit_length", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(IntOps.bitLength(((PyInt) s).toBig()));
        }});
        t.method0("bit_count", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(IntOps.bitCount(((PyInt) s).toBig()));
        }});
        t.method0("conjugate", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.method0("as_integer_ratio", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(plain(s), PyInt.ONE);
        }});
        t.getter("real", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.getter("imag", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyInt.ZERO; } });
        t.getter("numerator", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return IntType.plain(x); } });
        t.getter("denominator", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyInt.ONE; } });
        t.classMethod("from_bytes", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("from_bytes", a, k, new String[] {"bytes", "byteorder", "signed"}, 1, 2);
            byte[] data;
            PyType given = p[0].getType();
            if (p[0] instanceof PyBytes b) {
                data = b.data;
            } else if (p[0] instanceof PyStr || (given.lookup(PyStr.intern("__iter__")) == null
                    && given.lookup(PyStr.intern("__getitem__")) == null && !(p[0] instanceof PyMemoryView))) {
                // CPython converts with bytes(x): a str, or an object that is not iterable, is refused
                throw Exc.typeError("cannot convert '" + given.tpName() + "' object to bytes");
            } else {
                PyObject[] items = Ops.toArray(p[0]);
                data = new byte[items.length];
                for (int i = 0; i < items.length; i++) {
                    long v = Ops.index(items[i]).longValueOr(-1);
                    if (v < 0 || v > 255) throw Exc.valueError("bytes must be in range(0, 256)");
                    data[i] = (byte) v;
                }
            }
            boolean big = byteOrder(p[1]);
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            PyInt r = PyInt.of(IntOps.fromBytes(data, big, signed));
            PyType c = (PyType) cls;
            return c == PyInt.TYPE ? r : Ops.call(c, r);
        }});
        t.method("to_bytes", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("to_bytes", a, k, new String[] {"length", "byteorder", "signed"}, 0, 2);
            long len = p[0] == null ? 1 : Ops.index(p[0]).longValueOr(Long.MAX_VALUE);
            boolean big = byteOrder(p[1]);
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            try {
                return new PyBytes(IntOps.toBytes(((PyInt) s).toBig(), len, big, signed));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
        }});
    }

    /** The value as a plain int (what int's methods return for subclass instances). */
    static PyObject plain(PyObject s) {
        PyInt i = (PyInt) s;
        if (s.getClass() == PyInt.class) return s;
        return i.isBig() ? PyInt.of(i.toBig()) : PyInt.of(i.v);
    }

    private static boolean byteOrder(PyObject o) {
        if (o == null) return true;
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError("to_bytes() argument 'byteorder' must be str, not " + o.getType().tpName());
        }
        if (s.value().equals("big")) return true;
        if (s.value().equals("little")) return false;
        throw Exc.valueError("byteorder must be either 'little' or 'big'");
    }

    static PyObject divmod(PyInt a, PyInt b) {
        if (!a.isBig() && !b.isBig() && b.v != 0 && !(a.v == Long.MIN_VALUE && b.v == -1)) {
            return PyTuple.of(PyInt.of(Math.floorDiv(a.v, b.v)), PyInt.of(Math.floorMod(a.v, b.v)));
        }
        IntMath.chargeWork(IntMath.divisionCost(a, b));
        try {
            BigInteger[] qr = IntOps.divmod(a.toBig(), b.toBig());
            return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    static String latin1(byte[] b) {
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static PyObject roundInt(PyInt v, PyInt nd) {
        if (nd.signum() >= 0) return plain(v);
        return PyInt.of(IntOps.round(v.toBig(), nd.toBig()));
    }

    /** A bytearray parses as its bytes; CPython's error shows them as a bytes literal. */
    private static PyInt parseByteArray(PyByteArray ba, int base) {
        PyBytes b = new PyBytes(ba.toBytes());
        return parse(latin1(b.data), base, b.repr());
    }

    /** {@code int(x)} for one argument (CPython's PyNumber_Long). */
    static PyInt toInt(PyObject x) {
        if (x.getClass() == PyInt.class) return (PyInt) x;
        if (x instanceof PyBool b) return PyInt.of(b.v);
        if (x instanceof PyFloat f && !x.getType().isHeap()) return PyFloat.toInt(f.value);
        if (x instanceof PyStr s) return parse(s.value(), 10, null);
        if (x instanceof PyBytes b) return parse(latin1(b.data), 10, b.repr());
        if (x instanceof PyByteArray ba) return parseByteArray(ba, 10);
        PyType t = x.getType();
        PyObject f = t.lookup("__int__");
        if (f != null) {
            PyObject r = Ops.callDunderFound(f, x);
            if (!(r instanceof PyInt ri)) throw Exc.typeError("__int__ returned non-int (type " + r.getType().tpName() + ")");
            return ri.getClass() == PyInt.class ? ri : (PyInt) plain(ri);
        }
        PyInt idx = Ops.indexOrNull(x);
        if (idx != null) return idx.getClass() == PyInt.class ? idx : (PyInt) plain(idx);
        f = t.lookup("__trunc__");
        if (f != null) {
            PyObject r = Ops.callDunderFound(f, x);
            if (r instanceof PyInt ri) return ri.getClass() == PyInt.class ? ri : (PyInt) plain(ri);
            PyInt ri = Ops.indexOrNull(r);
            if (ri == null) throw Exc.typeError("__trunc__ returned non-Integral (type " + r.getType().tpName() + ")");
            return ri;
        }
        throw Exc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.tpName() + "'");
    }

    /**
     * The common case of {@code int(s)} without the general parser: up to 18 ASCII digits with an
     * optional sign, surrounded by optional ASCII whitespace (table cells such as {@code "  37"}).
     * Null for anything else (underscores, other digits, errors), which the general parser handles.
     */
    private static PyInt parseShortDecimal(String s) {
        int i = 0, n = s.length();
        while (i < n && isAsciiSpace(s.charAt(i))) i++;
        while (n > i && isAsciiSpace(s.charAt(n - 1))) n--;
        if (i == n) return null;
        boolean neg = false;
        char c0 = s.charAt(i);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i++;
        }
        if (i == n || n - i > 18) return null;
        long v = 0;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') return null;
            v = v * 10 + (c - '0');
        }
        return PyInt.of(neg ? -v : v);
    }

    /** The whitespace int() strips around ASCII digits: space and tab to carriage return (not \x1c-\x1f, as CPython). */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code int(s, base)}; {@code repr} is the argument's repr for messages (null: repr of s). */
    static PyInt parse(String s, int base, String repr) {
        if (base == 10) {
            PyInt r = parseShortDecimal(s);
            if (r != null) return r;
        }
        try {
            return PyInt.of(NumParse.parseInt(s, base, Formatting.maxStrDigits(), repr));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }
}
