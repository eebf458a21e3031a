package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.runtime.num.MemoryCap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory cap counts what the program holds: not what the embedding held before the run, not
 * what the run's tracer keeps (its recording); and the program's own allocations still meet it.
 */
class MemoryCapTest {
    private static final int MB = 1 << 20;
    /** The program's own data: a list of distinct 1 MB strings (one byte a char), this many of them. */
    private static String listOfMegabytes(long count) {
        return "x = []\nfor i in range(" + count + "):\n    x.append(str(1_000_000 + i) * 142_858)\nprint(len(x))\n";
    }

    /** A tracer that keeps a megabyte for each of its first {@code chunks} line events, and says so. */
    private static final class HoardingTracer implements Tracer {
        final List<byte[]> kept = new ArrayList<>();
        final int chunks;

        HoardingTracer(int chunks) {
            this.chunks = chunks;
        }

        @Override
        public void line(Frame frame, int line, boolean back) {
            if (kept.size() < chunks) kept.add(new byte[MB]);
        }

        @Override
        public long retainedBytes() {
            return (long) kept.size() * MB;
        }
    }

    @Test
    void aRecordingLargerThanTheCapDoesNotFailASmallProgram() {
        int chunks = (int) (MemoryCap.CAP / MB) + 32;
        HoardingTracer tracer = new HoardingTracer(chunks);
        // Enough lines for the tracer to pass the cap, then many more, so the heap is checked.
        var c = EngineTestSupport.run("t = 0\nfor i in range(" + (4 * chunks) + "):\n    t += i\nfor i in range(20_000):\n    t -= 1\nprint(t)\n",
                0, tracer);
        assertEquals(RunResult.Outcome.COMPLETED, c.result.outcome(), c.err.toString());
        assertEquals(chunks, tracer.kept.size());
        long n = 4L * chunks;
        assertEquals((n * (n - 1) / 2 - 20_000) + "\n", c.out.toString());
    }

    @Test
    void whatTheEmbeddingHeldBeforeTheRunDoesNotCount() {
        List<byte[]> held = new ArrayList<>();
        for (long i = 0; i < MemoryCap.CAP * 3 / 4 / MB; i++) held.add(new byte[MB]);
        long half = MemoryCap.CAP / 2 / 1_000_000;
        var c = EngineTestSupport.run(listOfMegabytes(half), 0);
        assertEquals(RunResult.Outcome.COMPLETED, c.result.outcome(), c.err.toString());
        assertEquals(half + "\n", c.out.toString());
        assertTrue(held.size() > 0);
    }

    @Test
    void theProgramsOwnDataStillMeetsTheCap() {
        List<byte[]> held = new ArrayList<>();
        for (long i = 0; i < MemoryCap.CAP / 2 / MB; i++) held.add(new byte[MB]);
        var c = EngineTestSupport.run(listOfMegabytes(MemoryCap.CAP / 1_000_000 + 64), 0, new HoardingTracer(16));
        assertEquals(RunResult.Outcome.UNCAUGHT_EXCEPTION, c.result.outcome(), c.err.toString());
        assertEquals("MemoryError", c.result.error().type());
        assertEquals(3, c.result.error().line());
        assertTrue(held.size() > 0);
    }
}
