package dev.coroscope.engine.parser;

import dev.coroscope.engine.lexer.Source;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How CPython 3.11 measures and quotes source for a syntax error raised by its parser. It reads
 * the line back from the file in chunks of at most 999 bytes and keeps the last chunk (so a very
 * long line is quoted from its tail), and for a UTF-8 file without an encoding declaration it
 * leaves column offsets as UTF-8 byte counts.
 */
final class ErrorText {
    private static final int CHUNK = 999;

    private ErrorText() {}

    /** UTF-8 length of the first {@code chars} chars of {@code s}. */
    static int utf8Length(String s, int chars) {
        int n = Math.min(chars, s.length());
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The line's text as CPython reads it back from the file, '\n' included when present. */
    static String fileLine(Source src, int line) {
        if (line < 1 || line > src.lineCount()) {
            return "";
        }
        String text = src.line(line) + (src.hasNewline(line) ? "\n" : "");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= CHUNK) {
            return text;
        }
        int start = 0;
        while (bytes.length - start > CHUNK) {
            start += CHUNK;
        }
        if (start == bytes.length) {
            start -= CHUNK;
        }
        return new String(Arrays.copyOfRange(bytes, start, bytes.length), StandardCharsets.UTF_8);
    }
}
