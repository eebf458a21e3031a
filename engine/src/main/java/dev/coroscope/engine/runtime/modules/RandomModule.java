package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.runtime.num.PyMath;
import dev.coroscope.engine.runtime.num.PyRandom;
import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.vm.Interp;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code random}: the {@code Random} class on {@link PyRandom} (CPython's Mersenne Twister and the
 * algorithms of {@code random.py}), so a seeded program draws exactly CPython's numbers. The
 * module-level functions are the bound methods of one hidden instance, as in CPython; unseeded,
 * that instance starts from fresh entropy in each run.
 */
public final class RandomModule {
    private RandomModule() {}

    /** An instance of {@code random.Random} or of a user subclass. */
    static final class RandomObj extends PyObject {
        final PyType type;
        final PyDict dict;
        PyRandom gen;

        RandomObj(PyType type) {
            this.type = type;
            this.dict = type.isHeap() && type.instanceDict() ? new PyDict() : null;
            this.gen = new PyRandom(entropy());
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public String repr() {
            return "<" + type.moduleName() + "." + type.qualname() + " object at " + Ops.address(this) + ">";
        }
    }

    static BigInteger entropy() {
        return BigInteger.valueOf(System.nanoTime() ^ java.util.concurrent.ThreadLocalRandom.current().nextLong()).abs();
    }

    public static final PyType RANDOM = PyType.builtin("random", "Random", null, true, RandomModule::initType);

    private static PyRandom g(PyObject self) {
        return ((RandomObj) self).gen;
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

    private static double num(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.toDouble();
        PyObject f = Ops.callDunder(o, PyStr.intern("__float__"));
        if (f instanceof PyFloat ff) return ff.value;
        PyInt idx = Ops.indexOrNull(o);
        if (idx != null) return idx.toDouble();
        throw Exc.typeError("must be real number, not " + o.getType().tpName());
    }

    private static void initType(PyType t) {
        t.setNew((cls, a, k) -> new RandomObj(cls));
        t.setCallsInit();
        t.method("__init__", (s, a, k) -> {
            PyObject[] p = Args.parsePy("Random", a, k, new String[] {"x"}, 0);
            PyObject x = p[0] == null ? PyNone.INSTANCE : p[0];
            if (s.getType().isHeap()) Ops.callMethod(s, "seed", x);
            else seed(s, x, 2);
            return PyNone.INSTANCE;
        });
        t.put("VERSION", PyInt.of(3));
        t.method("seed", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.seed", a, k, new String[] {"a", "version"}, 0);
            int version = p[1] == null ? 2 : (int) Ops.index(p[1]).longValueOr(2);
            seed(s, p[0] == null ? PyNone.INSTANCE : p[0], version);
            return PyNone.INSTANCE;
        });
        t.method0("random", s -> new PyFloat(g(s).random()));
        t.method1("getrandbits", (s, kk) -> {
            long n = Ops.index(kk).longValueOr(Long.MAX_VALUE);
            if (n < 0) throw Exc.valueError("number of bits must be non-negative");
            if (n > (1L << 28)) throw Exc.memoryError();
            return guard(() -> PyInt.of(g(s).getrandbits(n)));
        });
        t.method1("randbytes", (s, n) -> {
            long len = Ops.index(n).longValueOr(Long.MAX_VALUE);
            if (len > (1L << 26)) throw Exc.memoryError();
            return guard(() -> new PyBytes(g(s).randbytes((int) len)));
        });
        t.method("randrange", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.randrange", a, k, new String[] {"start", "stop", "step"}, 1);
            BigInteger start = rangeArg(p[0], "arg 1");
            BigInteger stop = p[1] == null || p[1] == PyNone.INSTANCE ? null : rangeArg(p[1], "stop");
            BigInteger step = p[2] == null ? BigInteger.ONE : rangeArg(p[2], "step");
            return guard(() -> PyInt.of(g(s).randrange(start, stop, step, p[2] != null)));
        });
        t.method("randint", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.randint", a, k, new String[] {"a", "b"}, 2);
            BigInteger lo = rangeArg(p[0], "arg 1");
            BigInteger hi = Ops.index(Ops.binaryOp(p[1], PyInt.ONE, Ops.ADD)).toBig();
            return guard(() -> PyInt.of(g(s).randrange(lo, hi, BigInteger.ONE, false)));
        });
        t.method("choice", (s, a, k) -> {
            PyObject seq = Args.parsePyMethod("Random.choice", a, k, new String[] {"seq"}, 1)[0];
            int n = Ops.length(seq);
            int i;
            try {
                i = g(s).choiceIndex(n);
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            return Ops.getItem(seq, PyInt.of(i));
        });
        t.method("shuffle", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.shuffle", a, k, new String[] {"x"}, 1);
            PyObject x = p[0];
            int n = Ops.length(x);
            if (x instanceof PyList l && l.getType() == PyList.TYPE) {
                g(s).shuffle(n, (i, j) -> {
                    PyObject tmp = l.get(i);
                    l.set(i, l.get(j));
                    l.set(j, tmp);
                });
            } else {
                g(s).shuffle(n, (i, j) -> {
                    PyObject xi = Ops.getItem(x, PyInt.of(i)), xj = Ops.getItem(x, PyInt.of(j));
                    Ops.setItem(x, PyInt.of(i), xj);
                    Ops.setItem(x, PyInt.of(j), xi);
                });
            }
            return PyNone.INSTANCE;
        });
        t.method("sample", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.sample", a, k, new String[] {"population", "k", "counts"}, 2, 2);
            PyObject pop = p[0];
            if (!isSequence(pop)) {
                throw Exc.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            int n = Ops.length(pop);
            long kk = Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            int[] idx;
            try {
                if (p[2] != null && p[2] != PyNone.INSTANCE) {
                    List<PyObject> counts = Ops.toList(p[2]);
                    long[] c = new long[counts.size()];
                    for (int i = 0; i < c.length; i++) {
                        if (!(counts.get(i) instanceof PyInt ci)) throw Exc.typeError("Counts must be integers");
                        c[i] = ci.longValueOr(Integer.MAX_VALUE);
                    }
                    idx = g(s).sampleIndices(n, kk, c);
                } else {
                    idx = g(s).sampleIndices(n, kk);
                }
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            PyList out = new PyList();
            for (int i : idx) out.append(Ops.getItem(pop, PyInt.of(i)));
            return out;
        });
        t.method("choices", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.choices", a, k, new String[] {"population", "weights", "cum_weights", "k"}, 1, 2);
            PyObject pop = p[0];
            int n = Ops.length(pop);
            long kk = p[3] == null ? 1 : Ops.index(p[3]).longValueOr(Integer.MAX_VALUE);
            if (kk > (1 << 26)) throw Exc.memoryError();
            PyObject weights = p[1] == null ? PyNone.INSTANCE : p[1];
            PyObject cum = p[2] == null ? PyNone.INSTANCE : p[2];
            int[] idx;
            try {
                if (cum == PyNone.INSTANCE && weights == PyNone.INSTANCE) {
                    idx = g(s).choicesIndices(n, (int) kk);
                } else {
                    double[] cw;
                    if (cum == PyNone.INSTANCE) {
                        if (weights instanceof PyInt w && !Ops.isIterable(weights)) {
                            throw Exc.typeError("The number of choices must be a keyword argument: k=" + Ops.repr(w));
                        }
                        List<PyObject> ws = Ops.toList(weights);
                        cw = new double[ws.size()];
                        PyObject acc = null;
                        for (int i = 0; i < cw.length; i++) {
                            acc = acc == null ? ws.get(i) : Ops.binaryOp(acc, ws.get(i), Ops.ADD);
                            cw[i] = num(acc);
                        }
                    } else {
                        if (weights != PyNone.INSTANCE) throw Exc.typeError("Cannot specify both weights and cumulative weights");
                        List<PyObject> cs = Ops.toList(cum);
                        cw = new double[cs.size()];
                        for (int i = 0; i < cw.length; i++) cw[i] = num(cs.get(i));
                    }
                    idx = g(s).choicesIndices(n, cw, (int) kk);
                }
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            PyList out = new PyList();
            for (int i : idx) out.append(Ops.getItem(pop, PyInt.of(i)));
            return out;
        });
        t.method("uniform", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.uniform", a, k, new String[] {"a", "b"}, 2);
            return new PyFloat(g(s).uniform(num(p[0]), num(p[1])));
        });
        t.method("triangular", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.triangular", a, k, new String[] {"low", "high", "mode"}, 0);
            double lo = p[0] == null ? 0.0 : num(p[0]), hi = p[1] == null ? 1.0 : num(p[1]);
            Double mode = p[2] == null || p[2] == PyNone.INSTANCE ? null : num(p[2]);
            return guard(() -> new PyFloat(g(s).triangular(lo, hi, mode)));
        });
        t.method("gauss", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.gauss", a, k, new String[] {"mu", "sigma"}, 0);
            double mu = p[0] == null ? 0.0 : num(p[0]), sigma = p[1] == null ? 1.0 : num(p[1]);
            return guard(() -> new PyFloat(g(s).gauss(mu, sigma)));
        });
        t.method("normalvariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.normalvariate", a, k, new String[] {"mu", "sigma"}, 0);
            double mu = p[0] == null ? 0.0 : num(p[0]), sigma = p[1] == null ? 1.0 : num(p[1]);
            return guard(() -> new PyFloat(g(s).normalvariate(mu, sigma)));
        });
        t.method("lognormvariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.lognormvariate", a, k, new String[] {"mu", "sigma"}, 2);
            return guard(() -> new PyFloat(g(s).lognormvariate(num(p[0]), num(p[1]))));
        });
        t.method("expovariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.expovariate", a, k, new String[] {"lambd"}, 1);
            return guard(() -> new PyFloat(g(s).expovariate(num(p[0]))));
        });
        t.method("gammavariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.gammavariate", a, k, new String[] {"alpha", "beta"}, 2);
            return guard(() -> new PyFloat(g(s).gammavariate(num(p[0]), num(p[1]))));
        });
        t.method("betavariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.betavariate", a, k, new String[] {"alpha", "beta"}, 2);
            return guard(() -> new PyFloat(g(s).betavariate(num(p[0]), num(p[1]))));
        });
        t.method("paretovariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.paretovariate", a, k, new String[] {"alpha"}, 1);
            return guard(() -> new PyFloat(g(s).paretovariate(num(p[0]))));
        });
        t.method("weibullvariate", (s, a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.weibullvariate", a, k, new String[] {"alpha", "beta"}, 2);
            return guard(() -> new PyFloat(g(s).weibullvariate(num(p[0]), num(p[1]))));
        });
        t.method0("getstate", s -> {
            long[] st = g(s).getInternalState();
            PyObject[] items = new PyObject[st.length];
            for (int i = 0; i < st.length; i++) items[i] = PyInt.of(st[i]);
            Double gn = g(s).getGaussNext();
            return PyTuple.of(PyInt.of(3), PyTuple.of(items), gn == null ? PyNone.INSTANCE : new PyFloat(gn));
        });
        t.method1("setstate", (s, state) -> {
            PyObject[] parts = Ops.toArray(state);
            if (parts.length != 3) throw Exc.valueError("not enough values to unpack (expected 3, got " + parts.length + ")");
            PyObject version = parts[0];
            if (!(version instanceof PyInt v) || v.longValueOr(0) != 3) {
                throw Exc.valueError("state with version " + Ops.repr(version) + " passed to Random.setstate() of version 3");
            }
            if (!(parts[1] instanceof PyTuple internal)) throw Exc.typeError("state vector must be a tuple");
            long[] st = new long[internal.size()];
            for (int i = 0; i < st.length; i++) {
                PyObject o = internal.get(i);
                if (!(o instanceof PyInt oi)) throw Exc.typeError("state vector items must be integers");
                st[i] = oi.longValueOr(-1);
            }
            Double gn = parts[2] == PyNone.INSTANCE ? null : num(parts[2]);
            return guard(() -> {
                g(s).setState(st, gn);
                return PyNone.INSTANCE;
            });
        });
    }

    private static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange || o instanceof PyBytes) {
            return true;
        }
        if (o instanceof PyDict || o instanceof PySet) return false;
        PyType t = o.getType();
        return t.isHeap() && t.lookup(Ops.S_GETITEM) != null && t.lookup(Ops.S_LEN) != null;
    }

    /** A randrange argument: an int, or (deprecated in 3.11) an integral float. */
    private static BigInteger rangeArg(PyObject o, String what) {
        PyInt i = Ops.indexOrNull(o);
        if (i != null) return i.toBig();
        if (o instanceof PyFloat f) {
            dev.coroscope.engine.vm.Runtime rt = Interp.current().rt;
            if (f.value != Math.floor(f.value) || Double.isInfinite(f.value)) {
                rt.warn(Exc.DeprecationWarning, "randrange() will raise TypeError in the future");
                throw Exc.valueError("non-integer " + what + " for randrange()");
            }
            rt.warn(Exc.DeprecationWarning, "non-integer arguments to randrange() have been deprecated since Python 3.10 "
                    + "and will be removed in a subsequent version");
            return PyFloat.toInt(f.value).toBig();
        }
        throw Exc.typeError("'" + o.getType().tpName() + "' object cannot be interpreted as an integer");
    }

    static void seed(PyObject self, PyObject a, int version) {
        PyRandom gen = g(self);
        if (a == PyNone.INSTANCE) {
            gen.seed(entropy());
        } else if (a.getClass() == PyInt.class) {
            gen.seed(((PyInt) a).toBig());
        } else if (version == 2 && a instanceof PyStr s) {
            gen.seedBytes(s.value().getBytes(StandardCharsets.UTF_8));
        } else if (version == 2 && a instanceof PyBytes b) {
            gen.seedBytes(b.data);
        } else if (a instanceof PyInt || a instanceof PyFloat || a instanceof PyStr || a instanceof PyBytes) {
            gen.seedWithHash(Ops.hash(a));
        } else {
            throw Exc.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    public static void init(Interp in, PyModule m) {
        m.put("Random", RANDOM);
        // Only random() and getrandbits() are C methods in CPython (_random.Random); random.Random
        // writes the rest in Python: bound-method reprs and profile 'call' events (no c_call).
        for (String name : new String[] {"seed", "uniform", "triangular", "randint", "choice", "randrange", "sample",
                "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "gammavariate", "gauss",
                "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "randbytes"}) {
            if (RANDOM.dict().get(PyStr.intern(name)) instanceof PyMethodDescriptor md) md.markPythonLevel();
        }
        for (String name : new String[] {"random", "getrandbits"}) {
            if (RANDOM.dict().get(PyStr.intern(name)) instanceof PyMethodDescriptor md) md.showOwnerAs("_random.Random");
        }
        RandomObj inst = new RandomObj(RANDOM);
        m.put("_inst", inst);
        for (String name : new String[] {"seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
                "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "gammavariate", "gauss",
                "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"}) {
            m.put(name, Ops.getAttr(inst, name));
        }
        m.put("vonmisesvariate", new PyBuiltinFunction("vonmisesvariate", (a, k) -> {
            PyObject[] p = Args.parsePyMethod("Random.vonmisesvariate", a, k, new String[] {"mu", "kappa"}, 2);
            return new PyFloat(vonmises(inst.gen, num(p[0]), num(p[1])));
        }).inModule("random").markPythonLevel());
    }

    /** {@code vonmisesvariate(mu, kappa)}: Best and Fisher's method, as random.py uses. */
    static double vonmises(PyRandom r, double mu, double kappa) {
        double twopi = 2 * Math.PI;
        if (kappa <= 1e-6) return twopi * r.random();
        double s = 0.5 / kappa;
        double rr = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = r.random();
            z = PyMath.cos(Math.PI * u1);
            double d = z / (rr + z);
            double u2 = r.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * PyMath.exp(d)) break;
        }
        double q = 1.0 / rr;
        double f = (q + z) / (1.0 + q * z);
        double u3 = r.random();
        double acos = PyMath.acos(f);
        return dev.coroscope.engine.runtime.num.FloatOps.mod(u3 > 0.5 ? mu + acos : mu - acos, twopi);
    }
}
