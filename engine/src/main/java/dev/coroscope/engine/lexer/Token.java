package dev.coroscope.engine.lexer;

/**
 * One token. Positions are absolute char offsets into the source ({@code start}, {@code end},
 * end exclusive) and line/column pairs (lines 1-based, columns 0-based in chars), as CPython's
 * tokenizer reports them: a NEWLINE is zero-width at its '\n'; a STRING starts on the line of its
 * prefix and may end on a later line.
 *
 * <p>INDENT, DEDENT and ENDMARKER are {@link #synthetic}: CPython gives them no source range, and
 * when such a token is where a syntax error is reported, the caret is placed from the tokenizer's
 * cursor instead; {@code col} then holds that cursor column (0 at end of file).
 */
public final class Token {
    public final TokenKind kind;
    /** NAME: the NFKC-normalised identifier; every other kind: the exact source text. */
    public final String text;
    public final int start;
    public final int end;
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;
    /** Bracket nesting depth after this token, as CPython's {@code token->level}. */
    public final int level;
    public final boolean synthetic;

    public Token(TokenKind kind, String text, int start, int end, int line, int col, int endLine, int endCol,
                 int level, boolean synthetic) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.level = level;
        this.synthetic = synthetic;
    }

    @Override
    public String toString() {
        return kind + (text.isEmpty() ? "" : " '" + text + "'") + " " + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
