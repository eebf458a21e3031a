package dev.coroscope.engine.parser;

/**
 * The parser ran out of nesting depth. CPython's parser reports this as a bare
 * {@code MemoryError} (no traceback, no location) for programs nested several thousand levels
 * deep; callers should print {@link #render()} and exit with status 1.
 */
public final class ParserMemoryError extends RuntimeException {
    public ParserMemoryError() {
        super("MemoryError", null, false, false);
    }

    /** What CPython writes to stderr. */
    public String render() {
        return "MemoryError\n";
    }
}
