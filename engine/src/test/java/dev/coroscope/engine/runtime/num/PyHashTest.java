package dev.coroscope.engine.runtime.num;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** hash() of numbers, tuples and frozensets against CPython (gen_hash.py). */
class PyHashTest {
    @TestFactory
    Stream<DynamicTest> hashes_match_cpython() {
        Map<String, Golden.Mismatches> groups = new LinkedHashMap<>();
        for (Golden.Row row : Golden.read("hash.txt")) {
            String kind = row.get(0);
            long actual = switch (kind) {
                case "float" -> PyHash.hashDouble(row.dbl(1), 0);
                case "frozenset" -> {
                    @SuppressWarnings("unchecked")
                    List<Object> members = (List<Object>) PyLiteral.parse(row.get(1));
                    long[] hs = members.stream().mapToLong(PyLiteral::hash).toArray();
                    yield PyHash.hashFrozenset(hs);
                }
                default -> PyLiteral.hash(PyLiteral.parse(row.get(1)));
            };
            groups.computeIfAbsent(kind, k -> new Golden.Mismatches()).check(row, row.get(2), Long.toString(actual));
        }
        return groups.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest("hash of " + e.getKey(), e.getValue()::assertNone));
    }
}
