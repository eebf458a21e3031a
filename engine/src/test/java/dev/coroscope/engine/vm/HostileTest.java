package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One test per program of the hostile-input corpus, run in-process through the embedding API
 * ({@link Engine#startFile}, the bytes as a file holds them) with the default step budget:
 * recorded programs must match CPython (stdout, normalised stderr, exit status) and the
 * {@link RunResult#error()} data must name CPython's error type, message and line; {@code .expect}
 * programs must do what their file says, judged by the RunResult (the stop reason, the error type).
 * Every program ends within its time limit and shows no Java.
 */
class HostileTest {

    private static final int GRACE_SECONDS = 5;
    private static final int WALL_FACTOR = 4;

    /** CPU time of this JVM (the engine thread, and the collector and compiler working for it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Programs the engine does not handle yet, with the reason. Each still runs, and its test
     * fails if the program starts passing, so that this list only ever shrinks.
     */
    static final Map<String, String> KNOWN_FAILURES = Map.of();

    @TestFactory
    Stream<DynamicTest> hostileCorpus() {
        return HostileCorpus.names().stream().map(name -> {
            String known = KNOWN_FAILURES.get(name);
            if (known == null) return DynamicTest.dynamicTest(name, () -> check(name));
            return DynamicTest.dynamicTest(name + " (known failure: " + known + ")", () -> {
                try {
                    check(name);
                } catch (AssertionError stillFails) {
                    return;
                }
                fail(name + " passes now: remove it from KNOWN_FAILURES");
            });
        });
    }

    @org.junit.jupiter.api.Test
    void knownFailuresAreCorpusPrograms() {
        assertTrue(HostileCorpus.names().containsAll(KNOWN_FAILURES.keySet()), "every known failure names a corpus program");
    }

    @TestFactory
    Stream<DynamicTest> expectFilesAreWellFormed() {
        return HostileCorpus.names().stream()
                .filter(n -> HostileCorpus.text(n + ".expect") != null)
                .map(n -> DynamicTest.dynamicTest(n, () -> HostileCorpus.parseExpect(HostileCorpus.text(n + ".expect"))));
    }

    /** Runs one corpus program in-process and returns what it did. */
    static HostileCorpus.Run runInProcess(String name, long maxSteps, int maxSeconds) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                synchronized (out) {
                    out.append(text);
                }
            }

            @Override
            public void stderr(String text) {
                synchronized (out) {
                    err.append(text);
                }
            }
        };
        long cpu0 = processCpuNanos();
        Engine.RunHandle h = Engine.startFile(HostileCorpus.bytes(name + ".py"),
                new RunRequest(null, name + ".py", maxSteps, sink, null, null));
        RunResult r;
        boolean timedOut = false;
        try {
            // Wall time only guards against hangs; the limit itself is judged in CPU time below,
            // so a loaded machine does not fail a program that does its work in time.
            r = h.await(WALL_FACTOR * (maxSeconds + GRACE_SECONDS) * 1000L);
            if (r == null) {
                timedOut = true;
                h.interrupt();
                r = h.await(10_000);
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        double seconds = (processCpuNanos() - cpu0) / 1e9;
        if (r == null) fail(name + " ignored an interrupt for 10 s");
        if (h.fault() != null) {
            throw new AssertionError(name + ": the engine broke (users see an InternalError message)", h.fault());
        }
        synchronized (out) {
            return new HostileCorpus.Run(r.exitStatus(), out.toString(), err.toString(), r, seconds, timedOut);
        }
    }

    private static void check(String name) {
        String expectText = HostileCorpus.text(name + ".expect");
        Map<String, List<String>> exp = expectText == null ? null : HostileCorpus.parseExpect(expectText);
        for (String path : exp == null ? List.<String>of() : exp.getOrDefault("must-not-create", List.of())) {
            delete(Path.of(path));
        }
        int limit = HostileCorpus.maxSeconds(exp);
        HostileCorpus.Run run = runInProcess(name, RunRequest.DEFAULT_MAX_STEPS, limit);
        List<String> problems = new ArrayList<>(HostileCorpus.checkCommon(run, limit));
        if (exp == null) {
            problems.addAll(compareWithCPython(name, run));
        } else {
            problems.addAll(HostileCorpus.checkExpect(exp, run));
            for (String path : exp.getOrDefault("must-not-create", List.of())) {
                if (Files.exists(Path.of(path))) {
                    problems.add("SANDBOX ESCAPE: the program created " + path);
                    delete(Path.of(path));
                }
            }
        }
        problems.addAll(errorDataMatchesStderr(run));
        if (!problems.isEmpty()) {
            fail(name + ":\n  " + String.join("\n  ", problems) + "\n--- stderr (end):\n" + tail(run.stderr()));
        }
    }

    private static final Pattern FILE_ENTRY = Pattern.compile("^\\s*File \"([^\"]+)\", line (\\d+)", Pattern.MULTILINE);

    /** Recorded programs: CPython's stdout, stderr and status, and the same error as data. */
    private static List<String> compareWithCPython(String name, HostileCorpus.Run run) {
        List<String> problems = new ArrayList<>();
        String wantOut = HostileCorpus.text(name + ".out");
        String wantErr = HostileCorpus.text(name + ".err");
        if (wantErr == null) wantErr = "";
        String exitText = HostileCorpus.text(name + ".exit");
        int wantStatus = exitText == null ? 0 : Integer.parseInt(exitText.strip());
        if (!wantOut.equals(run.stdout())) problems.add("stdout differs: " + HostileCorpus.firstDifference(wantOut, run.stdout()));
        if (run.status() != wantStatus) problems.add("exit status " + run.status() + ", expected " + wantStatus);
        String file = name + ".py";
        String a = GoldenRunner.normalize(wantErr, file, false), b = GoldenRunner.normalize(run.stderr(), file, false);
        if (!a.equals(b)) problems.add("stderr differs: " + HostileCorpus.firstDifference(a, b));
        // The error as data (what the app shows at the line) agrees with what CPython printed.
        Matcher last = HostileCorpus.EXCEPTION_LINE.matcher(HostileCorpus.lastLine(wantErr));
        boolean traceback = wantErr.contains("Traceback (most recent call last)") || wantErr.startsWith("  File ")
                || wantErr.startsWith("Sorry: ");
        if (wantStatus != 0 && traceback && last.matches() && !wantErr.contains("+-+-+-")) {
            RunResult.ProgramError e = run.result().error();
            if (e == null) {
                problems.add("RunResult has no error; CPython ended with " + last.group(0));
            } else {
                if (!e.type().equals(last.group(1))) problems.add("RunResult error type " + e.type() + ", CPython: " + last.group(1));
                String msg = last.group(2) == null ? "" : last.group(2);
                if (!maskAddresses(e.message()).equals(maskAddresses(msg))) problems.add("RunResult message '" + e.message() + "', CPython: '" + msg + "'");
                int line = 0;
                Matcher fm = FILE_ENTRY.matcher(wantErr);
                while (fm.find()) {
                    if (fm.group(1).equals(file)) line = Integer.parseInt(fm.group(2));
                }
                if (line != 0 && e.line() != line) problems.add("RunResult line " + e.line() + ", CPython's innermost entry in " + file + ": " + line);
            }
        }
        return problems;
    }

    /** The error data and the text agree: stderr ends with the error's type (and message). */
    private static List<String> errorDataMatchesStderr(HostileCorpus.Run run) {
        RunResult.ProgramError e = run.result().error();
        if (e == null) {
            // A run a signal ended has no error, as a killed process leaves none.
            if (run.result().outcome() != RunResult.Outcome.COMPLETED && run.result().outcome() != RunResult.Outcome.KILLED) {
                return List.of("outcome " + run.result().outcome() + " without error data");
            }
            return List.of();
        }
        String want = e.message().isEmpty() ? e.type() : e.type() + ": " + e.message();
        String last = HostileCorpus.lastLine(run.stderr());
        if (last.strip().startsWith("+--")) {
            // An exception group: its own line is the first "| Type: message" of the box.
            boolean found = run.stderr().lines().anyMatch(l -> l.replaceFirst("^[ |+]*", "").equals(want));
            return found ? List.of() : List.of("no '" + want + "' line in the exception group's report");
        }
        // Usually the last line; warnings printed at shutdown ("sys:1: RuntimeWarning: ...") may follow it.
        boolean printed = last.equals(want) || last.startsWith(want)
                || run.stderr().lines().anyMatch(l -> l.equals(want) || (!l.isEmpty() && want.startsWith(l) && l.contains(": ")));
        if (!printed) {
            return List.of("stderr ends with " + HostileCorpus.abbreviate(last) + " but the RunResult says " + HostileCorpus.abbreviate(want));
        }
        return List.of();
    }

    private static String maskAddresses(String s) {
        return s.replaceAll("0x[0-9a-fA-F]+", "0x...");
    }

    private static String tail(String s) {
        return s.length() > 1500 ? "..." + s.substring(s.length() - 1500) : s;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.Test
    void corpusIsThere() {
        assertTrue(HostileCorpus.names().size() >= 200, "the hostile corpus has its programs");
    }
}
