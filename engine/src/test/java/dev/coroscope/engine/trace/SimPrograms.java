package dev.coroscope.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random, realistic asyncio programs for {@link SimRun}: tasks, loops of lines, locals, sleeps, nested awaits. */
final class SimPrograms {
    private final Random rnd;
    private int nextLine = 20;
    private int counter;

    private SimPrograms(long seed) {
        this.rnd = new Random(seed);
    }

    /** Records a random program with the given seed. */
    static Recording record(long seed, Recorder rec) {
        SimPrograms g = new SimPrograms(seed);
        List<SimRun.Op> main = g.main();
        return SimRun.run(rec, 10, main, 1, 3, 10, 19);
    }

    private List<SimRun.Op> main() {
        List<SimRun.Op> ops = new ArrayList<>();
        int base = 11;
        int tasks = rnd.nextInt(5);
        List<String> vars = new ArrayList<>();
        for (int k = 0; k < tasks; k++) {
            ops.add(new SimRun.Line(base));
            String v = "t" + k;
            vars.add(v);
            ops.add(new SimRun.Spawn(v, "worker", nextLine, body(2, true), "'r" + k + "'"));
        }
        ops.addAll(body(2, true));
        if (!vars.isEmpty()) {
            ops.add(new SimRun.Line(base + 1));
            ops.add(new SimRun.Gather(vars));
            ops.add(new SimRun.Set("results", vars.toString()));
        }
        ops.add(new SimRun.Line(base + 2));
        ops.add(new SimRun.Print("done"));
        return ops;
    }

    private List<SimRun.Op> body(int depth, boolean canSuspend) {
        List<SimRun.Op> ops = new ArrayList<>();
        int first = nextLine;
        int lines = 2 + rnd.nextInt(4);
        nextLine += lines + 1;
        int rounds = 1 + rnd.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            for (int l = 0; l < lines; l++) {
                ops.add(new SimRun.Line(first + l));
                int what = rnd.nextInt(10);
                if (what < 4) {
                    ops.add(new SimRun.Set("x" + rnd.nextInt(3), Integer.toString(counter++)));
                } else if (what == 4) {
                    ops.add(new SimRun.Print("p" + counter++));
                } else if (what == 5 && depth > 0) {
                    ops.add(new SimRun.Call("helper", nextLine, body(depth - 1, false), Integer.toString(counter++)));
                } else if (what == 6 && depth > 0 && canSuspend) {
                    ops.add(new SimRun.Await("fetch", nextLine, body(depth - 1, true), "'v" + counter++ + "'"));
                } else if (what == 7 && canSuspend) {
                    ops.add(new SimRun.Sleep(rnd.nextInt(3) == 0 ? 0 : (1 + rnd.nextInt(10)) / 10.0));
                } else if (what == 8) {
                    ops.add(new SimRun.Raise("ValueError", "bad " + counter++));
                }
            }
        }
        return ops;
    }
}
