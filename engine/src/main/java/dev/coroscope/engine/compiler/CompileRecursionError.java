package dev.coroscope.engine.compiler;

/**
 * The program nests statements, expressions and patterns deeper than CPython 3.11's compiler
 * allows (its recursion limit times 3, less three per Python frame already running): CPython
 * raises {@code RecursionError: maximum recursion depth exceeded during compilation} before
 * anything runs, e.g. for a 3,000-term {@code 1+1+...+1} at module level.
 */
public final class CompileRecursionError extends RuntimeException {
    public static final String MESSAGE = "maximum recursion depth exceeded during compilation";

    public CompileRecursionError() {
        super(MESSAGE, null, false, false);
    }
}
