import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One JVM runs one program REPS times through the engine, as the command line does (a new engine
 * thread per run, output discarded, no step budget), and prints each run's wall and CPU
 * milliseconds on one line, then the best wall time of the runs after the first third. Steady-state
 * speed of the interpreter, without the JVM's start or the JIT's first compilations: see bench/inproc.
 */
public final class InProc {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: InProc PROGRAM.py REPS");
            System.exit(2);
        }
        Path path = Path.of(args[0]).toAbsolutePath();
        byte[] bytes = Files.readAllBytes(path);
        int reps = Integer.parseInt(args[1]);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (System.getenv("INPROC_NO_WARMUP") == null) Engine.warmUp();
        OutputSink sink = new OutputSink() {
            @Override public void stdout(String text) {}
            @Override public void stderr(String text) { System.err.print(text); }
        };
        StringBuilder line = new StringBuilder("runs (wall/cpu ms):");
        long best = Long.MAX_VALUE;
        for (int i = 0; i < reps; i++) {
            long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
            RunResult r = Engine.runFile(bytes, new RunRequest(null, path.toString(), 0, sink, null, null));
            long w = System.nanoTime() - w0, c = os.getProcessCpuTime() - c0;
            if (r.exitStatus() != 0) {
                System.err.println("run " + (i + 1) + " exited with status " + r.exitStatus());
                System.exit(1);
            }
            line.append(String.format(" %.1f/%.1f", w / 1e6, c / 1e6));
            if (i >= reps / 3) best = Math.min(best, w);
        }
        System.out.println(line);
        System.out.printf("best %.2f ms%n", best / 1e6);
    }
}
