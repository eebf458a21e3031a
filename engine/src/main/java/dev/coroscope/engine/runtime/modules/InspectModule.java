package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;

/** {@code inspect}: the predicates and state queries for generators and coroutines. */
public final class InspectModule {
    private InspectModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("inspect");
    }

    /** {@code inspect.NAME(obj)}: whether {@code obj} is one of the engine's {@code kind} objects. */
    private static void instancePredicate(PyModule m, String name, Class<? extends PyObject> kind) {
        m.put(name, fn(name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(kind.isInstance(one(a, name)));
        }}));
    }

    /** inspect's descriptor predicates leave classes, methods and functions out whatever their type says. */
    private static boolean plainRoutineOrClass(PyObject o) {
        return o instanceof PyType || o instanceof PyMethod || o instanceof PyFunction;
    }

    /** Whether {@code type(o)} has {@code __get__} (built-in descriptor kinds are known by class). */
    private static boolean hasGet(PyObject o) {
        if (o instanceof PyMethodDescriptor || o instanceof PyClassMethod || o instanceof PyStaticMethod
                || o instanceof PyProperty || o instanceof PyGetSetDescriptor || o instanceof PyMemberDescriptor) return true;
        return o.getType().isHeap() && o.getType().lookup(PyStr.of("__get__")) != null;
    }

    static PyObject one(PyObject[] a, String name) {
        if (a.length != 1) throw Exc.typeError(name + "() takes 1 positional argument but " + a.length + " were given");
        return a[0];
    }

    /** Unwraps bound methods and functools.partial, as inspect does for the *function predicates. */
    static PyObject unwrap(PyObject f) {
        for (int i = 0; i < 100; i++) {
            if (f instanceof PyMethod m) f = m.func;
            else if (f.getType().name().equals("partial") && Ops.getAttrOrNull(f, PyStr.intern("func")) != null) {
                f = Ops.getAttr(f, "func");
            } else break;
        }
        return f;
    }

    static boolean codeFlag(PyObject f, int flag) {
        f = unwrap(f);
        return f instanceof PyFunction fn && (fn.code.flags & flag) != 0;
    }

    /** Names the Python part {@code _inspect_sig} defines, loaded on first use. */
    private static final java.util.Set<String> LAZY = java.util.Set.of(
            "signature", "Signature", "Parameter", "BoundArguments", "getmro", "getdoc", "cleandoc", "getmembers",
            "formatannotation", "stack", "trace", "getframeinfo", "getouterframes", "getinnerframes", "FrameInfo",
            "Traceback", "getfile", "getsourcefile", "getsourcelines", "getsource", "unwrap",
            "FullArgSpec", "getfullargspec", "getcallargs", "ArgInfo", "getargvalues", "formatargvalues",
            "ClosureVars", "getclosurevars", "get_annotations", "getmodule");

    public static void init(Interp in, PyModule m) {
        m.put("__getattr__", fn("__getattr__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            String name = a.length == 1 && a[0] instanceof PyStr s ? s.value() : "";
            if (!LAZY.contains(name)) throw Exc.attributeError("module 'inspect' has no attribute '" + name + "'", m, (PyStr) a[0]);
            PyModule sig = Interp.current().rt.modules.get("_inspect_sig");
            for (String n : LAZY) m.put(n, sig.get(n));
            return sig.get(name);
        }}));
        m.put("CO_OPTIMIZED", PyInt.of(PyCode.CO_OPTIMIZED));
        m.put("CO_NEWLOCALS", PyInt.of(PyCode.CO_NEWLOCALS));
        m.put("CO_VARARGS", PyInt.of(PyCode.CO_VARARGS));
        m.put("CO_VARKEYWORDS", PyInt.of(PyCode.CO_VARKEYWORDS));
        m.put("CO_NESTED", PyInt.of(PyCode.CO_NESTED));
        m.put("CO_GENERATOR", PyInt.of(PyCode.CO_GENERATOR));
        m.put("CO_NOFREE", PyInt.of(PyCode.CO_NOFREE));
        m.put("CO_COROUTINE", PyInt.of(PyCode.CO_COROUTINE));
        m.put("CO_ITERABLE_COROUTINE", PyInt.of(PyCode.CO_ITERABLE_COROUTINE));
        m.put("CO_ASYNC_GENERATOR", PyInt.of(PyCode.CO_ASYNC_GENERATOR));
        for (String s : new String[] {"CREATED", "RUNNING", "SUSPENDED", "CLOSED"}) {
            m.put("CORO_".concat(s), PyStr.of("CORO_".concat(s)));
            m.put("GEN_".concat(s), PyStr.of("GEN_".concat(s)));
        }
        m.put("getcoroutinestate", fn("getcoroutinestate", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject c = one(a, "getcoroutinestate");
            if (!(c instanceof PyCoroutine co)) {
                // inspect reads the attributes, so other objects get AttributeError (or a duck-typed answer).
                return PyStr.of(duckState(c, "cr", "CORO_"));
            }
            return PyStr.of("CORO_" + co.state().name());
        }}));
        m.put("getgeneratorstate", fn("getgeneratorstate", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject g = one(a, "getgeneratorstate");
            if (!(g instanceof PyGenerator gen)) {
                // inspect reads the attributes, so other objects get AttributeError (or a duck-typed answer).
                return PyStr.of(duckState(g, "gi", "GEN_"));
            }
            return PyStr.of("GEN_" + gen.state().name());
        }}));
        m.put("getcoroutinelocals", fn("getcoroutinelocals", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject c = one(a, "getcoroutinelocals");
            if (c instanceof PyCoroutine co) return co.finished ? new PyDict() : co.frame.localsDict();
            return new PyDict();
        }}));
        m.put("getgeneratorlocals", fn("getgeneratorlocals", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject g = one(a, "getgeneratorlocals");
            if (!(g instanceof PyGenerator gen)) throw Exc.typeError(Ops.repr(g) + " is not a Python generator");
            return gen.finished ? new PyDict() : gen.frame.localsDict();
        }}));
        instancePredicate(m, "iscoroutine", PyCoroutine.class);
        instancePredicate(m, "isgenerator", PyGenerator.class);
        instancePredicate(m, "isasyncgen", PyAsyncGenerator.class);
        m.put("isawaitable", fn("isawaitable", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject o = one(a, "isawaitable");
            if (o instanceof PyCoroutine) return PyBool.TRUE;
            if (o instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) return PyBool.TRUE;
            return PyBool.of(!(o instanceof PyType) && o.getType().lookup(Ops.S_AWAIT) != null);
        }}));
        m.put("iscoroutinefunction", fn("iscoroutinefunction", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(codeFlag(one(a, "iscoroutinefunction"), PyCode.CO_COROUTINE));
        }}));
        m.put("isgeneratorfunction", fn("isgeneratorfunction", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(codeFlag(one(a, "isgeneratorfunction"), PyCode.CO_GENERATOR));
        }}));
        m.put("isasyncgenfunction", fn("isasyncgenfunction", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(codeFlag(one(a, "isasyncgenfunction"), PyCode.CO_ASYNC_GENERATOR));
        }}));
        instancePredicate(m, "isfunction", PyFunction.class);
        instancePredicate(m, "ismethod", PyMethod.class);
        instancePredicate(m, "isclass", PyType.class);
        instancePredicate(m, "ismodule", PyModule.class);
        m.put("isbuiltin", fn("isbuiltin", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // A bound slot method ([].__iter__) is a method-wrapper, not a builtin, in CPython.
            return PyBool.of(one(a, "isbuiltin").getType() == PyBuiltinFunction.TYPE);
        }}));
        m.put("ismethodwrapper", fn("ismethodwrapper", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(one(a, "ismethodwrapper").getType() == PyBuiltinFunction.WRAPPER_TYPE);
        }}));
        m.put("ismethoddescriptor", fn("ismethoddescriptor", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject o = one(a, "ismethoddescriptor");
            return PyBool.of(!plainRoutineOrClass(o) && hasGet(o) && !Descriptors.isData(o));
        }}));
        m.put("isdatadescriptor", fn("isdatadescriptor", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject o = one(a, "isdatadescriptor");
            return PyBool.of(!plainRoutineOrClass(o) && Descriptors.isData(o));
        }}));
        instancePredicate(m, "isgetsetdescriptor", PyGetSetDescriptor.class);
        instancePredicate(m, "ismemberdescriptor", PyMemberDescriptor.class);
        m.put("isabstract", fn("isabstract", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject o = one(a, "isabstract");
            if (!(o instanceof PyType t)) return PyBool.FALSE;
            PyObject am = t.lookup(PyStr.of("__abstractmethods__"));
            if (am == null || am instanceof PyGetSetDescriptor) return PyBool.FALSE;
            return PyBool.of(Ops.isTrue(Ops.getAttr(o, PyStr.of("__abstractmethods__"))));
        }}));
        instancePredicate(m, "isframe", Frame.class);
        instancePredicate(m, "iscode", PyCode.class);
        instancePredicate(m, "istraceback", PyTraceback.class);
        m.put("isroutine", fn("isroutine", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject o = one(a, "isroutine");
            return PyBool.of(o instanceof PyFunction || o instanceof PyMethod || o instanceof PyBuiltinFunction
                    || o instanceof PyMethodDescriptor);
        }}));
        m.put("currentframe", fn("currentframe", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Frame f = in.frame;
            while (f != null && f.code.library) f = f.back;
            return f == null ? PyNone.INSTANCE : f;
        }}));
        m.put("getattr_static", fn("getattr_static", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject v = a[0].getDict() != null ? a[0].getDict().get(a[1]) : null;
            if (v == null) v = a[0].getType().lookup((PyStr) a[1]);
            if (v == null) {
                if (a.length > 2) return a[2];
                throw Ops.noAttribute(a[0], (PyStr) a[1]);
            }
            return v;
        }}));
    }

    /** CPython's getcoroutinestate/getgeneratorstate on any object: attribute reads (3.11 has no getasyncgenstate). */
    private static String duckState(PyObject o, String p, String prefix) {
        if (Ops.isTrue(Ops.getAttr(o, p + "_running"))) return prefix + "RUNNING";
        if (Ops.isTrue(Ops.getAttr(o, p + "_suspended"))) return prefix + "SUSPENDED";
        if (Ops.getAttr(o, p + "_frame") == PyNone.INSTANCE) return prefix + "CLOSED";
        return prefix + "CREATED";
    }
}
