package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.PyHash;
import dev.coroscope.engine.runtime.text.PythonError;
import java.math.BigInteger;
import java.util.function.Consumer;

/**
 * {@code float}: an IEEE double with CPython's repr, hash and arithmetic corner cases (the
 * {@code runtime.num} algorithms). Instances of user subclasses are {@link Sub}s; arithmetic on
 * them gives plain floats.
 */
public class PyFloat extends PyObject {

    public static final PyType TYPE = PyType.builtin("float", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        FloatType.init(x);
    }});

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    /** An instance of a user subclass of float. */
    static final class Sub extends PyFloat {
        private final PyType type;
        private final PyDict dict;

        Sub(PyType type, double value) {
            super(value);
            this.type = type;
            this.dict = type.instanceDict() ? new PyDict() : null;
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

    /** {@code value} as an instance of {@code cls} (float itself or a user subclass). */
    public static PyFloat ofType(PyType cls, double value) {
        return cls == TYPE ? new PyFloat(value) : new Sub(cls, value);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return Formatting.floatRepr(value);
    }

    @Override
    public PyObject format(String spec) {
        // An empty spec means str(self), which a subclass may override.
        if (spec.isEmpty() && getType().isHeap()) return PyStr.of(Ops.str(this));
        return new PyStr(Formatting.formatFloat(value, spec, getType().name()));
    }

    @Override
    public long hash() {
        return PyHash.hashDouble(value, Double.isNaN(value) ? Ops.identityHash(this) : 0);
    }

    @Override
    public boolean isTrue() {
        return value != 0.0;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat f) {
            double a = value, b = f.value;
            switch (op) {
                case Ops.LT: return PyBool.of(a < b);
                case Ops.LE: return PyBool.of(a <= b);
                case Ops.EQ: return PyBool.of(a == b);
                case Ops.NE: return PyBool.of(a != b);
                case Ops.GT: return PyBool.of(a > b);
                default: return PyBool.of(a >= b);
            }
        }
        if (other instanceof PyInt i) {
            if (Double.isNaN(value)) return PyBool.of(op == Ops.NE);
            return PyBool.of(Ops.cmpResult(compareWithInt(value, i), op));
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Exact comparison of a double with an int (NaN is handled by callers). */
    static int compareWithInt(double d, PyInt i) {
        if (Double.isNaN(d)) return 1;
        if (!i.isBig() && Math.abs(i.v) < (1L << 53)) return d < i.v ? -1 : d > i.v ? 1 : 0;
        return -FloatOps.compare(i.toBig(), d);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        return Double.NaN;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        double b;
        if (other instanceof PyFloat f) b = f.value;
        else if (other instanceof PyInt i) b = i.toDouble();
        else return PyNotImplemented.INSTANCE;
        return arith(op, value, b);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        double a;
        if (other instanceof PyFloat f) a = f.value;
        else if (other instanceof PyInt i) a = i.toDouble();
        else return PyNotImplemented.INSTANCE;
        return arith(op, a, value);
    }

    public static PyObject arith(int op, double a, double b) {
        try {
            switch (op) {
                case Ops.ADD: return new PyFloat(a + b);
                case Ops.SUB: return new PyFloat(a - b);
                case Ops.MUL: return new PyFloat(a * b);
                case Ops.TRUEDIV: return new PyFloat(FloatOps.trueDiv(a, b));
                case Ops.FLOORDIV: return new PyFloat(FloatOps.floorDiv(a, b));
                case Ops.MOD: return new PyFloat(FloatOps.mod(a, b));
                case Ops.POW: return pow(a, b);
                default: return PyNotImplemented.INSTANCE;
            }
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    static PyObject pow(double a, double b) {
        if (FloatOps.powIsComplex(a, b)) {
            double[] c = FloatOps.complexPowOfNegative(a, b);
            return new PyComplex(c[0], c[1]);
        }
        return new PyFloat(FloatOps.pow(a, b));
    }

    @Override
    public PyObject unaryOp(int op) {
        switch (op) {
            case Ops.NEG: return new PyFloat(-value);
            case Ops.POS: return this;
            default: return null;
        }
    }

    /** {@code int(x)} of a float: truncation toward zero. */
    public static PyInt toInt(double d) {
        if (Math.abs(d) < 9.2e18) return PyInt.of((long) d);
        try {
            return PyInt.of(FloatOps.toInt(d));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    /** Python's {@code round(x)} for floats: half to even, result int. */
    public static PyInt roundToInt(double d) {
        try {
            return PyInt.of(FloatOps.roundToInt(d));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }
}
