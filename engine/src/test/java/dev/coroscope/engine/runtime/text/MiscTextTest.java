package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.Golden;
import dev.coroscope.engine.runtime.num.IntOps;
import dev.coroscope.engine.runtime.num.IntText;
import dev.coroscope.engine.runtime.num.TestValues;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** repr/ascii of str and bytes, and int text and byte conversions, against CPython (gen_misc.py). */
class MiscTextTest {
    private static byte[] bytesLiteral(String repr) {
        // b'...' with the escapes bytes.__repr__ produces
        String body = repr.substring(2, repr.length() - 1);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'r' -> out.write('\r');
                case 'x' -> {
                    out.write(Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.write(e);
            }
        }
        return out.toByteArray();
    }

    private static Long lng(Object o) {
        return o instanceof BigInteger b ? b.longValue() : null;
    }

    private static String run(Golden.Row r) {
        String op = r.get(0);
        return switch (op) {
            case "repr" -> StrRepr.repr((String) TestValues.parse(r.get(1)));
            case "ascii" -> StrRepr.ascii((String) TestValues.parse(r.get(1)));
            case "bytesrepr" -> StrRepr.bytesRepr(bytesLiteral(r.get(1)));
            case "bin" -> IntText.prefixed(new BigInteger(r.get(1)), 2);
            case "oct" -> IntText.prefixed(new BigInteger(r.get(1)), 8);
            case "hex" -> IntText.prefixed(new BigInteger(r.get(1)), 16);
            case "str" -> IntText.toDecimal(new BigInteger(r.get(1)));
            case "bit_length" -> Integer.toString(IntOps.bitLength(new BigInteger(r.get(1))));
            case "bit_count" -> Integer.toString(IntOps.bitCount(new BigInteger(r.get(1))));
            case "to_bytes" -> HexFormat.of().formatHex(IntOps.toBytes(new BigInteger(r.get(1)),
                    Long.parseLong(r.get(2)), r.get(3).equals("big"), r.get(4).equals("True")));
            case "from_bytes" -> IntOps.fromBytes(HexFormat.of().parseHex(r.get(1)), r.get(2).equals("big"),
                    r.get(3).equals("True")).toString();
            case "strcmp" -> Integer.toString(Integer.signum(StrOps.compare((String) TestValues.parse(r.get(1)),
                    (String) TestValues.parse(r.get(2)))));
            case "slice" -> {
                String s = (String) TestValues.parse(r.get(1));
                java.util.List<Object> b = TestValues.tupleItems(TestValues.parse(r.get(2)));
                long[] ix = StrOps.sliceIndices(lng(b.get(0)), lng(b.get(1)), lng(b.get(2)), StrOps.length(s));
                String res = ix[3] == 0 ? "" : StrOps.slice(s, (int) ix[0], (int) ix[1], (int) ix[2]);
                yield StrRepr.repr(res);
            }
            case "strlen" -> {
                String[] p = r.get(1).split("\\*", 2);
                String expr = p[1];
                BigInteger n;
                if (expr.startsWith("(")) {
                    n = BigInteger.TEN.pow(Integer.parseInt(expr.substring(5, expr.indexOf('-')))).subtract(BigInteger.ONE);
                } else {
                    n = BigInteger.TEN.pow(Integer.parseInt(expr.substring(4)));
                }
                n = n.multiply(new BigInteger(p[0]));
                yield Integer.toString(IntText.toDecimal(n).length());
            }
            default -> throw new IllegalStateException(op);
        };
    }

    @TestFactory
    Stream<DynamicTest> text_conversions_match_cpython() {
        Map<String, Golden.Mismatches> groups = new LinkedHashMap<>();
        for (Golden.Row row : Golden.read("misc.txt")) {
            String expected = row.get(row.fields().length - 1);
            groups.computeIfAbsent(row.get(0), k -> new Golden.Mismatches()).check(row, expected,
                    Golden.outcome(() -> run(row)));
        }
        return groups.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), e.getValue()::assertNone));
    }
}
