package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.FloatRepr;
import dev.coroscope.engine.runtime.num.PyHash;
import dev.coroscope.engine.runtime.num.PyMath;
import dev.coroscope.engine.runtime.text.PythonError;
import java.util.function.Consumer;

/**
 * {@code complex}: a pair of doubles with CPython's arithmetic ({@code _Py_c_quot},
 * {@code _Py_c_pow} with repeated multiplication for small integer exponents), repr, hash and
 * equality with ints and floats. Complex numbers are not ordered. They appear in teaching programs
 * mostly by accident ({@code (-8) ** 0.5}), so the surface is the core one: literals,
 * {@code complex(...)}, arithmetic, {@code abs}, {@code real}/{@code imag}/{@code conjugate()}.
 */
public final class PyComplex extends PyObject {

    public static final PyType TYPE = PyType.builtin("complex", null, false, new Consumer<PyType>() { public void accept(PyType x) {
        PyComplex.init(x);
    }});

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private static void init(PyType t) {
        t.setNew((cls, args, kw) -> {
            PyObject[] a = Args.parse("complex", args, kw, new String[] {"real", "imag"}, 0);
            if (a[0] == null && a[1] == null) return new PyComplex(0, 0);
            if (a[0] instanceof PyStr s) {
                if (a[1] != null) throw Exc.typeError("complex() can't take second arg if first is a string");
                return parse(s.value());
            }
            if (a[1] instanceof PyStr) throw Exc.typeError("complex() second arg can't be a string");
            double[] r = a[0] == null ? new double[] {0, 0} : parts(a[0], "complex() first argument");
            double[] i = a[1] == null ? new double[] {0, 0} : parts(a[1], "complex() second argument");
            if (a[1] == null && a[0] instanceof PyComplex c) return c;
            // CPython's order of corrections, so signed zeros survive: complex(0, -0.0) is -0j.
            double re = r[0], im = a[1] == null ? r[1] : i[0];
            if (a[1] instanceof PyComplex) re -= i[1];
            if (a[0] instanceof PyComplex && a[1] != null) im += r[1];
            return new PyComplex(re, im);
        });
        Slots.repr(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.bool(t);
        Slots.format(t);
        Slots.binary(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.POW);
        Slots.unary(t, Ops.NEG, Ops.POS);
        t.method0("__abs__", s -> new PyFloat(((PyComplex) s).abs()));
        t.method0("conjugate", s -> new PyComplex(((PyComplex) s).real, -((PyComplex) s).imag));
        t.method0("__getnewargs__", s -> PyTuple.of(new PyFloat(((PyComplex) s).real), new PyFloat(((PyComplex) s).imag)));
        t.member("real", s -> new PyFloat(((PyComplex) s).real));
        t.member("imag", s -> new PyFloat(((PyComplex) s).imag));
    }

    /** {real, imag} of a number argument of {@code complex()}. */
    private static double[] parts(PyObject o, String what) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0};
        if (o instanceof PyInt i) return new double[] {i.toDouble(), 0};
        PyObject r = Ops.callDunder(o, PyStr.intern("__complex__"));
        if (r instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (r != null) throw Exc.typeError("__complex__ returned non-complex (type " + r.getType().tpName() + ")");
        PyObject f = Ops.callDunder(o, PyStr.intern("__float__"));
        if (f instanceof PyFloat ff) return new double[] {ff.value, 0};
        PyInt idx = Ops.indexOrNull(o);
        if (idx != null) return new double[] {idx.toDouble(), 0};
        throw Exc.typeError(what + " must be a string or a number, not '" + o.getType().tpName() + "'");
    }

    /** {@code complex("1+2j")}. */
    static PyComplex parse(String original) {
        String s = original.strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        String err = "complex() arg is a malformed string";
        if (s.isEmpty()) throw Exc.valueError(err);
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                // The imaginary part starts at the last sign that does not follow an exponent marker.
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') {
                        split = i;
                        break;
                    }
                }
                double re = 0;
                String im = body;
                if (split > 0) {
                    re = dev.coroscope.engine.runtime.num.NumParse.parseFloat(body.substring(0, split));
                    im = body.substring(split);
                }
                double iv;
                if (im.isEmpty() || im.equals("+")) iv = 1;
                else if (im.equals("-")) iv = -1;
                else iv = dev.coroscope.engine.runtime.num.NumParse.parseFloat(im);
                if (im.contains(" ") || (split > 0 && body.substring(0, split).contains(" "))) throw Exc.valueError(err);
                return new PyComplex(re, iv);
            }
            if (s.contains(" ")) throw Exc.valueError(err);
            return new PyComplex(dev.coroscope.engine.runtime.num.NumParse.parseFloat(s), 0);
        } catch (PythonError e) {
            throw Exc.valueError(err);
        }
    }

    double abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(real) || Double.isNaN(imag)) return Double.NaN;
        double r = PyMath.hypot(new double[] {real, imag});
        if (Double.isInfinite(r)) throw Exc.overflowError("absolute value too large");
        return r;
    }

    @Override
    public String repr() {
        return FloatRepr.complexRepr(real, imag);
    }

    @Override
    public PyObject format(String spec) {
        if (spec.isEmpty()) return PyStr.of(Ops.str(this));
        try {
            return PyStr.of(dev.coroscope.engine.runtime.text.SpecFormatter.formatComplex(real, imag, spec, "complex"));
        } catch (dev.coroscope.engine.runtime.text.PythonError e) {
            throw Exc.from(e);
        }
    }

    @Override
    public long hash() {
        long hr = PyHash.hashDouble(real, Ops.identityHash(this));
        long hi = PyHash.hashDouble(imag, Ops.identityHash(this));
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    @Override
    public boolean isTrue() {
        return real != 0 || imag != 0;
    }

    /** The operand as {re, im}, or null when it is not a number complex arithmetic accepts. */
    private static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) return new double[] {c.real, c.imag};
        if (o instanceof PyFloat f) return new double[] {f.value, 0};
        if (o instanceof PyInt i) return new double[] {i.toDouble(), 0};
        return null;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return PyNotImplemented.INSTANCE;
        boolean eq;
        if (other instanceof PyComplex c) eq = real == c.real && imag == c.imag;
        else if (other instanceof PyFloat f) eq = imag == 0 && real == f.value;
        else if (other instanceof PyInt i) eq = imag == 0 && !Double.isNaN(real) && PyFloat.compareWithInt(real, i) == 0;
        else return PyNotImplemented.INSTANCE;
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        double[] b = operand(other);
        if (b == null) return PyNotImplemented.INSTANCE;
        return arith(op, real, imag, b[0], b[1]);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        double[] a = operand(other);
        if (a == null) return PyNotImplemented.INSTANCE;
        return arith(op, a[0], a[1], real, imag);
    }

    @Override
    public PyObject unaryOp(int op) {
        return switch (op) {
            case Ops.NEG -> new PyComplex(-real, -imag);
            case Ops.POS -> this;
            default -> null;
        };
    }

    private static PyObject arith(int op, double ar, double ai, double br, double bi) {
        switch (op) {
            case Ops.ADD: return new PyComplex(ar + br, ai + bi);
            case Ops.SUB: return new PyComplex(ar - br, ai - bi);
            case Ops.MUL: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case Ops.TRUEDIV: return quot(ar, ai, br, bi);
            case Ops.POW: return pow(ar, ai, br, bi);
            default: return PyNotImplemented.INSTANCE;
        }
    }

    /** Smith's algorithm, as CPython's {@code _Py_c_quot}. */
    private static PyComplex quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br), absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) throw Exc.zeroDivision("complex division by zero");
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex pow(double ar, double ai, double br, double bi) {
        try {
            return powUnchecked(ar, ai, br, bi);
        } catch (PythonError e) {
            throw Exc.overflowError("complex exponentiation");
        }
    }

    private static PyComplex powUnchecked(double ar, double ai, double br, double bi) {
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            int n = (int) br;
            PyComplex r = powi(ar, ai, Math.abs(n));
            if (n < 0) r = quot(1, 0, r.real, r.imag);
            return check(r);
        }
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) throw Exc.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        double vabs = PyMath.hypot(new double[] {ar, ai});
        double len = PyMath.pow(vabs, br);
        double at = PyMath.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= PyMath.exp(at * bi);
            phase += bi * PyMath.log(vabs);
        }
        return check(new PyComplex(len * PyMath.cos(phase), len * PyMath.sin(phase)));
    }

    private static PyComplex powi(double ar, double ai, int n) {
        double rr = 1, ri = 0, xr = ar, xi = ai;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            mask <<= 1;
            double t = xr * xr - xi * xi;
            xi = 2 * xr * xi;
            xr = t;
        }
        return new PyComplex(rr, ri);
    }

    private static PyComplex check(PyComplex c) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) throw Exc.overflowError("complex exponentiation");
        return c;
    }
}
