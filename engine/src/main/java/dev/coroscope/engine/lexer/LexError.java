package dev.coroscope.engine.lexer;

/**
 * Why tokenizing stopped, positioned exactly as CPython 3.11 reports it. Offsets follow
 * {@code SyntaxError.offset}: 1-based, counted in code points of {@code text}; {@code endOffset}
 * 0 or -1 means "no end" (one caret).
 *
 * <p>{@code raised} tells the two families CPython has apart: errors its tokenizer raises itself
 * (unterminated strings, bad characters and numbers, unmatched brackets) take priority over a
 * parser error found earlier in the file, while status errors (bad dedent, tabs, end of file
 * inside a statement) only count when the parser actually reaches them.
 *
 * <p>{@code openBracket} is the innermost bracket still open when tokenizing stopped (0 if none),
 * with its line and offset, so the parser can report {@code '(' was never closed} the way
 * CPython does when it finds an open bracket on an earlier line than its own error.
 */
public record LexError(Type type, boolean raised, String message, int line, int offset, int endLine,
                       int endOffset, String text, char openBracket, int bracketLine, int bracketOffset) {

    /** The Python exception class. */
    public enum Type {
        SYNTAX("SyntaxError"), INDENTATION("IndentationError"), TAB("TabError");

        public final String pythonName;
        Type(String pythonName) { this.pythonName = pythonName; }
    }
}
