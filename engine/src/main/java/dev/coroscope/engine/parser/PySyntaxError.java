package dev.coroscope.engine.parser;

/**
 * Thrown when a program cannot be parsed (or, raised by the compiler, cannot be compiled) as
 * Python; {@link #info()} says where and why, and {@link SyntaxErrorInfo#render()} prints it as
 * CPython would. Unchecked, and without a Java stack trace: it is a user's mistake, not ours.
 */
public final class PySyntaxError extends RuntimeException {
    private final SyntaxErrorInfo info;

    public PySyntaxError(SyntaxErrorInfo info) {
        super(info.kind().pythonName() + ": " + info.message(), null, false, false);
        this.info = info;
    }

    public SyntaxErrorInfo info() {
        return info;
    }
}
