package dev.coroscope.engine.runtime.num;

import java.util.List;

/** Public access to {@link PyLiteral} for tests in other packages. */
public final class TestValues {
    private TestValues() {
    }

    public static Object parse(String literal) {
        return PyLiteral.parse(literal);
    }

    public static List<Object> tupleItems(Object v) {
        return v instanceof PyLiteral.Tuple t ? t.items() : null;
    }

    public static String str(Object v) {
        return PyLiteral.str(v);
    }

    public static String repr(Object v) {
        return PyLiteral.repr(v);
    }

    public static String typeName(Object v) {
        return PyLiteral.typeName(v);
    }
}
