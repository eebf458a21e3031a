package dev.coroscope.engine.runtime.text;

/**
 * A Python exception raised by the number and text algorithms, before the VM exists to build a real
 * exception object.
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
public final class PyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    public PyError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception class name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    public static PyError valueError(String message) {
        return new PyError("ValueError", message);
    }

    public static PyError typeError(String message) {
        return new PyError("TypeError", message);
    }

    public static PyError overflowError(String message) {
        return new PyError("OverflowError", message);
    }

    public static PyError zeroDivision(String message) {
        return new PyError("ZeroDivisionError", message);
    }

    /** Renders like the last line of a CPython traceback: {@code ValueError: message}. */
    @Override
    public String toString() {
        String m = getMessage();
        return m == null || m.isEmpty() ? pythonType : pythonType + ": " + m;
    }
}
