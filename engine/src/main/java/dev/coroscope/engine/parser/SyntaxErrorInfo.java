package dev.coroscope.engine.parser;

import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.lexer.Source;
import java.nio.charset.StandardCharsets;

/**
 * A syntax error as a value, with the fields of CPython's {@code SyntaxError}: {@code line} is
 * 1-based (0 when there is none, as for an undecodable file); {@code offset} and
 * {@code endOffset} are 1-based and hold exactly what CPython 3.11 stores when it runs a file:
 * for errors its tokenizer finds, counts of code points; for errors its parser or compiler finds,
 * counts of UTF-8 bytes (it does not convert them for a file without a coding cookie). 0 or a
 * negative {@code offset} means "no caret", {@code endOffset} 0 or -1 means "one caret".
 * {@code text} is the source line as CPython quotes it, ending in '\n' when the file's line does,
 * or {@code null}.
 */
public record SyntaxErrorInfo(Kind kind, String message, String filename, int line, int offset, int endLine,
                              int endOffset, String text) {

    /** The Python exception class. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        private final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }

        /** The class name Python prints: {@code SyntaxError}, {@code IndentationError}, {@code TabError}. */
        public String pythonName() {
            return pythonName;
        }
    }

    /**
     * An error the compiler finds at {@code span} of {@code source} (e.g. {@code 'return' outside
     * function}), placed as CPython's compiler places it: 1-based UTF-8 byte offsets of the span's
     * start and end, and the file's line as CPython reads it back.
     */
    public static SyntaxErrorInfo at(Kind kind, String message, String filename, String source, Span span) {
        Source src = new Source(source);
        int line = span.line();
        String text = ErrorText.fileLine(src, line);
        int offset = ErrorText.utf8Length(src.line(line), span.col()) + 1;
        int endOffset = ErrorText.utf8Length(src.line(span.endLine()), span.endCol()) + 1;
        return new SyntaxErrorInfo(kind, message, filename, line, offset, span.endLine(), endOffset,
                text.isEmpty() ? null : text);
    }

    /**
     * What CPython 3.11 writes to stderr when this error ends a script: the file and line, the
     * source line without its indentation, a caret line, and {@code Kind: message}. Every line
     * ends in '\n'. The caret arithmetic repeats CPython's, including where it mixes UTF-8 byte
     * lengths with code point offsets.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (line > 0 && filename != null) {
            out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
            if (text != null) {
                renderText(out);
            }
        }
        out.append(kind.pythonName());
        if (message != null && !message.isEmpty()) {
            out.append(": ").append(message);
        }
        out.append('\n');
        return out.toString();
    }

    private void renderText(StringBuilder out) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int lineSize = bytes.length;
        // CPython uses the end position only for SyntaxError itself, not its subclasses.
        boolean exact = kind == Kind.SYNTAX_ERROR;
        long endOff = exact ? endOffset : -1;
        if (exact && endLine > line) {
            endOff = lineSize;
        }
        if (endOff > lineSize + 1) {
            endOff = lineSize + 1;
        }
        long caretRepetitions = (endOff > 0 && endOff > offset) ? endOff - offset : 1;

        long off = offset - 1L;
        int startByte = 0;
        while (startByte < lineSize && (bytes[startByte] == ' ' || bytes[startByte] == '\t' || bytes[startByte] == '\f')) {
            startByte++;
            off--;
        }
        int len = lineSize - startByte;
        if (len > 0 && bytes[lineSize - 1] == '\n') {
            len--;
        }
        if (off > len) {
            off = len;
        }
        // Skip whole lines before the one the offset points into (multi-line texts).
        while (true) {
            int nl = indexOf(bytes, (byte) '\n', startByte);
            if (nl < 0) {
                break;
            }
            int inl = nl - startByte;
            if (inl >= off) {
                break;
            }
            inl += 1;
            startByte += inl;
            len -= inl;
            off -= inl;
        }
        String shown = new String(bytes, startByte, lineSize - startByte, StandardCharsets.UTF_8);
        out.append("    ").append(shown);
        if (startByte + len >= lineSize || bytes[startByte + len] != '\n') {
            out.append('\n');
        }
        if (off < 0) {
            return;
        }
        out.append("    ");
        for (long i = 0; i < off; i++) {
            out.append(' ');
        }
        for (long i = 0; i < caretRepetitions; i++) {
            out.append('^');
        }
        out.append('\n');
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
