package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.Golden;
import dev.coroscope.engine.runtime.num.TestValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code str.format} against CPython (gen_strformat.py), rendered the way the class comment of
 * {@link FormatString} tells the VM to, over plain literal values.
 */
class FormatStringTest {
    private static String render(String template, List<Object> args, Map<?, ?> kwargs, int depth,
                                 FormatString.AutoNumber auto) {
        StringBuilder out = new StringBuilder();
        for (FormatString.Part part : FormatString.parse(template, depth)) {
            if (part instanceof FormatString.Literal lit) {
                out.append(lit.text());
            } else if (part instanceof FormatString.Failure f) {
                throw f.error();
            } else {
                FormatString.Field field = (FormatString.Field) part;
                FormatString.FieldName fn = FormatString.splitFieldName(field.name(), auto);
                Object value;
                if (fn.index() >= 0) {
                    if (fn.index() >= args.size()) {
                        throw FormatString.indexOutOfRange(fn.index());
                    }
                    value = args.get((int) fn.index());
                } else {
                    if (!kwargs.containsKey(fn.key())) {
                        throw new PythonError("KeyError", StrRepr.repr(fn.key()));
                    }
                    value = kwargs.get(fn.key());
                }
                for (FormatString.Accessor a : fn.accessors()) {
                    value = access(value, a);
                }
                if (field.conversion() != 0) {
                    FormatString.checkConversion(field.conversion());
                    value = switch (field.conversion()) {
                        case 'r' -> TestValues.repr(value);
                        case 's' -> TestValues.str(value);
                        default -> StrRepr.asciiEscape(TestValues.repr(value));
                    };
                }
                String spec = field.specHasFields() ? render(field.spec(), args, kwargs, depth - 1, auto) : field.spec();
                out.append(format(value, spec));
            }
        }
        return out.toString();
    }

    private static Object access(Object v, FormatString.Accessor a) {
        String type = TestValues.typeName(v);
        if (a instanceof FormatString.Accessor.Invalid inv) {
            throw inv.error();
        }
        if (a instanceof FormatString.Accessor.Attr attr) {
            boolean number = v instanceof BigInteger || v instanceof Double || v instanceof Boolean;
            if (number && attr.name().equals("real")) {
                return v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : v;
            }
            if (number && attr.name().equals("imag")) {
                return v instanceof Double ? (Object) 0.0 : BigInteger.ZERO;
            }
            throw new PythonError("AttributeError", "'" + type + "' object has no attribute '" + attr.name() + "'");
        }
        if (a instanceof FormatString.Accessor.Index idx) {
            long i = idx.index();
            if (v instanceof Map<?, ?> m) {
                BigInteger key = BigInteger.valueOf(i);
                if (!m.containsKey(key)) {
                    throw new PythonError("KeyError", key.toString());
                }
                return m.get(key);
            }
            List<Object> items = v instanceof List<?> l ? castList(l) : TestValues.tupleItems(v);
            if (items != null) {
                if (i >= items.size()) {
                    throw new PythonError("IndexError", type + " index out of range");
                }
                return items.get((int) i);
            }
            if (v instanceof String s) {
                if (i >= s.codePointCount(0, s.length())) {
                    throw new PythonError("IndexError", "string index out of range");
                }
                int off = s.offsetByCodePoints(0, (int) i);
                return new String(Character.toChars(s.codePointAt(off)));
            }
            throw PythonError.typeError("'" + type + "' object is not subscriptable");
        }
        String key = ((FormatString.Accessor.Key) a).key();
        if (v instanceof Map<?, ?> m) {
            if (!m.containsKey(key)) {
                throw new PythonError("KeyError", StrRepr.repr(key));
            }
            return m.get(key);
        }
        if (v instanceof List) {
            throw PythonError.typeError("list indices must be integers or slices, not str");
        }
        if (TestValues.tupleItems(v) != null) {
            throw PythonError.typeError("tuple indices must be integers or slices, not str");
        }
        if (v instanceof String) {
            throw PythonError.typeError("string indices must be integers, not 'str'");
        }
        throw PythonError.typeError("'" + type + "' object is not subscriptable");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> castList(List<?> l) {
        return (List<Object>) l;
    }

    /** format(value, spec) as the builtin types define __format__. */
    static String format(Object v, String spec) {
        if (v instanceof Boolean b) {
            return spec.isEmpty() ? (b ? "True" : "False")
                    : SpecFormatter.formatInt(b ? BigInteger.ONE : BigInteger.ZERO, spec, "bool");
        }
        if (v instanceof BigInteger i) {
            return SpecFormatter.formatInt(i, spec, "int");
        }
        if (v instanceof Double d) {
            return SpecFormatter.formatFloat(d, spec, "float");
        }
        if (v instanceof String s) {
            return SpecFormatter.formatStr(s, spec, "str");
        }
        return SpecFormatter.formatObject(TestValues.str(v), spec, TestValues.typeName(v));
    }

    @TestFactory
    Stream<DynamicTest> str_format_matches_cpython() {
        Golden.Mismatches m = new Golden.Mismatches();
        for (Golden.Row row : Golden.read("strformat.txt")) {
            List<Object> args = TestValues.tupleItems(TestValues.parse(row.get(1)));
            Map<?, ?> kwargs = (Map<?, ?>) TestValues.parse(row.get(2));
            m.check(row, row.get(3), Golden.outcome(
                    () -> render(row.get(0), args, kwargs, 2, new FormatString.AutoNumber())));
        }
        return Stream.of(DynamicTest.dynamicTest("template.format(*args, **kwargs)", m::assertNone));
    }
}
