package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.FloatRepr;
import dev.coroscope.engine.runtime.num.IntText;

import java.math.BigInteger;
import java.util.List;

/**
 * printf-style formatting, {@code fmt % args} for str, exactly as CPython 3.11's
 * {@code PyUnicode_Format}: conversions {@code d i u o x X e E f F g G c s r a %}, {@code %(key)s}
 * with a mapping, {@code *} width and precision taken from the arguments, flags {@code - + space # 0},
 * the ignored length modifiers {@code h l L}, and CPython's errors ({@code not enough arguments for
 * format string}, {@code not all arguments converted during string formatting},
 * {@code %d format: a real number is required, not str}, {@code unsupported format character 'y'
 * (0x79) at index 1}, {@code incomplete format}, {@code format requires a mapping},
 * {@code * wants int}, {@code %c requires int or char}...).
 *
 * <p>Arguments are the VM's objects; everything this class needs to know about them goes through
 * {@link Ops}, whose methods may run Python code and throw.
 *
 * @param <V> the VM's object type
 */
public final class PercentFormat<V> {
    /** What the formatter asks about argument objects. */
    public interface Ops<V> {
        /** The items when {@code v} is a tuple (or tuple subclass), else null. */
        List<V> tupleItems(V v);

        /** Whether {@code v} is a mapping for {@code %} purposes: it supports {@code []} and is not a tuple or str. */
        boolean isMapping(V v);

        /** A bytes or bytearray object: not taken as a mapping argument by {@code bytes % args}. */
        default boolean isBytes(V v) {
            return false;
        }

        /** {@code mapping[key]} (may raise KeyError). */
        V getItem(V mapping, String key);

        String str(V v);

        String repr(V v);

        String ascii(V v);

        /** {@code type(v).__name__}. */
        String typeName(V v);

        /** The text of {@code v} when it is a str, else null. */
        String strValue(V v);

        /** The value when {@code v} is an int (bool included), else null. */
        BigInteger intValue(V v);

        /** CPython's PyNumber_Check: the type has {@code __index__}, {@code __int__} or {@code __float__}. */
        boolean isNumber(V v);

        /** {@code int(v)} for a number ({@code __int__}, {@code __index__}, truncating floats); null if not convertible. */
        BigInteger toInt(V v);

        /** {@code v.__index__()}; null when the type has no {@code __index__}. */
        BigInteger toIndex(V v);

        /** {@code float(v)} as PyFloat_AsDouble does; raises TypeError {@code must be real number, not X}. */
        double toDouble(V v);

        /** Bytes formatting: the bytes of {@code v} (bytes-like or {@code __bytes__}) as Latin-1 text, else null. */
        default String bytesValue(V v) {
            return null;
        }

        /** Bytes formatting: {@code mapping[key]} with the key as bytes (Latin-1 text here). */
        default V getItemBytes(V mapping, String key) {
            return getItem(mapping, key);
        }
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final Ops<V> ops;
    private final int[] fmt;
    private int pos;
    private V args;
    private List<V> tuple;
    private int argLen;
    private int argIdx;
    private V dict;
    private final StringBuilder out = new StringBuilder();
    private final int maxStrDigits;
    /** {@code bytes % args}: the format and result are Latin-1 text, %s/%b want bytes, %r is ascii(). */
    private final boolean bytes;

    private PercentFormat(String format, V args, Ops<V> ops, int maxStrDigits, boolean bytes) {
        this.ops = ops;
        this.bytes = bytes;
        this.fmt = StrOps.codePoints(format);
        this.args = args;
        this.maxStrDigits = maxStrDigits;
        this.tuple = ops.tupleItems(args);
        if (tuple != null) {
            argLen = tuple.size();
            argIdx = 0;
        } else {
            argLen = -1;
            argIdx = -2;
        }
        dict = ops.isMapping(args) && !(bytes && ops.isBytes(args)) ? args : null;
    }

    /** {@code format % args}. */
    public static <V> String format(String format, V args, Ops<V> ops) {
        return format(format, args, ops, IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code format % args} with the given {@code sys.get_int_max_str_digits()}. */
    public static <V> String format(String format, V args, Ops<V> ops, int maxStrDigits) {
        return new PercentFormat<>(format, args, ops, maxStrDigits, false).run();
    }

    /** {@code format % args} for bytes, format and result as Latin-1 text. */
    public static <V> String formatBytes(String format, V args, Ops<V> ops, int maxStrDigits) {
        return new PercentFormat<>(format, args, ops, maxStrDigits, true).run();
    }

    private String run() {
        int n = fmt.length;
        while (pos < n) {
            if (fmt[pos] != '%') {
                out.appendCodePoint(fmt[pos++]);
                continue;
            }
            pos++;
            formatOne();
        }
        if (argIdx < argLen && dict == null) {
            throw PythonError.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private V nextArg() {
        // A non-tuple argument is a one-item sequence: argIdx goes from -2 to -1 on first use.
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? args : tuple.get(i);
        }
        throw PythonError.typeError("not enough arguments for format string");
    }

    /** The code point at the current position, or throws "incomplete format" when none is left. */
    private int next() {
        if (pos >= fmt.length) {
            throw PythonError.valueError("incomplete format");
        }
        return fmt[pos++];
    }

    private void formatOne() {
        if (pos < fmt.length && fmt[pos] == '%') {
            pos++;
            out.append('%');
            return;
        }
        if (pos >= fmt.length) {
            throw PythonError.valueError("incomplete format");
        }
        int flags = 0;
        long width = -1;
        long prec = -1;
        if (fmt[pos] == '(') {
            if (dict == null) {
                throw PythonError.typeError("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0) {
                if (pos >= fmt.length) {
                    throw PythonError.valueError("incomplete format key");
                }
                int c = fmt[pos++];
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            String key = new String(fmt, keyStart, pos - 1 - keyStart);
            args = bytes ? ops.getItemBytes(dict, key) : ops.getItem(dict, key);
            tuple = null;
            argLen = -1;
            argIdx = -2;
        }
        int ch = next();
        while (true) {
            int f = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
            ch = next();
        }
        if (ch == '*') {
            V v = nextArg();
            BigInteger w = ops.intValue(v);
            if (w == null) {
                throw PythonError.typeError("* wants int");
            }
            if (w.bitLength() > 63) {
                throw PythonError.overflowError("Python int too large to convert to C ssize_t");
            }
            width = w.longValue();
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ch = next();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (true) {
                ch = next();
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw PythonError.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            ch = next();
            if (ch == '*') {
                V v = nextArg();
                BigInteger p = ops.intValue(v);
                if (p == null) {
                    throw PythonError.typeError("* wants int");
                }
                if (p.bitLength() > 31) {
                    throw PythonError.overflowError("Python int too large to convert to C int");
                }
                prec = Math.max(p.intValue(), 0);
                ch = next();
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (true) {
                    ch = next();
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw PythonError.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = next();
        }
        convert(ch, flags, width, prec);
        if (dict != null && argIdx < argLen) {
            throw PythonError.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
    }

    private void convert(int ch, int flags, long width, long prec) {
        V v = nextArg();
        String text;
        boolean numeric = false;
        switch (ch) {
            case 's', 'b' -> {
                if (bytes) {
                    text = ops.bytesValue(v);
                    if (text == null) {
                        throw PythonError.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                                + ops.typeName(v) + "'");
                    }
                } else if (ch == 'b') {
                    throw PythonError.valueError("unsupported format character 'b' (0x62) at index " + (pos - 1));
                } else {
                    String s = ops.strValue(v);
                    text = s != null ? s : ops.str(v);
                }
            }
            case 'r' -> text = bytes ? ops.ascii(v) : ops.repr(v);
            case 'a' -> text = ops.ascii(v);
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                text = formatLong(v, ch, flags, prec);
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double x = ops.toDouble(v);
                int p = prec < 0 ? 6 : (int) prec;
                text = FloatRepr.toString(x, (char) ch, p, (flags & F_ALT) != 0 ? FloatRepr.ALT : 0);
                numeric = true;
            }
            case 'c' -> text = bytes ? String.valueOf((char) formatByte(v)) : new String(Character.toChars(formatChar(v)));
            default -> throw PythonError.valueError("unsupported format character '"
                    + (ch >= 31 && ch <= 126 ? String.valueOf((char) ch) : "?") + "' (0x" + Integer.toHexString(ch)
                    + ") at index " + (pos - 1));
        }
        output(text, ch, flags, width, prec, numeric);
    }

    private String formatLong(V v, int type, int flags, long prec) {
        BigInteger n = ops.intValue(v);
        if (n == null) {
            if (!ops.isNumber(v)) {
                throw wrongType(v, type);
            }
            n = (type == 'o' || type == 'x' || type == 'X') ? ops.toIndex(v) : ops.toInt(v);
            if (n == null) {
                throw wrongType(v, type);
            }
        }
        String digits = switch (type) {
            case 'o' -> n.abs().toString(8);
            case 'x', 'X' -> n.abs().toString(16);
            default -> IntText.toDecimal(n.abs(), maxStrDigits);
        };
        StringBuilder sb = new StringBuilder();
        if (n.signum() < 0) {
            sb.append('-');
        }
        if ((flags & F_ALT) != 0 && (type == 'o' || type == 'x' || type == 'X')) {
            sb.append(type == 'o' ? "0o" : "0x");
        }
        for (long i = digits.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(digits);
        String s = sb.toString();
        return type == 'X' ? s.toUpperCase(java.util.Locale.ROOT) : s;
    }

    private PythonError wrongType(V v, int type) {
        String what = (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number";
        return PythonError.typeError("%" + (char) type + " format: " + what + " is required, not " + ops.typeName(v));
    }

    private int formatByte(V v) {
        String b = ops.bytesValue(v);
        if (b != null && ops.strValue(v) == null && ops.intValue(v) == null) {
            if (b.length() == 1) return b.charAt(0);
            throw PythonError.typeError("%c requires an integer in range(256) or a single byte");
        }
        BigInteger n = ops.intValue(v) != null ? ops.intValue(v) : ops.strValue(v) != null ? null : ops.toIndex(v);
        if (n == null) throw PythonError.typeError("%c requires an integer in range(256) or a single byte");
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(255)) > 0) throw PythonError.overflowError("%c arg not in range(256)");
        return n.intValue();
    }

    private int formatChar(V v) {
        String s = ops.strValue(v);
        if (s != null) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw PythonError.typeError("%c requires int or char");
        }
        BigInteger n = ops.toIndex(v);
        if (n == null) {
            throw PythonError.typeError("%c requires int or char");
        }
        if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw PythonError.overflowError("%c arg not in range(0x110000)");
        }
        return n.intValue();
    }

    /** Pads and signs one converted value as CPython's unicode_format_arg_output. */
    private void output(String str, int ch, int flags, long width, long prec, boolean numeric) {
        int[] cps = StrOps.codePoints(str);
        int len = cps.length;
        boolean sign = numeric;
        int fill = (sign && (flags & F_ZERO) != 0) ? '0' : ' ';
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = (int) prec;
        }
        int p = 0;
        int signChar = 0;
        if (sign) {
            int c0 = len > 0 ? cps[0] : 0;
            if (c0 == '-' || c0 == '+') {
                signChar = c0;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signChar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (width > (1L << 26)) {
            throw new PythonError("MemoryError", "");
        }
        if (sign) {
            if (fill != ' ') {
                out.appendCodePoint(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                p += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long i = len; i < width; i++) {
                out.appendCodePoint(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.appendCodePoint(signChar);
            }
            if (prefix) {
                out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                p += 2;
            }
        }
        for (int i = 0; i < len; i++) {
            out.appendCodePoint(cps[p + i]);
        }
        for (long i = len; i < width; i++) {
            out.append(' ');
        }
    }
}
