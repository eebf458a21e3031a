package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.NumParse;
import dev.coroscope.engine.runtime.text.PythonError;
import java.math.BigInteger;
import java.util.function.Function;

/** {@code float}'s constructor and methods, on the {@code runtime.num} algorithms. */
final class FloatType {
    private FloatType() {}

    static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls == PyFloat.TYPE) Args.noKeywords("float", kw);
            Args.atMost("float", args, 1);
            // float(f) of an exact float is f itself, as in CPython.
            if (cls == PyFloat.TYPE && args.length == 1 && args[0].getClass() == PyFloat.class) return args[0];
            double v = args.length == 0 ? 0.0 : toFloat(args[0]).value;
            return PyFloat.ofType(cls, v);
        }});
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.bool(t);
        Slots.format(t);
        Slots.binary(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.FLOORDIV, Ops.MOD, Ops.TRUEDIV, Ops.POW);
        Slots.unary(t, Ops.NEG, Ops.POS);
        t.method1("__divmod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return divmod(s, o, false);
        }});
        t.method1("__rdivmod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return divmod(s, o, true);
        }});
        t.method0("__float__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return s.getClass() == PyFloat.class ? s : new PyFloat(v(s));
        }});
        t.method0("__int__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyFloat.toInt(v(s)); } });
        t.method0("__trunc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyFloat.toInt(v(s)); } });
        t.method0("__floor__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return big(new FloatType.BigSupplier() { public BigInteger get() { return FloatOps.floor(v(s)); } });
        }});
        t.method0("__ceil__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return big(new FloatType.BigSupplier() { public BigInteger get() { return FloatOps.ceil(v(s)); } });
        }});
        t.method0("__abs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return new PyFloat(Math.abs(v(s))); } });
        t.method("__round__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("float.__round__", k);
            Args.atMost("__round__", a, 1);
            return round(v(s), a.length == 0 ? PyNone.INSTANCE : a[0]);
        }});
        t.method0("__getnewargs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(new PyFloat(v(s)));
        }});
        t.method0("is_integer", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(FloatOps.isInteger(v(s)));
        }});
        t.method0("as_integer_ratio", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            BigInteger[] r;
            try {
                r = FloatOps.asIntegerRatio(v(s));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        }});
        t.method0("conjugate", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return new PyFloat(v(s)); } });
        t.getter("real", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return s.getClass() == PyFloat.class ? s : new PyFloat(v(s)); } });
        t.getter("imag", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return new PyFloat(0.0); } });
        t.method0("hex", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyStr.of(FloatOps.hex(v(s))); } });
        t.classMethod("__getformat__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            Args.noKeywords("float.__getformat__", k);
            Args.exactly("__getformat__", a, 1);
            if (!(a[0] instanceof PyStr s)) throw Exc.typeError("__getformat__() argument must be str, not " + a[0].getType().tpName());
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw Exc.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        }});
        t.classMethod("fromhex", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            Args.noKeywords("float.fromhex", k);
            Args.exactly("fromhex", a, 1);
            if (!(a[0] instanceof PyStr str)) {
                throw Exc.typeError("fromhex() argument must be str, not " + a[0].getType().tpName());
            }
            double d;
            try {
                d = FloatOps.fromHex(str.value());
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            PyType c = (PyType) cls;
            return c == PyFloat.TYPE ? new PyFloat(d) : Ops.call(c, new PyFloat(d));
        }});
    }

    private static double v(PyObject s) {
        return ((PyFloat) s).value;
    }

    private interface BigSupplier {
        BigInteger get();
    }

    private static PyObject big(BigSupplier f) {
        try {
            return PyInt.of(f.get());
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    private static PyObject divmod(PyObject self, PyObject other, boolean reflected) {
        double b;
        if (other instanceof PyFloat f) b = f.value;
        else if (other instanceof PyInt i) b = i.toDouble();
        else return PyNotImplemented.INSTANCE;
        double a = v(self);
        double[] qr;
        try {
            qr = reflected ? FloatOps.divmod(b, a) : FloatOps.divmod(a, b);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
        return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
    }

    /** {@code round(x, ndigits)} for a float; ndigits None gives an int. */
    static PyObject round(double d, PyObject nd) {
        if (nd == PyNone.INSTANCE) return PyFloat.roundToInt(d);
        PyInt n = Ops.index(nd);
        long digits = n.isBig() ? (n.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.v;
        try {
            return new PyFloat(FloatOps.round(d, digits));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    /** {@code float(x)} for one argument (CPython's PyNumber_Float), a plain float. */
    static PyFloat toFloat(PyObject x) {
        if (x.getClass() == PyFloat.class) return (PyFloat) x;
        if (x instanceof PyStr s) return new PyFloat(parse(s.value(), null));
        if (x instanceof PyBytes b) return new PyFloat(parse(IntType.latin1(b.data), b.repr()));
        if (x instanceof PyByteArray ba) return new PyFloat(parse(IntType.latin1(ba.toBytes()), ba.repr()));
        PyType t = x.getType();
        PyObject f = t.lookup("__float__");
        if (f != null) {
            PyObject r = Ops.callDunderFound(f, x);
            if (!(r instanceof PyFloat rf)) {
                throw Exc.typeError(t.name() + ".__float__ returned non-float (type " + r.getType().tpName() + ")");
            }
            return rf.getClass() == PyFloat.class ? rf : new PyFloat(rf.value);
        }
        PyInt idx = Ops.indexOrNull(x);
        if (idx != null) return new PyFloat(idx.toDouble());
        throw Exc.typeError("float() argument must be a string or a real number, not '" + t.tpName() + "'");
    }

    /** A float argument of a built-in (PyFloat_AsDouble): float, int, or __float__/__index__. */
    static double asDouble(PyObject x) {
        if (x instanceof PyFloat f) return f.value;
        if (x instanceof PyInt i) return i.toDouble();
        PyType t = x.getType();
        PyObject f = t.lookup("__float__");
        if (f != null) {
            PyObject r = Ops.callDunderFound(f, x);
            if (!(r instanceof PyFloat rf)) {
                throw Exc.typeError(t.name() + ".__float__ returned non-float (type " + r.getType().tpName() + ")");
            }
            return rf.value;
        }
        PyInt idx = Ops.indexOrNull(x);
        if (idx != null) return idx.toDouble();
        throw Exc.typeError("must be real number, not " + t.name());
    }

    static double parse(String s, String repr) {
        try {
            return NumParse.parseFloat(s, repr);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }
}
