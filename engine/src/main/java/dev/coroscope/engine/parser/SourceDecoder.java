package dev.coroscope.engine.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a source file's bytes into the text the lexer reads: UTF-8, an optional BOM dropped,
 * CRLF and lone CR line ends made '\n'. Bytes that are not UTF-8 and NUL bytes are refused with
 * the SyntaxError CPython 3.11 gives for them. (PEP 263 coding declarations other than UTF-8 are
 * not supported: such files must be UTF-8, which every file written by the app is.)
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    public static String decode(byte[] bytes, String filename) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        int bad = firstInvalidUtf8(bytes, start);
        if (bad >= 0) {
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            // CPython reports it without a file/line header: the message carries both.
            String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                    + "encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[bad] & 0xFF, filename, line);
            throw new PySyntaxError(new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, filename, 0, 0, 0,
                    0, null));
        }
        String text = normaliseNewlines(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new PySyntaxError(nulError(text, nul, filename));
        }
        return text;
    }

    /**
     * CPython refuses a line with a NUL byte when it reads it, quoting the line only up to the NUL
     * (C string handling) and printing no caret.
     */
    static SyntaxErrorInfo nulError(String text, int nul, String filename) {
        int line = 1;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "source code cannot contain null bytes",
                filename, line, 0, line, 0, text.substring(lineStart, nul));
    }

    /** CRLF and lone CR become LF, as Python's universal newlines read them. */
    public static String normaliseNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Index of the first byte that does not begin a valid UTF-8 sequence, or -1. */
    static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length - start));
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out = CharBuffer.allocate(out.capacity() * 2);
                continue;
            }
            result = decoder.flush(out);
            if (result.isError()) {
                return in.position();
            }
            return -1;
        }
    }

}
