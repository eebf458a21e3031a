package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyCode;

/** The 3.11 {@code ^^^^} marker lines under traceback source lines. */
final class Carets {
    private Carets() {}

    /** The marker line for instruction {@code lasti} of {@code code}, or null when none is printed. */
    static String line(PyCode code, int lasti, String src, int line) {
        return null;
    }
}
