package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;

/**
 * Where CPython 3.11 charges the recursion limit besides Python frames, so a program recursing
 * through them stops at the same depth with the same message. CPython counts one level for every
 * Python frame and one more, while it runs, for each C-level call that checks
 * ({@code _Py_EnterRecursiveCall}):
 * <ul>
 * <li>calling a class (a heap type's {@code tp_call}, while {@code __new__}/{@code __init__} run)
 *     and calling an instance through {@code __call__}: " while calling a Python object";</li>
 * <li>built-ins the specializing interpreter still calls through a checking path: those taking
 *     one argument or a tuple ({@code repr}, {@code hash}, {@code any}, {@code all}, {@code ascii},
 *     {@code min}, {@code max}, {@code functools.reduce}, {@code str.join}, {@code str.format}),
 *     and {@code sorted}/{@code list.sort}, whose key calls go through a bound method call:
 *     " while calling a Python object";</li>
 * <li>{@code PyObject_RichCompare}, around a class's comparison method: " in comparison";</li>
 * <li>{@code PyObject_Repr}/{@code PyObject_Str} ({@link Ops#repr}, {@link Ops#str}).</li>
 * </ul>
 * Built-ins with a fast path ({@code len}, {@code print}, {@code list()}, {@code next},
 * {@code isinstance}, {@code map}...) cost nothing, as in CPython once a call site is specialized.
 */
public final class RecursionCost {
    private RecursionCost() {}

    /**
     * How many calls of a function CPython 3.11 runs before it specializes its code (the 8th call
     * quickens it). Until then a call of any built-in function or method goes through the generic
     * vectorcall, which checks the recursion limit: one more level while it runs, so recursing
     * through {@code sorted(key=...)} or {@code sum(<genexpr>)} stops a few frames earlier when the
     * recursion starts in a function's first calls.
     */
    public static final int WARM_RUNS = 8;

    /**
     * Whether a call of {@code callable} from a frame of {@code code} costs a level while it runs
     * because that code is not yet specialized: one of the built-in functions of {@link #checkedBuiltin},
     * from a function's first {@link #WARM_RUNS} - 1 calls (module-level code runs
     * once: always). CPython also counts a for loop's passes; the engine, not counting them, takes a
     * call at or after the start of a for loop as specialized.
     */
    public static boolean coldCall(PyCode code, int ip, PyObject callable) {
        // A call inside or after a for loop: the loop's passes have likely specialized the code.
        // (Tested before the callable's name, a set lookup: most hot calls are in loops.)
        if (code.runs >= WARM_RUNS || code.library || ip > code.firstForLoop()) return false;
        return checkedBuiltin(callable);
    }

    /**
     * Whether {@code callable} is a built-in function that calling through CPython's generic path
     * ({@code f(*args)}, never specialized; a function's first calls) costs one level more.
     */
    public static boolean checkedBuiltin(PyObject callable) {
        return callable instanceof PyBuiltinFunction b && b.isPlainBuiltin() && COLD_CHECKED.contains(b.name);
    }

    /**
     * The built-in functions whose generic call is known (measured against python3 with a
     * recursion through each) to cost the level: a function the engine implements in Java where
     * CPython's is Python code (asyncio's loop methods) must not, and print's level is already in
     * the engine's str/repr costs. sorted's own level stands for the list.sort it calls inside;
     * its call is one more.
     */
    private static final java.util.Set<String> COLD_CHECKED = java.util.Set.of(
            "sorted", "sum", "next", "getattr", "hasattr", "round", "format", "iter", "compile", "eval", "exec");

    /** A built-in function's implementation that costs a level while it runs. */
    static final class CountedFunction implements PyBuiltinFunction.Impl {
        private final PyBuiltinFunction.Impl impl;

        CountedFunction(PyBuiltinFunction.Impl impl) {
            this.impl = impl;
        }

        public PyObject call(PyObject[] a, String[] k) {
            Interp in = Interp.current();
            in.enterCounted(CALLING);
            try {
                return impl.call(a, k);
            } finally {
                in.leaveCounted();
            }
        }
    }

    /** A built-in method's implementation that costs a level while it runs. */
    static final class CountedMethod implements PyMethodDescriptor.Impl {
        private final PyMethodDescriptor.Impl impl;

        CountedMethod(PyMethodDescriptor.Impl impl) {
            this.impl = impl;
        }

        public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Interp in = Interp.current();
            in.enterCounted(CALLING);
            try {
                return impl.call(s, a, k);
            } finally {
                in.leaveCounted();
            }
        }
    }

    public static final String CALLING = " while calling a Python object";
    public static final String COMPARING = " in comparison";

    /** Makes the named methods of built-in type {@code t} cost a level while they run. */
    static void countMethods(PyType t, String... names) {
        for (String n : names) t.put(n, ((PyMethodDescriptor) t.putValue(n)).counted());
    }

    /** A built-in function that costs a level while it runs. */
    public static PyBuiltinFunction.Impl counted(PyBuiltinFunction.Impl impl) {
        return new CountedFunction(impl);
    }

    /** A method of a built-in type that costs a level while it runs. */
    public static PyMethodDescriptor.Impl counted(PyMethodDescriptor.Impl impl) {
        return new CountedMethod(impl);
    }
}
