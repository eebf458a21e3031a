package dev.coroscope.engine.trace;

import java.util.Arrays;
import java.util.Random;

/**
 * Prints recording figures for a synthetic 1,000,000-step run shaped like the recording benchmark
 * (four tasks taking turns, a loop in each, a local changing on every line, an awaited helper
 * coroutine now and then). Not a test: run its main method. The real measurement is the CLI's
 * {@code --record-stats} on bench/'s program.
 */
public final class SyntheticRecordingBenchmark {
    private SyntheticRecordingBenchmark() {
    }

    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (int round = 0; round < 3; round++) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Recording r = record(steps);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            Random rnd = new Random(1);
            double[] ms = new double[1000];
            for (int k = 0; k < ms.length; k++) {
                int at = rnd.nextInt(r.size());
                long s0 = System.nanoTime();
                r.stateAt(at);
                ms[k] = (System.nanoTime() - s0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("cpu_ms=%.0f steps=%d events=%d record_ms=%.0f retained=%d bytes_per_event=%.1f checkpoints=%d "
                            + "seek_p50_ms=%.3f seek_p99_ms=%.3f%n", (c1 - c0) / 1e6, r.steps(), r.size(), (t1 - t0) / 1e6,
                    r.retainedBytes(), r.retainedBytes() / (double) r.size(), r.checkpoints(), ms[499], ms[989]);
        }
    }

    static Recording record(int steps) {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.loopStart();
        int tasks = 4;
        int[] frames = new int[tasks];
        for (int t = 0; t < tasks; t++) {
            rec.coro(100 + t, "worker", Flavor.COROUTINE, CoroState.CREATED, null, -1, 5, -1, null);
            rec.taskCreated(200 + t, "Task-" + (t + 2), 100 + t);
            rec.readyPush(300 + t, "Task-" + (t + 2) + ".__step()");
        }
        int handle = 1000;
        int frameIds = 10;
        int done = 0;
        int[] total = new int[tasks];
        int[] queued = new int[tasks];
        for (int t = 0; t < tasks; t++) {
            queued[t] = 300 + t;
        }
        while (done < steps) {
            rec.loopIteration();
            for (int t = 0; t < tasks && done < steps; t++) {
                rec.readyPop(queued[t]);
                rec.taskRunning(200 + t);
                if (frames[t] == 0) {
                    frames[t] = frameIds++;
                    rec.coro(100 + t, "worker", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 5, frames[t], null);
                    rec.call(frames[t], -1, "worker", 5, 100 + t);
                } else {
                    rec.coro(100 + t, "worker", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 7, frames[t], null);
                }
                for (int k = 0; k < 50 && done < steps; k++) {
                    rec.line(frames[t], 6 + (k % 3));
                    total[t] += k;
                    rec.store(frames[t], k % 3 == 0 ? "i" : "total", Integer.toString(total[t]), false);
                    done++;
                    if (k == 25) {
                        int f = frameIds++;
                        rec.coro(5000 + f, "helper", Flavor.COROUTINE, CoroState.CREATED, null, -1, 20, -1, null);
                        rec.coro(5000 + f, "helper", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 20, f, null);
                        rec.call(f, frames[t], "helper", 20, 5000 + f);
                        rec.line(f, 21);
                        rec.store(f, "x", Integer.toString(k * t), false);
                        rec.returned(f, Integer.toString(k * t + 1));
                        rec.coro(5000 + f, "helper", Flavor.COROUTINE, CoroState.CLOSED, null, -1, 21, f, null);
                        done++;
                    }
                }
                rec.coro(100 + t, "worker", Flavor.COROUTINE, CoroState.SUSPENDED, null, -1, 7, frames[t], null);
                rec.taskReady(200 + t);
                queued[t] = handle++;
                rec.readyPush(queued[t], "Task-" + (t + 2) + ".__step()");
            }
        }
        Recording r = rec.finish(EndReason.STEP_LIMIT, null);
        if (!r.protocolErrors().isEmpty()) {
            throw new IllegalStateException(r.protocolErrors().toString());
        }
        return r;
    }
}
