package dev.coroscope.app.testing;

import static dev.coroscope.app.testing.AsyncioScript.arg;
import static dev.coroscope.app.testing.AsyncioScript.ops;

import dev.coroscope.app.editor.ExamplePrograms;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Programs the app's tests use: their source text (real Python; {@code python3} runs each as it
 * is) and, for the asyncio ones, a recording of their run built by {@link AsyncioScript}. Error
 * texts come from files recorded from CPython by {@code app/tools/record_test_programs.py}.
 */
public final class TestPrograms {
    private static final String FOLDER = "/dev/coroscope/app/programs/";

    private TestPrograms() {
    }

    /** The reference page's gather example, as shipped. */
    /**
     * An endless loop whose every turn computes a big power (about a millisecond), so it runs for
     * minutes before the step budget or the recording limit could end it, however fast the machine:
     * only a stop request ends it within a test.
     */
    public static final String SLOW_RUNAWAY = "x = 0\nwhile True:\n    x = 3 ** 100000\n";

    public static String gatherSource() {
        return ExamplePrograms.source(ExamplePrograms.GATHER);
    }

    /** The gather example's run: Task-1 (main) gathers Task-2 (work "a", 1 s) and Task-3 (work "b", 0.5 s). */
    public static Recording gather() {
        AsyncioScript.Fn workA = new AsyncioScript.Fn("work", 3, List.of(arg("name", "'a'"), arg("delay", "1")),
                ops(new AsyncioScript.Line(4), new AsyncioScript.Sleep(1), new AsyncioScript.Line(5)), "'a'");
        AsyncioScript.Fn workB = new AsyncioScript.Fn("work", 3, List.of(arg("name", "'b'"), arg("delay", "0.5")),
                ops(new AsyncioScript.Line(4), new AsyncioScript.Sleep(0.5), new AsyncioScript.Line(5)), "'b'");
        AsyncioScript.Fn main = new AsyncioScript.Fn("main", 7, List.of(), ops(
                new AsyncioScript.Line(8), new AsyncioScript.Spawn("t1", workA),
                new AsyncioScript.Line(9), new AsyncioScript.Spawn("t2", workB),
                new AsyncioScript.Line(10), new AsyncioScript.Gather(List.of("t1", "t2"), "results"),
                new AsyncioScript.Line(11), new AsyncioScript.Print("['a', 'b']")), "None");
        return AsyncioScript.run(new Recorder(), main, new int[] {1, 3, 7, 13}, "work", "main");
    }

    /** A program whose {@code n} tasks each sleep twice and return a square; main gathers them. */
    public static String manyTasksSource(int n) {
        return String.join("\n",
                "import asyncio",
                "",
                "async def worker(n):",
                "    await asyncio.sleep(n % 7 / 100)",
                "    await asyncio.sleep(0)",
                "    return n * n",
                "",
                "async def main():",
                "    tasks = [asyncio.create_task(worker(n)) for n in range(" + n + ")]",
                "    results = await asyncio.gather(*tasks)",
                "    print(sum(results))",
                "",
                "asyncio.run(main())",
                "");
    }

    /** The run of {@link #manyTasksSource(int)}. */
    public static Recording manyTasks(int n) {
        List<AsyncioScript.Op> main = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        long sum = 0;
        main.add(new AsyncioScript.Line(9));
        for (int k = 0; k < n; k++) {
            AsyncioScript.Fn w = new AsyncioScript.Fn("worker", 3, List.<String[]>of(arg("n", Integer.toString(k))), ops(
                    new AsyncioScript.Line(4), new AsyncioScript.Sleep((k % 7) / 100.0),
                    new AsyncioScript.Line(5), new AsyncioScript.Sleep(0),
                    new AsyncioScript.Line(6)), Integer.toString(k * k));
            main.add(new AsyncioScript.Spawn("t" + k, w));
            vars.add("t" + k);
            sum += (long) k * k;
        }
        main.add(new AsyncioScript.Line(10));
        main.add(new AsyncioScript.Gather(vars, "results"));
        main.add(new AsyncioScript.Line(11));
        main.add(new AsyncioScript.Print(Long.toString(sum)));
        AsyncioScript.Fn mainFn = new AsyncioScript.Fn("main", 8, List.of(), main, "None");
        return AsyncioScript.run(new Recorder(), mainFn, new int[] {1, 3, 8, 13}, "worker", "main");
    }

    /** A resource recorded from CPython, e.g. {@code syntax_error.err}. */
    public static String resource(String name) {
        try (InputStream in = TestPrograms.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
