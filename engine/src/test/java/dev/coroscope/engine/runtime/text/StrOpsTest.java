package dev.coroscope.engine.runtime.text;

import dev.coroscope.engine.runtime.num.Golden;
import dev.coroscope.engine.runtime.num.TestValues;
import dev.coroscope.engine.runtime.num.TestValuesTuple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** str methods against CPython (gen_strops.py), one dynamic test per method. */
class StrOpsTest {
    private static Long idx(List<Object> a, int i) {
        return i < a.size() && a.get(i) != null && a.get(i) instanceof BigInteger b ? b.longValue() : null;
    }

    private static String s(List<Object> a, int i) {
        return i < a.size() && a.get(i) instanceof String x ? x : null;
    }

    private static long num(List<Object> a, int i, long dflt) {
        return i < a.size() ? ((BigInteger) a.get(i)).longValue() : dflt;
    }

    private static Object call(String m, String str, List<Object> a) {
        return switch (m) {
            case "upper" -> StrOps.upper(str);
            case "lower" -> StrOps.lower(str);
            case "casefold" -> StrOps.casefold(str);
            case "swapcase" -> StrOps.swapcase(str);
            case "capitalize" -> StrOps.capitalize(str);
            case "title" -> StrOps.title(str);
            case "isupper" -> StrOps.isUpper(str);
            case "islower" -> StrOps.isLower(str);
            case "istitle" -> StrOps.isTitle(str);
            case "isspace" -> StrOps.isSpace(str);
            case "isalpha" -> StrOps.isAlpha(str);
            case "isalnum" -> StrOps.isAlnum(str);
            case "isdecimal" -> StrOps.isDecimal(str);
            case "isdigit" -> StrOps.isDigit(str);
            case "isnumeric" -> StrOps.isNumeric(str);
            case "isidentifier" -> StrOps.isIdentifier(str);
            case "isprintable" -> StrOps.isPrintable(str);
            case "isascii" -> StrOps.isAscii(str);
            case "split" -> StrOps.split(str, s(a, 0), num(a, 1, -1));
            case "rsplit" -> StrOps.rsplit(str, s(a, 0), num(a, 1, -1));
            case "splitlines" -> StrOps.splitlines(str, !a.isEmpty() && Boolean.TRUE.equals(a.get(0)));
            case "strip" -> StrOps.strip(str, s(a, 0));
            case "lstrip" -> StrOps.lstrip(str, s(a, 0));
            case "rstrip" -> StrOps.rstrip(str, s(a, 0));
            case "expandtabs" -> StrOps.expandtabs(str, num(a, 0, 8));
            case "partition" -> tuple(StrOps.partition(str, s(a, 0)));
            case "rpartition" -> tuple(StrOps.rpartition(str, s(a, 0)));
            case "removeprefix" -> StrOps.removePrefix(str, s(a, 0));
            case "removesuffix" -> StrOps.removeSuffix(str, s(a, 0));
            case "find" -> StrOps.find(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "rfind" -> StrOps.rfind(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "index" -> StrOps.index(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "rindex" -> StrOps.rindex(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "count" -> StrOps.count(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "startswith" -> StrOps.startsWith(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "endswith" -> StrOps.endsWith(str, s(a, 0), idx(a, 1), idx(a, 2));
            case "replace" -> StrOps.replace(str, s(a, 0), s(a, 1), num(a, 2, -1));
            case "center" -> StrOps.center(str, num(a, 0, 0), s(a, 1));
            case "ljust" -> StrOps.ljust(str, num(a, 0, 0), s(a, 1));
            case "rjust" -> StrOps.rjust(str, num(a, 0, 0), s(a, 1));
            case "zfill" -> StrOps.zfill(str, num(a, 0, 0));
            default -> throw new IllegalStateException(m);
        };
    }

    private static Object tuple(String[] parts) {
        return TestValuesTuple.of((Object[]) parts);
    }

    private static String repr(Object v) {
        if (v instanceof Integer i) {
            return i.toString();
        }
        return TestValues.repr(v);
    }

    private static String flags(String ch) {
        int c = ch.codePointAt(0);
        boolean[] f = {Unicode.isUpper(c), Unicode.isLower(c), StrOps.isTitle(ch), StrOps.isSpace(ch),
            StrOps.isAlpha(ch), StrOps.isAlnum(ch), StrOps.isDecimal(ch), StrOps.isDigit(ch), StrOps.isNumeric(ch),
            StrOps.isIdentifier(ch), StrOps.isPrintable(ch)};
        StringBuilder sb = new StringBuilder();
        for (boolean b : f) {
            sb.append(b ? '1' : '0');
        }
        return sb.toString();
    }

    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> str_methods_match_cpython() {
        Map<String, Golden.Mismatches> groups = new LinkedHashMap<>();
        for (Golden.Row row : Golden.read("strops.txt")) {
            String method = row.get(0);
            String str = (String) TestValues.parse(row.get(1));
            List<Object> args = TestValues.tupleItems(TestValues.parse(row.get(2)));
            String actual = method.equals("flags") ? "=" + flags(str)
                    : Golden.outcome(() -> repr(call(method, str, args)));
            groups.computeIfAbsent(method, k -> new Golden.Mismatches()).check(row, row.get(3), actual);
        }
        return groups.entrySet().stream().map(e -> DynamicTest.dynamicTest("str." + e.getKey(), e.getValue()::assertNone));
    }
}
