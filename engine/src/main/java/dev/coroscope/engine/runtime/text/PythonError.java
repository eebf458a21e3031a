package dev.coroscope.engine.runtime.text;

/**
 * A Python exception raised by the number and text algorithms, described by class name and
 * message because these packages know nothing of the VM's exception objects. (It is deliberately
 * not called PyError: that is the VM's carrier of a live Python exception, which the VM builds from
 * this one when it catches it.)
 *
 * <p>{@link #pythonType()} is the name of a built-in Python exception class ({@code "ValueError"},
 * {@code "TypeError"}, {@code "OverflowError"}, {@code "ZeroDivisionError"}, {@code "KeyError"},
 * {@code "IndexError"}, {@code "MemoryError"}...) and {@link #getMessage()} is the single argument
 * CPython 3.11.7 passes to it, which is also {@code str(exc)} except for {@code KeyError} (whose str
 * is the repr of the argument: the VM builds {@code KeyError(message)}). An empty message means an
 * exception raised without arguments ({@code MemoryError()}). The VM converts it to the Python
 * exception of that class; nothing else is carried, so the Java stack trace is not recorded at all
 * (it never reaches a user).
 */
public final class PythonError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public PythonError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    public static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    public static PythonError typeError(String message) {
        return new PythonError("TypeError", message);
    }

    public static PythonError overflowError(String message) {
        return new PythonError("OverflowError", message);
    }

    public static PythonError zeroDivision(String message) {
        return new PythonError("ZeroDivisionError", message);
    }

    /** Renders like the last line of a CPython traceback: {@code ValueError: message}. */
    @Override
    public String toString() {
        String m = getMessage();
        return m == null || m.isEmpty() ? pythonType : pythonType + ": " + m;
    }
}
