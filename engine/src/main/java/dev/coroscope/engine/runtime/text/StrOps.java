package dev.coroscope.engine.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python {@code str} methods with CPython 3.11's semantics on Java strings. Python indexes strings
 * by code point while Java strings are UTF-16, so every index here is a code point index; strings
 * without surrogates (the common case) take fast paths on {@code char}s. Case mappings, character
 * classes and line boundaries come from {@link Unicode} (CPython's Unicode 14 data), including the
 * full mappings ({@code 'ß'.upper() == 'SS'}) and the final-sigma rule of {@code lower()}.
 *
 * <p>Slice arguments ({@code start}, {@code end}) follow CPython's ADJUST_INDICES: negative values
 * count from the end and are clamped at 0, an end past the length is clamped to it, and
 * {@code null} means "absent". Errors are {@link PythonError}s with CPython's messages.
 */
public final class StrOps {
    private StrOps() {
    }

    // ------------------------------------------------------------------ code points

    /** Whether {@code s} has no surrogate, so char indices are code point indices. */
    public static boolean isBmp(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code len(s)}. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The Java char offset of code point index {@code i} (0 <= i <= len). */
    public static int offset(String s, int i) {
        return isBmp(s) ? i : s.offsetByCodePoints(0, i);
    }

    /** {@code s[start:end]} for already adjusted code point indices {@code 0 <= start <= end <= len}. */
    public static String substring(String s, int start, int end) {
        if (isBmp(s)) {
            return s.substring(start, end);
        }
        int a = s.offsetByCodePoints(0, start);
        return s.substring(a, s.offsetByCodePoints(a, end - start));
    }

    /** {@code s[i]} for {@code 0 <= i < len}. */
    public static String charAt(String s, int i) {
        int off = offset(s, i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /**
     * {@code slice(start, stop, step).indices(len)} (CPython's PySlice_Unpack + AdjustIndices):
     * {start, stop, step, slicelength}; null bounds are absent ones.
     */
    public static long[] sliceIndices(Long start, Long stop, Long step, long len) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw PythonError.valueError("slice step cannot be zero");
        }
        long a;
        long b;
        if (start == null) {
            a = st < 0 ? len - 1 : 0;
        } else {
            a = start;
            if (a < 0) {
                a += len;
                if (a < 0) {
                    a = st < 0 ? -1 : 0;
                }
            } else if (a >= len) {
                a = st < 0 ? len - 1 : len;
            }
        }
        if (stop == null) {
            b = st < 0 ? -1 : len;
        } else {
            b = stop;
            if (b < 0) {
                b += len;
                if (b < 0) {
                    b = st < 0 ? -1 : 0;
                }
            } else if (b >= len) {
                b = st < 0 ? len - 1 : len;
            }
        }
        long n;
        if (st < 0) {
            n = b < a ? (a - b - 1) / (-st) + 1 : 0;
        } else {
            n = a < b ? (b - a - 1) / st + 1 : 0;
        }
        return new long[] {a, b, st, n};
    }

    /** {@code s[start:stop:step]} for indices already normalized by {@code slice.indices(len)}. */
    public static String slice(String s, int start, int stop, int step) {
        if (step == 1) {
            return start >= stop ? "" : substring(s, start, stop);
        }
        int[] cps = StrOps.codePoints(s);
        StringBuilder sb = new StringBuilder();
        if (step > 0) {
            for (int i = start; i < stop; i += step) {
                sb.appendCodePoint(cps[i]);
            }
        } else {
            for (int i = start; i > stop; i += step) {
                sb.appendCodePoint(cps[i]);
            }
        }
        return sb.toString();
    }

    /** Python's string ordering: by code point (Java's compareTo orders UTF-16 units). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int[] cps(String s) {
        return codePoints(s);
    }

    /** The code points of {@code s} (what {@code s.codePoints().toArray()} gives, without a stream). */
    public static int[] codePoints(String s) {
        int n = s.length();
        int[] out = new int[s.codePointCount(0, n)];
        if (out.length == n) {
            for (int i = 0; i < n; i++) {
                out[i] = s.charAt(i);
            }
            return out;
        }
        for (int i = 0, j = 0; i < n; j++) {
            int c = s.codePointAt(i);
            out[j] = c;
            i += Character.charCount(c);
        }
        return out;
    }

    private static String str(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /** CPython's ADJUST_INDICES: {start, end} clamped for a string of {@code len} code points. */
    private static long[] adjust(Long start, Long end, int len) {
        long e = end == null ? len : end;
        long st = start == null ? 0 : start;
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e += len;
            if (e < 0) {
                e = 0;
            }
        }
        if (st < 0) {
            st += len;
            if (st < 0) {
                st = 0;
            }
        }
        return new long[] {st, e};
    }

    // ------------------------------------------------------------------ searching

    /** {@code s.find(sub, start, end)}. */
    public static int find(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, true, isBmp(s) && isBmp(sub));
    }

    /**
     * {@code s.find(sub, start, end)} where the caller already knows whether both strings are free
     * of surrogates ({@code bmp}); saves the scan that would make a search from an offset cost the
     * whole string.
     */
    public static int find(String s, String sub, Long start, Long end, boolean bmp) {
        return search(s, sub, start, end, true, bmp);
    }

    /** {@code s.rfind(sub, start, end)}. */
    public static int rfind(String s, String sub, Long start, Long end) {
        return search(s, sub, start, end, false, isBmp(s) && isBmp(sub));
    }

    /** {@code s.rfind(sub, start, end)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static int rfind(String s, String sub, Long start, Long end, boolean bmp) {
        return search(s, sub, start, end, false, bmp);
    }

    /** {@code s.index(sub, start, end)}. */
    public static int index(String s, String sub, Long start, Long end) {
        return index(s, sub, start, end, isBmp(s) && isBmp(sub));
    }

    public static int index(String s, String sub, Long start, Long end, boolean bmp) {
        int i = find(s, sub, start, end, bmp);
        if (i < 0) {
            throw PythonError.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.rindex(sub, start, end)}. */
    public static int rindex(String s, String sub, Long start, Long end) {
        return rindex(s, sub, start, end, isBmp(s) && isBmp(sub));
    }

    public static int rindex(String s, String sub, Long start, Long end, boolean bmp) {
        int i = rfind(s, sub, start, end, bmp);
        if (i < 0) {
            throw PythonError.valueError("substring not found");
        }
        return i;
    }

    private static int search(String s, String sub, Long start, Long end, boolean forward, boolean bmp) {
        int len = bmp ? s.length() : length(s);
        int subLen = bmp ? sub.length() : length(sub);
        long[] se = adjust(start, end, len);
        long st = se[0];
        long e = se[1];
        if (e - st < subLen) {
            return -1;
        }
        if (subLen == 0) {
            return (int) (forward ? st : e);
        }
        if (bmp) {
            if (forward) {
                return indexIn(s, sub, (int) st, (int) e);
            }
            int i = s.lastIndexOf(sub, (int) (e - subLen));
            return i >= st ? i : -1;
        }
        int[] a = cps(s);
        int[] b = cps(sub);
        if (forward) {
            for (int i = (int) st; i + subLen <= e; i++) {
                if (matchAt(a, b, i)) {
                    return i;
                }
            }
        } else {
            for (int i = (int) (e - subLen); i >= st; i--) {
                if (matchAt(a, b, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean matchAt(int[] a, int[] b, int at) {
        for (int k = 0; k < b.length; k++) {
            if (a[at + k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first index at or after {@code from} where {@code sub} (not empty) lies wholly before
     * {@code end}, or -1; chars as code points (both strings without surrogates).
     */
    private static int indexIn(String s, String sub, int from, int end) {
        int n = sub.length();
        if (end == s.length()) {
            return s.indexOf(sub, from);
        }
        // A bounded search must not run on to the end of a long string.
        char first = sub.charAt(0);
        for (int i = from, last = end - n; i <= last; i++) {
            if (s.charAt(i) == first && s.regionMatches(i + 1, sub, 1, n - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static int count(String s, String sub, Long start, Long end) {
        return count(s, sub, start, end, isBmp(s) && isBmp(sub));
    }

    /** {@code s.count(sub, start, end)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static int count(String s, String sub, Long start, Long end, boolean bmp) {
        if (bmp) {
            long[] se = adjust(start, end, s.length());
            int m = sub.length();
            // Compared before narrowing: a start past the end (even past int range) counts nothing.
            if (se[1] - se[0] < m) {
                return 0;
            }
            int st = (int) se[0];
            int e = (int) se[1];
            if (m == 0) {
                return e - st + 1;
            }
            int n = 0;
            for (int i = indexIn(s, sub, st, e); i >= 0 && i + m <= e; i = indexIn(s, sub, i + m, e)) {
                n++;
            }
            return n;
        }
        int[] a = cps(s);
        int[] b = cps(sub);
        long[] se = adjust(start, end, a.length);
        long st = se[0];
        long e = se[1];
        if (e - st < b.length) {
            return 0;
        }
        if (b.length == 0) {
            return (int) (e - st + 1);
        }
        int n = 0;
        for (int i = (int) st; i + b.length <= e; ) {
            if (matchAt(a, b, i)) {
                n++;
                i += b.length;
            } else {
                i++;
            }
        }
        return n;
    }

    /** {@code s.startswith(prefix, start, end)} for one prefix (a tuple tries each in turn). */
    public static boolean startsWith(String s, String prefix, Long start, Long end) {
        return tailMatch(s, prefix, start, end, true, isBmp(s) && isBmp(prefix));
    }

    /** {@code s.startswith(prefix, start, end)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static boolean startsWith(String s, String prefix, Long start, Long end, boolean bmp) {
        return tailMatch(s, prefix, start, end, true, bmp);
    }

    /** {@code s.endswith(suffix, start, end)} for one suffix. */
    public static boolean endsWith(String s, String suffix, Long start, Long end) {
        return tailMatch(s, suffix, start, end, false, isBmp(s) && isBmp(suffix));
    }

    /** {@code s.endswith(suffix, start, end)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static boolean endsWith(String s, String suffix, Long start, Long end, boolean bmp) {
        return tailMatch(s, suffix, start, end, false, bmp);
    }

    private static boolean tailMatch(String s, String sub, Long start, Long end, boolean prefix, boolean bmp) {
        if (bmp) {
            long[] se = adjust(start, end, s.length());
            long st = se[0];
            long e = se[1] - sub.length();
            if (e < st) {
                return false;
            }
            return s.startsWith(sub, (int) (prefix ? st : e));
        }
        int[] a = cps(s);
        int[] b = cps(sub);
        long[] se = adjust(start, end, a.length);
        long st = se[0];
        long e = se[1] - b.length;
        if (e < st) {
            return false;
        }
        if (b.length == 0) {
            return true;
        }
        return matchAt(a, b, (int) (prefix ? st : e));
    }

    // ------------------------------------------------------------------ splitting

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace. */
    public static List<String> split(String s, String sep, long maxsplit) {
        return split(s, sep, maxsplit, isBmp(s) && (sep == null || isBmp(sep)));
    }

    /** {@code s.split(sep, maxsplit)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static List<String> split(String s, String sep, long maxsplit, boolean bmp) {
        if (bmp) {
            return splitChars(s, sep, maxsplit < 0 ? Long.MAX_VALUE : maxsplit);
        }
        int[] a = cps(s);
        List<String> out = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sep == null) {
            int i = 0;
            int n = a.length;
            while (max-- > 0) {
                while (i < n && Unicode.isSpace(a[i])) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !Unicode.isSpace(a[j])) {
                    j++;
                }
                out.add(str(a, i, j));
                i = j;
            }
            if (i < n) {
                while (i < n && Unicode.isSpace(a[i])) {
                    i++;
                }
                if (i != n) {
                    out.add(str(a, i, n));
                }
            }
            return out;
        }
        int[] b = cps(sep);
        if (b.length == 0) {
            throw PythonError.valueError("empty separator");
        }
        int i = 0;
        int j = 0;
        while (max > 0 && j + b.length <= a.length) {
            if (matchAt(a, b, j)) {
                out.add(str(a, i, j));
                j += b.length;
                i = j;
                max--;
            } else {
                j++;
            }
        }
        out.add(str(a, i, a.length));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}. */
    public static List<String> rsplit(String s, String sep, long maxsplit) {
        return rsplit(s, sep, maxsplit, isBmp(s) && (sep == null || isBmp(sep)));
    }

    /** {@code s.rsplit(sep, maxsplit)}, {@code bmp} as for {@link #find(String, String, Long, Long, boolean)}. */
    public static List<String> rsplit(String s, String sep, long maxsplit, boolean bmp) {
        if (bmp) {
            return rsplitChars(s, sep, maxsplit < 0 ? Long.MAX_VALUE : maxsplit);
        }
        int[] a = cps(s);
        List<String> out = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        if (sep == null) {
            int i = a.length - 1;
            while (max-- > 0) {
                while (i >= 0 && Unicode.isSpace(a[i])) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                while (j >= 0 && !Unicode.isSpace(a[j])) {
                    j--;
                }
                out.add(str(a, j + 1, i + 1));
                i = j;
            }
            if (i >= 0) {
                while (i >= 0 && Unicode.isSpace(a[i])) {
                    i--;
                }
                if (i >= 0) {
                    out.add(str(a, 0, i + 1));
                }
            }
            java.util.Collections.reverse(out);
            return out;
        }
        int[] b = cps(sep);
        if (b.length == 0) {
            throw PythonError.valueError("empty separator");
        }
        int end = a.length;
        int j = a.length - b.length;
        while (max > 0 && j >= 0) {
            if (matchAt(a, b, j)) {
                out.add(str(a, j + b.length, end));
                end = j;
                j -= b.length;
                max--;
            } else {
                j--;
            }
        }
        out.add(str(a, 0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@link #split} on strings without surrogates: chars are code points. */
    private static List<String> splitChars(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (max-- > 0) {
                while (i < n && Unicode.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !Unicode.isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            if (i < n) {
                while (i < n && Unicode.isSpace(s.charAt(i))) {
                    i++;
                }
                if (i != n) {
                    out.add(s.substring(i, n));
                }
            }
            return out;
        }
        int m = sep.length();
        if (m == 0) {
            throw PythonError.valueError("empty separator");
        }
        int i = 0;
        char one = sep.charAt(0);
        while (max > 0) {
            int j = m == 1 ? s.indexOf(one, i) : s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + m;
            max--;
        }
        out.add(s.substring(i));
        return out;
    }

    /**
     * CPython's storage kind of a str: 1 when every code point is below 256, 2 when below 65536
     * (a lone surrogate included), else 4.
     */
    public static int kind(String s) {
        int k = 1;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) return 4;
                k = 2;
            }
        }
        return k;
    }

    /** {@link #rsplit} on strings without surrogates. */
    private static List<String> rsplitChars(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && Unicode.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                while (j >= 0 && !Unicode.isSpace(s.charAt(j))) {
                    j--;
                }
                out.add(s.substring(j + 1, i + 1));
                i = j;
            }
            if (i >= 0) {
                while (i >= 0 && Unicode.isSpace(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.add(s.substring(0, i + 1));
                }
            }
            java.util.Collections.reverse(out);
            return out;
        }
        int m = sep.length();
        if (m == 0) {
            throw PythonError.valueError("empty separator");
        }
        int end = s.length();
        while (max > 0 && end >= m) {
            int j = s.lastIndexOf(sep, end - m);
            if (j < 0) {
                break;
            }
            out.add(s.substring(j + m, end));
            end = j;
            max--;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    /** {@code s.splitlines(keepends)}. */
    public static List<String> splitlines(String s, boolean keepends) {
        int[] a = cps(s);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = a.length;
        while (i < n) {
            int j = i;
            while (j < n && !Unicode.isLineBreak(a[j])) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (a[j] == '\r' && j + 1 < n && a[j + 1] == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(str(a, i, eol));
            i = j;
        }
        return out;
    }

    /** {@code s.partition(sep)} as {head, sep, tail}. */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw PythonError.valueError("empty separator");
        }
        int i = s.indexOf(sep);
        if (i < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    /** {@code s.rpartition(sep)}. */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw PythonError.valueError("empty separator");
        }
        int i = s.lastIndexOf(sep);
        if (i < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    // ------------------------------------------------------------------ stripping and padding

    /** {@code s.strip(chars)}: {@code chars == null} strips whitespace. */
    public static String strip(String s, String chars) {
        return strip(s, chars, true, true, isBmp(s) && (chars == null || isBmp(chars)));
    }

    public static String lstrip(String s, String chars) {
        return strip(s, chars, true, false, isBmp(s) && (chars == null || isBmp(chars)));
    }

    public static String rstrip(String s, String chars) {
        return strip(s, chars, false, true, isBmp(s) && (chars == null || isBmp(chars)));
    }

    /**
     * strip ({@code left} and {@code right}), lstrip or rstrip; {@code bmp}: the caller knows that
     * neither {@code s} nor {@code chars} has a surrogate (a str caches that), so chars are code points.
     */
    public static String strip(String s, String chars, boolean left, boolean right, boolean bmp) {
        if (bmp) {
            int i = 0;
            int j = s.length();
            if (left) {
                while (i < j && strippedChar(s.charAt(i), chars)) {
                    i++;
                }
            }
            if (right) {
                while (j > i && strippedChar(s.charAt(j - 1), chars)) {
                    j--;
                }
            }
            return i == 0 && j == s.length() ? s : s.substring(i, j);
        }
        int[] a = cps(s);
        int[] set = chars == null ? null : cps(chars);
        int i = 0;
        int j = a.length;
        if (left) {
            while (i < j && stripped(a[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(a[j - 1], set)) {
                j--;
            }
        }
        return i == 0 && j == a.length ? s : str(a, i, j);
    }

    private static boolean strippedChar(char c, String chars) {
        return chars == null ? Unicode.isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static boolean stripped(int c, int[] set) {
        if (set == null) {
            return Unicode.isSpace(c);
        }
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removePrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removeSuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static int fillChar(String fill) {
        if (fill.codePointCount(0, fill.length()) != 1) {
            throw PythonError.typeError("The fill character must be exactly one character long");
        }
        return fill.codePointAt(0);
    }

    private static String pad(String s, long left, long right, int fill) {
        if (left + right > (1L << 26)) {
            throw new PythonError("MemoryError", "");
        }
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            // One char per fill: filled and copied in place (a String made of Latin-1 chars is
            // stored compactly again by the constructor).
            int n = s.length();
            char[] out = new char[n + (int) (left + right)];
            java.util.Arrays.fill(out, 0, (int) left, (char) fill);
            s.getChars(0, n, out, (int) left);
            java.util.Arrays.fill(out, (int) left + n, out.length, (char) fill);
            return new String(out);
        }
        StringBuilder sb = new StringBuilder(s.length() + (int) (left + right));
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /** {@code s.center(width, fillchar)} (CPython puts the odd extra space left when width is odd). */
    public static String center(String s, long width, String fillchar) {
        return center(s, length(s), width, fillchar);
    }

    /** {@link #center(String, long, String)} for a string of {@code len} code points. */
    public static String center(String s, int len, long width, String fillchar) {
        int fill = fillChar(fillchar);
        if (len >= width) {
            return s;
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    public static String ljust(String s, long width, String fillchar) {
        return ljust(s, length(s), width, fillchar);
    }

    /** {@link #ljust(String, long, String)} for a string of {@code len} code points. */
    public static String ljust(String s, int len, long width, String fillchar) {
        int fill = fillChar(fillchar);
        return len >= width ? s : pad(s, 0, width - len, fill);
    }

    public static String rjust(String s, long width, String fillchar) {
        return rjust(s, length(s), width, fillchar);
    }

    /** {@link #rjust(String, long, String)} for a string of {@code len} code points. */
    public static String rjust(String s, int len, long width, String fillchar) {
        int fill = fillChar(fillchar);
        return len >= width ? s : pad(s, width - len, 0, fill);
    }

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, long width) {
        return zfill(s, length(s), width);
    }

    /** {@link #zfill(String, long)} for a string of {@code len} code points. */
    public static String zfill(String s, int len, long width) {
        if (len >= width) {
            return s;
        }
        String padded = pad(s, width - len, 0, '0');
        int fill = (int) (width - len);
        char c = fill < padded.length() ? padded.charAt(fill) : 0;
        if (c == '+' || c == '-') {
            return c + padded.substring(1, fill) + "0" + padded.substring(fill + 1);
        }
        return padded;
    }

    /** {@code s.expandtabs(tabsize)}. */
    public static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length());
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    if (col + incr > (1L << 26)) {
                        throw new PythonError("MemoryError", "");
                    }
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col++;
                sb.appendCodePoint(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }

    /** {@code s.replace(old, new, count)}; {@code count < 0} replaces all. */
    public static String replace(String s, String old, String rep, long count) {
        return replace(s, old, rep, count, isBmp(s) && isBmp(old));
    }

    /** {@link #replace(String, String, String, long)}; {@code bmp}: neither {@code s} nor {@code old} has a surrogate. */
    public static String replace(String s, String old, String rep, long count, boolean bmp) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0) {
            return s;
        }
        if (!old.isEmpty() && bmp) {
            if (count < 0) {
                // Every occurrence, left to right and not overlapping, as Java's own replace does
                // (with block copies, where appending each piece below copies char by char; the
                // string itself when there is none).
                return s.replace(old, rep);
            }
            int i = s.indexOf(old);
            if (i < 0) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length() + Math.max(0, rep.length() - old.length()) * 4);
            int last = 0;
            long done = 0;
            while (i >= 0 && done < max) {
                sb.append(s, last, i).append(rep);
                last = i + old.length();
                done++;
                i = s.indexOf(old, last);
            }
            return sb.append(s, last, s.length()).toString();
        }
        int[] a = cps(s);
        int[] b = cps(old);
        StringBuilder sb = new StringBuilder();
        if (b.length == 0) {
            long done = 0;
            for (int i = 0; i <= a.length; i++) {
                if (done < max) {
                    sb.append(rep);
                    done++;
                }
                if (i < a.length) {
                    sb.appendCodePoint(a[i]);
                }
            }
            return sb.toString();
        }
        int i = 0;
        long done = 0;
        int last = 0;
        while (done < max && i + b.length <= a.length) {
            if (matchAt(a, b, i)) {
                sb.append(str(a, last, i)).append(rep);
                i += b.length;
                last = i;
                done++;
            } else {
                i++;
            }
        }
        if (done == 0) {
            return s;
        }
        sb.append(str(a, last, a.length));
        return sb.toString();
    }

    /** {@code s * n}. */
    public static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * n > (1L << 28)) {
            throw new PythonError("MemoryError", "");
        }
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(s.length() * n);
        return s.repeat((int) n);
    }

    /** The TypeError of {@code sep.join(items)} when item {@code index} is not a str. */
    public static PythonError joinTypeError(int index, String typeName) {
        return PythonError.typeError("sequence item " + index + ": expected str instance, " + typeName + " found");
    }

    // ------------------------------------------------------------------ case

    /** {@code s.upper()} with full mappings. */
    public static String upper(String s) {
        if (isAsciiText(s)) {
            return s.toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Unicode.appendUpper(sb, c);
        }
        return sb.toString();
    }

    /** {@code s.lower()} with full mappings and the final-sigma rule. */
    public static String lower(String s) {
        if (isAsciiText(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        int[] a = cps(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            appendLower(sb, a, i);
        }
        return sb.toString();
    }

    /** {@code s.casefold()}. */
    public static String casefold(String s) {
        if (isAsciiText(s)) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Unicode.appendFold(sb, c);
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}. */
    public static String swapcase(String s) {
        int[] a = cps(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            int c = a[i];
            if (Unicode.isUpper(c)) {
                appendLower(sb, a, i);
            } else if (Unicode.isLower(c)) {
                Unicode.appendUpper(sb, c);
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** {@code s.capitalize()}: the first character titlecased, the rest lowercased. */
    public static String capitalize(String s) {
        if (isAsciiText(s)) {
            if (s.isEmpty()) return s;
            char c = s.charAt(0);
            String rest = s.substring(1).toLowerCase(java.util.Locale.ROOT);
            return (c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 32)) : String.valueOf(c)).concat(rest);
        }
        int[] a = cps(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < a.length; i++) {
            if (i == 0) {
                Unicode.appendTitle(sb, a[0]);
            } else {
                appendLower(sb, a, i);
            }
        }
        return sb.toString();
    }

    /** {@code s.title()}. */
    public static String title(String s) {
        int[] a = cps(s);
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < a.length; i++) {
            int c = a[i];
            if (previousCased) {
                appendLower(sb, a, i);
            } else {
                Unicode.appendTitle(sb, c);
            }
            previousCased = Unicode.isCased(c);
        }
        return sb.toString();
    }

    /** Lowercases a[i], turning a capital sigma into the final form at the end of a word. */
    private static void appendLower(StringBuilder sb, int[] a, int i) {
        int c = a[i];
        if (c != 0x3A3) {
            Unicode.appendLower(sb, c);
            return;
        }
        int j = i - 1;
        while (j >= 0 && Unicode.isCaseIgnorable(a[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && Unicode.isCased(a[j]);
        if (finalSigma && i + 1 < a.length) {
            j = i + 1;
            while (j < a.length && Unicode.isCaseIgnorable(a[j])) {
                j++;
            }
            finalSigma = j == a.length || !Unicode.isCased(a[j]);
        }
        sb.append(finalSigma ? '\u03c2' : '\u03c3');
    }

    /**
     * Whether every char of {@code s} is ASCII, so that the JDK's root-locale case mappings are
     * Python's. A long string is checked by encoding it as UTF-8: for a Latin-1 string the JDK
     * scans its bytes for one over 127 (StringCoding.hasNegatives: a vectorized intrinsic in
     * optimized code, a plain byte loop before that) and copies them, which beat a loop over chars
     * in a call made once on a megabyte-long string (cold code: lower() of 2.3 million chars 36 ->
     * 17 ms), and the byte count equals the char count only when no char is beyond
     * ASCII, or when the others are lone surrogates, which encode as one '?': those have no case
     * mapping in Python or in the JDK, so the case methods give the same result either way
     * ({@link #isAscii} itself checks char by char).
     */
    private static boolean isAsciiText(String s) {
        int n = s.length();
        if (n >= 64) return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length == n;
        return isAsciiChars(s);
    }

    private static boolean isAsciiChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ predicates

    /** {@code s.isascii()}. */
    public static boolean isAscii(String s) {
        return isAsciiChars(s);
    }

    public static boolean isSpace(String s) {
        return all(s, Unicode::isSpace);
    }

    public static boolean isAlpha(String s) {
        return all(s, Unicode::isAlpha);
    }

    public static boolean isAlnum(String s) {
        return all(s, Unicode::isAlnum);
    }

    public static boolean isDecimal(String s) {
        return all(s, Unicode::isDecimal);
    }

    public static boolean isDigit(String s) {
        return all(s, Unicode::isDigit);
    }

    public static boolean isNumeric(String s) {
        return all(s, Unicode::isNumeric);
    }

    /** {@code s.isprintable()} (true for the empty string). */
    public static boolean isPrintable(String s) {
        return s.isEmpty() || all(s, Unicode::isPrintable);
    }

    private static boolean all(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!p.test(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.islower()}: some cased character and no uppercase or titlecase one. */
    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Unicode.isUpper(c) || Unicode.isTitle(c)) {
                return false;
            }
            if (!cased && Unicode.isLower(c)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code s.isupper()}. */
    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Unicode.isLower(c) || Unicode.isTitle(c)) {
                return false;
            }
            if (!cased && Unicode.isUpper(c)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code s.istitle()}. */
    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Unicode.isUpper(c) || Unicode.isTitle(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (Unicode.isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** {@code s.isidentifier()}. */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!Unicode.isIdStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (!Unicode.isIdContinue(c)) {
                return false;
            }
        }
        return true;
    }
}
