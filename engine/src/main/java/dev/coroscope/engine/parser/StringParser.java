package dev.coroscope.engine.parser;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.lexer.Lexer;
import dev.coroscope.engine.lexer.Source;
import dev.coroscope.engine.lexer.Token;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of adjacent STRING tokens into one Constant (str or bytes) or, when an f-string is
 * among them, one JoinedStr, with CPython 3.11's rules: escapes decoded (with the same error
 * messages and positions as its {@code unicode_escape} codec), adjacent literal text merged,
 * every part spanning the whole run, and each replacement field's expression parsed by a
 * sub-parser on {@code "(" + text + ")"} whose tokens are placed where the text really is.
 */
final class StringParser {
    /** f-strings nest at most this deep ({@code {x:{y}}} is depth 2). */
    private static final int MAX_FSTRING_NESTING = 2;
    private static final int MAX_FIELD_BRACKETS = 200;

    private final Parser parser;
    private Span whole;

    StringParser(Parser parser) {
        this.parser = parser;
    }

    private record Literal(boolean bytes, boolean raw, boolean fstring, String body, int bodyStart) {}

    private static Literal split(String text) {
        int p = 0;
        boolean bytes = false;
        boolean raw = false;
        boolean f = false;
        while (true) {
            char c = text.charAt(p);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                f = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
            p++;
        }
        char q = text.charAt(p);
        int ql = text.length() - p >= 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q ? 3 : 1;
        return new Literal(bytes, raw, f, text.substring(p + ql, text.length() - ql), p + ql);
    }

    Expr concatenate(List<Token> tokens, Span span) {
        this.whole = span;
        boolean bytesMode = false;
        boolean fmode = false;
        ByteArrayOutputStream bytesOut = null;
        StringBuilder pending = new StringBuilder();
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Literal lit = split(t.text);
            byte[] decodedBytes = null;
            String decoded = null;
            if (lit.bytes) {
                decodedBytes = decodeBytes(t, lit);
            } else if (!lit.fstring) {
                decoded = lit.raw ? lit.body : decodeUnicodeEscapes(lit.body);
            }
            if (i != 0 && bytesMode != lit.bytes) {
                throw parser.errorAtLast("cannot mix bytes and nonbytes literals");
            }
            bytesMode = lit.bytes;
            if (lit.fstring) {
                fmode = true;
                parseFStringRange(t, t.text, lit.bodyStart, lit.bodyStart + lit.body.length(), lit.raw, 0, whole,
                        pending, values);
            } else if (bytesMode) {
                if (bytesOut == null) {
                    bytesOut = new ByteArrayOutputStream();
                }
                bytesOut.writeBytes(decodedBytes);
            } else {
                pending.append(decoded);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(span, new Ast.Bytes(bytesOut.toByteArray()));
        }
        if (!fmode) {
            return new Expr.Constant(span, pending.toString());
        }
        flush(pending, values, span);
        return new Expr.JoinedStr(span, values);
    }

    private static void flush(StringBuilder pending, List<Expr> values, Span partSpan) {
        if (pending.length() > 0) {
            values.add(new Expr.Constant(partSpan, pending.toString()));
            pending.setLength(0);
        }
    }

    // ---- f-strings --------------------------------------------------------------------------

    /**
     * Parses f-string text {@code text[i, end)} (a body, or a nested format spec when
     * {@code level > 0}) into literal text (appended to {@code pending}) and FormattedValues
     * (appended to {@code values}), each part spanning {@code partSpan}: the whole run of strings
     * at the top level, the token itself inside a format spec, as CPython places them. Returns the
     * index in {@code text} where it stopped.
     */
    private int parseFStringRange(Token t, String text, int i, int end, boolean raw, int level, Span partSpan,
                                  StringBuilder pending, List<Expr> values) {
        while (true) {
            // Literal text up to an undoubled brace.
            int litStart = i;
            boolean doubled = false;
            while (i < end) {
                char ch = text.charAt(i++);
                if (!raw && ch == '\\' && i < end) {
                    ch = text.charAt(i++);
                    if (ch == 'N') {
                        // "\N{NAME}": the braces belong to the escape.
                        if (i < end && text.charAt(i++) == '{') {
                            while (i < end && text.charAt(i++) != '}') {
                                // skip the name
                            }
                        }
                        continue;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (level == 0) {
                        if (i < end && text.charAt(i) == ch) {
                            doubled = true;
                            break;
                        }
                        if (ch == '}') {
                            throw parser.errorAtLast("f-string: single '}' is not allowed");
                        }
                    }
                    i--;
                    break;
                }
            }
            int litEnd = i;
            if (litEnd > litStart) {
                String chunk = text.substring(litStart, litEnd);
                pending.append(raw ? chunk : decodeUnicodeEscapes(chunk));
            }
            if (doubled) {
                i++; // skip the second brace
                continue;
            }
            if (i >= end || text.charAt(i) == '}') {
                break;
            }
            // At '{': a replacement field.
            i = replacementField(t, text, i, end, raw, level, partSpan, pending, values);
        }
        if (level == 0 && i < end) {
            throw parser.errorAtLast("f-string: unexpected end of string");
        }
        if (level != 0 && (i >= end || text.charAt(i) != '}')) {
            throw parser.errorAtLast("f-string: expecting '}'");
        }
        return i;
    }

    private int replacementField(Token t, String text, int brace, int end, boolean raw, int level, Span partSpan,
                                 StringBuilder pending, List<Expr> values) {
        if (level >= MAX_FSTRING_NESTING) {
            throw parser.errorAtLast("f-string: expressions nested too deeply");
        }
        int i = brace + 1;
        int exprStart = i;
        char quote = 0;
        int quoteLen = 0;
        char[] stack = new char[MAX_FIELD_BRACKETS];
        int depth = 0;
        for (; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '\\') {
                throw parser.errorAtLast("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteLen == 3) {
                        if (i + 2 < end && text.charAt(i + 1) == ch && text.charAt(i + 2) == ch) {
                            i += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (i + 2 < end && text.charAt(i + 1) == ch && text.charAt(i + 2) == ch) {
                    quoteLen = 3;
                    i += 2;
                } else {
                    quoteLen = 1;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_FIELD_BRACKETS) {
                    throw parser.errorAtLast("f-string: too many nested parenthesis");
                }
                stack[depth++] = ch;
            } else if (ch == '#') {
                throw parser.errorAtLast("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (i + 1 < end) {
                    char next = text.charAt(i + 1);
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        i++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw parser.errorAtLast("f-string: unmatched '" + ch + "'");
                }
                char opening = stack[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw parser.errorAtLast("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        int exprEnd = i;
        if (quote != 0) {
            throw parser.errorAtLast("f-string: unterminated string");
        }
        if (depth != 0) {
            throw parser.errorAtLast("f-string: unmatched '" + stack[depth - 1] + "'");
        }
        if (i >= end) {
            throw parser.errorAtLast("f-string: expecting '}'");
        }
        Expr value = compileField(t, text, brace, exprStart, exprEnd);
        String debugText = null;
        if (text.charAt(i) == '=') {
            i++;
            while (i < end && isAsciiSpace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                throw parser.errorAtLast("f-string: expecting '}'");
            }
            debugText = text.substring(exprStart, i);
        }
        int conversion = -1;
        if (text.charAt(i) == '!') {
            i++;
            if (i >= end) {
                throw parser.errorAtLast("f-string: expecting '}'");
            }
            conversion = text.charAt(i++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw parser.errorAtLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (i < end && text.charAt(i) == ':') {
            i++;
            if (i >= end) {
                throw parser.errorAtLast("f-string: expecting '}'");
            }
            StringBuilder specPending = new StringBuilder();
            List<Expr> specValues = new ArrayList<>();
            Span tokenSpan = new Span(t.line, t.col, t.endLine, t.endCol);
            i = parseFStringRange(t, text, i, end, raw, level + 1, tokenSpan, specPending, specValues);
            flush(specPending, specValues, tokenSpan);
            formatSpec = new Expr.JoinedStr(tokenSpan, specValues);
        }
        if (i >= end || text.charAt(i) != '}') {
            throw parser.errorAtLast("f-string: expecting '}'");
        }
        i++;
        if (debugText != null) {
            pending.append(debugText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        flush(pending, values, partSpan);
        values.add(new Expr.FormattedValue(partSpan, value, conversion, formatSpec));
        return i;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    /**
     * Parses the field text {@code text[exprStart, exprEnd)} as CPython does: the text wrapped
     * in parentheses, its tokens placed at the real position of the field (the '(' where the
     * '{' is), errors prefixed with "f-string: " and quoting the wrapped text.
     */
    private Expr compileField(Token t, String text, int brace, int exprStart, int exprEnd) {
        int k = exprStart;
        while (k < exprEnd) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                break;
            }
            k++;
        }
        if (k == exprEnd) {
            char endCh = text.charAt(exprEnd);
            if (endCh == '!' || endCh == ':' || endCh == '=') {
                throw parser.errorAtLast("f-string: expression required before '" + endCh + "'");
            }
            throw parser.errorAtLast("f-string: empty expression not allowed");
        }
        // Where CPython places the sub-parser's first line.
        int lines = 0;
        for (int j = 0; j < brace; j++) {
            if (text.charAt(j) == '\n') {
                lines++;
            }
        }
        boolean newlineAfterBrace = true;
        for (int j = brace + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int s = brace;
            while (s > 0 && text.charAt(s) != '\n') {
                s--;
            }
            cols = brace - s;
            if (text.charAt(s) == '\n') {
                cols--;
            }
        }
        int startingLine = t.line + lines;
        int startingCol = lines != 0 ? cols : t.col + cols;

        Source sub = new Source("(".concat(text.substring(exprStart, exprEnd)).concat(")"));
        Lexer.Result lexed = Lexer.tokenize(sub);
        List<Token> shifted = new ArrayList<>(lexed.tokens().size());
        for (Token x : lexed.tokens()) {
            shifted.add(shift(x, startingLine, startingCol));
        }
        Parser p = new Parser(sub, parser.filename(), shifted, shiftError(lexed.error(), startingLine), true,
                startingLine, startingCol);
        return p.parseFStringExpr();
    }

    private static Token shift(Token x, int startingLine, int startingCol) {
        int line = startingLine + x.line - 1;
        int col = x.line == 1 ? startingCol + x.col : x.col;
        int endLine = startingLine + x.endLine - 1;
        int endCol = x.endLine == 1 ? startingCol + x.endCol : x.endCol;
        return new Token(x.kind, x.text, x.start, x.end, line, col, endLine, endCol, x.level, x.synthetic);
    }

    private static dev.coroscope.engine.lexer.LexError shiftError(dev.coroscope.engine.lexer.LexError e,
                                                                  int startingLine) {
        if (e == null) {
            return null;
        }
        return new dev.coroscope.engine.lexer.LexError(e.type(), e.raised(), e.message(), startingLine + e.line() - 1,
                e.offset(), startingLine + e.endLine() - 1, e.endOffset(), e.text(), e.openBracket(),
                e.bracketLine(), e.bracketOffset());
    }

    // ---- escapes ----------------------------------------------------------------------------

    private byte[] decodeBytes(Token t, Literal lit) {
        String body = lit.body;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw parser.errorOnToken("bytes can only contain ASCII literal characters", t);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        if (lit.raw) {
            for (int i = 0; i < body.length(); i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        int n = body.length();
        for (int i = 0; i < n; ) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw parser.errorAtLast("(value error) Trailing \\ in string");
            }
            c = body.charAt(i++);
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    if (i + 1 < n && hex(body.charAt(i)) >= 0 && hex(body.charAt(i + 1)) >= 0) {
                        out.write(hex(body.charAt(i)) * 16 + hex(body.charAt(i + 1)));
                        i += 2;
                    } else {
                        throw parser.errorAtLast("(value error) invalid \\x escape at position " + start);
                    }
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
                    break;
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /**
     * Python's escape decoding for a non-raw str literal. Error positions count bytes of the
     * buffer CPython really decodes, where each non-ASCII character became a 10-byte
     * {@code \UXXXXXXXX} escape and a backslash before one became {@code \u005c}.
     */
    private String decodeUnicodeEscapes(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        int n = body.length();
        StringBuilder out = new StringBuilder(n);
        int bpos = 0; // position in CPython's transformed buffer
        for (int i = 0; i < n; ) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                int len = Character.charCount(cp);
                out.append(body, i, i + len);
                bpos += cp < 0x80 ? 1 : 10;
                i += len;
                continue;
            }
            int start = bpos;
            i++;
            if (i >= n || body.charAt(i) >= 0x80) {
                // Becomes "\u005c": a literal backslash.
                out.append('\\');
                bpos += 6;
                continue;
            }
            c = body.charAt(i++);
            bpos += 2;
            switch (c) {
                case '\n': break;
                case '\\': out.append('\\'); break;
                case '\'': out.append('\''); break;
                case '"': out.append('"'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 't': out.append('\t'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 'v': out.append((char) 0x0b); break;
                case 'a': out.append((char) 0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + (body.charAt(i++) - '0');
                        bpos++;
                    }
                    out.append((char) v);
                    break;
                }
                case 'x':
                case 'u':
                case 'U': {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < count; k++) {
                        int h = i < n ? hex(body.charAt(i)) : -1;
                        if (h < 0) {
                            String what = c == 'x' ? "truncated \\xXX escape"
                                    : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                            throw unicodeError(start, bpos, what);
                        }
                        v = v * 16 + h;
                        i++;
                        bpos++;
                    }
                    if (v > 0x10FFFF) {
                        throw unicodeError(start, bpos, "illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                    break;
                }
                case 'N': {
                    if (i >= n || body.charAt(i) != '{') {
                        throw unicodeError(start, bpos, "malformed \\N character escape");
                    }
                    int close = body.indexOf('}', i + 1);
                    int nameEnd = close;
                    // Non-ASCII inside the name counts 10 bytes each in CPython's buffer.
                    if (close < 0 || close == i + 1) {
                        int endPos = bpos + transformedLength(body, i, close < 0 ? n : close + 1);
                        throw unicodeError(start, close < 0 ? endPos : endPos, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 1, nameEnd);
                    int endPos = bpos + transformedLength(body, i, close + 1);
                    int cp = lookupName(name);
                    if (cp < 0) {
                        throw unicodeError(start, endPos, "unknown Unicode character name");
                    }
                    out.appendCodePoint(cp);
                    bpos = endPos;
                    i = close + 1;
                    break;
                }
                default:
                    // An unknown escape keeps its backslash (CPython only warns).
                    out.append('\\').append(c);
                    break;
            }
        }
        return out.toString();
    }

    private static int transformedLength(String s, int from, int to) {
        int len = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            len += cp < 0x80 ? 1 : 10;
            i += Character.charCount(cp);
        }
        return len;
    }

    private static int lookupName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
        }
        if (!name.equals(name.strip()) || name.isEmpty()) {
            return -1;
        }
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private Parser.SpecificError unicodeError(int start, int end, String reason) {
        String where = end - start == 1 ? "can't decode byte 0x5c in position " + start
                : "can't decode bytes in position " + start + "-" + (end - 1);
        return parser.errorAtLast("(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }
}
