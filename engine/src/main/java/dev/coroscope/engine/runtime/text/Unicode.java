package dev.coroscope.engine.runtime.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unicode character properties and case mappings as CPython 3.11 sees them (Unicode 14.0), read
 * from {@code unicode.txt} next to this class (written by
 * {@code src/test/resources/num/gen_unicode.py}, which asks CPython's own {@code str} methods about
 * every code point). Java's {@code Character} is Unicode 13 in Java 17 and differs from CPython in
 * places (numeric CJK ideographs, printability of new characters, case-ignorable rules), so the
 * engine never consults it for these.
 *
 * <p>All predicates take a code point; lone surrogates have no property except being unprintable.
 * The tables load on first use; BMP lookups go through a flag array, others through binary search.
 */
public final class Unicode {
    private static final int PRINTABLE = 1;
    private static final int SPACE = 1 << 1;
    private static final int ALPHA = 1 << 2;
    private static final int DIGIT = 1 << 3;
    private static final int NUMERIC = 1 << 4;
    private static final int LOWER = 1 << 5;
    private static final int UPPER = 1 << 6;
    private static final int TITLE = 1 << 7;
    private static final int CASED = 1 << 8;
    private static final int CASE_IGNORABLE = 1 << 9;
    private static final int ID_START = 1 << 10;
    private static final int ID_CONTINUE = 1 << 11;
    private static final int LINE_BREAK = 1 << 12;
    private static final int DECIMAL = 1 << 13;

    private static final String[] NAMES = {"printable", "space", "alpha", "digit", "numeric", "lower", "upper",
        "title", "cased", "caseignorable", "idstart", "idcontinue", "linebreak"};

    private Unicode() {
    }

    /** The loaded tables (initialised on first use by the class-holder idiom). */
    private static final class Tables {
        static final char[] BMP = new char[0x10000];
        /** Per property bit: sorted inclusive ranges [a0, b0, a1, b1, ...]. */
        static final int[][] RANGES = new int[14][];
        /** Decimal runs [start, end, zero, ...]. */
        static int[] decimal;
        static final Map<Integer, int[]> UPPER_MAP = new HashMap<>();
        static final Map<Integer, int[]> LOWER_MAP = new HashMap<>();
        static final Map<Integer, int[]> TITLE_MAP = new HashMap<>();
        static final Map<Integer, int[]> FOLD_MAP = new HashMap<>();

        static {
            InputStream in = Unicode.class.getResourceAsStream("unicode.txt");
            if (in == null) {
                throw new IllegalStateException("unicode.txt missing from the engine jar");
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("#") || line.isEmpty()) {
                        continue;
                    }
                    String[] parts = line.split(" ");
                    switch (parts[0]) {
                        case "RANGES" -> {
                            int bit = indexOf(parts[1]);
                            int[] rs = new int[(parts.length - 2) * 2];
                            for (int i = 2; i < parts.length; i++) {
                                String p = parts[i];
                                int dash = p.indexOf('-');
                                int a = Integer.parseInt(dash < 0 ? p : p.substring(0, dash), 16);
                                int b = dash < 0 ? a : Integer.parseInt(p.substring(dash + 1), 16);
                                rs[(i - 2) * 2] = a;
                                rs[(i - 2) * 2 + 1] = b;
                                mark(a, b, 1 << bit);
                            }
                            RANGES[bit] = rs;
                        }
                        case "DECIMAL" -> {
                            int[] rs = new int[(parts.length - 1) * 3];
                            for (int i = 1; i < parts.length; i++) {
                                String p = parts[i];
                                int dash = p.indexOf('-');
                                int colon = p.indexOf(':');
                                int a = Integer.parseInt(p.substring(0, dash), 16);
                                int b = Integer.parseInt(p.substring(dash + 1, colon), 16);
                                rs[(i - 1) * 3] = a;
                                rs[(i - 1) * 3 + 1] = b;
                                rs[(i - 1) * 3 + 2] = Integer.parseInt(p.substring(colon + 1), 16);
                                mark(a, b, DECIMAL);
                            }
                            decimal = rs;
                            int[] pairs = new int[(parts.length - 1) * 2];
                            for (int i = 0; i < parts.length - 1; i++) {
                                pairs[2 * i] = rs[3 * i];
                                pairs[2 * i + 1] = rs[3 * i + 1];
                            }
                            RANGES[Integer.numberOfTrailingZeros(DECIMAL)] = pairs;
                        }
                        case "MAP" -> {
                            Map<Integer, int[]> m = switch (parts[1]) {
                                case "upper" -> UPPER_MAP;
                                case "lower" -> LOWER_MAP;
                                case "title" -> TITLE_MAP;
                                case "fold" -> FOLD_MAP;
                                default -> throw new IllegalStateException(parts[1]);
                            };
                            for (int i = 2; i < parts.length; i++) {
                                String p = parts[i];
                                int eq = p.indexOf('=');
                                String[] cps = p.substring(eq + 1).split("\\.");
                                int[] mapped = new int[cps.length];
                                for (int k = 0; k < cps.length; k++) {
                                    mapped[k] = Integer.parseInt(cps[k], 16);
                                }
                                m.put(Integer.parseInt(p.substring(0, eq), 16), mapped);
                            }
                        }
                        default -> throw new IllegalStateException("bad line in unicode.txt: " + parts[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int indexOf(String name) {
            for (int i = 0; i < NAMES.length; i++) {
                if (NAMES[i].equals(name)) {
                    return i;
                }
            }
            throw new IllegalStateException("unknown property " + name);
        }

        private static void mark(int a, int b, int bit) {
            for (int cp = a; cp <= Math.min(b, 0xFFFF); cp++) {
                BMP[cp] |= (char) bit;
            }
        }
    }

    private static boolean has(int cp, int bit) {
        if (cp < 0x10000) {
            return cp >= 0 && (Tables.BMP[cp] & bit) != 0;
        }
        if (cp > 0x10FFFF) {
            return false;
        }
        int[] rs = Tables.RANGES[Integer.numberOfTrailingZeros(bit)];
        int lo = 0;
        int hi = rs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < rs[2 * mid]) {
                hi = mid - 1;
            } else if (cp > rs[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** {@code str.isprintable()} of one character (false for every space but U+0020). */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        return has(cp, PRINTABLE);
    }

    /** {@code str.isspace()} of one character. */
    public static boolean isSpace(int cp) {
        if (cp < 128) return isAsciiSpace(cp);
        return has(cp, SPACE);
    }

    /**
     * {@link #isSpace} of an ASCII character (0-127): space, \t \n \v \f \r and the separators
     * \x1c-\x1f. Small enough to be inlined into a scanning loop even by the first-tier compiler.
     */
    public static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }

    public static boolean isAlpha(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return has(cp, ALPHA);
    }

    public static boolean isDecimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return has(cp, DECIMAL);
    }

    public static boolean isDigit(int cp) {
        return isDecimal(cp) || (cp >= 128 && has(cp, DIGIT));
    }

    public static boolean isNumeric(int cp) {
        return isDecimal(cp) || (cp >= 128 && has(cp, NUMERIC));
    }

    /** {@code str.isalnum()} of one character: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int cp) {
        return isAlpha(cp) || isNumeric(cp);
    }

    public static boolean isLower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return has(cp, LOWER);
    }

    public static boolean isUpper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return has(cp, UPPER);
    }

    /** Titlecase letter (category Lt). */
    public static boolean isTitle(int cp) {
        return cp >= 128 && has(cp, TITLE);
    }

    /** The Unicode Cased property (lowercase, uppercase or titlecase). */
    public static boolean isCased(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return has(cp, CASED);
    }

    /** The Unicode Case_Ignorable property. */
    public static boolean isCaseIgnorable(int cp) {
        return has(cp, CASE_IGNORABLE);
    }

    /** May start an identifier ({@code XID_Start} or {@code _}). */
    public static boolean isIdStart(int cp) {
        if (cp < 0x80) {
            // ASCII answered without the tables: creating a class with __slots__ (asyncio's own
            // classes, at import) checks its names, and loading the tables costs a start ~20 ms.
            return cp >= 0 && (asciiLetter(cp) || cp == '_');
        }
        return has(cp, ID_START);
    }

    /** May continue an identifier ({@code XID_Continue}). */
    public static boolean isIdContinue(int cp) {
        if (cp < 0x80) {
            return cp >= 0 && (asciiLetter(cp) || cp == '_' || (cp >= '0' && cp <= '9'));
        }
        return has(cp, ID_CONTINUE);
    }

    private static boolean asciiLetter(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    }

    /** A line boundary for {@code str.splitlines()}. */
    public static boolean isLineBreak(int cp) {
        if (cp < 128) {
            return (cp >= 10 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e);
        }
        return has(cp, LINE_BREAK);
    }

    /** The decimal digit value of {@code cp} (Unicode category Nd), or -1. */
    public static int decimalValue(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        if (!has(cp, DECIMAL) && cp < 0x10000) {
            return -1;
        }
        int[] rs = Tables.decimal;
        int lo = 0;
        int hi = rs.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < rs[3 * mid]) {
                hi = mid - 1;
            } else if (cp > rs[3 * mid + 1]) {
                lo = mid + 1;
            } else {
                return cp - rs[3 * mid + 2];
            }
        }
        return -1;
    }

    /** Appends the full uppercase mapping of {@code cp} ({@code 'ß'} gives {@code "SS"}). */
    public static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        append(sb, Tables.UPPER_MAP.get(cp), cp);
    }

    /** Appends the full lowercase mapping of {@code cp} (no final-sigma context; see {@link StrOps}). */
    public static void appendLower(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        append(sb, Tables.LOWER_MAP.get(cp), cp);
    }

    /** Appends the full titlecase mapping of {@code cp}. */
    public static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 128) {
            appendUpper(sb, cp);
            return;
        }
        int[] m = Tables.TITLE_MAP.get(cp);
        if (m != null) {
            append(sb, m, cp);
        } else {
            appendUpper(sb, cp);
        }
    }

    /** Appends the full case folding of {@code cp} ({@code str.casefold()}). */
    public static void appendFold(StringBuilder sb, int cp) {
        if (cp < 128) {
            appendLower(sb, cp);
            return;
        }
        int[] m = Tables.FOLD_MAP.get(cp);
        if (m != null) {
            append(sb, m, cp);
        } else {
            appendLower(sb, cp);
        }
    }

    private static void append(StringBuilder sb, int[] mapped, int cp) {
        if (mapped == null) {
            sb.appendCodePoint(cp);
        } else {
            for (int m : mapped) {
                sb.appendCodePoint(m);
            }
        }
    }
}
