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

    public static final String CALLING = " while calling a Python object";
    public static final String COMPARING = " in comparison";

    /** Makes the named methods of built-in type {@code t} cost a level while they run. */
    static void countMethods(PyType t, String... names) {
        for (String n : names) t.put(n, ((PyMethodDescriptor) t.putValue(n)).counted());
    }

    /** A built-in function that costs a level while it runs. */
    public static PyBuiltinFunction.Impl counted(PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Interp in = Interp.current();
            in.enterCounted(CALLING);
            try {
                return impl.call(a, k);
            } finally {
                in.leaveCounted();
            }
        }};
    }

    /** A method of a built-in type that costs a level while it runs. */
    public static PyMethodDescriptor.Impl counted(PyMethodDescriptor.Impl impl) {
        return new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Interp in = Interp.current();
            in.enterCounted(CALLING);
            try {
                return impl.call(s, a, k);
            } finally {
                in.leaveCounted();
            }
        }};
    }
}
