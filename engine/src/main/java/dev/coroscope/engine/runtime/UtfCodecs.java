package dev.coroscope.engine.runtime;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-16 and UTF-32 codecs (with byte order mark, little and big endian), as CPython's
 * {@code utf_16}/{@code utf_32} codecs behave: the plain names write a little-endian byte order
 * mark and read either order from one (little-endian without), lone surrogates are refused unless
 * the error handler is {@code surrogatepass}, and decoding errors carry CPython's reasons and
 * byte ranges. Invariant: {@code name} is a normalized codec name accepted by {@link #isUtf1632}.
 */
final class UtfCodecs {
    private UtfCodecs() {}

    static boolean isUtf1632(String name) {
        return name.startsWith("utf-16") || name.startsWith("utf-32");
    }

    private static int unit(String name) {
        return name.startsWith("utf-16") ? 2 : 4;
    }

    static byte[] encode(String s, String name, String errors) {
        int unit = unit(name);
        boolean big = name.endsWith("-be");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!name.endsWith("-le") && !big) write(out, 0xFEFF, unit, false);
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0xD800 || c > 0xDFFF || errors.equals("surrogatepass")) {
                writeCodePoint(out, c, unit, big);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> writeCodePoint(out, '?', unit, big);
                case "backslashreplace", "namereplace" -> {
                    // A lone surrogate has no name: namereplace falls back to the escape.
                    for (char ch : String.format("\\u%04x", c).toCharArray()) writeCodePoint(out, ch, unit, big);
                }
                case "xmlcharrefreplace" -> {
                    for (char ch : ("&#" + c + ";").toCharArray()) writeCodePoint(out, ch, unit, big);
                }
                default -> throw UnicodeErrors.encode(name, s, pos, pos + 1, "surrogates not allowed");
            }
        }
        return out.toByteArray();
    }

    private static void writeCodePoint(ByteArrayOutputStream out, int c, int unit, boolean big) {
        if (unit == 2 && c > 0xFFFF) {
            write(out, Character.highSurrogate(c), 2, big);
            write(out, Character.lowSurrogate(c), 2, big);
        } else {
            write(out, c, unit, big);
        }
    }

    private static void write(ByteArrayOutputStream out, int v, int unit, boolean big) {
        for (int k = 0; k < unit; k++) {
            int shift = big ? 8 * (unit - 1 - k) : 8 * k;
            out.write((v >>> shift) & 0xff);
        }
    }

    private static int read(byte[] b, int at, int unit, boolean big) {
        int v = 0;
        for (int k = 0; k < unit; k++) {
            int shift = big ? 8 * (unit - 1 - k) : 8 * k;
            v |= (b[at + k] & 0xff) << shift;
        }
        return v;
    }

    static String decode(byte[] b, String name, String errors) {
        int unit = unit(name);
        boolean big = name.endsWith("-be");
        int i = 0;
        if (!name.endsWith("-le") && !big && b.length >= unit) {
            // The plain codec reads the byte order from a mark, little-endian without one.
            if (read(b, 0, unit, false) == 0xFEFF) {
                i = unit;
            } else if (read(b, 0, unit, true) == 0xFEFF) {
                i = unit;
                big = true;
            }
        }
        StringBuilder sb = new StringBuilder(b.length / unit + 1);
        boolean pass = errors.equals("surrogatepass");
        while (i < b.length) {
            if (i + unit > b.length) {
                bad(sb, name, errors, b, i, b.length, "truncated data");
                break;
            }
            int v = read(b, i, unit, big);
            if (unit == 4) {
                if (v < 0 || v > 0x10FFFF) {
                    bad(sb, name, errors, b, i, i + 4, "code point not in range(0x110000)");
                } else if (v >= 0xD800 && v <= 0xDFFF && !pass) {
                    bad(sb, name, errors, b, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    sb.appendCodePoint(v);
                }
                i += 4;
                continue;
            }
            if (v < 0xD800 || v > 0xDFFF) {
                sb.append((char) v);
                i += 2;
            } else if (v >= 0xDC00) {
                if (pass) sb.append((char) v);
                else bad(sb, name, errors, b, i, i + 2, "illegal encoding");
                i += 2;
            } else if (i + 4 > b.length) {
                if (pass) {
                    sb.append((char) v);
                    i += 2;
                } else {
                    bad(sb, name, errors, b, i, b.length, "unexpected end of data");
                    break;
                }
            } else {
                int w = read(b, i + 2, 2, big);
                if (w >= 0xDC00 && w <= 0xDFFF) {
                    sb.append((char) v).append((char) w);
                    i += 4;
                } else {
                    if (pass) sb.append((char) v);
                    else bad(sb, name, errors, b, i, i + 2, "illegal UTF-16 surrogate");
                    i += 2;
                }
            }
        }
        return sb.toString();
    }

    /** An undecodable range: the handler's replacement, or CPython's UnicodeDecodeError. */
    private static void bad(StringBuilder sb, String name, String errors, byte[] b, int start, int end, String reason) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xff));
            }
            default -> {
                throw UnicodeErrors.decode(name, b, start, end, reason);
            }
        }
    }
}
