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
        if (c == '\'') {
            int end = s.indexOf('\'', pos + 1);
            String str = s.substring(pos + 1, end);
            pos = end + 1;
            return str;
        }
        int start = pos;
        while (pos < s.length() && ",)] ".indexOf(s.charAt(pos)) < 0) {
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
        if (tok.contains(".") || tok.contains("e") || tok.contains("inf")) {
            return Double.parseDouble(tok);
        }
        return new BigInteger(tok);
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
        return String.valueOf(v);
    }
}
