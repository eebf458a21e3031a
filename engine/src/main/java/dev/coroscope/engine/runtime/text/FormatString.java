package dev.coroscope.engine.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Parsing for {@code str.format} / {@code str.format_map}, as CPython 3.11's
 * {@code unicode_format.h}: the template splits into literal text and replacement fields
 * ({@code {{}}/{@code }}} are literal braces), each field into a field name, an optional conversion
 * ({@code !r}, {@code !s}, {@code !a}) and a format spec that may itself contain fields.
 *
 * <p>The VM evaluates: for each {@link Part} in order it writes a {@link Literal}, renders a
 * {@link Field}, or raises the error of a {@link Failure}. CPython parses lazily, so a template
 * with a syntax error still evaluates (with side effects) the fields before the error; the part list
 * keeps that order. Rendering a field, exactly in CPython's order:
 * <ol>
 *   <li>{@link #splitFieldName(String, AutoNumber)} (numbering errors, {@code Too many decimal
 *       digits in format string}), then look up the first part: {@code args[index]} (IndexError
 *       {@code Replacement index 2 out of range for positional args tuple}) or {@code kwargs[name]}
 *       (KeyError);</li>
 *   <li>apply the accessors one by one ({@code .attr}, {@code [int]}, {@code [key]}); a malformed
 *       rest of the name is an {@link Accessor.Invalid} reached at its place;</li>
 *   <li>apply the conversion ({@link #checkConversion} for an unknown one);</li>
 *   <li>if {@link Field#specHasFields()}, render the spec recursively with
 *       {@link #parse(String, int)} at depth - 1 (sharing the {@link AutoNumber});</li>
 *   <li>call {@code format(value, spec)}.</li>
 * </ol>
 * The outermost call uses depth 2, so fields nest two levels deep, as in CPython.
 */
public final class FormatString {
    private FormatString() {
    }

    /** One piece of a parsed template. */
    public sealed interface Part permits Literal, Field, Failure {
    }

    /** Literal text, braces already unescaped. */
    public record Literal(String text) implements Part {
    }

    /**
     * A replacement field.
     *
     * @param name          the raw field name ({@code "0"}, {@code ""}, {@code "x.y[2]"})
     * @param conversion    {@code 'r'}, {@code 's'}, {@code 'a'}, another code point (an error when
     *                      rendered), or 0 for none
     * @param spec          the raw format spec (without the colon)
     * @param specHasFields whether the spec contains {@code {}, so it must be rendered first
     */
    public record Field(String name, int conversion, String spec, boolean specHasFields) implements Part {
    }

    /** A syntax error CPython raises when parsing reaches this point. */
    public record Failure(PythonError error) implements Part {
    }

    /** Automatic ({@code {}}) versus manual ({@code {0}}) numbering state, shared across nested specs. */
    public static final class AutoNumber {
        private int state; // 0 unknown, 1 auto, 2 manual
        private int next;
    }

    /** One step after the first part of a field name. */
    public sealed interface Accessor permits Accessor.Attr, Accessor.Index, Accessor.Key, Accessor.Invalid {
        /** {@code .name}: getattr. */
        record Attr(String name) implements Accessor {
        }

        /** {@code [123]}: an integer subscript. */
        record Index(long index) implements Accessor {
        }

        /** {@code [text]}: a str subscript. */
        record Key(String key) implements Accessor {
        }

        /** The rest of the name is malformed; raise this error when reached. */
        record Invalid(PythonError error) implements Accessor {
        }
    }

    /**
     * A split field name: {@code index >= 0} for positional arguments (explicit or automatic),
     * otherwise {@code key} names a keyword argument.
     */
    public record FieldName(long index, String key, List<Accessor> accessors) {
    }

    /** Parses a whole template ({@code depth} 2 for {@code str.format}). */
    public static List<Part> parse(String template) {
        return parse(template, 2);
    }

    /**
     * Parses a template or a nested format spec; raises CPython's {@code Max string recursion
     * exceeded} when {@code depth <= 0}.
     */
    public static List<Part> parse(String template, int depth) {
        if (depth <= 0) {
            throw PythonError.valueError("Max string recursion exceeded");
        }
        int[] s = StrOps.codePoints(template);
        List<Part> parts = new ArrayList<>();
        int pos = 0;
        int end = s.length;
        while (pos < end) {
            int start = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s[pos] != '}')) {
                parts.add(new Failure(PythonError.valueError("Single '}' encountered in format string")));
                return parts;
            }
            if (markup && atEnd && c == '{') {
                parts.add(new Failure(PythonError.valueError("Single '{' encountered in format string")));
                return parts;
            }
            if (markup) {
                if (s[pos] == c) {
                    pos++; // doubled brace: the literal keeps one
                    markup = false;
                } else {
                    len--;
                }
            }
            if (len > 0) {
                parts.add(new Literal(new String(s, start, len)));
            }
            if (!markup) {
                continue;
            }
            int[] cursor = {pos};
            Part field = parseField(s, cursor, end);
            parts.add(field);
            if (field instanceof Failure) {
                return parts;
            }
            pos = cursor[0];
        }
        return parts;
    }

    private static Part parseField(int[] s, int[] cursor, int end) {
        int pos = cursor[0];
        int nameStart = pos;
        int c = 0;
        while (pos < end) {
            c = s[pos++];
            if (c == '{') {
                return new Failure(PythonError.valueError("unexpected '{' in field name"));
            }
            if (c == '[') {
                while (pos < end && s[pos] != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        // The loop stops on a terminator or at the end of the text (then c is some other character).
        String name = new String(s, nameStart, Math.max(pos - 1 - nameStart, 0));
        if (c == '}') {
            cursor[0] = pos;
            return new Field(name, 0, "", false);
        }
        if (c != '!' && c != ':') {
            return new Failure(PythonError.valueError("expected '}' before end of string"));
        }
        int conversion = 0;
        if (c == '!') {
            if (pos >= end) {
                return new Failure(PythonError.valueError("end of string while looking for conversion specifier"));
            }
            conversion = s[pos++];
            if (pos < end) {
                int d = s[pos++];
                if (d == '}') {
                    cursor[0] = pos;
                    return new Field(name, conversion, "", false);
                }
                if (d != ':') {
                    return new Failure(PythonError.valueError("expected ':' after conversion specifier"));
                }
            }
        }
        int specStart = pos;
        int count = 1;
        boolean nested = false;
        while (pos < end) {
            int d = s[pos++];
            if (d == '{') {
                nested = true;
                count++;
            } else if (d == '}') {
                count--;
                if (count == 0) {
                    cursor[0] = pos;
                    return new Field(name, conversion, new String(s, specStart, pos - 1 - specStart), nested);
                }
            }
        }
        return new Failure(PythonError.valueError("unmatched '{' in format spec"));
    }

    /** Raises CPython's error for a conversion other than {@code r}, {@code s} or {@code a}. */
    public static void checkConversion(int conversion) {
        if (conversion == 'r' || conversion == 's' || conversion == 'a') {
            return;
        }
        if (conversion > 32 && conversion < 127) {
            throw PythonError.valueError("Unknown conversion specifier " + (char) conversion);
        }
        throw PythonError.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    }

    /** The error {@code str.format_map} raises for a positional field. */
    public static PythonError positionalInFormatMap() {
        return PythonError.valueError("Format string contains positional fields");
    }

    /** The IndexError of a positional field beyond the arguments. */
    public static PythonError indexOutOfRange(long index) {
        return new PythonError("IndexError", "Replacement index " + index + " out of range for positional args tuple");
    }

    /** Splits a field name into its first part and accessors, applying automatic numbering. */
    public static FieldName splitFieldName(String name, AutoNumber auto) {
        int[] s = StrOps.codePoints(name);
        int i = 0;
        while (i < s.length && s[i] != '.' && s[i] != '[') {
            i++;
        }
        long index = integer(s, 0, i);
        boolean empty = i == 0;
        boolean numeric = empty || index != -1;
        if (auto != null) {
            if (auto.state == 0 && numeric) {
                auto.state = empty ? 1 : 2;
            }
            if (numeric) {
                if (auto.state == 2 && empty) {
                    throw PythonError.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                if (auto.state == 1 && !empty) {
                    throw PythonError.valueError("cannot switch from automatic field numbering to manual field specification");
                }
            }
            if (empty) {
                index = auto.next++;
            }
        }
        String key = index >= 0 ? null : new String(s, 0, i);
        return new FieldName(index, key, accessors(s, i));
    }

    private static List<Accessor> accessors(int[] s, int pos) {
        List<Accessor> out = new ArrayList<>();
        int end = s.length;
        while (pos < end) {
            int c = s[pos++];
            String part;
            boolean attr;
            if (c == '.') {
                attr = true;
                int start = pos;
                while (pos < end && s[pos] != '.' && s[pos] != '[') {
                    pos++;
                }
                part = new String(s, start, pos - start);
            } else if (c == '[') {
                attr = false;
                int start = pos;
                boolean closed = false;
                while (pos < end) {
                    if (s[pos++] == ']') {
                        closed = true;
                        break;
                    }
                }
                if (!closed) {
                    out.add(new Accessor.Invalid(PythonError.valueError("Missing ']' in format string")));
                    return out;
                }
                part = new String(s, start, pos - 1 - start);
            } else {
                out.add(new Accessor.Invalid(PythonError.valueError(
                        "Only '.' or '[' may follow ']' in format field specifier")));
                return out;
            }
            if (part.isEmpty()) {
                out.add(new Accessor.Invalid(PythonError.valueError("Empty attribute in format string")));
                return out;
            }
            if (attr) {
                out.add(new Accessor.Attr(part));
            } else {
                long idx;
                try {
                    idx = integer(StrOps.codePoints(part), 0, part.codePointCount(0, part.length()));
                } catch (PythonError e) {
                    out.add(new Accessor.Invalid(e));
                    return out;
                }
                out.add(idx >= 0 ? new Accessor.Index(idx) : new Accessor.Key(part));
            }
        }
        return out;
    }

    /** The value of s[from:to] when it is all decimal digits (any script), else -1. */
    private static long integer(int[] s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long acc = 0;
        for (int i = from; i < to; i++) {
            int d = Unicode.decimalValue(s[i]);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PythonError.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        return acc;
    }
}
