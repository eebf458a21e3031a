package dev.coroscope.engine.runtime.text;

/**
 * Unicode character properties as CPython 3.11 sees them (Unicode 14.0).
 */
public final class Unicode {
    private Unicode() {
    }

    /** The decimal digit value of {@code cp} (Unicode category Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
    }
}
