package dev.coroscope.engine.ast;

/**
 * A source range. Lines are 1-based; columns are 0-based offsets in characters (UTF-16 code
 * units) within their line, end exclusive, as in CPython's {@code ast} positions but counted in
 * characters rather than UTF-8 bytes.
 */
public record Span(int line, int col, int endLine, int endCol) {

    /** A span covering {@code from} through {@code to}. */
    public static Span of(Span from, Span to) {
        return new Span(from.line, from.col, to.endLine, to.endCol);
    }

    @Override
    public String toString() {
        return line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
