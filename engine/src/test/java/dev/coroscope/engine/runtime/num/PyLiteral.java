package dev.coroscope.engine.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads the Python literals the golden files contain (ints, floats, True/False/None,
 * tuples and lists) into Java values (BigInteger, Double, Boolean, {@link Tuple}, List), and gives
 * them Python's hash and equality so they can be keys of the tables under test.
 */
final class PyLiteral {
    /** A Python tuple. */
    record Tuple(List<Object> items) {
        @Override
        public String toString() {
            return items.size() == 1 ? "(" + items.get(0) + ",)" : "(" + String.join(", ", items.stream().map(String::valueOf).toList()) + ")";
        }
    }

    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private final String s;
    private int pos;

    private PyLiteral(String s) {
        this.s = s;
    }

    static Object parse(String s) {
        PyLiteral p = new PyLiteral(s.trim());
        Object v = p.value();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text in " + s);
        }
        return v;
    }

    private void ws() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(pos);
        if (c == '{') {
            pos++;
            java.util.Map<Object, Object> map = new java.util.LinkedHashMap<>();
            ws();
            while (s.charAt(pos) != '}') {
                Object k = value();
                ws();
                pos++; // ':'
                Object v = value();
                map.put(k, v);
                ws();
                if (s.charAt(pos) == ',') {
                    pos++;
                    ws();
                }
            }
            pos++;
            return map;
        }

        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            pos++;
            List<Object> items = new ArrayList<>();
            ws();
            while (s.charAt(pos) != close) {
                items.add(value());
                ws();
                if (s.charAt(pos) == ',') {
                    pos++;
                    ws();
                }
            }
            pos++;
            return c == '(' ? new Tuple(items) : items;
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        int start = pos;
        while (pos < s.length() && ",)]}: ".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        String tok = s.substring(start, pos);
        switch (tok) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return NONE;
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (tok.contains("**")) {
            String[] be = tok.split("\\*\\*");
            return new BigInteger(be[0]).pow(Integer.parseInt(be[1]));
        }
        if (tok.equals("nan")) {
            return Double.NaN;
        }
        if (tok.contains(".") || tok.contains("e") || tok.contains("inf")) {
            return Double.parseDouble(tok);
        }
        return new BigInteger(tok);
    }

    /** A quoted Python string literal with the escapes repr() produces. */
    private String string(char quote) {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (s.charAt(pos) != quote) {
            char ch = s.charAt(pos++);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                case 'U' -> {
                    sb.appendCodePoint(Integer.parseInt(s.substring(pos, pos + 8), 16));
                    pos += 8;
                }
                default -> sb.append(e);
            }
        }
        pos++;
        return sb.toString();
    }

    static long hash(Object v) {
        if (v instanceof BigInteger b) {
            return PyHash.hashBig(b);
        }
        if (v instanceof Double d) {
            return PyHash.hashDouble(d, 0);
        }
        if (v instanceof Boolean b) {
            return PyHash.hashBool(b);
        }
        if (v instanceof String str) {
            return PyHash.hashStr(str);
        }
        if (v instanceof Tuple t) {
            long[] hs = new long[t.items().size()];
            for (int i = 0; i < hs.length; i++) {
                hs[i] = hash(t.items().get(i));
            }
            return PyHash.hashTuple(hs);
        }
        throw new IllegalArgumentException("unhashable " + v);
    }

    /** Python == between the values this reader produces (numbers compare by value across types). */
    static boolean pyEquals(Object a, Object b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Tuple ta && b instanceof Tuple tb) {
            if (ta.items().size() != tb.items().size()) {
                return false;
            }
            for (int i = 0; i < ta.items().size(); i++) {
                if (!pyEquals(ta.items().get(i), tb.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        return a == b;
    }

    private static BigDecimal number(Object v) {
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return new BigDecimal(d);
        }
        return null;
    }

    /** Python str() of a value produced by this reader. */
    static String str(Object v) {
        return v instanceof String s ? s : repr(v);
    }

    static String typeName(Object v) {
        if (v instanceof BigInteger) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Tuple) {
            return "tuple";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof java.util.Map) {
            return "dict";
        }
        return "NoneType";
    }

    /** Python repr of a value produced by this reader. */
    static String repr(Object v) {
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String str) {
            return dev.coroscope.engine.runtime.text.StrRepr.repr(str);
        }
        if (v instanceof Tuple t) {
            List<String> parts = t.items().stream().map(PyLiteral::repr).toList();
            return parts.size() == 1 ? "(" + parts.get(0) + ",)" : "(" + String.join(", ", parts) + ")";
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(PyLiteral::repr).toList()) + "]";
        }
        if (v instanceof java.util.Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof BigInteger b) {
            return IntText.toDecimal(b);
        }
        return String.valueOf(v);
    }
}
