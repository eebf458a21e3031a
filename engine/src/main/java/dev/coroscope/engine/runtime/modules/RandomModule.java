package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;

/**
 * {@code random}. Stand-in generator until the CPython-compatible Mersenne Twister of
 * {@code runtime.num} is wired in: seeded runs are deterministic but differ from CPython's numbers.
 */
public final class RandomModule {
    private RandomModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("random");
    }

    public static void init(Interp in, PyModule m) {
        java.util.Random[] rnd = {new java.util.Random(12345)};
        m.put("seed", fn("seed", (a, k) -> {
            long s = a.length == 0 || a[0] == PyNone.INSTANCE ? 0 : Ops.hash(a[0]);
            rnd[0] = new java.util.Random(s);
            return PyNone.INSTANCE;
        }));
        m.put("random", fn("random", (a, k) -> new PyFloat(rnd[0].nextDouble())));
        m.put("uniform", fn("uniform", (a, k) -> {
            double lo = PyFloatValue.of(a[0]), hi = PyFloatValue.of(a[1]);
            return new PyFloat(lo + (hi - lo) * rnd[0].nextDouble());
        }));
        m.put("randint", fn("randint", (a, k) -> {
            long lo = Ops.index(a[0]).longValueOr(0), hi = Ops.index(a[1]).longValueOr(0);
            if (hi < lo) throw Exc.valueError("empty range for randrange() (" + lo + ", " + (hi + 1) + ", " + (hi + 1 - lo) + ")");
            return PyInt.of(lo + (long) (rnd[0].nextDouble() * (hi - lo + 1)));
        }));
        m.put("randrange", fn("randrange", (a, k) -> {
            long start = 0, stop, step = 1;
            if (a.length == 1) stop = Ops.index(a[0]).longValueOr(0);
            else {
                start = Ops.index(a[0]).longValueOr(0);
                stop = Ops.index(a[1]).longValueOr(0);
                if (a.length > 2) step = Ops.index(a[2]).longValueOr(1);
            }
            long n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
            if (n <= 0) throw Exc.valueError("empty range for randrange()");
            return PyInt.of(start + step * (long) (rnd[0].nextDouble() * n));
        }));
        m.put("choice", fn("choice", (a, k) -> {
            int n = Ops.length(a[0]);
            if (n == 0) throw Exc.indexError("Cannot choose from an empty sequence");
            return Ops.getItem(a[0], PyInt.of(rnd[0].nextInt(n)));
        }));
        m.put("shuffle", fn("shuffle", (a, k) -> {
            PyList l = (PyList) a[0];
            for (int i = l.size() - 1; i > 0; i--) {
                int j = rnd[0].nextInt(i + 1);
                PyObject t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return PyNone.INSTANCE;
        }));
        m.put("sample", fn("sample", (a, k) -> {
            java.util.List<PyObject> pool = Ops.toList(a[0]);
            int n = (int) Ops.index(a[1]).longValueOr(0);
            if (n > pool.size() || n < 0) throw Exc.valueError("Sample larger than population or is negative");
            PyList out = new PyList();
            for (int i = 0; i < n; i++) out.append(pool.remove(rnd[0].nextInt(pool.size())));
            return out;
        }));
    }

    /** Float value of a Python number. */
    static final class PyFloatValue {
        static double of(PyObject o) {
            if (o instanceof PyFloat f) return f.value;
            return Ops.index(o).toDouble();
        }
    }
}
