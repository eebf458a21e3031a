package dev.coroscope.engine.runtime.text;

/**
 * A parsed standard format specifier, {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]},
 * as CPython 3.11's {@code parse_internal_render_format_spec} reads it for {@code int}, {@code float}
 * and {@code str}.
 *
 * <p>Parsing only checks what can be checked without knowing the value's type (grouping against the
 * presentation type, both {@code ,} and {@code _}, missing precision, leftover characters); the
 * type-specific checks live in {@link SpecFormatter}. Widths and precisions accept any Unicode
 * decimal digits, as CPython does. Errors are {@link PythonError}s with CPython's messages.
 */
public final class FormatSpec {
    /** Grouping: none. */
    public static final int GROUP_NONE = 0;
    /** Grouping: {@code ,} every three digits. */
    public static final int GROUP_COMMA = 1;
    /** Grouping: {@code _} every three digits. */
    public static final int GROUP_UNDERSCORE = 2;
    /** Grouping: {@code _} every four digits (binary, octal, hex). */
    public static final int GROUP_UNDERSCORE_FOUR = 3;

    /** The fill code point (default space). */
    public final int fill;
    /** One of {@code < > ^ =}. */
    public final char align;
    /** Whether the fill character was given explicitly. */
    public final boolean fillSpecified;
    /** Whether an alignment was given explicitly. */
    public final boolean alignSpecified;
    /** {@code '+'}, {@code '-'}, {@code ' '} or {@code 0} when absent. */
    public final char sign;
    /** The {@code z} option: coerce negative zero. */
    public final boolean noNegZero;
    /** The {@code #} option. */
    public final boolean alternate;
    /** Width, or -1 when absent. */
    public final long width;
    /** One of the {@code GROUP_*} constants. */
    public final int grouping;
    /** Precision, or -1 when absent. */
    public final long precision;
    /** The presentation type code point, or the caller's default (0 for none). */
    public final int type;

    private FormatSpec(int fill, char align, boolean fillSpecified, boolean alignSpecified, char sign,
                       boolean noNegZero, boolean alternate, long width, int grouping, long precision,
                       int type) {
        this.fill = fill;
        this.align = align;
        this.fillSpecified = fillSpecified;
        this.alignSpecified = alignSpecified;
        this.sign = sign;
        this.noNegZero = noNegZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec}.
     *
     * @param defaultType  the type when none is given: {@code 'd'} for int, {@code 's'} for str,
     *                     {@code 0} for float
     * @param defaultAlign {@code '>'} for numbers, {@code '<'} for strings
     * @param typeName     the Python type name of the value, for error messages
     */
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        // Programs format with a handful of specs over and over (f"{i:06d}" in a loop); a parsed
        // spec is immutable and its success does not depend on typeName, so it is reused. One
        // table per (default type, default alignment): no key to build on every call.
        java.util.concurrent.ConcurrentHashMap<String, FormatSpec> cache = cacheFor(defaultType, defaultAlign);
        if (cache == null) {
            return parseUncached(spec, defaultType, defaultAlign, typeName);
        }
        FormatSpec cached = cache.get(spec);
        if (cached != null) {
            return cached;
        }
        FormatSpec f = parseUncached(spec, defaultType, defaultAlign, typeName);
        if (cache.size() >= CACHE_MAX) {
            cache.clear();
        }
        cache.put(spec, f);
        return f;
    }

    private static final int CACHE_MAX = 256;
    /** Specs of ints ('d', '>'), strs ('s', '<') and floats and complexes (0, '>'). */
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> INT_SPECS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> STR_SPECS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> FLOAT_SPECS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static java.util.concurrent.ConcurrentHashMap<String, FormatSpec> cacheFor(int defaultType, char defaultAlign) {
        if (defaultType == 'd' && defaultAlign == '>') return INT_SPECS;
        if (defaultType == 's' && defaultAlign == '<') return STR_SPECS;
        if (defaultType == 0 && defaultAlign == '>') return FLOAT_SPECS;
        return null;
    }

    private static FormatSpec parseUncached(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] cp = StrOps.codePoints(spec);
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean fillSpecified = false;
        boolean alignSpecified = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            align = (char) cp[pos + 1];
            fill = cp[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignSpecified = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cp[pos] == ' ' || cp[pos] == '+' || cp[pos] == '-')) {
            sign = (char) cp[pos];
            pos++;
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] value = new long[1];
        int consumed = readInteger(cp, pos, end, value);
        long width = consumed == 0 ? -1 : value[0];
        pos += consumed;
        int grouping = GROUP_NONE;
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = GROUP_COMMA;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != GROUP_NONE) {
                throw PythonError.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = GROUP_UNDERSCORE;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == GROUP_UNDERSCORE) {
            throw PythonError.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            consumed = readInteger(cp, pos, end, value);
            if (consumed == 0) {
                throw PythonError.valueError("Format specifier missing precision");
            }
            precision = value[0];
            pos += consumed;
        }
        if (end - pos > 1) {
            throw PythonError.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = cp[pos];
        }
        if (grouping != GROUP_NONE) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
                }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping == GROUP_UNDERSCORE) {
                        grouping = GROUP_UNDERSCORE_FOUR;
                    } else {
                        throw badGrouping(grouping, type);
                    }
                }
                default -> throw badGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, fillSpecified, alignSpecified, sign, noNegZero, alternate,
                width, grouping, precision, type);
    }

    private static PythonError badGrouping(int grouping, int type) {
        String sep = grouping == GROUP_COMMA ? "," : "_";
        return PythonError.valueError("Cannot specify '" + sep + "' with " + quoteType(type) + ".");
    }

    /** The type code as CPython quotes it in messages: {@code 'x'}, or {@code '\x1'} outside printable ASCII. */
    static String quoteType(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** Reads decimal digits (any Unicode decimal digit) into {@code out[0]}; returns how many were read. */
    private static int readInteger(int[] cp, int pos, int end, long[] out) {
        long acc = 0;
        int n = 0;
        while (pos + n < end) {
            int d = Unicode.decimalValue(cp[pos + n]);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PythonError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            n++;
        }
        out[0] = acc;
        return n;
    }
}
