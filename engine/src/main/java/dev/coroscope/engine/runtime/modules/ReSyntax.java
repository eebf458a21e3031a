package dev.coroscope.engine.runtime.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a Python regular expression (the syntax of CPython 3.11's {@code re}) into an
 * equivalent {@code java.util.regex} pattern, checking it as CPython's parser does and failing
 * with CPython's message and position ({@link Error}). Invariants of the output: every Python
 * capturing group becomes exactly one plain numbered Java group in the same order (named groups
 * lose their names, which {@link #groupNames} keeps), so group numbers agree; every literal inside
 * a character class is written as {@code \x{...}} so Java's class operators ({@code [}, {@code &&})
 * never apply; back references are bracketed so a following digit stays a literal; the pattern is
 * compiled with {@code UNIX_LINES} so only {@code \n} ends a line, as in Python. Verbose mode is
 * applied here (whitespace and comments dropped), not by Java, because Java also drops whitespace
 * inside classes.
 */
final class ReSyntax {

    /** A pattern error: CPython's message and the position it reports (-1: none). */
    static final class Error extends RuntimeException {
        final String msg;
        final int pos;

        Error(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32, VERBOSE = 64,
            DEBUG = 128, ASCII = 256;

    final String src;
    /** Flags after the inline global flags are applied (UNICODE added for str patterns without ASCII). */
    int flags;
    int groups;
    final Map<String, Integer> groupNames = new LinkedHashMap<>();
    final StringBuilder out = new StringBuilder();

    private int i;
    private final List<Integer> openGroups = new ArrayList<>();
    /** Which groups have been closed (back references to open groups are errors). */
    private final List<Boolean> closed = new ArrayList<>();

    private ReSyntax(String src, int flags) {
        this.src = src;
        this.flags = flags;
    }

    static ReSyntax translate(String src, int flags) {
        ReSyntax t = new ReSyntax(src, flags);
        t.run();
        return t;
    }

    private boolean verbose() {
        return (flags & VERBOSE) != 0;
    }

    private Error error(String msg, int pos) {
        return new Error(msg, pos);
    }

    private void run() {
        // Global inline flags: only at the very start of the expression.
        while (src.startsWith("(?", i) && i + 2 < src.length() && isFlagChar(src.charAt(i + 2))) {
            int j = i + 2;
            int f = 0;
            while (j < src.length() && isFlagChar(src.charAt(j))) f |= flagOf(src.charAt(j++));
            if (j < src.length() && src.charAt(j) == ')') {
                flags |= f;
                i = j + 1;
                skipVerbose();
            } else {
                break;
            }
        }
        if ((flags & ASCII) != 0 && (flags & UNICODE) != 0) throw error("ASCII and UNICODE flags are incompatible", -1);
        if ((flags & ASCII) == 0) flags |= UNICODE;
        sequence(0);
        if (i < src.length()) {
            // Only a ')' stops the top-level sequence.
            throw error("unbalanced parenthesis", i);
        }
    }

    private static boolean isFlagChar(char c) {
        return "aiLmsux".indexOf(c) >= 0;
    }

    private static int flagOf(char c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            case 'x' -> VERBOSE;
            default -> 0;
        };
    }

    private void skipVerbose() {
        if (!verbose()) return;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') i++;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b') {
                i++;
            } else {
                break;
            }
        }
    }

    /** Item kinds, for the repeat checks. */
    private static final int NONE = 0, ATOM = 1, REPEAT = 2, ANCHOR = 3;

    /** Parses alternatives until ')' or the end. */
    private void sequence(int depth) {
        int last = NONE;
        while (true) {
            skipVerbose();
            if (i >= src.length()) return;
            char c = src.charAt(i);
            switch (c) {
                case ')' -> {
                    if (depth == 0) throw error("unbalanced parenthesis", i);
                    return;
                }
                case '|' -> {
                    out.append('|');
                    i++;
                    last = NONE;
                }
                case '*', '+', '?' -> {
                    checkRepeatable(last, i);
                    variableWidth();
                    out.append(c);
                    i++;
                    last = REPEAT;
                    modifier();
                }
                case '{' -> {
                    int start = i;
                    String q = quantifier();
                    if (q == null) {
                        out.append("\\{");
                        i++;
                        last = ATOM;
                    } else {
                        checkRepeatable(last, start);
                        if (!q.matches("\\{\\d+}")) variableWidth();
                        out.append(q);
                        last = REPEAT;
                        modifier();
                    }
                }
                case '^' -> {
                    out.append('^');
                    i++;
                    last = ANCHOR;
                }
                case '$' -> {
                    out.append('$');
                    i++;
                    last = ANCHOR;
                }
                case '.' -> {
                    out.append('.');
                    i++;
                    last = ATOM;
                }
                case '[' -> {
                    charClass();
                    last = ATOM;
                }
                case '(' -> last = group(depth);
                case '\\' -> last = escape();
                default -> {
                    int cp = src.codePointAt(i);
                    literal(cp);
                    i += Character.charCount(cp);
                    last = ATOM;
                }
            }
        }
    }

    /** Inside a look-behind: CPython needs its width fixed, so only {n} repeats are allowed. */
    private int lookbehind;

    private void checkRepeatable(int last, int pos) {
        if (last == REPEAT) throw error("multiple repeat", pos);
        if (last == NONE || last == ANCHOR) throw error("nothing to repeat", pos);
    }

    private void variableWidth() {
        if (lookbehind > 0) throw error("look-behind requires fixed-width pattern", -1);
    }

    /** A lazy '?' or possessive '+' after a quantifier. */
    private void modifier() {
        if (i < src.length() && (src.charAt(i) == '?' || src.charAt(i) == '+')) {
            out.append(src.charAt(i));
            i++;
        }
    }

    /** {m}, {m,}, {,n}, {m,n} at i (consumed, Java text returned), or null when '{' is a literal. */
    private String quantifier() {
        int j = i + 1;
        int a = j;
        while (j < src.length() && isDigit(src.charAt(j))) j++;
        String lo = src.substring(a, j);
        String hi;
        boolean comma = false;
        if (j < src.length() && src.charAt(j) == ',') {
            comma = true;
            j++;
            int b = j;
            while (j < src.length() && isDigit(src.charAt(j))) j++;
            hi = src.substring(b, j);
        } else {
            hi = lo;
        }
        if (j >= src.length() || src.charAt(j) != '}') return null;
        if (!comma && lo.isEmpty()) return null;
        long min = lo.isEmpty() ? 0 : parseBounded(lo, i + 1);
        long max = hi.isEmpty() ? -1 : parseBounded(hi, i + 1);
        if (max >= 0 && min > max) throw error("min repeat greater than max repeat", i + 1);
        i = j + 1;
        return "{" + min + (comma ? "," + (max < 0 ? "" : String.valueOf(max)) : "") + "}";
    }

    private long parseBounded(String digits, int pos) {
        if (digits.length() > 9 || Long.parseLong(digits) >= 4294967295L) throw error("the repetition number is too large", pos);
        long v = Long.parseLong(digits);
        if (v > 100_000) throw error("the repetition number is too large", pos);
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(int cp) {
        if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_')) out.appendCodePoint(cp);
        else out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }

    private int group(int depth) {
        int start = i;
        if (!src.startsWith("(?", i)) {
            i++;
            openCapture(null, start);
            out.append('(');
            sequence(depth + 1);
            closeGroup(start);
            return ATOM;
        }
        int j = i + 2;
        if (j >= src.length()) throw error("unexpected end of pattern", j);
        char c = src.charAt(j);
        switch (c) {
            case ':' -> {
                i = j + 1;
                out.append("(?:");
                sequence(depth + 1);
                closePlain(start);
                return ATOM;
            }
            case '>' -> {
                i = j + 1;
                out.append("(?>");
                sequence(depth + 1);
                closePlain(start);
                return ATOM;
            }
            case '=', '!' -> {
                i = j + 1;
                out.append("(?").append(c);
                sequence(depth + 1);
                closePlain(start);
                return ATOM;
            }
            case '#' -> {
                int end = src.indexOf(')', j);
                if (end < 0) throw error("missing ), unterminated comment", start);
                i = end + 1;
                return NONE_KEEP;
            }
            case '<' -> {
                if (j + 1 < src.length() && (src.charAt(j + 1) == '=' || src.charAt(j + 1) == '!')) {
                    i = j + 2;
                    out.append("(?<").append(src.charAt(j + 1));
                    lookbehind++;
                    sequence(depth + 1);
                    lookbehind--;
                    closePlain(start);
                    return ATOM;
                }
                if (j + 1 >= src.length()) throw error("unexpected end of pattern", j + 1);
                throw error("unknown extension ?<" + src.charAt(j + 1), start + 1);
            }
            case 'P' -> {
                if (j + 1 >= src.length()) throw error("unexpected end of pattern", j + 1);
                char d = src.charAt(j + 1);
                if (d == '<') {
                    int nameStart = j + 2;
                    int end = src.indexOf('>', nameStart);
                    if (end < 0) throw error("missing >, unterminated name", nameStart);
                    String name = src.substring(nameStart, end);
                    if (name.isEmpty()) throw error("missing group name", nameStart);
                    if (!isIdentifier(name)) throw error("bad character in group name '" + name + "'", nameStart);
                    i = end + 1;
                    openCapture(name, nameStart);
                    out.append('(');
                    sequence(depth + 1);
                    closeGroup(start);
                    return ATOM;
                }
                if (d == '=') {
                    int nameStart = j + 2;
                    int end = src.indexOf(')', nameStart);
                    if (end < 0) throw error("missing ), unterminated name", nameStart);
                    String name = src.substring(nameStart, end);
                    if (name.isEmpty()) throw error("missing group name", nameStart);
                    if (!isIdentifier(name)) throw error("bad character in group name '" + name + "'", nameStart);
                    Integer g = groupNames.get(name);
                    if (g == null) throw error("unknown group name '" + name + "'", nameStart);
                    if (!closed.get(g - 1)) throw error("cannot refer to an open group", start);
                    i = end + 1;
                    out.append("(?:\\").append(g).append(')');
                    return ATOM;
                }
                throw error("unknown extension ?P" + d, start + 1);
            }
            case '(' -> throw error("conditional groups are not supported by Coroscope", start);
            default -> {
                if (isFlagChar(c) || c == '-') return scopedFlags(depth, start);
                throw error("unknown extension ?" + c, start + 1);
            }
        }
    }

    /** A comment group: nothing was emitted and the previous item stays what it was. */
    private static final int NONE_KEEP = NONE;

    private int scopedFlags(int depth, int start) {
        int j = i + 2;
        int on = 0, off = 0;
        while (j < src.length() && isFlagChar(src.charAt(j))) on |= flagOf(src.charAt(j++));
        if (j < src.length() && src.charAt(j) == '-') {
            j++;
            if (j >= src.length() || !isFlagChar(src.charAt(j))) {
                throw error(j >= src.length() ? "missing flag" : "unknown flag", j);
            }
            while (j < src.length() && isFlagChar(src.charAt(j))) off |= flagOf(src.charAt(j++));
        }
        if (j >= src.length()) throw error("missing -, : or )", j);
        char end = src.charAt(j);
        if (end == ')') throw error("global flags not at the start of the expression", start);
        if (end != ':') throw error(isLetter(end) ? "unknown flag" : "missing -, : or )", j);
        if (((on | off) & (ASCII | UNICODE | LOCALE)) != 0 && off != 0 && (off & (ASCII | UNICODE | LOCALE)) != 0) {
            throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", j);
        }
        i = j + 1;
        out.append("(?").append(javaFlags(on)).append(off != 0 ? "-" + javaFlags(off) : "").append(':');
        int saved = flags;
        flags = (flags | on) & ~off;
        sequence(depth + 1);
        flags = saved;
        closePlain(start);
        return ATOM;
    }

    private String javaFlags(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & IGNORECASE) != 0) sb.append((flags & UNICODE) != 0 ? "iu" : "i");
        if ((f & MULTILINE) != 0) sb.append('m');
        if ((f & DOTALL) != 0) sb.append('s');
        return sb.toString();
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp0 = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(cp0) || cp0 == '_')) return false;
        for (int k = Character.charCount(cp0); k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) return false;
            k += Character.charCount(cp);
        }
        return true;
    }

    private final List<Integer> parentOf = new ArrayList<>(List.of(0));

    /** The enclosing capturing group of each group, indexed by group number (0: none). */
    int[] parents() {
        int[] r = new int[parentOf.size()];
        for (int k = 0; k < r.length; k++) r[k] = parentOf.get(k);
        return r;
    }

    private void openCapture(String name, int namePos) {
        groups++;
        parentOf.add(openGroups.isEmpty() ? 0 : openGroups.get(openGroups.size() - 1));
        if (name != null) {
            Integer prev = groupNames.get(name);
            if (prev != null) {
                throw error("redefinition of group name '" + name + "' as group " + groups + "; was group " + prev, namePos);
            }
            groupNames.put(name, groups);
        }
        closed.add(false);
        openGroups.add(groups);
    }

    private void closeGroup(int start) {
        if (i >= src.length()) throw error("missing ), unterminated subpattern", start);
        i++;
        out.append(')');
        int g = openGroups.remove(openGroups.size() - 1);
        closed.set(g - 1, true);
    }

    private void closePlain(int start) {
        if (i >= src.length()) throw error("missing ), unterminated subpattern", start);
        i++;
        out.append(')');
    }

    /** An escape outside a class; returns the item kind. */
    private int escape() {
        int start = i;
        if (i + 1 >= src.length()) throw error("bad escape (end of pattern)", start);
        char c = src.charAt(i + 1);
        i += 2;
        switch (c) {
            case 'd', 'D', 's', 'S', 'w', 'W' -> {
                out.append('\\').append(c);
                return ATOM;
            }
            case 'b', 'B', 'A' -> {
                out.append('\\').append(c);
                return ANCHOR;
            }
            case 'Z' -> {
                out.append("\\z");
                return ANCHOR;
            }
            default -> { }
        }
        if (c >= '1' && c <= '9') {
            // A group reference of one or two digits, unless three octal digits make a character.
            int j = i;
            if (j < src.length() && isDigit(src.charAt(j))) {
                if (c <= '7' && src.charAt(j) <= '7' && j + 1 < src.length() && src.charAt(j + 1) >= '0' && src.charAt(j + 1) <= '7') {
                    int v = Integer.parseInt(src.substring(start + 1, j + 2), 8);
                    if (v > 0377) throw error("octal escape value \\" + src.substring(start + 1, j + 2) + " outside of range 0-0o377", start);
                    i = j + 2;
                    literal(v);
                    return ATOM;
                }
                j++;
            }
            int g = Integer.parseInt(src.substring(start + 1, j));
            i = j;
            if (g > groups) throw error("invalid group reference " + g, start + 1);
            if (!closed.get(g - 1)) throw error("cannot refer to an open group", start);
            out.append("(?:\\").append(g).append(')');
            return ATOM;
        }
        literal(simpleEscape(c, start, false));
        return ATOM;
    }

    /** The character an escape other than a class shorthand denotes (i is past the escape letter). */
    private int simpleEscape(char c, int start, boolean inClass) {
        switch (c) {
            case 'a':
                return 7;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0b;
            case 'b':
                if (inClass) return '\b';
                break;
            case 'x':
                return hex(2, start, "\\x");
            case 'u':
                return hex(4, start, "\\u");
            case 'U': {
                int v = hex(8, start, "\\U");
                return v;
            }
            case 'N': {
                if (i >= src.length() || src.charAt(i) != '{') throw error("missing {", i);
                int end = src.indexOf('}', i);
                if (end < 0) throw error("missing }, unterminated name", i + 1);
                String name = src.substring(i + 1, end);
                if (name.isEmpty()) throw error("missing character name", i + 1);
                int cp;
                try {
                    cp = Character.codePointOf(name);
                } catch (IllegalArgumentException e) {
                    throw error("undefined character name '" + name + "'", start);
                }
                i = end + 1;
                return cp;
            }
            case '0': {
                int j = i;
                while (j < src.length() && j < i + 2 && src.charAt(j) >= '0' && src.charAt(j) <= '7') j++;
                int v = Integer.parseInt(src.substring(start + 1, j), 8);
                i = j;
                return v;
            }
            default:
                break;
        }
        if (c < 128 && (isLetter(c) || (inClass && isDigit(c)))) throw error("bad escape \\" + c, start);
        i = start + 1 + Character.charCount(src.codePointAt(start + 1));
        return src.codePointAt(start + 1);
    }

    private int hex(int n, int start, String what) {
        int j = i;
        while (j < src.length() && j < i + n && Character.digit(src.charAt(j), 16) >= 0) j++;
        if (j - i < n) throw error("incomplete escape " + src.substring(start, j), start);
        long v = Long.parseLong(src.substring(i, j), 16);
        if (v > 0x10FFFF) throw error("bad escape " + src.substring(start, j), start);
        i = j;
        return (int) v;
    }

    private void charClass() {
        int start = i;
        i++;
        StringBuilder cls = new StringBuilder("[");
        if (i < src.length() && src.charAt(i) == '^') {
            cls.append('^');
            i++;
        }
        boolean first = true;
        while (true) {
            if (i >= src.length()) throw error("unterminated character set", start);
            char c = src.charAt(i);
            if (c == ']' && !first) {
                i++;
                break;
            }
            first = false;
            int itemStart = i;
            int lo;
            String shorthand = null;
            if (c == '\\') {
                if (i + 1 >= src.length()) throw error("unterminated character set", start);
                char e = src.charAt(i + 1);
                if ("dDsSwW".indexOf(e) >= 0) {
                    shorthand = "\\" + e;
                    i += 2;
                    lo = -1;
                } else {
                    i += 2;
                    lo = simpleEscape(e, itemStart, true);
                }
            } else {
                lo = src.codePointAt(i);
                i += Character.charCount(lo);
            }
            if (i + 1 < src.length() && src.charAt(i) == '-' && src.charAt(i + 1) != ']') {
                // A range.
                int dash = i;
                i++;
                int hiStart = i;
                int hi;
                if (src.charAt(i) == '\\') {
                    if (i + 1 >= src.length()) throw error("unterminated character set", start);
                    char e = src.charAt(i + 1);
                    i += 2;
                    if ("dDsSwW".indexOf(e) >= 0) throw error("bad character range " + src.substring(itemStart, i), itemStart);
                    hi = simpleEscape(e, hiStart, true);
                } else {
                    hi = src.codePointAt(i);
                    i += Character.charCount(hi);
                }
                if (shorthand != null) throw error("bad character range " + src.substring(itemStart, i), itemStart);
                if (hi < lo) throw error("bad character range " + src.substring(itemStart, i), itemStart);
                cls.append("\\x{").append(Integer.toHexString(lo)).append("}-\\x{").append(Integer.toHexString(hi)).append('}');
                if (dash < 0) break;
            } else if (shorthand != null) {
                cls.append(shorthand);
            } else {
                cls.append("\\x{").append(Integer.toHexString(lo)).append('}');
            }
        }
        cls.append(']');
        // Java rejects an empty negated class written as [^] differently; '[^...]' always has an item here.
        out.append(cls);
    }
}
