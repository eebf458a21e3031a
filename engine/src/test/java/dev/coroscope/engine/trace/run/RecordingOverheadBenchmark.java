package dev.coroscope.engine.trace.run;

import dev.coroscope.engine.trace.RecordStats;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints what recording costs on top of running: one program (default
 * {@code bench/recording/steps_1m.py}) run in one JVM, alternately untraced and recorded exactly as
 * the app records it, {@code rounds} times each (default 5; the first of each is JIT warm-up and
 * left out of the medians). Per run: wall ms and the process's CPU ms (all threads: engine thread,
 * compiler, GC), then the recording's size and 1,000 random seeks ({@link RecordStats}). Not a
 * test: run its main method with the test classpath, from the repository root or {@code engine/}.
 * Whole-process figures against CPython's settrace recorder come from {@code bench/record}.
 */
public final class RecordingOverheadBenchmark {
    private RecordingOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path program = Path.of(args.length > 0 ? args[0] : "bench/recording/steps_1m.py");
        if (!Files.exists(program)) {
            program = Path.of("..").resolve(program);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String name = program.getFileName().toString();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        OutputSink quiet = new OutputSink() {
            @Override
            public void stdout(String text) {
            }

            @Override
            public void stderr(String text) {
            }
        };
        double[] plainWall = new double[rounds];
        double[] plainCpu = new double[rounds];
        double[] recWall = new double[rounds];
        double[] recCpu = new double[rounds];
        System.out.printf("program %s, %d rounds, %d cores, load average %.1f%n", program, rounds,
                os.getAvailableProcessors(), os.getSystemLoadAverage());
        for (int k = 0; k < rounds; k++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            RunResult plain = Engine.run(new RunRequest(source, name, 0, quiet, null, null));
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            plainWall[k] = (t1 - t0) / 1e6;
            plainCpu[k] = (c1 - c0) / 1e6;

            c0 = os.getProcessCpuTime();
            t0 = System.nanoTime();
            TracedRun.Result rec = TracedRun.run(new RunRequest(source, name, 0, quiet, null, null), new Recorder());
            t1 = System.nanoTime();
            c1 = os.getProcessCpuTime();
            recWall[k] = (t1 - t0) / 1e6;
            recCpu[k] = (c1 - c0) / 1e6;
            RecordStats st = RecordStats.measure(rec.recording(), rec.recordNanos() / 1_000_000L, TraceCli.SEEKS, k, -1);
            System.out.printf("round %d: untraced %.0f ms wall %.0f ms cpu (%d steps, %s) | recorded %.0f ms wall %.0f ms cpu"
                            + " (%d events, %.1f bytes/event, seek p50 %.3f p99 %.3f ms wall, p99 %.3f ms cpu)%n",
                    k, plainWall[k], plainCpu[k], plain.steps(), plain.outcome(), recWall[k], recCpu[k], st.events(),
                    st.bytesPerEvent(), st.seekP50Ms(), st.seekP99Ms(), st.seekP99CpuMs());
        }
        if (rounds > 1) {
            double pw = median(plainWall), pc = median(plainCpu), rw = median(recWall), rc = median(recCpu);
            System.out.printf("median of rounds 1..%d: untraced %.0f ms wall / %.0f ms cpu, recorded %.0f ms wall / %.0f ms cpu;"
                    + " recording overhead x%.2f wall, x%.2f cpu%n", rounds - 1, pw, pc, rw, rc, rw / pw, rc / pc);
        }
    }

    private static double median(double[] all) {
        double[] v = Arrays.copyOfRange(all, 1, all.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
