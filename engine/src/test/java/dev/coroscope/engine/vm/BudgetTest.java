package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The step budget stops runaway programs, including loops inside one line; interrupts stop runs. */
class BudgetTest {

    @Test
    void anEndlessLoopOnOneLineStopsAtTheBudget() {
        var c = EngineTestSupport.run("while True: pass\n", 5_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
        assertEquals(1, c.result.exitStatus());
        assertEquals("StepLimitError: the program was stopped after 5,000 steps (see --max-steps)\n", c.err.toString());
    }

    @Test
    void anEndlessComprehensionStopsAtTheBudget() {
        var c = EngineTestSupport.run("import itertools\nx = [i for i in itertools.count()]\n", 20_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
    }

    @Test
    void javaLoopsOverPythonIteratorsCountSteps() {
        var c = EngineTestSupport.run("import itertools\nprint(sum(itertools.count()))\n", 50_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
    }

    @Test
    void aProgramWithinTheBudgetCompletes() {
        var c = EngineTestSupport.run("t = 0\nfor i in range(100):\n    t += i\nprint(t)\n", 1_000);
        assertEquals(RunResult.Outcome.COMPLETED, c.result.outcome());
        assertEquals("4950\n", c.out.toString());
    }

    /**
     * The loop hands control back to execute at the end of every window of 1,024 steps and is
     * entered again where it stopped (Interp.loop's bounce): no step may be counted twice or lost
     * there, whether the window ends at a line or at a loop's backward jump (a one-line
     * loop). Steps grow exactly linearly with the turns, across many windows.
     */
    @Test
    void stepsAreCountedOnceAcrossTheLoopsBounces() {
        for (String body : new String[] {"for i in range(N):\n    x = i\n    y = x\n",
                "n = N\nwhile n: n -= 1\n", "def f(n):\n    while n:\n        n -= 1\n    return n\nf(N)\n"}) {
            long[] steps = new long[3];
            for (int k = 0; k < 3; k++) {
                var c = EngineTestSupport.run(body.replace("N", String.valueOf(3_000 + 2_500 * k)), 0);
                assertEquals(RunResult.Outcome.COMPLETED, c.result.outcome());
                steps[k] = c.result.steps();
            }
            assertTrue(steps[0] > 3_000, body);
            assertEquals(steps[1] - steps[0], steps[2] - steps[1], body);
        }
    }

    @Test
    void zeroMeansNoBudget() {
        var c = EngineTestSupport.run("n = 0\nwhile n < 3_000_000:\n    n += 1\nprint(n)\n", 0);
        assertEquals("3000000\n", c.out.toString());
        assertEquals(0, c.result.exitStatus());
    }

    @Test
    void tryExceptCannotCatchTheStop() {
        var c = EngineTestSupport.run("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n", 2_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
        assertEquals("", c.out.toString());
    }

    @Test
    void interruptStopsARunWithinOneCheckWindowOfSteps() throws Exception {
        // Speed-independent: how far the program gets after the interrupt, in loop turns, not in
        // milliseconds (bench figures, not unit tests, judge the wall time). The count is read
        // after interrupt() returns, so it can only overstate where the run was at that moment.
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch going = new java.util.concurrent.CountDownLatch(1000);
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                if (!text.isBlank()) {
                    last.set(Long.parseLong(text.strip()));
                    going.countDown();
                }
            }

            @Override
            public void stderr(String text) {
            }
        };
        Engine.RunHandle h = Engine.start(new RunRequest("i = 0\nwhile True:\n    i += 1\n    print(i)\n",
                "prog.py", 0, sink, null, null));
        going.await();
        h.interrupt();
        long seen = last.get();
        RunResult r = h.await(60_000);
        assertTrue(r != null, "the run ignored the interrupt for a minute");
        assertEquals(RunResult.Outcome.INTERRUPTED, r.outcome());
        // A turn is 2 line steps; the flag is checked at least every 1,024 steps.
        long after = last.get() - seen;
        assertTrue(after <= 512, "ran " + after + " more turns after the interrupt");
    }

    @Test
    void oneHugeIntOperationCountsAgainstTheBudget() {
        // Seconds of work in one expression: the budget stops it instead of letting it run.
        var c = EngineTestSupport.run("print('start')\nx = 10 ** 10 ** 7\nprint('never')\n", 1_000_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
        assertEquals("start\n", c.out.toString());
        assertEquals(2, c.result.error().line());
        var d = EngineTestSupport.run("a = 7 ** 200_000\nb = a * a\nprint(b.bit_length(), len(str(a * 3 // a)))\n", 1_000_000);
        assertEquals(RunResult.Outcome.COMPLETED, d.result.outcome(), d.err.toString());
        assertEquals("1122942 1\n", d.out.toString()); // python3 3.11.7's output
    }

    @Test
    void interruptStopsOneHugeIntOperation() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                started.countDown();
            }

            @Override
            public void stderr(String text) {
            }
        };
        // Without a budget, 10 ** 10 ** 7 is seconds of work in one Java call unless it is split.
        Engine.RunHandle h = Engine.start(new RunRequest("print('go', flush=True)\nx = 10 ** 10 ** 7\n", "prog.py", 0,
                sink, null, null));
        started.await();
        Thread.sleep(50);
        long t0 = System.nanoTime();
        h.interrupt();
        RunResult r = h.await();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(RunResult.Outcome.INTERRUPTED, r.outcome());
        assertTrue(ms < 1000, "stopped after " + ms + " ms");
    }

    @Test
    void fillingBigListsCountsAgainstTheBudget() {
        // Found by the long fuzz run: each turn replaces an 800 KB list, so memory never grows,
        // and without counting the filling, 20,000 steps meant gigabytes of allocation.
        var c = EngineTestSupport.run("blocks = {}\ni = 0\nwhile True:\n    blocks[0] = [i] * 100_000\n    i += 1\n    print(i)\n", 20_000);
        assertEquals(RunResult.Outcome.STEP_LIMIT, c.result.outcome());
        long turns = c.out.toString().lines().count();
        // Counted: about 100 turns (195 steps each); not counted: about 6,700 (3 steps each).
        assertTrue(turns > 5 && turns < 400, turns + " turns");
    }
}
