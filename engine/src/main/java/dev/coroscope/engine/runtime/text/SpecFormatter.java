package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.FloatRepr;
import dev.coroscope.engine.runtime.num.IntText;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} for {@code int}, {@code float} and {@code str}: CPython 3.11's
 * {@code int.__format__}, {@code float.__format__} and {@code str.__format__} (the standard
 * format-spec mini-language, see {@link FormatSpec}).
 *
 * <p>Mirrors CPython in: the empty spec meaning {@code str(value)} (the caller should send an empty
 * spec of an object whose {@code __str__} is overridden to that {@code __str__}); ints formatted with
 * float types go through {@code float(n)}; floats are correctly rounded from their exact binary value;
 * {@code %} multiplies by 100 in floating point first; {@code n} uses the C locale (no grouping);
 * zero padding ({@code 0} or fill {@code 0} with {@code =}) is grouped like the digits
 * ({@code format(1234, '08,')} is {@code '0,001,234'}); {@code z} drops the sign of a negative
 * result that rounds to zero. {@code typeName} is the value's Python type name for messages
 * ({@code bool} formats as an int with a non-empty spec). Errors are {@link PythonError}s with CPython's
 * messages.
 */
public final class SpecFormatter {
    /**
     * Results longer than this raise MemoryError instead of exhausting the Java heap (CPython would
     * try to allocate them; a teaching program never needs 64 million characters of padding).
     */
    static final long MAX_WIDTH = 1L << 26;

    private SpecFormatter() {
    }

    /**
     * {@code object.__format__(spec)}: {@code str(obj)} for an empty spec, otherwise CPython's
     * TypeError ({@code unsupported format string passed to Point.__format__}).
     */
    public static String formatObject(String strOfObject, String spec, String typeName) {
        if (!spec.isEmpty()) {
            throw PythonError.typeError("unsupported format string passed to " + typeName + ".__format__");
        }
        return strOfObject;
    }

    // ------------------------------------------------------------------ str

    /** {@code format(s, spec)} for a str. */
    public static String formatStr(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        FormatSpec f = FormatSpec.parse(spec, 's', '<', typeName);
        if (f.type != 's') {
            throw unknownCode(f.type, typeName);
        }
        if (f.sign != 0) {
            throw PythonError.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PythonError.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PythonError.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = s.codePointCount(0, s.length());
        if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
            return s;
        }
        String body = s;
        if (f.precision >= 0 && len >= f.precision) {
            body = s.substring(0, s.offsetByCodePoints(0, (int) f.precision));
            len = (int) f.precision;
        }
        return pad(body, len, f);
    }

    /** Pads {@code body} ({@code len} code points) to the spec's width with its fill and alignment. */
    private static String pad(String body, long len, FormatSpec f) {
        long total = Math.max(f.width, len);
        if (total > MAX_WIDTH) {
            throw new PythonError("MemoryError", "");
        }
        long padding = total - len;
        long left = switch (f.align) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder((int) Math.min(total + 8, MAX_WIDTH));
        repeat(sb, f.fill, left);
        sb.append(body);
        repeat(sb, f.fill, padding - left);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int cp, long n) {
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(cp);
        }
    }

    // ------------------------------------------------------------------ int

    /** {@code format(n, spec)} for an int. */
    public static String formatInt(long n, String spec, String typeName) {
        return formatInt(n, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code format(n, spec)} for an int that fits a long, without going through BigInteger. */
    public static String formatInt(long n, String spec, String typeName, int maxStrDigits) {
        if (n == Long.MIN_VALUE) {
            return formatInt(BigInteger.valueOf(n), spec, typeName, maxStrDigits);
        }
        if (spec.isEmpty()) {
            return Long.toString(n);
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                if (f.type == 'd' && isPlainDecimal(f)) {
                    return plainDecimal(n, f);
                }
                return formatIntInternal(n, null, f, maxStrDigits);
            }
            default -> {
                return formatInt(BigInteger.valueOf(n), spec, typeName, maxStrDigits);
            }
        }
    }

    /** Widest padding {@link #plainDecimal} builds itself (far below {@link #MAX_WIDTH}). */
    private static final long PLAIN_MAX_WIDTH = 1 << 12;

    /**
     * Whether a {@code 'd'} spec is one of the everyday ones ({@code 06d}, {@code >4}, {@code <8},
     * {@code ^7}, {@code +d}...): no grouping, precision or {@code z} (errors or other layouts are
     * left to {@link #formatIntInternal}), a fill from the BMP and a modest width.
     */
    private static boolean isPlainDecimal(FormatSpec f) {
        return f.precision == -1 && !f.noNegZero && f.grouping == FormatSpec.GROUP_NONE
                && f.fill < 0x10000 && !Character.isSurrogate((char) f.fill) && f.width <= PLAIN_MAX_WIDTH;
    }

    /**
     * {@link #layoutNumber} for a base-10 long and a plain spec ({@link #isPlainDecimal}), in one
     * char array: sign as the spec asks, zero extension for {@code 0}/{@code =} with fill
     * {@code 0}, then the fill on the side(s) the alignment says. {@code n} is not Long.MIN_VALUE.
     */
    private static String plainDecimal(long n, FormatSpec f) {
        char sign = switch (f.sign) {
            case '+' -> n < 0 ? '-' : '+';
            case ' ' -> n < 0 ? '-' : ' ';
            default -> n < 0 ? '-' : 0;
        };
        int nSign = sign != 0 ? 1 : 0;
        long abs = Math.abs(n);
        int nDigits = decimalLength(abs);
        int width = (int) f.width;
        int zeros = f.fill == '0' && f.align == '=' ? Math.max(0, width - nSign - nDigits) : 0;
        int padding = Math.max(0, width - (nSign + zeros + nDigits));
        int lpad = 0, spad = 0;
        switch (f.align) {
            case '<' -> { }
            case '^' -> lpad = padding / 2;
            case '=' -> spad = padding;
            default -> lpad = padding;
        }
        int rpad = padding - lpad - spad;
        char fill = (char) f.fill;
        char[] out = new char[lpad + nSign + spad + zeros + nDigits + rpad];
        int p = 0;
        for (int i = 0; i < lpad; i++) out[p++] = fill;
        if (sign != 0) out[p++] = sign;
        for (int i = 0; i < spad; i++) out[p++] = fill;
        for (int i = 0; i < zeros; i++) out[p++] = '0';
        p += nDigits;
        for (int i = p; i < out.length; i++) out[i] = fill;
        int q = p;
        do {
            out[--q] = (char) ('0' + abs % 10);
            abs /= 10;
        } while (abs != 0);
        return new String(out);
    }

    /** Number of decimal digits of {@code v >= 0} (1 for 0). */
    private static int decimalLength(long v) {
        int d = 1;
        while (v >= 10) {
            v /= 10;
            d++;
        }
        return d;
    }

    /** {@code format(n, spec)} for an int, with the default int/str digit limit. */
    public static String formatInt(BigInteger n, String spec, String typeName) {
        return formatInt(n, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code format(n, spec)} for an int; {@code maxStrDigits} is {@code sys.get_int_max_str_digits()}. */
    public static String formatInt(BigInteger n, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.toDecimal(n, maxStrDigits);
        }
        FormatSpec f = FormatSpec.parse(spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatIntInternal(0, n, f, maxStrDigits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double d = n.doubleValue();
                if (Double.isInfinite(d)) {
                    throw PythonError.overflowError("int too large to convert to float");
                }
                return formatFloatInternal(d, f);
            }
            default -> throw unknownCode(f.type, typeName);
        }
    }

    /** The integer presentation types for {@code big}, or for {@code small} when {@code big} is null. */
    private static String formatIntInternal(long small, BigInteger big, FormatSpec f, int maxStrDigits) {
        if (f.precision != -1) {
            throw PythonError.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PythonError.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PythonError.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PythonError.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (big != null && big.bitLength() > 63) {
                throw PythonError.overflowError("Python int too large to convert to C long");
            }
            long x = big == null ? small : big.longValue();
            if (x < 0 || x > 0x10ffff) {
                throw PythonError.overflowError("%c arg not in range(0x110000)");
            }
            // The character goes through as "remainder" text: never grouped or zero-extended.
            return layoutNumber(f, (char) 0, "", "", false, new String(Character.toChars((int) x)),
                    FormatSpec.GROUP_NONE, false);
        }
        int base = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = big == null ? Long.toString(Math.abs(small), base)
                : base == 10 ? IntText.toDecimal(big.abs(), maxStrDigits) : big.abs().toString(base);
        String prefix = "";
        if (f.alternate) {
            prefix = switch (base) {
                case 2 -> "0b";
                case 8 -> "0o";
                case 16 -> "0x";
                default -> "";
            };
        }
        char signChar = (big == null ? small < 0 : big.signum() < 0) ? '-' : 0;
        int grouping = f.type == 'n' ? FormatSpec.GROUP_NONE : f.grouping;
        return layoutNumber(f, signChar, prefix, digits, false, "", grouping, f.type == 'X');
    }

    // ------------------------------------------------------------------ float

    /** {@code format(x, spec)} for a float. */
    public static String formatFloat(double x, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
                return formatFloatInternal(x, f);
            }
            default -> throw unknownCode(f.type, typeName);
        }
    }

    private static String formatFloatInternal(double val, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw PythonError.valueError("precision too big");
        }
        int precision = (int) f.precision;
        int flags = 0;
        if (f.alternate) {
            flags |= FloatRepr.ALT;
        }
        if (f.noNegZero) {
            flags |= FloatRepr.NO_NEG_0;
        }
        int type = f.type;
        int defaultPrecision = 6;
        if (type == 0) {
            flags |= FloatRepr.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean addPct = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String text = FloatRepr.toString(val, (char) type, precision, flags);
        if (addPct) {
            text = text + "%";
        }
        char signChar = 0;
        int start = 0;
        if (text.charAt(0) == '-') {
            signChar = '-';
            start = 1;
        }
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        String digits = text.substring(start, i);
        boolean hasDecimal = i < text.length() && text.charAt(i) == '.';
        String remainder = text.substring(hasDecimal ? i + 1 : i);
        int grouping = f.type == 'n' ? FormatSpec.GROUP_NONE : f.grouping;
        return layoutNumber(f, signChar, "", digits, hasDecimal, remainder, grouping, false);
    }

    // ------------------------------------------------------------------ complex

    /**
     * {@code format(z, spec)} for a complex with a non-empty spec, as CPython's
     * format_complex_internal: both parts formatted like floats (the imaginary one always signed
     * unless the real part is left out), no padding inside, then {@code j}, parentheses for the
     * default type, and the whole padded to the width.
     */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        FormatSpec f = FormatSpec.parse(spec, 0, '>', typeName);
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw unknownCode(f.type, typeName);
        }
        if (f.fill == '0') {
            throw PythonError.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw PythonError.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PythonError.valueError("precision too big");
        }
        int flags = (f.alternate ? FloatRepr.ALT : 0) | (f.noNegZero ? FloatRepr.NO_NEG_0 : 0);
        int type = f.type;
        int defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        int precision = (int) f.precision;
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        int grouping = f.type == 'n' ? FormatSpec.GROUP_NONE : f.grouping;
        StringBuilder body = new StringBuilder();
        if (parens) body.append('(');
        if (!skipRe) body.append(complexPart(FloatRepr.toString(re, (char) type, precision, flags), f.sign, grouping));
        body.append(complexPart(FloatRepr.toString(im, (char) type, precision, flags), skipRe ? f.sign : '+', grouping));
        body.append('j');
        if (parens) body.append(')');
        String text = body.toString();
        return pad(text, text.length(), f);
    }

    /** One part of a complex: its sign as the sign option asks, its integer digits grouped. */
    private static String complexPart(String text, char signOption, int grouping) {
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        String digits = text.substring(start, i);
        String sign = negative ? "-" : signOption == '+' ? "+" : signOption == ' ' ? " " : "";
        String grouped = digits.isEmpty() || grouping == FormatSpec.GROUP_NONE ? digits : group(digits, 0, grouping);
        return sign + grouped + text.substring(i);
    }

    // ------------------------------------------------------------------ shared number layout

    /**
     * Assembles {@code <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>} as CPython's
     * calc_number_widths/fill_number do: only one of the three paddings is non-empty, and with fill
     * {@code 0} and {@code =} alignment the padding becomes grouped leading zeros.
     */
    private static String layoutNumber(FormatSpec f, char signChar, String prefix, String digits,
                                       boolean hasDecimal, String remainder, int grouping, boolean upper) {
        char sign = 0;
        switch (f.sign) {
            case '+' -> sign = signChar == '-' ? '-' : '+';
            case ' ' -> sign = signChar == '-' ? '-' : ' ';
            default -> sign = signChar == '-' ? '-' : 0;
        }
        int nSign = sign != 0 ? 1 : 0;
        long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigit : 0;
        if (minWidth > MAX_WIDTH) {
            throw new PythonError("MemoryError", "");
        }
        String grouped = digits.isEmpty() ? "" : group(digits, (int) Math.max(minWidth, Integer.MIN_VALUE), grouping);
        if (upper) {
            grouped = grouped.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        long padding = f.width - (nonDigit + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            if (f.width > MAX_WIDTH) {
                throw new PythonError("MemoryError", "");
            }
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder((int) Math.max(f.width, 0) + grouped.length() + remainder.length() + 4);
        repeat(sb, f.fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        repeat(sb, f.fill, spad);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        repeat(sb, f.fill, rpad);
        return sb.toString();
    }

    /**
     * Inserts separators into {@code digits}, extending with leading zeros (and separators) until at
     * least {@code minWidth} characters, as CPython's _PyUnicode_InsertThousandsGrouping does.
     */
    static String group(String digits, int minWidth, int grouping) {
        int size;
        char sep;
        switch (grouping) {
            case FormatSpec.GROUP_COMMA -> {
                size = 3;
                sep = ',';
            }
            case FormatSpec.GROUP_UNDERSCORE -> {
                size = 3;
                sep = '_';
            }
            case FormatSpec.GROUP_UNDERSCORE_FOUR -> {
                size = 4;
                sep = '_';
            }
            default -> {
                int l = Math.max(Math.max(digits.length(), minWidth), 1);
                if (l == digits.length()) {
                    return digits;
                }
                return "0".repeat(l - digits.length()) + digits;
            }
        }
        StringBuilder rev = new StringBuilder(digits.length() * 4 / 3 + 4);
        int remaining = digits.length();
        int end = digits.length();
        boolean useSep = false;
        long mw = minWidth;
        while (true) {
            int l = (int) Math.min(size, Math.max(Math.max(remaining, mw), 1));
            int zeros = Math.max(0, l - remaining);
            int chars = Math.max(0, Math.min(remaining, l));
            if (useSep) {
                rev.append(sep);
            }
            for (int k = 0; k < chars; k++) {
                rev.append(digits.charAt(--end));
            }
            for (int k = 0; k < zeros; k++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= chars;
            mw -= l;
            if (remaining <= 0 && mw <= 0) {
                break;
            }
            mw -= 1;
        }
        return rev.reverse().toString();
    }

    private static PythonError unknownCode(int type, String typeName) {
        return PythonError.valueError("Unknown format code " + FormatSpec.quoteType(type) + " for object of type '"
                + typeName + "'");
    }
}
