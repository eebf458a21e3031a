package dev.coroscope.engine.runtime.num;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** {@code int(s, base)} and {@code float(s)} against CPython (gen_parse.py). */
class NumParseTest {
    @TestFactory
    Stream<DynamicTest> parsing_matches_cpython() {
        Map<String, Golden.Mismatches> groups = new LinkedHashMap<>();
        for (Golden.Row row : Golden.read("parse.txt")) {
            String kind = row.get(0);
            String s = row.get(1);
            String actual;
            if (kind.equals("int")) {
                int base = Integer.parseInt(row.get(2));
                actual = Golden.outcome(() -> IntText.prefixed(NumParse.parseInt(s, base), 16));
            } else {
                actual = Golden.outcome(() -> hex(NumParse.parseFloat(s)));
            }
            groups.computeIfAbsent(kind, k -> new Golden.Mismatches()).check(row, row.get(3), actual);
        }
        return groups.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey() + "() of strings", e.getValue()::assertNone));
    }

    /** Python's float.hex() layout, so results compare exactly. */
    static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return FloatOps.hex(x);
    }
}
