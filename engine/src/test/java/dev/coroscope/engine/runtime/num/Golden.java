package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the golden files recorded by {@code src/test/resources/num/gen_*.py} (format described in
 * {@code golden.py}): one case a line, TAB-separated escaped fields, results as {@code =value} or
 * {@code !Type: message}.
 */
public final class Golden {
    private Golden() {
    }

    /** One line of a golden file. */
    public record Row(int line, String[] fields) {
        public String get(int i) {
            return fields[i];
        }

        public double dbl(int i) {
            return parseHexDouble(fields[i]);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + String.join(" | ", fields);
        }
    }

    public static List<Row> read(String name) {
        InputStream in = Golden.class.getResourceAsStream("/num/" + name);
        if (in == null) {
            throw new IllegalStateException("missing golden file num/" + name);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = unescape(parts[i]);
                }
                rows.add(new Row(n, parts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    int close = s.indexOf('}', i);
                    sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                    i = close;
                }
                default -> throw new IllegalArgumentException("bad escape in " + s);
            }
        }
        return sb.toString();
    }

    public static double parseHexDouble(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Runs {@code f} and renders the outcome the way the golden files record it. */
    public static String outcome(Supplier<?> f) {
        try {
            return "=" + f.get();
        } catch (PythonError e) {
            return "!" + e.pythonType() + ": " + e.getMessage();
        }
    }

    /** Comparison of a group of rows: collects every mismatch so one failure shows them all. */
    public static class Mismatches {
        private final List<String> list = new ArrayList<>();
        private int checked;

        public void check(Row row, String expected, String actual) {
            checked++;
            if (!expected.equals(actual)) {
                list.add(clip(row.toString()) + "\n    expected: " + clip(expected) + "\n    actual:   " + clip(actual));
            }
        }

        private static String clip(String s) {
            return s.length() <= 400 ? s : s.substring(0, 400) + "...(" + s.length() + " chars)";
        }

        public void assertNone() {
            org.junit.jupiter.api.Assertions.assertTrue(checked > 0, "no cases checked");
            if (!list.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                sb.append(list.size()).append(" of ").append(checked).append(" cases differ from CPython:\n");
                list.stream().limit(40).forEach(m -> sb.append(m).append('\n'));
                org.junit.jupiter.api.Assertions.fail(sb.toString());
            }
        }
    }
}
