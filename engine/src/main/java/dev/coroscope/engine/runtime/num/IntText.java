package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.math.BigInteger;

/**
 * Integers to text as CPython 3.11 writes them: {@code str(n)} with the int/str conversion length
 * limit ({@code sys.set_int_max_str_digits}, default 4300 digits, applied to decimal only), and
 * {@code bin}/{@code oct}/{@code hex} with their prefixes after the sign ({@code -0x1f}).
 */
public final class IntText {
    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private IntText() {
    }

    /** {@code str(n)} with the default digit limit. */
    public static String toDecimal(BigInteger n) {
        return toDecimal(n, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code str(n)}; {@code limit} is {@code sys.get_int_max_str_digits()} (0 means no limit).
     * Raises CPython's ValueError when the result would have more than {@code limit} digits.
     */
    public static String toDecimal(BigInteger n, int limit) {
        if (limit > 0 && n.bitLength() > 2000) {
            // A quick refusal for numbers far beyond the limit, before the costly conversion
            // (bitLength * log10(2) is a lower bound for the digit count, minus one).
            if ((long) ((n.bitLength() - 1) * 0.30102999566398119) + 1 > limit) {
                throw strLimitError(limit);
            }
            String s = n.toString();
            int digits = s.length() - (n.signum() < 0 ? 1 : 0);
            if (digits > limit) {
                throw strLimitError(limit);
            }
            return s;
        }
        return n.toString();
    }

    /** The ValueError of {@code str(n)} over the limit. */
    public static PythonError strLimitError(int limit) {
        return PythonError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** The ValueError of {@code int(s)} over the limit. */
    public static PythonError parseLimitError(int limit, long digits) {
        return PythonError.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** Digits of {@code |n|} in {@code base} (2..36), lower case, no sign or prefix. */
    public static String absDigits(BigInteger n, int base) {
        return n.abs().toString(base);
    }

    /** {@code bin(n)}, {@code oct(n)}, {@code hex(n)}: base 2, 8 or 16 with the {@code 0b/0o/0x} prefix. */
    public static String prefixed(BigInteger n, int base) {
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("base " + base);
        };
        String digits = n.abs().toString(base);
        return (n.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /** {@code bin(n)} etc. for a long. */
    public static String prefixed(long n, int base) {
        return prefixed(BigInteger.valueOf(n), base);
    }
}
