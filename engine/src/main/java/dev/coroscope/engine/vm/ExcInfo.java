package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyObject;

/**
 * One level of "the exception being handled" ({@code sys.exc_info()}): the thread has a chain of
 * these; each generator owns one that is linked in while it runs, as CPython's
 * {@code _PyErr_StackItem}.
 */
public final class ExcInfo {
    /** The handled exception, or null (None). */
    public PyObject value;
    public ExcInfo previous;
}
