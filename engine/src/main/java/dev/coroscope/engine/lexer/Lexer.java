package dev.coroscope.engine.lexer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns source text into tokens the way CPython 3.11's tokenizer does: INDENT/DEDENT from a stack
 * of indentation columns (a tab moves to the next multiple of 8, and the same line measured with
 * tabs as one column must agree, else {@code TabError}), no NEWLINE inside brackets or for blank
 * and comment-only lines, backslash continuation, a whole string or f-string literal as one STRING
 * token (the parser decodes it), numbers with CPython's checks, identifiers checked against
 * Unicode's identifier rules and NFKC-normalised.
 *
 * <p>The whole file is tokenized eagerly. When a token cannot be made, {@link Result#error()}
 * says why and {@link Result#tokens()} holds every token before that point; the parser raises
 * the error only if it gets that far, as CPython's lazy tokenizer would. Tokenizing is linear in
 * the length of the text.
 */
public final class Lexer {
    /** CPython's MAXLEVEL: more nested brackets than this is "too many nested parentheses". */
    public static final int MAX_LEVEL = 200;
    /** CPython's MAXINDENT: indentation stack depth. */
    public static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;
    private static final int EOF = -1;

    /** The tokens up to the first failure, that failure (or {@code null}), and warnings seen. */
    public record Result(List<Token> tokens, LexError error, List<LexWarning> warnings) {}

    /**
     * A SyntaxWarning the tokenizer issues (e.g. {@code invalid decimal literal} before a
     * keyword) while making the token with index {@code tokenIndex}.
     */
    public record LexWarning(String category, String message, int line, int tokenIndex) {}

    private final Source source;
    private final String s;
    private final int n;
    private int pos;
    /** Line of the most recently read char, updated when the first char of a line is read. */
    private int line = 1;
    private int lineStart;
    private int lineEndPos;
    /**
     * Start of CPython's line buffer: a new line replaces it, except while a token is in
     * progress (a backslash continuation or a multi-line string), when the line is appended.
     */
    private int bufStart;
    private boolean keepBuffer;
    private boolean atBol = true;
    private int level;
    private final char[] parenChar = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];
    private final int[] indStack = new int[MAX_INDENT + 1];
    private final int[] altIndStack = new int[MAX_INDENT + 1];
    private int indent;
    private int pendin;
    /** Offset of the first NUL in the text, or -1: CPython refuses the line holding it. */
    private final int firstNul;
    private final List<Token> tokens;
    private final List<LexWarning> warnings = new ArrayList<>();
    private LexError error;

    private Lexer(Source source) {
        this.source = source;
        String text = source.text();
        // CPython reads a file line by line and supplies a missing final newline.
        this.s = text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? text : text.concat("\n");
        this.n = s.length();
        this.firstNul = s.indexOf('\0');
        this.lineEndPos = lineEndFrom(0);
        this.tokens = new ArrayList<>(Math.max(16, n / 4));
    }

    public static Result tokenize(Source source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return new Result(lexer.tokens, lexer.error, lexer.warnings);
    }

    private void run() {
        if (n > 0 && !checkNulInLine()) {
            return;
        }
        while (true) {
            Token t = nextToken();
            if (t == null || error != null) {
                return;
            }
            tokens.add(t);
            if (t.kind == TokenKind.ENDMARKER) {
                return;
            }
        }
    }

    // ---- reading chars -------------------------------------------------------------------------

    private int lineEndFrom(int p) {
        int nl = s.indexOf('\n', p);
        return nl < 0 ? n : nl;
    }

    private int next() {
        if (pos >= n) {
            pos = n + 1; // so that back() after EOF is harmless
            return EOF;
        }
        if (pos > lineEndPos) {
            line++;
            lineStart = pos;
            lineEndPos = lineEndFrom(pos);
            if (!keepBuffer) {
                bufStart = pos;
            }
            if (!checkNulInLine()) {
                pos = n + 1;
                return EOF;
            }
        }
        return s.charAt(pos++);
    }

    private void back(int c) {
        if (c != EOF) {
            pos--;
        } else if (pos > n) {
            pos = n;
        }
    }

    private int peekChar() {
        return pos < n ? s.charAt(pos) : EOF;
    }

    /** CPython refuses a line holding a NUL byte as soon as it reads that line. */
    private boolean checkNulInLine() {
        int nul = firstNul;
        if (nul < lineStart || nul > lineEndPos) {
            return true;
        }
        // The message quotes the line only up to the NUL, as C string handling does; no caret.
        setError(raised(LexError.Type.SYNTAX, "source code cannot contain null bytes", line, 0, 0,
                s.substring(lineStart, nul)));
        return false;
    }

    // ---- errors --------------------------------------------------------------------------------

    /** The first error wins: anything found while stopping is a consequence of it. */
    private void setError(LexError e) {
        if (error == null) {
            error = e;
        }
    }

    private int cp(int from, int to) {
        return s.codePointCount(from, Math.min(Math.max(to, from), n));
    }

    /** UTF-8 length of s[from, to): CPython's parser-side offsets are byte counts. */
    private int bytes(int from, int to) {
        int b = 0;
        for (int i = from; i < Math.min(to, n); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b++;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                b += 4;
                i++;
            } else {
                b += 3;
            }
        }
        return b;
    }

    private int bracketOffset() {
        if (level == 0) {
            return 0;
        }
        int ls = source.lineStart(parenLine[level - 1]);
        return bytes(ls, ls + parenCol[level - 1]) + 1;
    }

    private String currentLineText() {
        return s.substring(lineStart, Math.min(lineEndPos, n));
    }

    private LexError raised(LexError.Type type, String msg, int errLine, int offset, int endOffset, String text) {
        return new LexError(type, true, msg, errLine, offset, errLine, endOffset, text,
                level > 0 ? parenChar[level - 1] : 0, level > 0 ? parenLine[level - 1] : 0, bracketOffset());
    }

    /** CPython's {@code syntaxerror()}: caret just before the cursor, text up to the line's end. */
    private Token syntaxError(String msg) {
        int off = cp(lineStart, pos);
        setError(raised(LexError.Type.SYNTAX, msg, line, off, off, currentLineText()));
        return null;
    }

    private Token syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        setError(raised(LexError.Type.SYNTAX, msg, line, colOffset, endColOffset, currentLineText()));
        return null;
    }

    /**
     * A status error (CPython's {@code tok->done}); its position is what the parser would compute
     * from the tokenizer's state, so it is fixed here, in UTF-8 bytes as CPython's parser leaves
     * it: {@code offset} 1-based, {@code endOffset} as CPython would store it.
     */
    private Token statusError(LexError.Type type, String msg, int offset, int endOffset) {
        setError(new LexError(type, false, msg, line, offset, line, endOffset, null,
                level > 0 ? parenChar[level - 1] : 0, level > 0 ? parenLine[level - 1] : 0, bracketOffset()));
        return null;
    }

    private Token indentError() {
        return statusError(LexError.Type.TAB, "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    /** UTF-8 length of the current line with its '\n' (CPython's buffer has one even at the end). */
    private int fileLineLengthBytes() {
        return bytes(lineStart, Math.min(lineEndPos + 1, n));
    }

    // ---- tokens --------------------------------------------------------------------------------

    private Token make(TokenKind kind, int start, int end) {
        return make(kind, s.substring(start, end), start, end);
    }

    private Token make(TokenKind kind, String text, int start, int end) {
        int startLine = start >= lineStart ? line : source.lineOf(start);
        int startCol = start - source.lineStart(startLine);
        return new Token(kind, text, start, end, startLine, startCol, line, end - lineStart, level, false);
    }

    private Token synthetic(TokenKind kind, int col) {
        return new Token(kind, "", pos, pos, line, col, line, col, level, true);
    }

    private Token nextToken() {
        nextline:
        while (true) {
            boolean blankline = false;
            if (atBol) {
                atBol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                int c;
                while (true) {
                    c = next();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altcol++;
                    } else if (c == '\f') {
                        col = 0;
                        altcol = 0;
                    } else if (c == '\\') {
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        if (!continuationLine(true)) {
                            return null;
                        }
                    } else {
                        break;
                    }
                }
                back(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indStack[indent]) {
                        if (altcol != altIndStack[indent]) {
                            return indentError();
                        }
                    } else if (col > indStack[indent]) {
                        if (indent + 1 >= MAX_INDENT) {
                            return statusError(LexError.Type.INDENTATION, "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altIndStack[indent]) {
                            return indentError();
                        }
                        pendin++;
                        indStack[++indent] = col;
                        altIndStack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indStack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indStack[indent]) {
                            // CPython places this one at the end of the offending line.
                            return statusError(LexError.Type.INDENTATION,
                                    "unindent does not match any outer indentation level", fileLineLengthBytes(), -1);
                        }
                        if (altcol != altIndStack[indent]) {
                            return indentError();
                        }
                    }
                }
            }

            if (pendin != 0) {
                // At end of file CPython's cursor is at the start of an empty buffer.
                int cursorCol = pos >= n ? 0 : pos - lineStart;
                if (pendin < 0) {
                    pendin++;
                    return synthetic(TokenKind.DEDENT, cursorCol);
                }
                pendin--;
                return synthetic(TokenKind.INDENT, cursorCol);
            }

            while (true) { // "again": after a backslash continuation
                int c;
                do {
                    c = next();
                } while (c == ' ' || c == '\t' || c == '\f');
                back(c);
                int start = pos;
                c = next();

                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = next();
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        return eofInsideBrackets();
                    }
                    return synthetic(TokenKind.ENDMARKER, 0);
                }

                if (isPotentialIdentifierStart(c)) {
                    return identifierOrString(start, c);
                }

                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        continue nextline;
                    }
                    // From a comment's '#' if there is one, to the '\n', as CPython reports it.
                    return new Token(TokenKind.NEWLINE, "", start, pos - 1, line, start - lineStart, line,
                            pos - 1 - lineStart, level, false);
                }

                if (c == '.') {
                    int c2 = next();
                    if (isDigit(c2)) {
                        return fraction(start, c2);
                    }
                    if (c2 == '.') {
                        int c3 = next();
                        if (c3 == '.') {
                            return make(TokenKind.ELLIPSIS, start, pos);
                        }
                        back(c3);
                    }
                    back(c2);
                    pos = start + 1;
                    return make(TokenKind.DOT, start, pos);
                }

                if (isDigit(c)) {
                    return number(start, c);
                }

                if (c == '\'' || c == '"') {
                    return string(start, c);
                }

                if (c == '\\') {
                    if (!continuationLine(false)) {
                        return null;
                    }
                    continue;
                }

                return operator(start, c);
            }
        }
    }

    /**
     * After a backslash: the next char must be the end of the line, and the file must go on.
     * {@code inIndent}: the backslash is in a line's indentation, where CPython has no token
     * started and so reports a missing next line without a column.
     */
    private boolean continuationLine(boolean inIndent) {
        int c = next();
        if (c != '\n') {
            // CPython: "unexpected character after line continuation character", its column
            // counted from the start of its line buffer (the first of the continued lines).
            int off = bytes(bufStart, pos);
            statusError(LexError.Type.SYNTAX, "unexpected character after line continuation character",
                    off, 0);
            return false;
        }
        keepBuffer = !inIndent;
        c = next();
        keepBuffer = false;
        if (c == EOF) {
            statusError(LexError.Type.SYNTAX, "unexpected EOF while parsing", inIndent ? 0 : fileLineLengthBytes(), -1);
            return false;
        }
        back(c);
        return true;
    }

    private Token eofInsideBrackets() {
        // Reported as "'(' was never closed" by the parser, from the bracket stack kept here.
        return statusError(LexError.Type.SYNTAX, "unexpected EOF while parsing", 0, 0);
    }

    // ---- names and string prefixes ------------------------------------------------------------

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
                || c >= 128;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Token identifierOrString(int start, int c) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = next();
            if (c == '"' || c == '\'') {
                return string(start, c);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = next();
        }
        back(c);
        if (!nonAscii) {
            String word = s.substring(start, pos);
            TokenKind kw = TokenKind.keyword(word);
            return kw != null ? make(kw, kw.spelling, start, pos) : make(TokenKind.NAME, word, start, pos);
        }
        String raw = s.substring(start, pos);
        int bad = firstInvalidIdentifierIndex(raw);
        if (bad >= 0) {
            int ch = raw.codePointAt(bad);
            pos = start + bad + Character.charCount(ch);
            String hex = String.format("%04X", ch);
            if (isPrintable(ch)) {
                return syntaxError("invalid character '" + new String(Character.toChars(ch)) + "' (U+" + hex + ")");
            }
            return syntaxError("invalid non-printable character U+" + hex);
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return make(TokenKind.NAME, normalised, start, pos);
    }

    /** Index of the first char that breaks Unicode's identifier rules (XID), or -1. */
    static int firstInvalidIdentifierIndex(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int ch = raw.codePointAt(i);
            boolean ok = i == 0 ? isIdentifierStart(ch) : isIdentifierPart(ch);
            if (!ok) {
                return i;
            }
            i += Character.charCount(ch);
        }
        return -1;
    }

    static boolean isIdentifierStart(int ch) {
        return ch == '_' || (Character.isUnicodeIdentifierStart(ch) && !Character.isIdentifierIgnorable(ch));
    }

    static boolean isIdentifierPart(int ch) {
        return Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch);
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int ch) {
        if (ch == ' ') {
            return true;
        }
        switch (Character.getType(ch)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    // ---- strings -------------------------------------------------------------------------------

    private Token string(int start, int quote) {
        int firstLine = line;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = next();
        if (c == quote) {
            c = next();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1; // the empty string
            }
        }
        if (c != quote) {
            back(c);
        }
        keepBuffer = true;
        while (endQuoteSize != quoteSize) {
            c = next();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detectedAt = line;
                // Reported at the literal's first char, on the line where it began.
                int off = cp(firstLineStart, start + 1);
                int lineEnd = s.indexOf('\n', firstLineStart);
                String text = s.substring(firstLineStart, lineEnd < 0 ? n : lineEnd);
                keepBuffer = false;
                String msg = quoteSize == 3
                        ? "unterminated triple-quoted string literal (detected at line " + detectedAt + ")"
                        : "unterminated string literal (detected at line " + detectedAt + ")";
                setError(raised(LexError.Type.SYNTAX, msg, firstLine, off, off, text));
                return null;
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    next();
                }
            }
        }
        keepBuffer = false;
        String text = s.substring(start, pos);
        int startCol = start - firstLineStart;
        return new Token(TokenKind.STRING, text, start, pos, firstLine, startCol, line, pos - lineStart, level, false);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The keyword's remaining letters follow, and no further name char: "1else" but not "1elsewhere". */
    private boolean lookahead(String rest) {
        if (!s.startsWith(rest, pos)) {
            return false;
        }
        int after = pos + rest.length();
        return after >= n || !isPotentialIdentifierChar(s.charAt(after));
    }

    /**
     * CPython's check after a number: a keyword that may legally follow ({@code 1if x else y})
     * only warns; any other letter or digit glued on is an error.
     */
    private boolean verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        switch (c) {
            case 'a': r = lookahead("nd"); break;
            case 'e': r = lookahead("lse"); break;
            case 'f': r = lookahead("or"); break;
            case 'i': {
                int c2 = peekChar();
                r = c2 == 'f' || c2 == 'n' || c2 == 's';
                break;
            }
            case 'o': r = lookahead("r"); break;
            case 'n': r = lookahead("ot"); break;
            default: break;
        }
        if (r) {
            warnings.add(new LexWarning("SyntaxWarning", "invalid " + kind + " literal", line, tokens.size()));
            return true;
        }
        // A non-ASCII char is left to the next token, which reports it as an invalid character.
        if (c < 128 && isPotentialIdentifierChar(c)) {
            back(c);
            syntaxError("invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    /** Digits and single underscores between digits; returns the char after them, or -2 on error. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = next();
            if (!isDigit(c)) {
                back(c);
                syntaxError("invalid decimal literal");
                return -2;
            }
        }
        return c;
    }

    private Token number(int start, int c) {
        if (c == '0') {
            c = next();
            if (c == 'x' || c == 'X') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (!isHexDigit(c)) {
                        back(c);
                        return syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = next();
                    } while (isHexDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) {
                    return null;
                }
            } else if (c == 'o' || c == 'O') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) {
                            return syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        }
                        back(c);
                        return syntaxError("invalid octal literal");
                    }
                    do {
                        c = next();
                    } while (c >= '0' && c < '8');
                } while (c == '_');
                if (isDigit(c)) {
                    return syntaxError("invalid digit '" + (char) c + "' in octal literal");
                }
                if (!verifyEndOfNumber(c, "octal")) {
                    return null;
                }
            } else if (c == 'b' || c == 'B') {
                c = next();
                do {
                    if (c == '_') {
                        c = next();
                    }
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) {
                            return syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        }
                        back(c);
                        return syntaxError("invalid binary literal");
                    }
                    do {
                        c = next();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) {
                    return syntaxError("invalid digit '" + (char) c + "' in binary literal");
                }
                if (!verifyEndOfNumber(c, "binary")) {
                    return null;
                }
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = next();
                        if (!isDigit(c)) {
                            back(c);
                            return syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = next();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == -2) {
                        return null;
                    }
                }
                if (c == '.') {
                    return fraction(start, next());
                } else if (c == 'e' || c == 'E') {
                    return exponent(start, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start);
                } else if (nonzero) {
                    back(c);
                    return syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers",
                            bytes(lineStart, start) + 1, bytes(lineStart, zerosEnd));
                }
                if (!verifyEndOfNumber(c, "decimal")) {
                    return null;
                }
            }
            back(c);
            return make(TokenKind.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == -2) {
            return null;
        }
        if (c == '.') {
            return fraction(start, next());
        }
        return afterFraction(start, c);
    }

    /** {@code c} is the char after the decimal point. */
    private Token fraction(int start, int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == -2) {
                return null;
            }
        }
        return afterFraction(start, c);
    }

    private Token afterFraction(int start, int c) {
        if (c == 'e' || c == 'E') {
            return exponent(start, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return null;
        }
        back(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    private Token exponent(int start, int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                back(c);
                return syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            back(c);
            if (!verifyEndOfNumber(e, "decimal")) {
                return null;
            }
            pos--; // give the 'e' back: "1e" followed by a keyword
            return make(TokenKind.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == -2) {
            return null;
        }
        if (c == 'j' || c == 'J') {
            return imaginary(start);
        }
        if (!verifyEndOfNumber(c, "decimal")) {
            return null;
        }
        back(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    private Token imaginary(int start) {
        int c = next();
        if (!verifyEndOfNumber(c, "imaginary")) {
            return null;
        }
        back(c);
        return make(TokenKind.NUMBER, start, pos);
    }

    // ---- operators and brackets ---------------------------------------------------------------

    private Token operator(int start, int c) {
        int c2 = peekChar();
        TokenKind two = twoCharOp(c, c2);
        TokenKind kind;
        if (two != null) {
            pos++;
            int c3 = peekChar();
            TokenKind three = threeCharOp(c, c2, c3);
            if (three != null) {
                pos++;
                kind = three;
            } else {
                kind = two;
            }
        } else {
            kind = oneCharOp(c);
        }
        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAX_LEVEL) {
                    return syntaxError("too many nested parentheses");
                }
                parenChar[level] = (char) c;
                parenLine[level] = line;
                parenCol[level] = start - lineStart;
                level++;
                break;
            case ')':
            case ']':
            case '}':
                if (level == 0) {
                    return syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenChar[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'";
                    if (parenLine[level] != line) {
                        msg += " on line " + parenLine[level];
                    }
                    // The bracket is already popped, as in CPython.
                    return syntaxError(msg);
                }
                break;
            default:
                if (kind == TokenKind.OP && !isPrintable(c)) {
                    return syntaxError("invalid non-printable character U+" + String.format("%04X", c));
                }
                break;
        }
        // Operators share their spelling; "<>" and unknown chars keep their own text.
        return make(kind, kind.spelling != null && pos - start == kind.spelling.length()
                && s.startsWith(kind.spelling, start) ? kind.spelling : s.substring(start, pos), start, pos);
    }

    private static TokenKind oneCharOp(int c) {
        switch (c) {
            case '%': return TokenKind.PERCENT;
            case '&': return TokenKind.AMPER;
            case '(': return TokenKind.LPAR;
            case ')': return TokenKind.RPAR;
            case '*': return TokenKind.STAR;
            case '+': return TokenKind.PLUS;
            case ',': return TokenKind.COMMA;
            case '-': return TokenKind.MINUS;
            case '.': return TokenKind.DOT;
            case '/': return TokenKind.SLASH;
            case ':': return TokenKind.COLON;
            case ';': return TokenKind.SEMI;
            case '<': return TokenKind.LESS;
            case '=': return TokenKind.EQUAL;
            case '>': return TokenKind.GREATER;
            case '@': return TokenKind.AT;
            case '[': return TokenKind.LSQB;
            case ']': return TokenKind.RSQB;
            case '^': return TokenKind.CIRCUMFLEX;
            case '{': return TokenKind.LBRACE;
            case '|': return TokenKind.VBAR;
            case '}': return TokenKind.RBRACE;
            case '~': return TokenKind.TILDE;
            default: return TokenKind.OP;
        }
    }

    private static TokenKind twoCharOp(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%': return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&': return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*':
                if (c2 == '*') return TokenKind.DOUBLESTAR;
                return c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+': return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-':
                if (c2 == '=') return TokenKind.MINEQUAL;
                return c2 == '>' ? TokenKind.RARROW : null;
            case '/':
                if (c2 == '/') return TokenKind.DOUBLESLASH;
                return c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':': return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                if (c2 == '>') return TokenKind.NOTEQUAL; // "<>": only valid under barry_as_FLUFL
                if (c2 == '<') return TokenKind.LEFTSHIFT;
                return c2 == '=' ? TokenKind.LESSEQUAL : null;
            case '=': return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>':
                if (c2 == '=') return TokenKind.GREATEREQUAL;
                return c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@': return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^': return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default: return null;
        }
    }

    private static TokenKind threeCharOp(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') return TokenKind.DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TokenKind.DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TokenKind.LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TokenKind.RIGHTSHIFTEQUAL;
        return null;
    }
}
