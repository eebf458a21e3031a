package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The {@code builtins} module: functions and types every program sees. The sandbox is by
 * construction: {@code open}, {@code exec}, {@code eval}, {@code compile} do not exist here, so
 * using them is a NameError; {@code input()} reports end of input.
 */
public final class Builtins {
    private Builtins() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("builtins");
    }

    public static void install(PyDict d) {
        d.put("__name__", PyStr.of("builtins"));
        d.put("__doc__", PyNone.INSTANCE);
        d.put("__debug__", PyBool.TRUE);
        d.put("None", PyNone.INSTANCE);
        d.put("Ellipsis", PyEllipsis.INSTANCE);
        d.put("NotImplemented", PyNotImplemented.INSTANCE);
        d.put("True", PyBool.TRUE);
        d.put("False", PyBool.FALSE);
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
                PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE,
                PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE,
                BuiltinIters.ENUMERATE, BuiltinIters.ZIP, BuiltinIters.MAP, BuiltinIters.FILTER,
                BuiltinIters.REVERSED}) {
            d.put(t.name(), t);
        }
        for (PyType t : Exc.all()) d.put(t.name(), t);
        d.put("EnvironmentError", Exc.OSError);
        d.put("IOError", Exc.OSError);

        d.put("print", fn("print", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] b) { return Builtins.print(a, b); } }));
        d.put("len", fn("len", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("len", a, k);
            return PyInt.of(Ops.lengthLong(a[0]));
        }}));
        d.put("repr", fn("repr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("repr", a, k);
            return PyStr.ofText(a[0], Ops.repr(a[0]));
        }}));
        d.put("ascii", fn("ascii", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("ascii", a, k);
            return PyStr.ofText(a[0], ascii(Ops.repr(a[0])));
        }}));
        d.put("isinstance", fn("isinstance", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            two("isinstance", a, k);
            return PyBool.of(isInstance(a[0], a[1]));
        }}));
        d.put("issubclass", fn("issubclass", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            two("issubclass", a, k);
            return PyBool.of(isSubclass(a[0], a[1]));
        }}));
        d.put("hasattr", fn("hasattr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            two("hasattr", a, k);
            return PyBool.of(Ops.getAttrOrNull(a[0], TypeCall.attrName(a[1])) != null);
        }}));
        d.put("getattr", fn("getattr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("getattr", k);
            if (a.length < 2 || a.length > 3) {
                throw Exc.typeError("getattr expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got " + a.length);
            }
            PyStr name = TypeCall.attrName(a[1]);
            if (a.length == 3) {
                PyObject v = Ops.getAttrOrNull(a[0], name);
                return v == null ? a[2] : v;
            }
            return Ops.getAttr(a[0], name);
        }}));
        d.put("setattr", fn("setattr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("setattr", k);
            if (a.length != 3) throw Exc.typeError("setattr expected 3 arguments, got " + a.length);
            Ops.setAttr(a[0], TypeCall.attrName(a[1]), a[2]);
            return PyNone.INSTANCE;
        }}));
        d.put("delattr", fn("delattr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            two("delattr", a, k);
            Ops.delAttr(a[0], TypeCall.attrName(a[1]));
            return PyNone.INSTANCE;
        }}));
        d.put("dir", fn("dir", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("dir", k);
            Args.atMost("dir", a, 1);
            if (a.length == 0) {
                Frame f = Interp.current().frame;
                PyObject loc = f.localsDict();
                List<PyObject> keys = Ops.toList(Ops.callMethod(loc, "keys"));
                keys.sort((x, y) -> PyStr.compareCodePoints(Ops.str(x), Ops.str(y)));
                return new PyList(keys);
            }
            PyObject r = Ops.callDunder(a[0], PyStr.intern("__dir__"));
            if (r == null) r = dirOf(a[0]);
            List<PyObject> items = Ops.toList(r);
            items.sort(new Comparator<PyObject>() { public int compare(PyObject x, PyObject y) {
                return PyStr.compareCodePoints(Ops.str(x), Ops.str(y));
            }});
            return new PyList(items);
        }}));
        d.put("id", fn("id", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("id", a, k);
            return PyInt.of(Interp.current().idOf(a[0]));
        }}));
        d.put("hash", fn("hash", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("hash", a, k);
            return PyInt.of(Ops.hash(a[0]));
        }}));
        d.put("iter", fn("iter", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("iter", k);
            if (a.length == 2) {
                if (!Ops.isCallable(a[0])) throw Exc.typeError("iter(v, w): v must be callable");
                return new PyIterators.CallableIterator(a[0], a[1]);
            }
            if (a.length != 1) throw Exc.typeError("iter expected " + (a.length == 0 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + a.length));
            return Ops.iter(a[0]);
        }}));
        d.put("next", fn("next", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("next", k);
            if (a.length < 1 || a.length > 2) throw Exc.typeError("next expected at least 1 argument, got " + a.length);
            PyObject it = a[0];
            if (!Ops.isIterator(it)) {
                throw Exc.typeError("'" + it.getType().tpName() + "' object is not an iterator");
            }
            try {
                PyObject v;
                if (it.getType().isHeap()) {
                    v = Ops.callDunder(it, Ops.S_NEXT);
                } else if (it instanceof PyGenerator g) {
                    v = g.send(PyNone.INSTANCE);
                } else {
                    v = it.next();
                    if (v == null) throw Exc.stopIteration(null);
                }
                return v;
            } catch (PyError e) {
                if (a.length == 2 && e.exc.isInstance(Exc.StopIteration)) return a[1];
                throw e;
            }
        }}));
        d.put("sorted", fn("sorted", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            if (npos != 1) throw Exc.typeError("sorted expected 1 argument, got " + npos);
            // CPython's sorted() hands its keywords to list.sort(), whose errors name sort().
            PyObject[] p = Args.parse("sort", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[] {"key", "reverse"}, 0, 0);
            PyList l = new PyList();
            Ops.forEachSized(a[0], new Consumer<PyObject>() { public void accept(PyObject x) { l.append(x); } });
            l.presizeFrom(a[0]);
            SeqTypes.sort(l, p[0], p[1] != null && Ops.isTrue(p[1]));
            return l;
        }}));
        d.put("sum", fn("sum", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] b) { return Builtins.sum(a, b); } }));
        d.put("min", fn("min", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return minMax("min", a, k, Ops.LT);
        }}));
        d.put("max", fn("max", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return minMax("max", a, k, Ops.GT);
        }}));
        d.put("abs", fn("abs", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("abs", a, k);
            PyObject x = a[0];
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                PyInt i = (PyInt) x;
                return i.signum() < 0 ? i.unaryOp(Ops.NEG) : (x instanceof PyBool ? PyInt.of(i.v) : i);
            }
            if (x.getClass() == PyFloat.class) return new PyFloat(Math.abs(((PyFloat) x).value));
            PyObject r = Ops.callDunder(x, PyStr.intern("__abs__"));
            if (r == null) throw Exc.typeError("bad operand type for abs(): '" + x.getType().tpName() + "'");
            return r;
        }}));
        d.put("round", fn("round", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("round", a, k, new String[] {"number", "ndigits"}, 1);
            PyObject x = p[0];
            PyObject nd = p[1] == null ? PyNone.INSTANCE : p[1];
            if (x.getClass() == PyFloat.class) return FloatType.round(((PyFloat) x).value, nd);
            if (x.getClass() == PyInt.class || x instanceof PyBool) {
                PyInt i = (PyInt) x;
                return nd == PyNone.INSTANCE ? IntType.plain(i) : IntType.roundInt(i, Ops.index(nd));
            }
            PyObject r = nd == PyNone.INSTANCE ? Ops.callDunder(x, PyStr.intern("__round__"))
                    : Ops.callDunder(x, PyStr.intern("__round__"), nd);
            if (r == null) throw Exc.typeError("type " + x.getType().tpName() + " doesn't define __round__ method");
            return r;
        }}));
        d.put("divmod", fn("divmod", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            two("divmod", a, k);
            return divmod(a[0], a[1]);
        }}));
        d.put("pow", fn("pow", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("pow", a, k, new String[] {"base", "exp", "mod"}, 2);
            if (p[2] != null && p[2] != PyNone.INSTANCE) {
                PyObject x = p[0], y = p[1], z = p[2];
                // A class's own __pow__ gets the modulus (three-argument power never uses __rpow__).
                if (x.getType().isHeap() && x.getType().lookup(PyStr.intern("__pow__")) instanceof PyFunction) {
                    PyObject r = Ops.callDunder(x, PyStr.intern("__pow__"), y, z);
                    if (r != null && r != PyNotImplemented.INSTANCE) return r;
                }
                if (x instanceof PyInt b && y instanceof PyInt e && z instanceof PyInt m) return IntMath.powMod(b, e, m);
                if (isFloatOrComplex(x) || isFloatOrComplex(y) || isFloatOrComplex(z)) {
                    throw Exc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                throw Exc.typeError("unsupported operand type(s) for ** or pow(): '" + x.getType().tpName() + "', '"
                        + y.getType().tpName() + "', '" + z.getType().tpName() + "'");
            }
            return Ops.binaryOp(p[0], p[1], Ops.POW);
        }}));
        d.put("any", fn("any", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("any", a, k);
            PyObject it = Ops.iter(a[0]);
            PyObject v;
            Interp in = Interp.current();
            while ((v = Ops.next(it)) != null) {
                in.tickItem();
                if (Ops.isTrue(v)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }}));
        d.put("all", fn("all", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("all", a, k);
            PyObject it = Ops.iter(a[0]);
            PyObject v;
            Interp in = Interp.current();
            while ((v = Ops.next(it)) != null) {
                in.tickItem();
                if (!Ops.isTrue(v)) return PyBool.FALSE;
            }
            return PyBool.TRUE;
        }}));
        d.put("chr", fn("chr", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("chr", a, k);
            PyInt ci = Ops.index(a[0]);
            long c = ci.longValueOr(Long.MIN_VALUE);
            if (c < Integer.MIN_VALUE || c > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C int");
            if (c < 0 || c > 0x10FFFF) throw Exc.valueError("chr() arg not in range(0x110000)");
            return PyStr.of(new String(Character.toChars((int) c)));
        }}));
        d.put("ord", fn("ord", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("ord", a, k);
            if (a[0] instanceof PyStr s) {
                if (s.cpLength() != 1) {
                    throw Exc.typeError("ord() expected a character, but string of length " + s.cpLength() + " found");
                }
                return PyInt.of(s.value().codePointAt(0));
            }
            if (a[0] instanceof PyBytes || a[0] instanceof PyByteArray) {
                byte[] b = BytesMethods.bytesOf(a[0]);
                if (b.length == 1) return PyInt.of(b[0] & 0xff);
                throw Exc.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            throw Exc.typeError("ord() expected string of length 1, but " + a[0].getType().tpName() + " found");
        }}));
        d.put("bin", fn("bin", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return radix(a, k, "bin", 2, "0b");
        }}));
        d.put("oct", fn("oct", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return radix(a, k, "oct", 8, "0o");
        }}));
        d.put("hex", fn("hex", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return radix(a, k, "hex", 16, "0x");
        }}));
        d.put("format", fn("format", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("format", k);
            if (a.length < 1 || a.length > 2) throw Exc.typeError("format expected at least 1 argument, got 0");
            String spec = a.length > 1 ? StrType.argStr("format", a[1]) : "";
            return Ops.format(a[0], spec);
        }}));
        d.put("callable", fn("callable", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("callable", a, k);
            return PyBool.of(Ops.isCallable(a[0]));
        }}));
        d.put("vars", fn("vars", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("vars", k);
            Args.atMost("vars", a, 1);
            if (a.length == 0) return Interp.current().frame.localsDict();
            PyObject dd = Ops.getAttrOrNull(a[0], PyStr.intern("__dict__"));
            if (dd == null) throw Exc.typeError("vars() argument must have __dict__ attribute");
            return dd;
        }}));
        d.put("locals", fn("locals", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Interp.current().frame.localsDict();
        }}));
        d.put("globals", fn("globals", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Interp.current().frame.globals;
        }}));
        dev.coroscope.engine.vm.EvalBuiltins.install(d);
        d.put("input", fn("input", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("input", k);
            if (a.length > 1) throw Exc.typeError("input expected at most 1 argument, got " + a.length);
            dev.coroscope.engine.vm.Runtime rt = Interp.current().rt;
            PyObject sys = rt.modules.dict().get(PyStr.of("sys"));
            PyObject in = sys instanceof PyModule sm ? sm.getDict().get(PyStr.of("stdin")) : null;
            PyObject out = sys instanceof PyModule sm ? sm.getDict().get(PyStr.of("stdout")) : null;
            if (a.length > 0) {
                if (out == null || out == rt.stdout) rt.writeStdout(Ops.str(a[0]));
                else Ops.callMethod(out, "write", PyStr.of(Ops.str(a[0])));
            }
            if (in != null && in != rt.stdin && in != PyNone.INSTANCE) {
                // A program's own sys.stdin (an io.StringIO of test input, say) is read as CPython does.
                PyObject line = Ops.callMethod(in, "readline");
                if (!(line instanceof PyStr ls)) throw Exc.typeError("object.readline() returned non-string");
                String v = ls.value();
                if (v.isEmpty()) throw Exc.error(Exc.EOFError, "EOF when reading a line");
                return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
            }
            throw Exc.error(Exc.EOFError, "EOF when reading a line");
        }}));
        PyBuiltinFunction exit = fn("exit", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            throw new PyError(new PyBaseException(Exc.SystemExit, a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0])));
        }});
        d.put("exit", exit);
        d.put("quit", exit);
        d.put("__build_class__", fn("__build_class__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] b) {
            return ClassBuilder.buildClass(a, b);
        }}));
        d.put("__import__", fn("__import__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("__import__", a, k, new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
            return Interp.current().rt.modules.importName(StrType.argStr("__import__", p[0]),
                    p[3] == null ? PyNone.INSTANCE : p[3], p[4] == null ? PyInt.ZERO : p[4]);
        }}));
        d.put("aiter", fn("aiter", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            one("aiter", a, k);
            PyObject r = Ops.callDunder(a[0], Ops.S_AITER);
            if (r == null) throw Exc.typeError("'" + a[0].getType().tpName() + "' object is not an async iterable");
            if (r.getType().lookup(Ops.S_ANEXT) == null) {
                // Dropped before raising, as CPython does: an 'async def __aiter__' coroutine warns here.
                var lt = dev.coroscope.engine.vm.Interp.current().rt.lifetime;
                if (lt.active()) lt.discarded(r);
                throw Exc.typeError("aiter() returned not an async iterator of type '" + r.getType().tpName() + "'");
            }
            return r;
        }}));
        d.put("anext", fn("anext", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("anext", k);
            if (a.length < 1 || a.length > 2) throw Exc.typeError("anext expected at least 1 argument, got 0");
            PyObject r;
            if (a[0] instanceof PyAsyncGenerator ag) {
                r = ag.anext();
            } else {
                r = Ops.callDunder(a[0], Ops.S_ANEXT);
                if (r == null) throw Exc.typeError("'" + a[0].getType().tpName() + "' object is not an async iterator");
            }
            return a.length == 2 ? new PyAnextAwaitable(r, a[1]) : r;
        }}));
        // CPython calls these through a path that counts against the recursion limit (RecursionCost).
        for (String n : new String[] {"repr", "ascii", "hash", "sorted", "min", "max", "any", "all"}) {
            PyBuiltinFunction f = (PyBuiltinFunction) d.get(n);
            d.put(n, fn(n, RecursionCost.counted(new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
                return f.call(a, k);
            }})));
        }
    }

    private static final PyStr DIVMOD = PyStr.intern("__divmod__");
    private static final PyStr RDIVMOD = PyStr.intern("__rdivmod__");

    /** {@code divmod(a, b)}: {@code __divmod__}, then the reflected {@code __rdivmod__}, as a binary operator. */
    static PyObject divmod(PyObject a, PyObject b) {
        PyType ta = a.getType(), tb = b.getType();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.isHeap() && tb.lookup(RDIVMOD) != null;
        if (reflectedFirst) {
            PyObject r = Ops.callDunder(b, RDIVMOD, a);
            if (r != null && r != PyNotImplemented.INSTANCE) return r;
        }
        PyObject r = Ops.callDunder(a, DIVMOD, b);
        if (r != null && r != PyNotImplemented.INSTANCE) return r;
        if (!reflectedFirst && ta != tb) {
            r = Ops.callDunder(b, RDIVMOD, a);
            if (r != null && r != PyNotImplemented.INSTANCE) return r;
        }
        throw Exc.typeError("unsupported operand type(s) for divmod(): '" + ta.tpName() + "' and '" + tb.tpName() + "'");
    }

    static void one(String name, PyObject[] a, String[] k) {
        Args.noKeywords(name, k);
        if (a.length != 1) throw Exc.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }

    static void two(String name, PyObject[] a, String[] k) {
        Args.noKeywords(name, k);
        if (a.length != 2) throw Exc.typeError(name + " expected 2 arguments, got " + a.length);
    }

    private static PyObject radix(PyObject[] a, String[] k, String name, int radix, String prefix) {
        one(name, a, k);
        PyInt i = Ops.index(a[0]);
        if (!i.isBig()) return PyStr.of(dev.coroscope.engine.runtime.num.IntText.prefixed(i.v, radix));
        return PyStr.of(dev.coroscope.engine.runtime.num.IntText.prefixed(i.toBig(), radix));
    }

    /** {@code ascii()}: the repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        return Formatting.ascii(repr);
    }

    private static PyObject print(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        String sep = " ", end = "\n";
        PyObject file = null;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                PyObject v = a[npos + i];
                switch (k[i]) {
                    case "sep" -> {
                        if (v != PyNone.INSTANCE) {
                            if (!(v instanceof PyStr s)) throw Exc.typeError("sep must be None or a string, not " + v.getType().tpName());
                            sep = s.value();
                        }
                    }
                    case "end" -> {
                        if (v != PyNone.INSTANCE) {
                            if (!(v instanceof PyStr s)) throw Exc.typeError("end must be None or a string, not " + v.getType().tpName());
                            end = s.value();
                        }
                    }
                    case "file" -> file = v == PyNone.INSTANCE ? null : v;
                    case "flush" -> { }
                    default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) sb.append(sep);
            sb.append(Ops.str(a[i]));
        }
        sb.append(end);
        Interp in = Interp.current();
        if (file == null) {
            PyObject out = in.rt.modules.dict().get(PyStr.of("sys")) instanceof PyModule sys ? sys.get("stdout") : null;
            file = out == null ? in.rt.stdout : out;
        }
        if (file == in.rt.stdout) in.rt.writeStdout(sb.toString());
        else if (file == in.rt.stderr) in.rt.writeStderr(sb.toString());
        else Ops.callMethod(file, "write", PyStr.of(sb.toString()));
        return PyNone.INSTANCE;
    }

    private static PyObject sum(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("sum", a, k, new String[] {"iterable", "start"}, 1);
        PyObject acc = p[1] == null ? PyInt.ZERO : p[1];
        if (acc instanceof PyStr) throw Exc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (acc instanceof PyBytes) throw Exc.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        PyObject it = Ops.iter(p[0]);
        PyObject v;
        Interp in = Interp.current();
        long lacc = 0;
        boolean longMode = acc.getClass() == PyInt.class && !((PyInt) acc).isBig();
        if (longMode) lacc = ((PyInt) acc).v;
        while ((v = Ops.next(it)) != null) {
            in.tickItem();
            if (longMode) {
                if (v.getClass() == PyInt.class && !((PyInt) v).isBig()) {
                    long x = ((PyInt) v).v;
                    long r = lacc + x;
                    if (((lacc ^ r) & (x ^ r)) >= 0) {
                        lacc = r;
                        continue;
                    }
                }
                acc = PyInt.of(lacc);
                longMode = false;
            }
            acc = Ops.binaryOp(acc, v, Ops.ADD);
        }
        return longMode ? PyInt.of(lacc) : acc;
    }

    private static PyObject minMax(String name, PyObject[] a, String[] k, int op) {
        int npos = Args.positional(a, k);
        PyObject key = null, dflt = null;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (k[i].equals("key")) key = a[npos + i] == PyNone.INSTANCE ? null : a[npos + i];
                else if (k[i].equals("default")) dflt = a[npos + i];
                else throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) throw Exc.typeError(name + " expected at least 1 argument, got 0");
        PyObject source;
        if (npos == 1) {
            source = a[0];
        } else {
            if (dflt != null) {
                throw Exc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            source = PyTuple.of(java.util.Arrays.copyOf(a, npos));
        }
        PyObject best = null, bestKey = null;
        PyObject it = Ops.iter(source);
        PyObject v;
        Interp in = Interp.current();
        if (key != null) {
            // CPython drops each key as soon as it loses (and the winner's before returning, all
            // of them when a comparison raises): a key only min/max held dies inside the call.
            var lt = in.rt.lifetime;
            while ((v = Ops.next(it)) != null) {
                in.tickItem();
                PyObject kv = Ops.call(key, v);
                boolean better;
                try {
                    better = best == null || Ops.compare(kv, bestKey, op);
                } catch (PyError e) {
                    if (lt.active()) lt.droppedWhileRaising(new PyObject[] {kv, bestKey}, e.exc);
                    throw e;
                }
                PyObject loser = better ? bestKey : kv;
                if (better) {
                    best = v;
                    bestKey = kv;
                }
                if (loser != null && lt.active()) lt.discarded(loser);
            }
            if (bestKey != null && lt.active()) lt.discarded(bestKey);
        } else {
            while ((v = Ops.next(it)) != null) {
                in.tickItem();
                if (best == null || Ops.compare(v, best, op)) best = v;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Exc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    /**
     * {@code isinstance(obj, cls)} in CPython's order: an exact type match is true at once; a class
     * whose metaclass is {@code type} itself is answered from the type hierarchy; any other
     * metaclass's {@code __instancecheck__} (abc.ABCMeta's, a user's) is asked even when the
     * object's type is a proper subclass, so its side effects (an ABC's subclass hook and cache)
     * happen when CPython's do.
     */
    public static boolean isInstance(PyObject obj, PyObject cls) {
        if (cls instanceof PyType t) {
            PyType ot = obj.getType();
            if (ot == t) return true;
            PyType meta = t.getType();
            if (meta != PyType.TYPE) {
                PyObject hook = meta.lookup("__instancecheck__");
                if (hook != null && !(hook instanceof PyMethodDescriptor md && md.owner == PyType.TYPE)) {
                    return Ops.isTrue(Ops.callDunderFound(hook, t, obj));
                }
            }
            return realIsInstance(obj, t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) if (isInstance(obj, c)) return true;
            return false;
        }
        if (cls instanceof PyUnion u) {
            for (PyObject c : u.members()) if (isInstance(obj, c)) return true;
            return false;
        }
        PyObject hook = cls.getType().lookup("__instancecheck__");
        if (hook != null) return Ops.isTrue(Ops.callDunderFound(hook, cls, obj));
        throw Exc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static final PyStr S_CLASS = PyStr.intern("__class__");

    /**
     * What {@code type.__instancecheck__} answers: the object's type is a subtype, or the object
     * claims another class through a {@code __class__} attribute of its own type (as proxies do)
     * and that class is one.
     */
    public static boolean realIsInstance(PyObject obj, PyType t) {
        PyType ot = obj.getType();
        if (ot.isSubtypeOf(t)) return true;
        if (!ot.isHeap() || (ot.lookup(S_CLASS) == PyType.OBJECT.lookup(S_CLASS) && !ot.customGetattribute())) return false;
        PyObject c = Ops.getAttrOrNull(obj, S_CLASS);
        return c != ot && c instanceof PyType ct && ct.isSubtypeOf(t);
    }

    public static boolean isSubclass(PyObject sub, PyObject cls) {
        if (cls instanceof PyType t && t.getType() != PyType.TYPE) {
            // A metaclass (abc.ABCMeta) may define the check.
            PyObject hook = t.getType().lookup("__subclasscheck__");
            if (hook != null && !(hook instanceof PyMethodDescriptor md && md.owner == PyType.TYPE)) {
                return Ops.isTrue(Ops.callDunderFound(hook, t, sub));
            }
        }
        if (!(cls instanceof PyType) && !(cls instanceof PyTuple) && !(cls instanceof PyUnion)) {
            PyObject hook = cls.getType().lookup("__subclasscheck__");
            if (hook != null) return Ops.isTrue(Ops.callDunderFound(hook, cls, sub));
        }
        if (!(sub instanceof PyType st)) throw Exc.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof PyType t) return st.isSubtypeOf(t);
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items()) if (isSubclass(sub, c)) return true;
            return false;
        }
        if (cls instanceof PyUnion u) {
            for (PyObject c : u.members()) if (isSubclass(sub, c)) return true;
            return false;
        }
        PyObject hook = cls.getType().lookup("__subclasscheck__");
        if (hook != null) return Ops.isTrue(Ops.callDunderFound(hook, cls, sub));
        throw Exc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** The names {@code dir()} lists, unsorted. */
    public static PyObject dirOf(PyObject o) {
        TreeSet<String> names = new TreeSet<>(new Comparator<String>() { public int compare(String a, String b) {
            return PyStr.compareCodePoints(a, b);
        }});
        if (o instanceof PyType t) {
            for (PyType m : t.mro()) for (PyObject key : m.dict().keyList()) names.add(Ops.str(key));
        } else if (o instanceof PyModule m) {
            for (PyObject key : m.getDict().keyList()) names.add(Ops.str(key));
        } else {
            PyDict d = o.getDict();
            if (d != null) for (PyObject key : d.keyList()) names.add(Ops.str(key));
            for (PyType m : o.getType().mro()) for (PyObject key : m.dict().keyList()) names.add(Ops.str(key));
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) out.add(PyStr.of(n));
        return new PyList(out);
    }

    private static boolean isFloatOrComplex(PyObject v) {
        return v instanceof PyFloat || v instanceof PyComplex;
    }
}
