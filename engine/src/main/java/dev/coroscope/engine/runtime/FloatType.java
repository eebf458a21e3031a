package dev.coroscope.engine.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code float}'s constructor and methods. */
final class FloatType {
    private FloatType() {}

    static void init(PyType t) {
        t.setNew((cls, args, kw) -> {
            Args.noKeywords("float", kw);
            Args.atMost("float", args, 1);
            if (cls != PyFloat.TYPE) throw Exc.typeError("subclassing float is not supported yet");
            if (args.length == 0) return new PyFloat(0.0);
            return toFloat(args[0]);
        });
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.bool(t);
        Slots.format(t);
        Slots.binary(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.FLOORDIV, Ops.MOD, Ops.TRUEDIV, Ops.POW);
        Slots.unary(t, Ops.NEG, Ops.POS);
        t.method0("__float__", s -> s);
        t.method0("__int__", s -> PyFloat.toInt(((PyFloat) s).value));
        t.method0("__trunc__", s -> PyFloat.toInt(((PyFloat) s).value));
        t.method0("__floor__", s -> PyFloat.toInt(Math.floor(((PyFloat) s).value)));
        t.method0("__ceil__", s -> PyFloat.toInt(Math.ceil(((PyFloat) s).value)));
        t.method0("__abs__", s -> new PyFloat(Math.abs(((PyFloat) s).value)));
        t.method("__round__", (s, a, k) -> round(((PyFloat) s).value, a.length == 0 ? PyNone.INSTANCE : a[0]));
        t.method0("is_integer", s -> {
            double d = ((PyFloat) s).value;
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method0("as_integer_ratio", s -> {
            double d = ((PyFloat) s).value;
            if (Double.isInfinite(d)) throw Exc.overflowError("cannot convert Infinity to integer ratio");
            if (Double.isNaN(d)) throw Exc.valueError("cannot convert NaN to integer ratio");
            var r = PyFloat.ratio(d);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        t.method0("conjugate", s -> s);
        t.getter("real", s -> s);
        t.getter("imag", s -> new PyFloat(0.0));
        t.method0("hex", s -> PyStr.of(Double.toHexString(((PyFloat) s).value)));
    }

    static PyObject round(double d, PyObject nd) {
        if (nd == PyNone.INSTANCE) {
            return PyFloat.roundToInt(d);
        }
        long n = Ops.index(nd).longValueOr(1000);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return new PyFloat(d);
        if (n > 330) return new PyFloat(d);
        if (n < -330) return new PyFloat(0.0 * Math.signum(d));
        BigDecimal r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
        double out = r.doubleValue();
        if (out == 0) out = Math.copySign(0.0, d);
        return new PyFloat(out);
    }

    static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) return x.getType() == PyFloat.TYPE ? f : new PyFloat(f.value);
        if (x instanceof PyInt i) return new PyFloat(i.toDouble());
        if (x instanceof PyStr s) return new PyFloat(parse(s.value()));
        PyObject r = Ops.callDunder(x, PyStr.intern("__float__"));
        if (r != null) {
            if (!(r instanceof PyFloat rf)) throw Exc.typeError(x.getType().name() + ".__float__ returned non-float (type " + r.getType().name() + ")");
            return rf;
        }
        PyInt idx = Ops.indexOrNull(x);
        if (idx != null) return new PyFloat(idx.toDouble());
        throw Exc.typeError("float() argument must be a string or a real number, not '" + x.getType().name() + "'");
    }

    static double parse(String original) {
        String s = original.strip();
        String l = s.toLowerCase();
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        double sign = l.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        boolean ok = !s.isEmpty() && s.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?");
        if (ok) {
            try {
                return Double.parseDouble(s.replace("_", ""));
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        throw Exc.valueError("could not convert string to float: " + PyStr.repr(original));
    }
}
