package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/** The {@code sys} module of one run. */
final class SysModule {
    private SysModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("sys");
    }

    /** sys.displayhook: an interactive statement's value, shown with repr and kept as builtins._ (None is not shown). */
    static PyObject display(Interp in, PyObject o) {
        if (o == PyNone.INSTANCE) return PyNone.INSTANCE;
        PyStr underscore = PyStr.intern("_");
        in.rt.builtinsDict.put(underscore, PyNone.INSTANCE);
        String text = Ops.repr(o);
        PyObject out = in.rt.modules.dict().get(PyStr.of("sys")) instanceof PyModule sys ? sys.get("stdout") : null;
        if (out == null || out == PyNone.INSTANCE) throw Exc.error(Exc.RuntimeError, "lost sys.stdout");
        if (out == in.rt.stdout) {
            in.rt.writeStdout(text + "\n");
        } else {
            Ops.callMethod(out, "write", PyStr.of(text));
            Ops.callMethod(out, "write", PyStr.of("\n"));
        }
        in.rt.builtinsDict.put(underscore, o);
        return PyNone.INSTANCE;
    }

    /** What the built-in excepthook prints for {@code value} with the traceback {@code tb}. */
    static String formatForHook(Runtime rt, PyObject value, PyObject tb) {
        if (!(value instanceof dev.coroscope.engine.runtime.PyBaseException e)) {
            return "TypeError: print_exception(): Exception expected for value, " + value.getType().tpName() + " found\n";
        }
        dev.coroscope.engine.runtime.PyTraceback saved = e.traceback;
        e.traceback = tb instanceof dev.coroscope.engine.runtime.PyTraceback t ? t : null;
        try {
            return TracebackPrinter.format(rt, e);
        } finally {
            e.traceback = saved;
        }
    }

    static void init(Interp in, PyModule m) {
        Runtime rt = in.rt;
        m.put("modules", rt.modules.dict());
        m.put("stdout", rt.stdout);
        m.put("stderr", rt.stderr);
        m.put("__stdout__", rt.stdout);
        m.put("__stderr__", rt.stderr);
        m.put("stdin", rt.stdin);
        m.put("__stdin__", rt.stdin);
        m.put("argv", new PyList(new PyObject[] {PyStr.of(rt.mainFile == null ? "" : rt.mainFile)}));
        m.put("version", PyStr.of("3.11.7 (main) [Coroscope]"));
        m.put("version_info", StructSeq.make(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.ZERO));
        m.put("hexversion", PyInt.of(0x030B07F0));
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10FFFF));
        m.put("path", new PyList());
        m.put("executable", PyStr.of("coroscope"));
        m.put("implementation", Ops.call(dev.coroscope.engine.runtime.modules.TypesModule.SimpleNamespace.TYPE, new PyObject[] {
            PyStr.of("cpython"), PyStr.of("cpython-311"), m.get("version_info"), PyInt.of(0x030B07F0)},
                new String[] {"name", "cache_tag", "version", "hexversion"}));
        m.put("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("sys")));
        m.put("dont_write_bytecode", PyBool.TRUE);
        m.put("getrecursionlimit", fn("getrecursionlimit", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of(in.recursionLimit);
        }}));
        m.put("setrecursionlimit", fn("setrecursionlimit", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            long n = Ops.index(a[0]).longValueOr(Integer.MAX_VALUE);
            if (n < 1) throw Exc.valueError("recursion limit must be greater or equal than 1");
            in.recursionLimit = (int) Math.min(n, 100_000);
            return PyNone.INSTANCE;
        }}));
        m.put("getswitchinterval", fn("getswitchinterval", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("getswitchinterval", k);
            Args.exactly("sys.getswitchinterval", a, 0);
            return new PyFloat(in.switchMicros * 1e-6);
        }}));
        m.put("setswitchinterval", fn("setswitchinterval", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("setswitchinterval", k);
            Args.exactly("sys.setswitchinterval", a, 1);
            double seconds;
            if (a[0] instanceof PyFloat f) seconds = f.value;
            else if (a[0] instanceof PyInt i) seconds = i.toDouble();
            else throw Exc.typeError("must be real number, not " + a[0].getType().tpName());
            if (seconds <= 0) throw Exc.valueError("switch interval must be strictly positive");
            // Kept in whole microseconds, as CPython keeps it (an unsigned 64-bit count).
            double micros = Double.isNaN(seconds) ? 0x1p63 : Math.floor(seconds * 1e6);
            if (micros >= 0x1p64) micros = 0;
            in.setSwitchInterval(micros);
            return PyNone.INSTANCE;
        }}));
        m.put("get_coroutine_origin_tracking_depth", fn("get_coroutine_origin_tracking_depth",
                new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) { return PyInt.of(rt.originDepth); } }));
        m.put("set_coroutine_origin_tracking_depth", fn("set_coroutine_origin_tracking_depth", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("set_coroutine_origin_tracking_depth", a, k, new String[] {"depth"}, 1);
            long d = Ops.index(p[0]).longValueOr(-1);
            if (d < 0) throw Exc.valueError("depth must be >= 0");
            rt.originDepth = (int) Math.min(d, 10_000);
            return PyNone.INSTANCE;
        }}));
        m.put("get_asyncgen_hooks", fn("get_asyncgen_hooks", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.parse("get_asyncgen_hooks", a, k, new String[0], 0);
            return StructSeq.make(ASYNCGEN_HOOKS, orNone(rt.asyncGenFirstIter), orNone(rt.asyncGenFinalizer));
        }}));
        m.put("unraisablehook", DEFAULT_UNRAISABLEHOOK);
        m.put("__unraisablehook__", DEFAULT_UNRAISABLEHOOK);
        m.put("set_asyncgen_hooks", fn("set_asyncgen_hooks", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = parseHooks(a, k);
            // As CPython: the finalizer is checked and set before firstiter is looked at.
            PyObject finalizer = p[1], firstiter = p[0];
            if (finalizer != null) {
                if (finalizer != PyNone.INSTANCE && !Ops.isCallable(finalizer)) {
                    throw Exc.typeError("callable finalizer expected, got " + finalizer.getType().tpName());
                }
                rt.asyncGenFinalizer = finalizer == PyNone.INSTANCE ? null : finalizer;
            }
            if (firstiter != null) {
                if (firstiter != PyNone.INSTANCE && !Ops.isCallable(firstiter)) {
                    throw Exc.typeError("callable firstiter expected, got " + firstiter.getType().tpName());
                }
                rt.asyncGenFirstIter = firstiter == PyNone.INSTANCE ? null : firstiter;
            }
            return PyNone.INSTANCE;
        }}));
        PyBuiltinFunction displayhook = fn("displayhook", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("displayhook", a, k, new String[] {"object"}, 1);
            return display(in, p[0]);
        }});
        m.put("displayhook", displayhook);
        PyBuiltinFunction excepthook = fn("excepthook", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("excepthook", k);
            if (a.length != 3) throw Exc.typeError("excepthook expected 3 arguments, got " + a.length);
            in.rt.writeStderr(formatForHook(in.rt, a[1], a[2]));
            return PyNone.INSTANCE;
        }});
        in.rt.defaultExcepthook = excepthook;
        m.put("excepthook", excepthook);
        m.put("__excepthook__", excepthook);
        m.put("__displayhook__", displayhook);
        m.put("exc_info", fn("exc_info", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject e = in.handledException();
            if (e == null) return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            PyBaseException be = (PyBaseException) e;
            return PyTuple.of(be.getType(), be, be.traceback == null ? PyNone.INSTANCE : be.traceback);
        }}));
        m.put("exception", fn("exception", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject e = in.handledException();
            return e == null ? PyNone.INSTANCE : e;
        }}));
        m.put("_getframe", fn("_getframe", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            int depth = a.length > 0 ? (int) Ops.index(a[0]).longValueOr(Integer.MAX_VALUE) : 0;
            Frame f = in.frame;
            while (f != null && f.code.library) f = f.back;
            for (int i = 0; i < depth && f != null; i++) f = LoopFrames.step(in, f);
            if (f == null) throw Exc.valueError("call stack is not deep enough");
            return f;
        }}));
        m.put("settrace", fn("settrace", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (k != null && k.length > 0) throw Exc.typeError("sys.settrace() takes no keyword arguments");
            if (a.length != 1) throw Exc.typeError("sys.settrace() takes exactly one argument (" + a.length + " given)");
            SysTrace.set(Interp.current(), a[0]);
            return PyNone.INSTANCE;
        }}));
        m.put("gettrace", fn("gettrace", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a.length != 0) throw Exc.typeError("sys.gettrace() takes no arguments (" + a.length + " given)");
            return SysTrace.get(Interp.current());
        }}));
        m.put("setprofile", fn("setprofile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (k != null && k.length > 0) throw Exc.typeError("sys.setprofile() takes no keyword arguments");
            if (a.length != 1) throw Exc.typeError("sys.setprofile() takes exactly one argument (" + a.length + " given)");
            SysTrace.setProfile(Interp.current(), a[0]);
            return PyNone.INSTANCE;
        }}));
        m.put("getprofile", fn("getprofile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a.length != 0) throw Exc.typeError("sys.getprofile() takes no arguments (" + a.length + " given)");
            return SysTrace.getProfile(Interp.current());
        }}));
        m.put("call_tracing", fn("call_tracing", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("call_tracing", k);
            if (a.length != 2) throw Exc.typeError("call_tracing expected 2 arguments, got " + a.length);
            if (!(a[1] instanceof PyTuple t)) throw Exc.typeError("call_tracing() argument 2 must be tuple, not " + a[1].getType().tpName());
            return Ops.call(a[0], t.items(), null);
        }}));
        m.put("getfilesystemencoding", fn("getfilesystemencoding", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("getfilesystemencoding", a, 0);
            return PyStr.of("utf-8");
        }}));
        m.put("getfilesystemencodeerrors", fn("getfilesystemencodeerrors", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("getfilesystemencodeerrors", a, 0);
            return PyStr.of("surrogateescape");
        }}));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("abiflags", PyStr.of(""));
        m.put("exit", fn("exit", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            throw new PyError(new PyBaseException(Exc.SystemExit, a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0])));
        }}));
        m.put("getsizeof", fn("getsizeof", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("getsizeof", a, k, new String[] {"object", "default"}, 1);
            PyObject o = p[0];
            // A class's own __sizeof__ counts, plus the garbage collector's header (16 bytes) and,
            // for instances with a __dict__, CPython 3.11's two pointers before the object.
            if (o.getType().isHeap() && o.getType().lookup(PyStr.intern("__sizeof__")) instanceof PyFunction) {
                PyObject r = Ops.callMethod(o, "__sizeof__");
                if (!(r instanceof PyInt ri)) throw Exc.typeError("'" + r.getType().tpName() + "' object cannot be interpreted as an integer");
                if (ri.signum() < 0) throw Exc.valueError("__sizeof__() should return >= 0");
                return Ops.binaryOp(ri, PyInt.of(o.getType().instanceDict() ? 32 : 16), Ops.ADD);
            }
            long size = dev.coroscope.engine.runtime.SizeOf.of(o);
            return PyInt.of(size >= 0 ? size : 64);
        }}));
        m.put("intern", fn("intern", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (k != null && k.length > 0) throw Exc.typeError("sys.intern() takes no keyword arguments");
            if (a.length != 1) throw Exc.typeError("sys.intern() takes exactly one argument (" + a.length + " given)");
            if (!(a[0] instanceof PyStr s)) throw Exc.typeError("intern() argument must be str, not " + a[0].getType().name());
            if (s.getClass() != PyStr.class) throw Exc.typeError("can't intern " + a[0].getType().name());
            return PyStr.internObject(s);
        }}));
        m.put("getdefaultencoding", fn("getdefaultencoding", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyStr.of("utf-8");
        }}));
        m.put("get_int_max_str_digits", fn("get_int_max_str_digits", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("get_int_max_str_digits", a, 0);
            return PyInt.of(rt.maxStrDigits);
        }}));
        m.put("set_int_max_str_digits", fn("set_int_max_str_digits", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("set_int_max_str_digits", a, k, new String[] {"maxdigits"}, 1);
            long n = Ops.index(p[0]).longValueOr(Long.MAX_VALUE);
            if (n != 0 && n < 640) throw Exc.valueError("maxdigits must be 0 or larger than 640");
            rt.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.INSTANCE;
        }}));
        m.put("float_info", StructSeq.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.put("hash_info", StructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159), PyInt.ZERO,
                PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        m.put("int_info", StructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.put("flags", StructSeq.make(FLAGS, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO,
                PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ONE, PyInt.ZERO, PyBool.FALSE, PyInt.ZERO,
                PyInt.ZERO, PyBool.FALSE, PyInt.of(-1)));
        m.put("is_finalizing", fn("is_finalizing", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.FALSE;
        }}));
        m.put("api_version", PyInt.of(1013));
        m.put("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        m.put("prefix", PyStr.of("/usr"));
        m.put("exec_prefix", PyStr.of("/usr"));
        m.put("orig_argv", new PyList(new PyObject[] {PyStr.of("python3"), PyStr.of(rt.mainFile == null ? "" : rt.mainFile)}));
        m.put("warnoptions", new PyList());
        m.put("stdlib_module_names", new PySet(true));
    }

    /**
     * set_asyncgen_hooks' arguments (firstiter, finalizer). CPython parses them without a function
     * name, so its errors say "function" and "this function" where other builtins name themselves.
     */
    private static PyObject[] parseHooks(PyObject[] a, String[] k) {
        String[] names = {"firstiter", "finalizer"};
        int npos = Args.positional(a, k);
        int nkw = k == null ? 0 : k.length;
        if (npos + nkw > 2) throw Exc.typeError("function takes at most 2 arguments (" + (npos + nkw) + " given)");
        PyObject[] out = new PyObject[2];
        System.arraycopy(a, 0, out, 0, npos);
        for (int j = 0; j < nkw; j++) {
            int at = k[j].equals(names[0]) ? 0 : k[j].equals(names[1]) ? 1 : -1;
            if (at < 0) throw Exc.typeError("'" + k[j] + "' is an invalid keyword argument for this function");
            if (at < npos) {
                throw Exc.typeError("argument for function given by name ('" + k[j] + "') and position (" + (at + 1) + ")");
            }
            out[at] = a[npos + j];
        }
        return out;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    static final PyType ASYNCGEN_HOOKS = StructSeq.type(null, "asyncgen_hooks", "firstiter", "finalizer");
    static final PyType UNRAISABLE_ARGS = StructSeq.type(null, "UnraisableHookArgs", "exc_type", "exc_value",
            "exc_traceback", "err_msg", "object");

    /** sys.unraisablehook's default (also sys.__unraisablehook__): writes the "Exception ignored in" report. */
    static final PyBuiltinFunction DEFAULT_UNRAISABLEHOOK = new PyBuiltinFunction("unraisablehook", new PyBuiltinFunction.Impl() {
        public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("unraisablehook", a, k, new String[] {"unraisable"}, 1);
            PyObject u = p[0];
            PyObject obj = Ops.getAttr(u, "object");
            PyObject msg = Ops.getAttr(u, "err_msg");
            PyObject value = Ops.getAttr(u, "exc_value");
            Runtime rt = Interp.current().rt;
            StringBuilder sb = new StringBuilder();
            String head = msg == PyNone.INSTANCE ? "Exception ignored in" : Ops.str(msg);
            if (obj != PyNone.INSTANCE) sb.append(head).append(": ").append(Ops.repr(obj)).append('\n');
            else if (msg != PyNone.INSTANCE) sb.append(head).append(":\n");
            if (value instanceof PyBaseException e) sb.append(TracebackPrinter.formatUnraisable(rt, e));
            rt.writeStderr(sb.toString());
            return PyNone.INSTANCE;
        }
    }).inModule("sys");

    /** The argument sys.unraisablehook receives. */
    static PyObject unraisableArgs(PyBaseException exc, PyObject obj) {
        return StructSeq.make(UNRAISABLE_ARGS, exc.getType(), exc, exc.traceback == null ? PyNone.INSTANCE : exc.traceback,
                PyNone.INSTANCE, obj == null ? PyNone.INSTANCE : obj);
    }
    static final PyType VERSION_INFO = StructSeq.type("sys", "version_info", "major", "minor", "micro", "releaselevel", "serial");
    static final PyType FLOAT_INFO = StructSeq.type("sys", "float_info", "max", "max_exp", "max_10_exp", "min", "min_exp",
            "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType HASH_INFO = StructSeq.type("sys", "hash_info", "width", "modulus", "inf", "nan", "imag", "algorithm",
            "hash_bits", "seed_bits", "cutoff");
    static final PyType INT_INFO = StructSeq.type("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final PyType FLAGS = StructSeq.type("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
            "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
            "int_max_str_digits");
}
