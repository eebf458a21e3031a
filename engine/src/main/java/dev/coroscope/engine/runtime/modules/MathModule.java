package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/** {@code math}. */
public final class MathModule {
    private MathModule() {}

    static double d(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject r = Ops.callDunder(o, PyStr.intern("__float__"));
        if (r instanceof PyFloat f) return f.value;
        PyInt idx = Ops.indexOrNull(o);
        if (idx != null) return idx.toDouble();
        throw Exc.typeError("must be real number, not " + o.getType().name());
    }

    static void unary(PyModule m, String name, DoubleUnaryOperator op, boolean domainCheck) {
        m.put(name, new PyBuiltinFunction(name, (a, k) -> {
            if (a.length != 1) throw Exc.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
            double x = d(a[0]);
            double r = op.applyAsDouble(x);
            if (domainCheck && Double.isNaN(r) && !Double.isNaN(x)) throw Exc.valueError("math domain error");
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw Exc.overflowError("math range error");
            return new PyFloat(r);
        }).inModule("math"));
    }

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("math");
    }

    public static void init(Interp in, PyModule m) {
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        m.put("sqrt", fn("sqrt", (a, k) -> {
            double x = d(a[0]);
            if (x < 0) throw Exc.valueError("math domain error");
            return new PyFloat(Math.sqrt(x));
        }));
        unary(m, "exp", Math::exp, false);
        unary(m, "sin", Math::sin, true);
        unary(m, "cos", Math::cos, true);
        unary(m, "tan", Math::tan, true);
        unary(m, "asin", Math::asin, true);
        unary(m, "acos", Math::acos, true);
        unary(m, "atan", Math::atan, true);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", Math::tanh, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "degrees", Math::toDegrees, false);
        unary(m, "radians", Math::toRadians, false);
        unary(m, "log2", x -> {
            if (x <= 0) throw Exc.valueError("math domain error");
            return Math.log(x) / Math.log(2);
        }, true);
        unary(m, "log10", x -> {
            if (x <= 0) throw Exc.valueError("math domain error");
            return Math.log10(x);
        }, true);
        m.put("log", fn("log", (a, k) -> {
            double x = a[0] instanceof PyInt i && i.isBig() ? bigLog(i.toBig()) : Double.NaN;
            if (Double.isNaN(x)) {
                double v = d(a[0]);
                if (v <= 0) throw Exc.valueError("math domain error");
                x = Math.log(v);
            }
            if (a.length > 1) {
                double b = d(a[1]);
                if (b <= 0 || b == 1) throw Exc.valueError("math domain error");
                return new PyFloat(x / Math.log(b));
            }
            return new PyFloat(x);
        }));
        m.put("pow", fn("pow", (a, k) -> new PyFloat(Math.pow(d(a[0]), d(a[1])))));
        m.put("atan2", fn("atan2", (a, k) -> new PyFloat(Math.atan2(d(a[0]), d(a[1])))));
        m.put("hypot", fn("hypot", (a, k) -> {
            double s = 0;
            for (PyObject o : a) s += d(o) * d(o);
            return new PyFloat(Math.sqrt(s));
        }));
        m.put("copysign", fn("copysign", (a, k) -> new PyFloat(Math.copySign(d(a[0]), d(a[1])))));
        m.put("floor", fn("floor", (a, k) -> {
            if (a[0] instanceof PyInt i) return PyInt.of(i.toBig());
            PyObject r = a[0] instanceof PyFloat ? null : Ops.callDunder(a[0], PyStr.intern("__floor__"));
            if (r != null) return r;
            return PyFloat.toInt(Math.floor(d(a[0])));
        }));
        m.put("ceil", fn("ceil", (a, k) -> {
            if (a[0] instanceof PyInt i) return PyInt.of(i.toBig());
            PyObject r = a[0] instanceof PyFloat ? null : Ops.callDunder(a[0], PyStr.intern("__ceil__"));
            if (r != null) return r;
            return PyFloat.toInt(Math.ceil(d(a[0])));
        }));
        m.put("trunc", fn("trunc", (a, k) -> {
            if (a[0] instanceof PyInt i) return PyInt.of(i.toBig());
            return PyFloat.toInt(d(a[0]));
        }));
        m.put("isnan", fn("isnan", (a, k) -> PyBool.of(Double.isNaN(d(a[0])))));
        m.put("isinf", fn("isinf", (a, k) -> PyBool.of(Double.isInfinite(d(a[0])))));
        m.put("isfinite", fn("isfinite", (a, k) -> PyBool.of(Double.isFinite(d(a[0])))));
        m.put("isclose", fn("isclose", (a, k) -> {
            PyObject[] p = Args.parse("isclose", a, k, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = d(p[0]), y = d(p[1]);
            double rel = p[2] == null ? 1e-9 : d(p[2]), abs = p[3] == null ? 0.0 : d(p[3]);
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        }));
        m.put("factorial", fn("factorial", (a, k) -> {
            if (!(a[0] instanceof PyInt n)) throw Exc.typeError("'" + a[0].getType().name() + "' object cannot be interpreted as an integer");
            if (n.signum() < 0) throw Exc.valueError("factorial() not defined for negative values");
            long nv = n.longValueOr(Long.MAX_VALUE);
            if (nv > 100_000) throw Exc.memoryError();
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= nv; i++) r = r.multiply(BigInteger.valueOf(i));
            return PyInt.of(r);
        }));
        m.put("gcd", fn("gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) g = g.gcd(Ops.index(o).toBig());
            return PyInt.of(g);
        }));
        m.put("lcm", fn("lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger x = Ops.index(o).toBig().abs();
                if (x.signum() == 0) return PyInt.ZERO;
                l = l.divide(l.gcd(x)).multiply(x);
            }
            return PyInt.of(l);
        }));
        m.put("isqrt", fn("isqrt", (a, k) -> {
            BigInteger x = Ops.index(a[0]).toBig();
            if (x.signum() < 0) throw Exc.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(x.sqrt());
        }));
        m.put("comb", fn("comb", (a, k) -> {
            long n = Ops.index(a[0]).longValueOr(-1), r = Ops.index(a[1]).longValueOr(-1);
            if (n < 0 || r < 0) throw Exc.valueError("n must be a non-negative integer");
            if (r > n) return PyInt.ZERO;
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < Math.min(r, n - r); i++) {
                res = res.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.of(res);
        }));
        m.put("perm", fn("perm", (a, k) -> {
            long n = Ops.index(a[0]).longValueOr(-1);
            long r = a.length > 1 && a[1] != PyNone.INSTANCE ? Ops.index(a[1]).longValueOr(-1) : n;
            if (r > n) return PyInt.ZERO;
            BigInteger res = BigInteger.ONE;
            for (long i = 0; i < r; i++) res = res.multiply(BigInteger.valueOf(n - i));
            return PyInt.of(res);
        }));
        m.put("prod", fn("prod", (a, k) -> {
            PyObject[] p = Args.parse("prod", a, k, new String[] {"iterable", "start"}, 1, 1);
            PyObject[] acc = {p[1] == null ? PyInt.ONE : p[1]};
            Ops.forEach(p[0], x -> acc[0] = Ops.binaryOp(acc[0], x, Ops.MUL));
            return acc[0];
        }));
        m.put("fsum", fn("fsum", (a, k) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (PyObject o : Ops.toList(a[0])) s = s.add(new java.math.BigDecimal(d(o)));
            return new PyFloat(s.doubleValue());
        }));
        m.put("modf", fn("modf", (a, k) -> {
            double x = d(a[0]);
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(new PyFloat(x - ip), new PyFloat(ip));
        }));
        m.put("dist", fn("dist", (a, k) -> {
            PyObject[] p = Ops.toArray(a[0]), q = Ops.toArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.length; i++) s += (d(p[i]) - d(q[i])) * (d(p[i]) - d(q[i]));
            return new PyFloat(Math.sqrt(s));
        }));
    }

    private static double bigLog(BigInteger b) {
        if (b.signum() <= 0) throw Exc.valueError("math domain error");
        int shift = b.bitLength() - 60;
        return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }
}
