package dev.coroscope.engine.runtime.text;

/**
 * {@code repr()} and {@code ascii()} of {@code str}, and {@code repr()} of {@code bytes}, exactly as
 * CPython 3.11 writes them.
 *
 * <p>Quotes: single, unless the text contains a single quote and no double quote. Escapes:
 * the chosen quote and backslash with a backslash, {@code \t \n \r}, other control characters and
 * DEL as {@code \xhh}; other characters are kept when printable ({@link Unicode#isPrintable}) and
 * otherwise written as {@code \xhh}, &#92;uhhhh or {@code \Uhhhhhhhh} (lower-case hex).
 * {@code ascii()} escapes every non-ASCII character the same way. A Java string is read by code
 * point, so an unpaired surrogate is one (unprintable) character.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            q = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (!escapeAscii(sb, cp, q)) {
                    sb.append((char) cp);
                }
            } else if (!asciiOnly && Unicode.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                hex(sb, 'x', cp, 2);
            } else if (cp < 0x10000) {
                hex(sb, 'u', cp, 4);
            } else {
                hex(sb, 'U', cp, 8);
            }
        }
        return sb.append(q).toString();
    }

    /**
     * Escapes every non-ASCII character of {@code repr} as {@code \xhh}, {@code \}{@code uhhhh} or
     * {@code \Uhhhhhhhh}: {@code ascii(obj)} is this applied to {@code repr(obj)}.
     */
    public static String asciiEscape(String repr) {
        StringBuilder sb = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80 && sb == null) {
                sb = new StringBuilder(repr.length() + 16).append(repr, 0, i);
            }
            if (sb != null) {
                if (cp < 0x80) {
                    sb.append((char) cp);
                } else if (cp < 0x100) {
                    hex(sb, 'x', cp, 2);
                } else if (cp < 0x10000) {
                    hex(sb, 'u', cp, 4);
                } else {
                    hex(sb, 'U', cp, 8);
                }
            }
            i += n;
        }
        return sb == null ? repr : sb.toString();
    }

    /** Appends the escape of an ASCII character that repr escapes (quote, backslash, controls); false otherwise. */
    private static boolean escapeAscii(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') {
            sb.append('\\').append((char) c);
        } else if (c == '\t') {
            sb.append("\\t");
        } else if (c == '\n') {
            sb.append("\\n");
        } else if (c == '\r') {
            sb.append("\\r");
        } else if (c < 0x20 || c == 0x7f) {
            hex(sb, 'x', c, 2);
        } else {
            return false;
        }
        return true;
    }

    private static void hex(StringBuilder sb, char kind, int v, int digits) {
        sb.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xf]);
        }
    }

    /** {@code repr(b)} of a bytes value ({@code b'...'}); {@code bytearray} wraps it itself. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length);
    }

    /** {@code repr()} of the bytes {@code b[from:to]}. */
    public static String bytesRepr(byte[] b, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(to - from + 3);
        sb.append('b').append(q);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c >= 0x80) {
                hex(sb, 'x', c, 2);
            } else if (!escapeAscii(sb, c, q)) {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
