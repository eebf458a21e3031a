package dev.coroscope.engine.runtime;

import java.util.IdentityHashMap;

/**
 * Marks a container whose repr is being built, so a container that contains itself prints
 * {@code [...]} instead of recursing forever (CPython's {@code Py_ReprEnter}). One set per run.
 */
public final class ReprGuard {
    private final IdentityHashMap<PyObject, Boolean> active;
    private final PyObject obj;

    public ReprGuard(IdentityHashMap<PyObject, Boolean> active, PyObject obj) {
        this.active = active;
        this.obj = obj;
    }

    public void exit() {
        active.remove(obj);
    }
}
