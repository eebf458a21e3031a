package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.text.StrRepr;
import dev.coroscope.engine.runtime.text.Unicode;

import java.math.BigInteger;

/**
 * Text to numbers as {@code int(s, base)} and {@code float(s)} accept it in CPython 3.11.
 *
 * <p>Both first map non-ASCII whitespace to a space and non-ASCII decimal digits (any script) to
 * ASCII digits, as CPython does; only ASCII whitespace ({@code " \t\n\v\f\r"}) and those mapped
 * characters may surround the number. {@code int}: optional sign; with base 0 the prefix picks the
 * base and a nonzero number may not start with {@code 0}; a matching prefix is also allowed for
 * base 2, 8 and 16; one underscore between digits (or right after the prefix). Strings with more
 * than {@code sys.get_int_max_str_digits()} digits in a base that is not a power of two are refused
 * before the rest is checked, as CPython does. {@code float}: decimal notation with optional point
 * and exponent, underscores only between digits, {@code inf}/{@code infinity}/{@code nan} in any case
 * with a sign; out-of-range values become infinities or zeros, never errors.
 *
 * <p>Error messages repeat the caller's original argument via its repr ({@code int()} truncates it
 * to 200 characters, as CPython does).
 */
public final class NumParse {
    private NumParse() {
    }

    /** {@code int(s, base)} for a str {@code s}, with the default digit limit. */
    public static BigInteger parseInt(String s, int base) {
        return parseInt(s, base, IntText.DEFAULT_MAX_STR_DIGITS, null);
    }

    /**
     * {@code int(s, base)}.
     *
     * @param limit         {@code sys.get_int_max_str_digits()} (0: none)
     * @param reprForErrors the argument's repr for the error message, or null to use {@code repr(s)}
     *                      (a {@code bytes} argument passes its own {@code b'...'} repr)
     */
    public static BigInteger parseInt(String s, int base, int limit, String reprForErrors) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        char[] a = toAscii(s);
        int n = a.length;
        int p = 0;
        while (p < n && isAsciiSpace(a[p])) {
            p++;
        }
        boolean negative = false;
        if (p < n && (a[p] == '+' || a[p] == '-')) {
            negative = a[p] == '-';
            p++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            if (at(a, p) != '0') {
                b = 10;
            } else {
                char c = Character.toLowerCase(at(a, p + 1));
                if (c == 'x') {
                    b = 16;
                } else if (c == 'o') {
                    b = 8;
                } else if (c == 'b') {
                    b = 2;
                } else {
                    errorIfNonzero = true;
                    b = 10;
                }
            }
        }
        if (at(a, p) == '0') {
            char c = Character.toLowerCase(at(a, p + 1));
            if ((b == 16 && c == 'x') || (b == 8 && c == 'o') || (b == 2 && c == 'b')) {
                p += 2;
                if (at(a, p) == '_') {
                    p++;
                }
            }
        }
        if (at(a, p) == '_') {
            throw invalidInt(s, base, reprForErrors);
        }
        int start = p;
        StringBuilder digits = new StringBuilder(n - p);
        char prev = 0;
        while (p < n && (digitValue(a[p]) < b || a[p] == '_')) {
            if (a[p] == '_') {
                if (prev == '_') {
                    throw invalidInt(s, base, reprForErrors);
                }
            } else {
                digits.append(a[p]);
            }
            prev = a[p];
            p++;
        }
        if (prev == '_') {
            throw invalidInt(s, base, reprForErrors);
        }
        if ((b & (b - 1)) != 0 && limit > 0 && digits.length() > 640 && digits.length() > limit) {
            throw IntText.parseLimitError(limit, digits.length());
        }
        if (p == start) {
            throw invalidInt(s, base, reprForErrors);
        }
        while (p < n && isAsciiSpace(a[p])) {
            p++;
        }
        if (p != n) {
            throw invalidInt(s, base, reprForErrors);
        }
        BigInteger v;
        if (b == 10 && digits.length() <= 18) {
            v = BigInteger.valueOf(Long.parseLong(digits.toString()));
        } else {
            v = new BigInteger(digits.toString(), b);
        }
        if (errorIfNonzero && v.signum() != 0) {
            throw invalidInt(s, base, reprForErrors);
        }
        return negative ? v.negate() : v;
    }

    private static PythonError invalidInt(String s, int base, String repr) {
        String r = repr != null ? repr : StrRepr.repr(s);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return PythonError.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** {@code float(s)} for a str {@code s}. */
    public static double parseFloat(String s) {
        return parseFloat(s, null);
    }

    /** {@code float(s)}; {@code reprForErrors} as in {@link #parseInt(String, int, int, String)}. */
    public static double parseFloat(String s, String reprForErrors) {
        char[] a = toAscii(s);
        int n = a.length;
        if (s.indexOf('_') >= 0) {
            // Underscores must sit between two digits; they are then dropped.
            StringBuilder sb = new StringBuilder(n);
            char prev = 0;
            for (char c : a) {
                if (c == 0) {
                    throw invalidFloat(s, reprForErrors);
                }
                if (c == '_') {
                    if (!(prev >= '0' && prev <= '9')) {
                        throw invalidFloat(s, reprForErrors);
                    }
                } else {
                    sb.append(c);
                    if (prev == '_' && !(c >= '0' && c <= '9')) {
                        throw invalidFloat(s, reprForErrors);
                    }
                }
                prev = c;
            }
            if (prev == '_') {
                throw invalidFloat(s, reprForErrors);
            }
            a = sb.toString().toCharArray();
            n = a.length;
        }
        int p = 0;
        int last = n;
        while (p < last && isAsciiSpace(a[p])) {
            p++;
        }
        if (p == last) {
            throw invalidFloat(s, reprForErrors);
        }
        while (last - 1 > p && isAsciiSpace(a[last - 1])) {
            last--;
        }
        int begin = p;
        boolean negative = false;
        if (a[p] == '+' || a[p] == '-') {
            negative = a[p] == '-';
            p++;
        }
        String word = new String(a, p, last - p).toLowerCase(java.util.Locale.ROOT);
        switch (word) {
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return negative ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
            }
            default -> {
            }
        }
        int mant = 0;
        while (p < last && isDigit(a[p])) {
            p++;
            mant++;
        }
        if (p < last && a[p] == '.') {
            p++;
            while (p < last && isDigit(a[p])) {
                p++;
                mant++;
            }
        }
        if (mant == 0) {
            throw invalidFloat(s, reprForErrors);
        }
        if (p < last && (a[p] == 'e' || a[p] == 'E')) {
            int q = p + 1;
            if (q < last && (a[q] == '+' || a[q] == '-')) {
                q++;
            }
            int expDigits = 0;
            while (q < last && isDigit(a[q])) {
                q++;
                expDigits++;
            }
            if (expDigits > 0) {
                p = q;
            }
        }
        if (p != last) {
            throw invalidFloat(s, reprForErrors);
        }
        return Double.parseDouble(new String(a, begin, last - begin));
    }

    private static PythonError invalidFloat(String s, String repr) {
        return PythonError.valueError("could not convert string to float: " + (repr != null ? repr : StrRepr.repr(s)));
    }

    /** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII; unknown characters become '?'. */
    private static char[] toAscii(String s) {
        char[] out = new char[s.codePointCount(0, s.length())];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                out[k++] = (char) cp;
            } else if (Unicode.isSpace(cp)) {
                out[k++] = ' ';
            } else {
                int d = Unicode.decimalValue(cp);
                out[k++] = d >= 0 ? (char) ('0' + d) : '?';
            }
        }
        return out;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char at(char[] a, int i) {
        return i < a.length ? a[i] : 0;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char l = (char) (c | 0x20);
        if (l >= 'a' && l <= 'z') {
            return l - 'a' + 10;
        }
        return 99;
    }
}
