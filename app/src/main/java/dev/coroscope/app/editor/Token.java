package dev.coroscope.app.editor;

/**
 * A highlighted range of source text: characters {@code start} (inclusive) to {@code end}
 * (exclusive). Invariant: {@code 0 <= start < end}.
 */
public record Token(TokenKind kind, int start, int end) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative range " + start + ".." + end);
        }
    }

    /** The characters of {@code source} this token covers. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
