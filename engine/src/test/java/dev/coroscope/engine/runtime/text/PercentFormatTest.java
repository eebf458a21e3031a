package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.FloatOps;
import dev.coroscope.engine.runtime.num.Golden;
import dev.coroscope.engine.runtime.num.IntOps;
import dev.coroscope.engine.runtime.num.TestValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code fmt % args} against CPython (gen_percent.py). */
class PercentFormatTest {
    /** The operations a VM would supply, over the test's plain literal values. */
    static final PercentFormat.Ops<Object> OPS = new PercentFormat.Ops<>() {
        @Override
        public List<Object> tupleItems(Object v) {
            return TestValues.tupleItems(v);
        }

        @Override
        public boolean isMapping(Object v) {
            return v instanceof List || v instanceof Map;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            if (mapping instanceof Map<?, ?> m && m.containsKey(key)) {
                return m.get(key);
            }
            if (mapping instanceof List) {
                throw PythonError.typeError("list indices must be integers or slices, not str");
            }
            throw new PythonError("KeyError", StrRepr.repr(key));
        }

        @Override
        public String str(Object v) {
            return TestValues.str(v);
        }

        @Override
        public String repr(Object v) {
            return TestValues.repr(v);
        }

        @Override
        public String ascii(Object v) {
            return StrRepr.asciiEscape(TestValues.repr(v));
        }

        @Override
        public String typeName(Object v) {
            return TestValues.typeName(v);
        }

        @Override
        public String strValue(Object v) {
            return v instanceof String s ? s : null;
        }

        @Override
        public BigInteger intValue(Object v) {
            if (v instanceof Boolean b) {
                return b ? BigInteger.ONE : BigInteger.ZERO;
            }
            return v instanceof BigInteger i ? i : null;
        }

        @Override
        public boolean isNumber(Object v) {
            return v instanceof BigInteger || v instanceof Double || v instanceof Boolean;
        }

        @Override
        public BigInteger toInt(Object v) {
            if (v instanceof Double d) {
                return FloatOps.toInt(d);
            }
            return intValue(v);
        }

        @Override
        public BigInteger toIndex(Object v) {
            return intValue(v);
        }

        @Override
        public double toDouble(Object v) {
            if (v instanceof Double d) {
                return d;
            }
            BigInteger i = intValue(v);
            if (i != null) {
                return IntOps.toDouble(i);
            }
            throw PythonError.typeError("must be real number, not " + typeName(v));
        }
    };

    @TestFactory
    Stream<DynamicTest> percent_formatting_matches_cpython() {
        Golden.Mismatches m = new Golden.Mismatches();
        for (Golden.Row row : Golden.read("percent.txt")) {
            Object args = TestValues.parse(row.get(1));
            m.check(row, row.get(2), Golden.outcome(() -> PercentFormat.format(row.get(0), args, OPS)));
        }
        return Stream.of(DynamicTest.dynamicTest("fmt % args", m::assertNone));
    }
}
