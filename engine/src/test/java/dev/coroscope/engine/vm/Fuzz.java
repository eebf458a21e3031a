package dev.coroscope.engine.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * The engine fuzzer's parts, shared by the short run ({@link EngineFuzzTest}, part of every build)
 * and the long one ({@link EngineFuzzLongTest}, {@code -Pfuzz}): programs made by mutating the
 * golden, conformance and hostile corpora (deleting, duplicating and swapping lines and tokens,
 * inserting random bytes) or generated from a grammar of the supported subset, and the one check
 * every program must pass whatever it is: the engine ends within its budget and a time bound, with
 * a Python-style result, never a fault of its own and never Java text on either stream.
 */
final class Fuzz {
    private Fuzz() {}

    /** Steps per case: enough for the corpus programs, small enough for many cases. */
    static final long BUDGET = 20_000;
    /** A case still running after this long hangs (a loop that does not count steps). */
    static final long HANG_MILLIS = 60_000;

    private static List<byte[]> corpus;

    /** Every program of the three corpora, as bytes. */
    static synchronized List<byte[]> corpus() {
        if (corpus == null) {
            List<byte[]> all = new ArrayList<>();
            for (String dir : List.of("golden", "conformance", "hostile")) {
                try (Stream<Path> s = Files.walk(GoldenRunner.resourceDir(dir))) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                        all.add(Files.readAllBytes(p));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            corpus = List.copyOf(all);
        }
        return corpus;
    }

    // ---- mutation ---------------------------------------------------------------------------------

    /** A corpus program changed by 1 to 4 random edits. */
    static byte[] mutate(long seed) {
        Random r = new Random(seed);
        List<byte[]> c = corpus();
        byte[] program = c.get(r.nextInt(c.size()));
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) program = mutateOnce(program, r);
        return program;
    }

    private static byte[] mutateOnce(byte[] program, Random r) {
        String text = new String(program, StandardCharsets.ISO_8859_1); // bytes as chars, reversible
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (r.nextInt(8)) {
            case 0 -> { // delete a line
                if (lines.size() > 1) lines.remove(r.nextInt(lines.size()));
            }
            case 1 -> { // duplicate a line
                int i = r.nextInt(lines.size());
                lines.add(i, lines.get(i));
            }
            case 2 -> { // swap two lines
                int i = r.nextInt(lines.size()), j = r.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3, 4, 5 -> { // token edits within the text
                List<int[]> tokens = tokens(text);
                if (tokens.isEmpty()) break;
                int[] a = tokens.get(r.nextInt(tokens.size())), b = tokens.get(r.nextInt(tokens.size()));
                // Mostly a token of the same kind (name for name, number for number): programs
                // that still parse reach the runtime.
                for (int tries = 0; tries < 20 && r.nextInt(4) != 0 && kind(text, a) != kind(text, b); tries++) {
                    b = tokens.get(r.nextInt(tokens.size()));
                }
                if (kind(text, a) == 1 && r.nextInt(3) == 0) {
                    String[] numbers = {"0", "-1", "1", "7", "10**6", "2**64", "3.5", "1e308", "True", "None", "-2**63"};
                    return replace(text, a, numbers[r.nextInt(numbers.length)]).getBytes(StandardCharsets.ISO_8859_1);
                }
                String ta = text.substring(a[0], a[1]), tb = text.substring(b[0], b[1]);
                String out;
                if (r.nextInt(3) == 0) out = text.substring(0, a[0]) + text.substring(a[1]); // delete
                else if (r.nextBoolean()) out = text.substring(0, a[0]) + ta + " " + ta + text.substring(a[1]); // duplicate
                else out = replace(text, a, tb); // replace by another token (a swap, one side)
                return out.getBytes(StandardCharsets.ISO_8859_1);
            }
            case 6 -> { // random bytes anywhere
                byte[] extra = new byte[1 + r.nextInt(4)];
                r.nextBytes(extra);
                int at = r.nextInt(program.length + 1);
                byte[] out = new byte[program.length + extra.length];
                System.arraycopy(program, 0, out, 0, at);
                System.arraycopy(extra, 0, out, at, extra.length);
                System.arraycopy(program, at, out, at + extra.length, program.length - at);
                return out;
            }
            default -> { // an interesting piece of text somewhere
                String[] bits = {"(", ")", "[", "]", ":", "await ", "async ", "yield ", "lambda: ", "*", "**",
                        "\t", "    ", "\\", "'", "\"\"\"", "f'{", "}", "# -*- coding: latin-1 -*-\n", "\r", "\0",
                        "10**10**9", " * 10**9", "while True: pass\n", "del ", "global x\n", "nonlocal x\n",
                        "return ", "raise ", "try:\n", "except* ", "match x:\n case 1: pass\n", ":=", "...", "@"};
                int at = r.nextInt(text.length() + 1);
                String s = text.substring(0, at) + bits[r.nextInt(bits.length)] + text.substring(at);
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String replace(String text, int[] at, String with) {
        return text.substring(0, at[0]) + with + text.substring(at[1]);
    }

    /** 0: a name, 1: a number, 2: punctuation. */
    private static int kind(String text, int[] token) {
        char c = text.charAt(token[0]);
        return Character.isDigit(c) ? 1 : Character.isLetter(c) || c == '_' ? 0 : 2;
    }

    /** Rough token spans: names and numbers, or single punctuation characters. */
    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) j++;
                out.add(new int[] {i, j});
                i = j;
            } else {
                if (!Character.isWhitespace(c)) out.add(new int[] {i, i + 1});
                i++;
            }
        }
        return out;
    }

    // ---- generation -------------------------------------------------------------------------------

    /** A program of the supported subset (async included), random but mostly valid. */
    static byte[] generate(long seed) {
        Gen g = new Gen(new Random(seed));
        // Every name the grammar uses starts bound, so runs get past their first line.
        StringBuilder sb = new StringBuilder("import asyncio\nx, y, z, n, t, q, e = 1, 2, 3, 4, 5, 6, 7\n"
                + "items = [1, 2, 3]\nd = {1: 'a'}\ns = 'abc'\nasync def main(*a):\n    return 1\n"
                + "def f(*a):\n    return a\ndef g(*a):\n    return len(a)\n");
        int n = 1 + g.r.nextInt(6);
        for (int i = 0; i < n; i++) g.topLevel(sb);
        if (g.r.nextBoolean()) sb.append("asyncio.run(main())\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final class Gen {
        final Random r;
        int depth;

        Gen(Random r) {
            this.r = r;
        }

        String name() {
            String[] names = {"x", "y", "z", "items", "d", "s", "n", "main", "f", "g", "t", "q", "e"};
            return names[r.nextInt(names.length)];
        }

        String expr(int d) {
            if (d > 3) return atom();
            return switch (r.nextInt(14)) {
                case 0 -> r.nextInt(8) == 0
                        // A power of a power of bound names can need minutes of BigInteger work in one
                        // step (see the report); exponents stay small literals here.
                        ? "(" + expr(d + 1) + " ** " + r.nextInt(4) + ")"
                        : "(" + expr(d + 1) + " " + pick("+", "-", "*", "//", "%", "<", "==", "and", "or", "in", "is", "|", "<<") + " " + expr(d + 1) + ")";
                case 1 -> "[" + expr(d + 1) + ", " + expr(d + 1) + "]";
                case 2 -> "{" + expr(d + 1) + ": " + expr(d + 1) + "}";
                case 3 -> "(" + expr(d + 1) + ",)";
                case 4 -> "[" + expr(d + 1) + " for " + name() + " in range(" + r.nextInt(6) + ")]";
                case 5 -> name() + "(" + (r.nextBoolean() ? expr(d + 1) : "") + ")";
                case 6 -> pick("len", "str", "repr", "list", "sorted", "sum", "abs", "int", "bool", "tuple", "set", "min", "max") + "(" + expr(d + 1) + ")";
                case 7 -> "(" + expr(d + 1) + ")." + pick("append(1)", "upper()", "items()", "pop()", "keys()", "split()", "result()", "cancel()", "done()");
                case 8 -> expr(d + 1) + "[" + expr(d + 1) + "]";
                case 9 -> "f'{" + pick(name(), String.valueOf(r.nextInt(100)), "(" + name() + " + 1)") + "!r}'";
                case 10 -> "(lambda: " + expr(d + 1) + ")";
                case 11 -> "(" + expr(d + 1) + " if " + expr(d + 1) + " else " + expr(d + 1) + ")";
                case 12 -> "(not " + expr(d + 1) + ")";
                default -> atom();
            };
        }

        String atom() {
            return switch (r.nextInt(8)) {
                case 0 -> String.valueOf(r.nextInt(100) - 10);
                case 1 -> "'" + pick("a", "hello", "", "ü", "x y") + "'";
                case 2 -> pick("None", "True", "False", "1.5", "10**20", "b'ab'", "()", "[]", "{}");
                default -> name();
            };
        }

        String pick(String... options) {
            return options[r.nextInt(options.length)];
        }

        void line(StringBuilder sb, String indent, String text) {
            sb.append(indent).append(text).append('\n');
        }

        void topLevel(StringBuilder sb) {
            switch (r.nextInt(4)) {
                case 0 -> {
                    boolean async = r.nextBoolean();
                    line(sb, "", (async ? "async " : "") + "def " + name() + "(" + pick("", "n", "n=1", "*a", "n, m=2") + "):");
                    block(sb, "    ", async ? ASYNC_DEF : DEF);
                }
                case 1 -> {
                    line(sb, "", "class " + pick("C", "D", "E") + pick("", "(Exception)", "(C)") + ":");
                    line(sb, "    ", "def " + pick("__init__", "__repr__", "m", "__eq__") + "(self, *a):");
                    block(sb, "        ", DEF);
                }
                default -> statement(sb, "", MODULE);
            }
        }

        static final int MODULE = 0, DEF = 1, ASYNC_DEF = 2;

        void block(StringBuilder sb, String indent, int ctx) {
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) statement(sb, indent, ctx);
        }

        /** One statement valid where it stands (ctx: module, def or async def), mostly. */
        void statement(StringBuilder sb, String indent, int ctx) {
            boolean async = ctx == ASYNC_DEF;
            if (++depth > 4) {
                depth--;
                line(sb, indent, "pass");
                return;
            }
            switch (r.nextInt(async ? 14 : 11)) {
                case 0, 1 -> line(sb, indent, name() + " = " + expr(0));
                case 2 -> line(sb, indent, "print(" + expr(0) + ")");
                case 3 -> {
                    line(sb, indent, "if " + expr(0) + ":");
                    block(sb, indent + "    ", ctx);
                    if (r.nextBoolean()) {
                        line(sb, indent, "else:");
                        block(sb, indent + "    ", ctx);
                    }
                }
                case 4 -> {
                    line(sb, indent, "for " + name() + " in " + pick("range(3)", "'ab'", "[1, 2]", name()) + ":");
                    block(sb, indent + "    ", ctx);
                }
                case 5 -> {
                    line(sb, indent, "while " + expr(0) + ":");
                    block(sb, indent + "    ", ctx);
                    line(sb, indent + "    ", "break");
                }
                case 6 -> {
                    line(sb, indent, "try:");
                    block(sb, indent + "    ", ctx);
                    line(sb, indent, "except " + pick("Exception", "ValueError", "(KeyError, TypeError)", "BaseException") + " as " + name() + ":");
                    block(sb, indent + "    ", ctx);
                    if (r.nextBoolean()) {
                        line(sb, indent, "finally:");
                        block(sb, indent + "    ", ctx);
                    }
                }
                case 7 -> line(sb, indent, ctx == MODULE ? pick("raise ", "assert ") + expr(0)
                        : pick("return " + expr(0), "raise " + expr(0), "del " + name(), "assert " + expr(0), "yield " + expr(0)));
                case 8 -> line(sb, indent, name() + " " + pick("+=", "-=", "*=", "|=") + " " + expr(0));
                case 9 -> line(sb, indent, expr(0));
                case 10 -> line(sb, indent, "del " + name());
                case 11 -> line(sb, indent, "await asyncio." + pick("sleep(0)", "sleep(0.01)", "gather(" + name() + "(), " + name() + "())",
                        "create_task(" + name() + "())", "wait_for(" + name() + "(), 0.1)", "shield(" + name() + "())"));
                case 12 -> line(sb, indent, name() + " = " + pick("asyncio.create_task(", "asyncio.ensure_future(", "await ") + name() + "(" + ")" + (r.nextBoolean() ? ")" : ""));
                default -> {
                    line(sb, indent, pick("async with asyncio.TaskGroup() as tg:", "async for " + name() + " in " + name() + "():", "async with asyncio.timeout(0.1):"));
                    block(sb, indent + "    ", ASYNC_DEF);
                }
            }
            depth--;
        }
    }

    // ---- the check --------------------------------------------------------------------------------

    /** Outcomes seen, for the figures the long run prints. */
    static final Map<String, AtomicLong> OUTCOMES = new ConcurrentHashMap<>();

    /** Runs one case; throws AssertionError (with the program) if the engine misbehaved. */
    static void check(byte[] program) {
        StringBuilder out = new StringBuilder(), err = new StringBuilder();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                synchronized (out) {
                    if (out.length() < 1_000_000) out.append(text);
                }
            }

            @Override
            public void stderr(String text) {
                synchronized (out) {
                    if (err.length() < 1_000_000) err.append(text);
                }
            }
        };
        Engine.RunHandle h = Engine.startFile(program, new RunRequest(null, "fuzz.py", BUDGET, sink, null, null));
        RunResult r;
        try {
            r = h.await(HANG_MILLIS);
            if (r == null) {
                h.interrupt();
                r = h.await(10_000);
                throw new AssertionError("still running after " + HANG_MILLIS / 1000 + " s" + show(program));
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        OUTCOMES.computeIfAbsent(r.outcome().name(), k -> new AtomicLong()).incrementAndGet();
        if (h.fault() != null) {
            throw new AssertionError("the engine broke" + show(program), h.fault());
        }
        if (r.outcome() == RunResult.Outcome.INTERNAL_ERROR) throw new AssertionError("internal error" + show(program));
        if (r.steps() > BUDGET) throw new AssertionError(r.steps() + " steps, budget " + BUDGET + show(program));
        if ((r.exitStatus() == 0) != (r.error() == null) && r.outcome() != RunResult.Outcome.COMPLETED
                && r.outcome() != RunResult.Outcome.KILLED) {
            throw new AssertionError("exit status " + r.exitStatus() + " with error " + r.error() + show(program));
        }
        synchronized (out) {
            for (String stream : List.of(out.toString(), err.toString())) {
                Matcher m = HostileCorpus.JAVA_LEAK.matcher(stream);
                if (m.find()) {
                    throw new AssertionError("Java reached the user: "
                            + HostileCorpus.abbreviate(stream.substring(Math.max(0, m.start() - 60), Math.min(stream.length(), m.start() + 80)))
                            + show(program));
                }
            }
        }
    }

    private static String show(byte[] program) {
        String text = new String(program, StandardCharsets.UTF_8);
        return "\n--- program (" + program.length + " bytes):\n" + (text.length() > 3000 ? text.substring(0, 3000) + "..." : text);
    }

    static String outcomes() {
        return new TreeMap<>(OUTCOMES).toString();
    }
}
