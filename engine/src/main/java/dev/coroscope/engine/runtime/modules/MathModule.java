package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.PyMath;
import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.vm.Interp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math}: argument conversion and CPython's calling conventions around {@link PyMath}
 * (correctly rounded elementary functions, CPython's special values and error messages). The
 * inverse hyperbolic functions, {@code erf}/{@code erfc} and {@code gamma}/{@code lgamma} are
 * computed here by standard formulas and may differ from glibc in the last bit.
 */
public final class MathModule {
    private MathModule() {}

    /** A float argument (PyFloat_AsDouble): float, int, {@code __float__} or {@code __index__}. */
    static double d(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyType t = o.getType();
        PyObject fl = t.lookup("__float__");
        if (fl != null) {
            PyObject r = Ops.callDunderFound(fl, o);
            if (!(r instanceof PyFloat f)) {
                throw Exc.typeError(t.name() + ".__float__ returned non-float (type " + r.getType().tpName() + ")");
            }
            return f.value;
        }
        PyInt idx = Ops.indexOrNull(o);
        if (idx != null) return idx.toDouble();
        throw Exc.typeError("must be real number, not " + t.name());
    }

    private interface Body {
        PyObject run();
    }

    private static PyObject guard(Body b) {
        try {
            return b.run();
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("math");
    }

    private static void one(String name, PyObject[] a, String[] k) {
        Args.noKeywords("math." + name, k);
        if (a.length != 1) throw Exc.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
    }

    private static void two(String name, PyObject[] a, String[] k) {
        Args.noKeywords("math." + name, k);
        if (a.length != 2) throw Exc.typeError(name + " expected 2 arguments, got " + a.length);
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator op) {
        m.put(name, fn(name, (a, k) -> {
            one(name, a, k);
            double x = d(a[0]);
            return guard(() -> new PyFloat(op.applyAsDouble(x)));
        }));
    }

    private interface Binary {
        double apply(double x, double y);
    }

    private static void binary(PyModule m, String name, Binary op) {
        m.put(name, fn(name, (a, k) -> {
            two(name, a, k);
            double x = d(a[0]), y = d(a[1]);
            return guard(() -> new PyFloat(op.apply(x, y)));
        }));
    }

    /** math_1 for the functions computed here: NaN from a number is a domain error, infinity a range error. */
    private static double checked(double x, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw new PythonError("ValueError", "math domain error");
        if (Double.isInfinite(r) && Double.isFinite(x)) throw new PythonError("OverflowError", "math range error");
        return r;
    }

    public static void init(Interp in, PyModule m) {
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        unary(m, "sqrt", PyMath::sqrt);
        unary(m, "exp", PyMath::exp);
        unary(m, "exp2", PyMath::exp2);
        unary(m, "expm1", PyMath::expm1);
        unary(m, "sin", PyMath::sin);
        unary(m, "cos", PyMath::cos);
        unary(m, "tan", PyMath::tan);
        unary(m, "asin", PyMath::asin);
        unary(m, "acos", PyMath::acos);
        unary(m, "atan", PyMath::atan);
        unary(m, "sinh", PyMath::sinh);
        unary(m, "cosh", PyMath::cosh);
        unary(m, "tanh", PyMath::tanh);
        unary(m, "asinh", MathModule::asinh);
        unary(m, "acosh", x -> checked(x, acosh(x)));
        unary(m, "atanh", x -> {
            if (Math.abs(x) >= 1) throw new PythonError("ValueError", "math domain error");
            return atanh(x);
        });
        unary(m, "cbrt", PyMath::cbrt);
        unary(m, "fabs", PyMath::fabs);
        unary(m, "degrees", PyMath::degrees);
        unary(m, "radians", PyMath::radians);
        unary(m, "log1p", PyMath::log1p);
        unary(m, "erf", MathModule::erf);
        unary(m, "erfc", MathModule::erfc);
        unary(m, "gamma", MathModule::gamma);
        unary(m, "lgamma", MathModule::lgamma);
        unary(m, "ulp", PyMath::ulp);
        binary(m, "pow", PyMath::pow);
        binary(m, "atan2", PyMath::atan2);
        binary(m, "copysign", PyMath::copysign);
        binary(m, "fmod", PyMath::fmod);
        binary(m, "remainder", MathModule::remainder);
        binary(m, "nextafter", PyMath::nextafter);
        for (String name : new String[] {"log2", "log10"}) {
            m.put(name, fn(name, (a, k) -> {
                one(name, a, k);
                return guard(() -> new PyFloat(logOf(a[0], name)));
            }));
        }
        m.put("log", fn("log", (a, k) -> {
            Args.noKeywords("log", k);
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("log expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + a.length));
            }
            return guard(() -> {
                double x = logOf(a[0], "log");
                if (a.length == 1) return new PyFloat(x);
                double b = logOf(a[1], "log");
                return new PyFloat(PyMath.logWithBase(x, b));
            });
        }));
        m.put("hypot", fn("hypot", (a, k) -> {
            Args.noKeywords("math.hypot", k);
            double[] c = new double[a.length];
            for (int i = 0; i < a.length; i++) c[i] = d(a[i]);
            return guard(() -> new PyFloat(PyMath.hypot(c)));
        }));
        m.put("dist", fn("dist", (a, k) -> {
            two("dist", a, k);
            PyObject[] p = Ops.toArray(a[0]), q = Ops.toArray(a[1]);
            double[] pd = new double[p.length], qd = new double[q.length];
            for (int i = 0; i < p.length; i++) pd[i] = d(p[i]);
            for (int i = 0; i < q.length; i++) qd[i] = d(q[i]);
            return guard(() -> new PyFloat(PyMath.dist(pd, qd)));
        }));
        m.put("floor", fn("floor", (a, k) -> {
            one("floor", a, k);
            return rounding(a[0], "__floor__", true);
        }));
        m.put("ceil", fn("ceil", (a, k) -> {
            one("ceil", a, k);
            return rounding(a[0], "__ceil__", false);
        }));
        m.put("trunc", fn("trunc", (a, k) -> {
            one("trunc", a, k);
            PyObject x = a[0];
            if (x.getClass() == PyFloat.class) return guard(() -> PyInt.of(PyMath.trunc(((PyFloat) x).value)));
            PyObject f = x.getType().lookup("__trunc__");
            if (f == null) throw Exc.typeError("type " + x.getType().tpName() + " doesn't define __trunc__ method");
            return Ops.callDunderFound(f, x);
        }));
        m.put("isnan", fn("isnan", (a, k) -> {
            one("isnan", a, k);
            return PyBool.of(Double.isNaN(d(a[0])));
        }));
        m.put("isinf", fn("isinf", (a, k) -> {
            one("isinf", a, k);
            return PyBool.of(Double.isInfinite(d(a[0])));
        }));
        m.put("isfinite", fn("isfinite", (a, k) -> {
            one("isfinite", a, k);
            return PyBool.of(Double.isFinite(d(a[0])));
        }));
        m.put("isclose", fn("isclose", (a, k) -> {
            PyObject[] p = Args.parse("isclose", a, k, new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = d(p[0]), y = d(p[1]);
            double rel = p[2] == null ? 1e-9 : d(p[2]), abs = p[3] == null ? 0.0 : d(p[3]);
            return guard(() -> PyBool.of(PyMath.isclose(x, y, rel, abs)));
        }));
        m.put("factorial", fn("factorial", (a, k) -> {
            one("factorial", a, k);
            BigInteger n = Ops.index(a[0]).toBig();
            return guard(() -> PyInt.of(PyMath.factorial(n)));
        }));
        m.put("gcd", fn("gcd", (a, k) -> {
            Args.noKeywords("math.gcd", k);
            List<BigInteger> xs = new ArrayList<>();
            for (PyObject o : a) xs.add(Ops.index(o).toBig());
            return PyInt.of(PyMath.gcd(xs));
        }));
        m.put("lcm", fn("lcm", (a, k) -> {
            Args.noKeywords("math.lcm", k);
            List<BigInteger> xs = new ArrayList<>();
            for (PyObject o : a) xs.add(Ops.index(o).toBig());
            return PyInt.of(PyMath.lcm(xs));
        }));
        m.put("isqrt", fn("isqrt", (a, k) -> {
            one("isqrt", a, k);
            BigInteger n = Ops.index(a[0]).toBig();
            return guard(() -> PyInt.of(PyMath.isqrt(n)));
        }));
        m.put("comb", fn("comb", (a, k) -> {
            two("comb", a, k);
            BigInteger n = Ops.index(a[0]).toBig(), r = Ops.index(a[1]).toBig();
            return guard(() -> PyInt.of(PyMath.comb(n, r)));
        }));
        m.put("perm", fn("perm", (a, k) -> {
            Args.noKeywords("math.perm", k);
            if (a.length < 1 || a.length > 2) {
                throw Exc.typeError("perm expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + a.length));
            }
            BigInteger n = Ops.index(a[0]).toBig();
            if (a.length == 1 || a[1] == PyNone.INSTANCE) return guard(() -> PyInt.of(PyMath.factorial(n)));
            BigInteger r = Ops.index(a[1]).toBig();
            return guard(() -> PyInt.of(PyMath.perm(n, r)));
        }));
        m.put("prod", fn("prod", (a, k) -> {
            PyObject[] p = Args.parse("prod", a, k, new String[] {"iterable", "start"}, 1, 1);
            PyObject[] acc = {p[1] == null ? PyInt.ONE : p[1]};
            Ops.forEach(p[0], x -> acc[0] = Ops.binaryOp(acc[0], x, Ops.MUL));
            return acc[0];
        }));
        m.put("fsum", fn("fsum", (a, k) -> {
            one("fsum", a, k);
            List<PyObject> items = Ops.toList(a[0]);
            double[] v = new double[items.size()];
            for (int i = 0; i < v.length; i++) v[i] = d(items.get(i));
            return guard(() -> new PyFloat(PyMath.fsum(v)));
        }));
        m.put("modf", fn("modf", (a, k) -> {
            one("modf", a, k);
            double[] r = PyMath.modf(d(a[0]));
            return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
        }));
        m.put("frexp", fn("frexp", (a, k) -> {
            one("frexp", a, k);
            double[] r = PyMath.frexp(d(a[0]));
            return PyTuple.of(new PyFloat(r[0]), PyInt.of((long) r[1]));
        }));
        m.put("ldexp", fn("ldexp", (a, k) -> {
            two("ldexp", a, k);
            double x = d(a[0]);
            if (!(a[1] instanceof PyInt)) throw Exc.typeError("Expected an int as second argument to ldexp.");
            PyInt i = (PyInt) a[1];
            long e = i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.v;
            return guard(() -> new PyFloat(PyMath.ldexp(x, e)));
        }));
    }

    private static double logOf(PyObject o, String which) {
        if (o instanceof PyInt i && !(o instanceof PyBool) && i.isBig()) {
            return switch (which) {
                case "log2" -> PyMath.log2(i.toBig());
                case "log10" -> PyMath.log10(i.toBig());
                default -> PyMath.log(i.toBig());
            };
        }
        double x = d(o);
        return switch (which) {
            case "log2" -> PyMath.log2(x);
            case "log10" -> PyMath.log10(x);
            default -> PyMath.log(x);
        };
    }

    /** math.floor/ceil: exact floats directly, else {@code __floor__}/{@code __ceil__}, else via float. */
    private static PyObject rounding(PyObject x, String dunder, boolean floor) {
        if (x.getClass() != PyFloat.class) {
            PyObject f = x.getType().lookup(dunder);
            if (f != null) return Ops.callDunderFound(f, x);
        }
        double v = d(x);
        return guard(() -> PyInt.of(floor ? FloatOps.floor(v) : FloatOps.ceil(v)));
    }

    // ---- functions Java's libraries lack -----------------------------------------------------------

    private static final double LN2 = 0.6931471805599453;

    static double asinh(double x) {
        if (!Double.isFinite(x) || x == 0) return x;
        double a = Math.abs(x), r;
        if (a < 0x1p-28) return x;
        if (a > 0x1p28) r = PyMath.log(a) + LN2;
        else if (a > 2) r = PyMath.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        else r = PyMath.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 1) return Double.NaN;
        if (Double.isInfinite(x)) return x;
        if (x >= 0x1p28) return PyMath.log(x) + LN2;
        if (x > 2) return PyMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return PyMath.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x) || x == 0) return x;
        double a = Math.abs(x), r;
        if (a < 0.5) r = 0.5 * PyMath.log1p(2 * a + 2 * a * a / (1 - a));
        else r = 0.5 * PyMath.log1p(2 * a / (1 - a));
        return Math.copySign(r, x);
    }

    static double remainder(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x) || y == 0) throw new PythonError("ValueError", "math domain error");
        if (Double.isInfinite(y)) return x;
        return Math.IEEEremainder(x, y);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a >= 6) return Math.copySign(1.0, x);
        if (a < 2.5) return erfSeries(x);
        return Math.copySign(1.0 - erfcContinued(a), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double a = Math.abs(x);
        if (a < 2.5) return 1.0 - erfSeries(x);
        if (x >= 30) return 0.0;
        if (x <= -6) return 2.0;
        double c = erfcContinued(a);
        return x > 0 ? c : 2.0 - c;
    }

    /** erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1)), summed in long double-like fashion. */
    private static double erfSeries(double x) {
        double x2 = x * x, term = x, sum = x, comp = 0;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            double y = add - comp;
            double t = sum + y;
            comp = (t - sum) - y;
            sum = t;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
        }
        return sum * 1.1283791670955126;
    }

    /** erfc(a) for a >= 2.5 by its continued fraction, evaluated backwards. */
    private static double erfcContinued(double a) {
        double f = 0;
        for (int k = 60; k >= 1; k--) f = k / 2.0 / (a + f);
        return PyMath.exp(-a * a) / (a + f) / 1.7724538509055160;
    }

    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    static double gamma(double x) {
        if (Double.isNaN(x)) return x;
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY || (x <= 0 && x == Math.rint(x))) {
            throw new PythonError("ValueError", "math domain error");
        }
        if (x == Math.rint(x) && x <= 23) {
            double r = 1;
            for (int i = 2; i < (int) x; i++) r *= i;
            return r;
        }
        if (x > 171.7) throw new PythonError("OverflowError", "math range error");
        if (x < 0.5) return Math.PI / (PyMath.sin(Math.PI * x) * gamma(1 - x));
        double z = x - 1, s = LANCZOS[0], t = z + 7.5;
        for (int i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
        return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * PyMath.exp(-t) * s;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x <= 0 && x == Math.rint(x)) throw new PythonError("ValueError", "math domain error");
        if (x == 1 || x == 2) return 0.0;
        if (x < 0.5) return PyMath.log(Math.PI / Math.abs(PyMath.sin(Math.PI * x))) - lgamma(1 - x);
        double z = x - 1, s = LANCZOS[0], t = z + 7.5;
        for (int i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
        double r = 0.5 * PyMath.log(2 * Math.PI) + (z + 0.5) * PyMath.log(t) - t + PyMath.log(s);
        if (Double.isInfinite(r)) throw new PythonError("OverflowError", "math range error");
        return r;
    }
}
