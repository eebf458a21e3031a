package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a program through the engine in-process and compares it with what CPython recorded next
 * to it ({@code NAME.out}, optional {@code NAME.err} and {@code NAME.exit}), normalising stderr as
 * the shared conformance tool does: traceback entries inside CPython's own library dropped,
 * addresses masked, caret lines ignored.
 */
final class GoldenRunner {
    private GoldenRunner() {}

    static Path resourceDir(String name) {
        try {
            return Path.of(GoldenRunner.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> programs(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> Files.exists(sibling(p, ".out")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sibling(Path py, String ext) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs and asserts; the program runs under its bare file name, as the recordings show it. */
    static void check(Path py) {
        check(py, false);
    }

    /** {@code strict}: caret/tilde marker lines are compared too. */
    static void check(Path py, boolean strict) {
        String source = read(py);
        String name = py.getFileName().toString();
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.append(text);
            }

            @Override
            public void stderr(String text) {
                err.append(text);
            }
        };
        RunResult r = Engine.run(new RunRequest(source, name, RunRequest.DEFAULT_MAX_STEPS * 20, sink, null, null));
        String wantExit = read(sibling(py, ".exit")).strip();
        int want = wantExit.isEmpty() ? 0 : Integer.parseInt(wantExit);
        String wantErr = normalize(read(sibling(py, ".err")), name, strict);
        String gotErr = normalize(err.toString(), name, strict);
        assertEquals(read(sibling(py, ".out")), out.toString(), "stdout of " + name + "\nstderr was:\n" + err);
        assertEquals(wantErr, gotErr, "stderr of " + name);
        assertEquals(want, r.exitStatus(), "exit status of " + name);
    }

    private static final Pattern FILE_LINE = Pattern.compile("^(?<prefix>[ |+]*?)(?<indent> *)File \"(?<path>[^\"]+)\", line \\d+");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern MARKERS = Pattern.compile("^[ |+]*[~^]+[ ~^]*$");

    /** The same normalisation as the shared conformance tool. */
    static String normalize(String text, String name, boolean strict) {
        String[] lines = text.split("\n", -1);
        if (text.endsWith("\n")) lines = java.util.Arrays.copyOf(lines, lines.length - 1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher m = FILE_LINE.matcher(line);
            if (m.find() && (m.group("path").startsWith("<stdlib>/") || m.group("path").contains("/lib/python"))) {
                int depth = m.group("prefix").length() + m.group("indent").length();
                i++;
                while (i < lines.length) {
                    String nxt = lines[i];
                    String body = nxt.replaceFirst("^[ |+]*", "");
                    int lead = nxt.length() - body.length();
                    if (!body.isEmpty() && lead > depth && !FILE_LINE.matcher(nxt).find()) {
                        i++;
                        continue;
                    }
                    break;
                }
                continue;
            }
            line = line.replaceAll("\"[^\"]*/" + Pattern.quote(name) + "\"", "\"" + Matcher.quoteReplacement(name) + "\"");
            line = ADDRESS.matcher(line).replaceAll("0x?");
            if (!strict && MARKERS.matcher(line).matches()) {
                i++;
                continue;
            }
            out.add(line.stripTrailing());
            i++;
        }
        String joined = String.join("\n", out);
        return joined.replaceAll("^\n+", "").replaceAll("\n+$", "");
    }
}
