package dev.coroscope.engine.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile}, described by its README): which
 * files are programs, the {@code .expect} format, and the rules every run must meet. The same
 * rules as the corpus's own {@code record.py} and {@code bench/hostile}, here for in-process runs
 * judged by the engine's {@link RunResult} rather than by reading stderr.
 */
final class HostileCorpus {
    private HostileCorpus() {}

    static final int DEFAULT_SECONDS = 30;

    /** Java on the learner's screen: the corpus README's list. */
    static final Pattern JAVA_LEAK = Pattern.compile(
            "Exception in thread \"|^\\tat |java\\.lang\\.|java\\.util\\.|dev\\.coroscope\\.|NullPointerException|"
                    + "StackOverflowError|OutOfMemoryError|ClassCastException|IllegalStateException|"
                    + "IllegalArgumentException|IndexOutOfBoundsException|ArithmeticException|NumberFormatException|"
                    + "UnsupportedOperationException", Pattern.MULTILINE);

    /** The last line of a traceback: {@code Type} or {@code Type: message}. */
    static final Pattern EXCEPTION_LINE = Pattern.compile("^([A-Za-z_][\\w.]*)(?:: (.*))?$");

    private static final Map<String, Boolean> KEYS = new LinkedHashMap<>();

    static {
        // key -> may repeat
        for (String k : List.of("why", "exit", "error", "stdout", "stdout-starts-with", "stdout-ends-with",
                "stdout-bytes", "max-seconds", "cpython-too")) {
            KEYS.put(k, false);
        }
        for (String k : List.of("stdout-contains", "stdout-not-contains", "stderr-contains", "stderr-not-contains",
                "must-not-create")) {
            KEYS.put(k, true);
        }
    }

    static Path dir() {
        return GoldenRunner.resourceDir("hostile");
    }

    /** Program names (without {@code .py}): a {@code .py} with a {@code .out} or an {@code .expect}. */
    static List<String> names() {
        Path d = dir();
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> Files.exists(d.resolve(n + ".out")) || Files.exists(d.resolve(n + ".expect")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String category(String name) {
        int u = name.indexOf('_');
        return u < 0 ? name : name.substring(0, u);
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(dir().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String file) {
        Path p = dir().resolve(file);
        if (!Files.exists(p)) return null;
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static String unescape(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '\\' -> sb.append('\\');
                    default -> sb.append('\\').append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Parses an {@code .expect} file; throws IllegalArgumentException on any format problem. */
    static Map<String, List<String>> parseExpect(String text) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon);
            if (colon < 0 || !KEYS.containsKey(key)) throw new IllegalArgumentException("line " + (i + 1) + ": unknown key " + key);
            String value = line.substring(colon + 1);
            if (value.startsWith(" ")) value = value.substring(1);
            if (found.containsKey(key) && !KEYS.get(key)) throw new IllegalArgumentException(key + " given twice");
            found.computeIfAbsent(key, k -> new ArrayList<>()).add(unescape(value));
        }
        for (String required : Set.of("why", "exit")) {
            if (!found.containsKey(required)) throw new IllegalArgumentException("missing " + required);
        }
        return found;
    }

    /** What a run produced, in-process or through the command line. */
    record Run(int status, String stdout, String stderr, RunResult result, double seconds, boolean timedOut) {
    }

    /** Problems with a run that must meet every program's rules and its {@code .expect}. */
    static List<String> checkExpect(Map<String, List<String>> exp, Run run) {
        List<String> problems = new ArrayList<>();
        String want = exp.get("exit").get(0);
        boolean ok = switch (want) {
            case "nonzero" -> run.status() != 0;
            case "any" -> true;
            default -> {
                boolean any = false;
                for (String p : want.split("\\|")) any |= Integer.parseInt(p.strip()) == run.status();
                yield any;
            }
        };
        if (!ok) problems.add("exit " + run.status() + ", expected " + want);
        if (exp.containsKey("error")) {
            List<String> names = new ArrayList<>();
            for (String p : exp.get("error").get(0).split("\\|")) names.add(p.strip());
            String got = endedWith(run);
            boolean matched = names.contains(got) || (names.equals(List.of("any")) && run.result() != null
                    && run.result().outcome() == RunResult.Outcome.UNCAUGHT_EXCEPTION);
            if (!matched) problems.add("run ended with " + got + ", expected error " + exp.get("error").get(0));
        }
        String out = run.stdout();
        one(exp, "stdout").ifPresent(s -> {
            if (!out.equals(s)) problems.add("stdout differs: " + firstDifference(s, out));
        });
        one(exp, "stdout-starts-with").ifPresent(s -> {
            if (!out.startsWith(s)) problems.add("stdout does not start with " + abbreviate(s));
        });
        one(exp, "stdout-ends-with").ifPresent(s -> {
            if (!out.endsWith(s)) problems.add("stdout does not end with " + abbreviate(s));
        });
        one(exp, "stdout-bytes").ifPresent(s -> {
            int n = out.getBytes(StandardCharsets.UTF_8).length;
            if (n != Integer.parseInt(s)) problems.add("stdout has " + n + " bytes, expected " + s);
        });
        for (String s : exp.getOrDefault("stdout-contains", List.of())) {
            if (!out.contains(s)) problems.add("stdout lacks " + abbreviate(s));
        }
        for (String s : exp.getOrDefault("stdout-not-contains", List.of())) {
            if (out.contains(s)) problems.add("stdout contains " + abbreviate(s));
        }
        for (String s : exp.getOrDefault("stderr-contains", List.of())) {
            if (!run.stderr().contains(s)) problems.add("stderr lacks " + abbreviate(s));
        }
        for (String s : exp.getOrDefault("stderr-not-contains", List.of())) {
            if (run.stderr().contains(s)) problems.add("stderr contains " + abbreviate(s));
        }
        return problems;
    }

    /**
     * How the run ended, in the {@code .expect} vocabulary: {@code <budget>} for the step budget,
     * else the error type. In-process runs answer from the RunResult; command-line runs (no
     * RunResult) from the last line of stderr.
     */
    static String endedWith(Run run) {
        if (run.result() != null) {
            RunResult r = run.result();
            if (r.outcome() == RunResult.Outcome.STEP_LIMIT) return "<budget>";
            return r.error() == null ? "(no error: " + r.outcome() + ")" : r.error().type();
        }
        String last = lastLine(run.stderr());
        if (last.startsWith("StepLimitError:")) return "<budget>";
        Matcher m = EXCEPTION_LINE.matcher(last);
        return m.matches() ? m.group(1) : "(stderr ends with " + abbreviate(last) + ")";
    }

    static String lastLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) return lines[i];
        }
        return "";
    }

    static java.util.Optional<String> one(Map<String, List<String>> exp, String key) {
        List<String> v = exp.get(key);
        return v == null ? java.util.Optional.empty() : java.util.Optional.of(v.get(0));
    }

    static int maxSeconds(Map<String, List<String>> exp) {
        return exp == null ? DEFAULT_SECONDS : one(exp, "max-seconds").map(Integer::parseInt).orElse(DEFAULT_SECONDS);
    }

    /** The rules every program's run meets: no Java text anywhere, ended in time. */
    static List<String> checkCommon(Run run, int maxSeconds) {
        List<String> problems = new ArrayList<>();
        if (run.timedOut()) problems.add(String.format("still running after %.1f s of CPU time (limit %d s)", run.seconds(), maxSeconds));
        else if (run.seconds() > maxSeconds) problems.add(String.format("took %.1f s of CPU time, limit %d s", run.seconds(), maxSeconds));
        for (String stream : List.of(run.stdout(), run.stderr())) {
            Matcher m = JAVA_LEAK.matcher(stream);
            if (m.find()) problems.add("Java reached the user: " + abbreviate(around(stream, m.start())));
        }
        if (run.result() != null && run.result().outcome() == RunResult.Outcome.INTERNAL_ERROR) {
            problems.add("internal error: " + abbreviate(lastLine(run.stderr())));
        }
        return problems;
    }

    private static String around(String s, int at) {
        int from = Math.max(0, at - 40), to = Math.min(s.length(), at + 80);
        return s.substring(from, to);
    }

    static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return "'" + (t.length() > 120 ? t.substring(0, 117) + "..." : t) + "'";
    }

    static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        return "at char " + i + ": expected " + abbreviate(want.substring(i, Math.min(want.length(), i + 60)))
                + ", got " + abbreviate(got.substring(i, Math.min(got.length(), i + 60)));
    }
}
