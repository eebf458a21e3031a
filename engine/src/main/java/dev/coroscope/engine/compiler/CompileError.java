package dev.coroscope.engine.compiler;

import dev.coroscope.engine.ast.Span;

/**
 * A SyntaxError found while compiling (after parsing): {@code 'return' outside function},
 * {@code 'await' outside async function}, misplaced {@code break}, bad nonlocal/global... The
 * caller turns it into the parser's {@code PySyntaxError} so both kinds print the same way.
 */
public final class CompileError extends RuntimeException {

    public final Span span;

    public CompileError(String message, Span span) {
        super(message, null, false, false);
        this.span = span;
    }
}
