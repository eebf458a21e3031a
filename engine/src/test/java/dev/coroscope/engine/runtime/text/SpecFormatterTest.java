package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.Golden;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code format(value, spec)} against CPython, one dynamic test per value kind (gen_format.py). */
class SpecFormatterTest {
    @TestFactory
    Stream<DynamicTest> format_matches_cpython() {
        Map<String, Golden.Mismatches> byKind = new LinkedHashMap<>();
        List<Golden.Row> rows = Golden.read("format.txt");
        for (Golden.Row row : rows) {
            String kind = row.get(0);
            String value = row.get(1);
            String spec = row.get(2);
            String actual = Golden.outcome(() -> switch (kind) {
                case "int" -> SpecFormatter.formatInt(new BigInteger(value), spec, "int");
                case "bool" -> spec.isEmpty() ? value
                        : SpecFormatter.formatInt(value.equals("True") ? BigInteger.ONE : BigInteger.ZERO, spec, "bool");
                case "float" -> SpecFormatter.formatFloat(Golden.parseHexDouble(value), spec, "float");
                case "str" -> SpecFormatter.formatStr(value, spec, "str");
                default -> throw new IllegalStateException(kind);
            });
            byKind.computeIfAbsent(kind, k -> new Golden.Mismatches()).check(row, row.get(3), actual);
        }
        return byKind.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest("format of " + e.getKey() + " values", e.getValue()::assertNone));
    }
}
