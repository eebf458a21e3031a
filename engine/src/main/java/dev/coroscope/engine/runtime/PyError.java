package dev.coroscope.engine.runtime;

/**
 * The one Java exception that carries a Python exception through Java code. It has no Java stack
 * trace (building one would cost more than the Python semantics need), and is never shown to a
 * user: the VM turns it into a Python traceback.
 */
public final class PyError extends RuntimeException {

    public final PyBaseException exc;
    /**
     * True for a re-raise ({@code raise} without argument, RERAISE): the frame that re-raises adds
     * no traceback entry of its own, as in CPython.
     */
    public boolean reraise;
    /** False once the VM has set {@code __context__} for this raise. */
    public boolean fresh = true;

    public PyError(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String getMessage() {
        return exc.getType().name() + ": " + exc.str();
    }
}
