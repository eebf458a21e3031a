package dev.coroscope.engine.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A test-only simulator of a small asyncio program: it interprets scripted coroutines on a model
 * event loop that follows SEMANTICS.md (FIFO ready queue, timer heap, virtual clock, tasks
 * stepping their coroutines, gather's done-callbacks, run_until_complete's stop callback) and
 * emits, through a {@link Recorder}, the events the VM adapter and the asyncio runtime emit for
 * it. It gives the tests realistic streams before the engine exists.
 */
final class SimRun {

    sealed interface Op permits Line, Set, Print, Call, Await, Sleep, Spawn, Gather, Raise {
    }

    /** Run a source line. */
    record Line(int line) implements Op {
    }

    /** Bind a local. */
    record Set(String name, String value) implements Op {
    }

    record Print(String text) implements Op {
    }

    /** Call a plain function (its body must not suspend). */
    record Call(String fn, int defLine, List<Op> body, String ret) implements Op {
    }

    /** Await a coroutine directly (its body may suspend). */
    record Await(String fn, int defLine, List<Op> body, String ret) implements Op {
    }

    /** {@code await asyncio.sleep(d)}. */
    record Sleep(double d) implements Op {
    }

    /** {@code var = asyncio.create_task(fn(...))}. */
    record Spawn(String var, String fn, int defLine, List<Op> body, String ret) implements Op {
    }

    /** {@code await asyncio.gather(*vars)}, vars naming spawned tasks. */
    record Gather(List<String> vars) implements Op {
    }

    /** Raise an exception that the same frame catches. */
    record Raise(String type, String message) implements Op {
    }

    private final Recorder rec;
    private int ids = 1000;
    private int frames = 1;
    private double clock;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((x, y) -> x.when != y.when
            ? Double.compare(x.when, y.when) : Integer.compare(x.id, y.id));
    private final Map<String, SimTask> vars = new HashMap<>();
    private int taskNumber = 1;
    private final List<SimTask> allTasks = new ArrayList<>();

    private SimRun(Recorder rec) {
        this.rec = rec;
    }

    /**
     * Runs {@code main} under {@code asyncio.run} from a module whose lines are {@code moduleLines}
     * (the last one calls asyncio.run), and ends the recording.
     */
    static Recording run(Recorder rec, int mainDefLine, List<Op> main, int... moduleLines) {
        SimRun sim = new SimRun(rec);
        sim.module(mainDefLine, main, moduleLines);
        return rec.finish(EndReason.FINISHED, null);
    }

    // ---- model objects ----------------------------------------------------------------------

    private static final class Handle {
        final int id;
        final String callback;
        final Runnable action;

        Handle(int id, String callback, Runnable action) {
            this.id = id;
            this.callback = callback;
            this.action = action;
        }
    }

    private static final class Timer {
        final int id;
        final double when;
        final Runnable action;

        Timer(int id, double when, Runnable action) {
            this.id = id;
            this.when = when;
            this.action = action;
        }
    }

    /** One activation of a frame: its ops, position, and what owns it. */
    private static final class Act {
        final int frame;
        final int coro;
        final String fn;
        final int defLine;
        final List<Op> ops;
        final String ret;
        int pc;
        int line;
        int sleepCoro = -1;
        Act child;

        Act(int frame, int coro, String fn, int defLine, List<Op> ops, String ret) {
            this.frame = frame;
            this.coro = coro;
            this.fn = fn;
            this.defLine = defLine;
            this.ops = ops;
            this.ret = ret;
            this.line = defLine;
        }
    }

    private final class SimTask {
        final int id;
        final String name;
        final int coro;
        final String fn;
        final int defLine;
        final List<Op> body;
        final String ret;
        Act top;
        boolean done;
        final List<Runnable> doneCallbacks = new ArrayList<>();

        SimTask(String fn, int defLine, List<Op> body, String ret) {
            this.id = ids++;
            this.name = "Task-" + taskNumber++;
            this.coro = ids++;
            this.fn = fn;
            this.defLine = defLine;
            this.body = body;
            this.ret = ret;
        }
    }

    // ---- the module and the loop ------------------------------------------------------------

    private void module(int mainDefLine, List<Op> main, int[] moduleLines) {
        int modFrame = frames++;
        rec.call(modFrame, -1, "<module>", 1, -1);
        for (int k = 0; k < moduleLines.length; k++) {
            rec.line(modFrame, moduleLines[k]);
            if (k < moduleLines.length - 1) {
                rec.store(modFrame, "v" + k, "<function f" + k + " at 0x7f00>", false);
            }
        }
        SimTask mainTask = newTask("main", mainDefLine, main, "None");
        rec.loopStart();
        int[] stopHandle = {-1};
        mainTask.doneCallbacks.add(() -> {
            stopHandle[0] = ids++;
            rec.readyPush(stopHandle[0], "_run_until_complete_cb()");
            ready.addLast(new Handle(stopHandle[0], "_run_until_complete_cb()", () -> {
            }));
        });
        while (true) {
            rec.loopIteration();
            if (ready.isEmpty() && !timers.isEmpty()) {
                double next = timers.peek().when;
                if (next > clock) {
                    clock = next;
                    rec.clock(clock);
                }
            }
            while (!timers.isEmpty() && timers.peek().when <= clock) {
                Timer t = timers.poll();
                rec.timerFire(t.id);
                rec.readyPush(t.id, "futures._set_result_unless_cancelled()");
                ready.addLast(new Handle(t.id, "futures._set_result_unless_cancelled()", t.action));
            }
            int n = ready.size();
            boolean stopNow = false;
            for (int k = 0; k < n; k++) {
                Handle h = ready.pollFirst();
                rec.readyPop(h.id);
                if (h.id == stopHandle[0]) {
                    stopNow = true;
                    continue;
                }
                h.action.run();
            }
            if (stopNow) {
                break;
            }
            if (ready.isEmpty() && timers.isEmpty()) {
                throw new IllegalStateException("deadlock in the simulated program");
            }
        }
        rec.loopStop();
        rec.loopClose();
        rec.returned(modFrame, "None");
    }

    private SimTask newTask(String fn, int defLine, List<Op> body, String ret) {
        SimTask t = new SimTask(fn, defLine, body, ret);
        allTasks.add(t);
        rec.coro(t.coro, fn, Flavor.COROUTINE, CoroState.CREATED, null, -1, defLine, -1, null);
        rec.taskCreated(t.id, t.name, t.coro);
        schedule(t, t.name + ".__step()");
        return t;
    }

    private void schedule(SimTask t, String what) {
        int h = ids++;
        rec.readyPush(h, what);
        ready.addLast(new Handle(h, what, () -> step(t)));
    }

    private void wake(SimTask t) {
        rec.taskReady(t.id);
        schedule(t, t.name + ".task_wakeup()");
    }

    // ---- stepping a task --------------------------------------------------------------------

    private void step(SimTask t) {
        rec.taskRunning(t.id);
        if (t.top == null) {
            int frame = frames++;
            t.top = new Act(frame, t.coro, t.fn, t.defLine, t.body, t.ret);
            rec.coro(t.coro, t.fn, Flavor.COROUTINE, CoroState.RUNNING, null, -1, t.defLine, frame, null);
            rec.call(frame, -1, t.fn, t.defLine, t.coro);
        } else {
            resumeChain(t.top);
        }
        Outcome o = run(t, t.top);
        if (o == Outcome.RETURNED) {
            t.done = true;
            rec.returned(t.top.frame, t.ret);
            rec.coro(t.coro, t.fn, Flavor.COROUTINE, CoroState.CLOSED, null, -1, t.top.line, t.top.frame, null);
            rec.taskDone(t.id, t.ret);
            for (Runnable cb : t.doneCallbacks) {
                cb.run();
            }
        }
    }

    /** Resumes a suspended chain outermost first, as a send travels down the awaits. */
    private void resumeChain(Act a) {
        for (Act x = a; x != null; x = x.child) {
            rec.coro(x.coro, x.fn, Flavor.COROUTINE, CoroState.RUNNING, null, -1, x.line, x.frame, null);
            if (x.child == null && x.sleepCoro >= 0) {
                rec.coro(x.sleepCoro, "sleep", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 0, -1, null);
                rec.coro(x.sleepCoro, "sleep", Flavor.COROUTINE, CoroState.CLOSED, null, -1, 0, -1, null);
                x.sleepCoro = -1;
            }
        }
    }

    private enum Outcome { RETURNED, SUSPENDED }

    /** Runs {@code a} (and whatever it awaits) until it returns or the task suspends. */
    private Outcome run(SimTask t, Act a) {
        if (a.child != null) {
            Act c = a.child;
            if (run(t, c) == Outcome.SUSPENDED) {
                return Outcome.SUSPENDED;
            }
            a.child = null;
            finishAwait(c);
        }
        while (a.pc < a.ops.size()) {
            Op op = a.ops.get(a.pc++);
            if (op instanceof Line l) {
                a.line = l.line();
                rec.line(a.frame, l.line());
            } else if (op instanceof Set s) {
                if (s.value().matches("-?\\d{1,18}")) {
                    rec.storeInt(a.frame, s.name(), Long.parseLong(s.value()), false);
                } else {
                    rec.store(a.frame, s.name(), s.value(), false);
                }
            } else if (op instanceof Print p) {
                rec.output(StdStream.STDOUT, p.text() + "\n");
            } else if (op instanceof Raise r) {
                rec.raised(a.frame, r.type(), r.message(), a.line);
            } else if (op instanceof Call c) {
                int f = frames++;
                rec.call(f, a.frame, c.fn(), c.defLine(), -1);
                Act callee = new Act(f, -1, c.fn(), c.defLine(), c.body(), c.ret());
                if (run(t, callee) != Outcome.RETURNED) {
                    throw new IllegalStateException("a plain function cannot suspend");
                }
                rec.returned(f, c.ret());
            } else if (op instanceof Await w) {
                int coro = ids++;
                rec.coro(coro, w.fn(), Flavor.COROUTINE, CoroState.CREATED, null, -1, w.defLine(), -1, null);
                int f = frames++;
                rec.coro(coro, w.fn(), Flavor.COROUTINE, CoroState.RUNNING, null, -1, w.defLine(), f, null);
                rec.call(f, a.frame, w.fn(), w.defLine(), coro);
                Act callee = new Act(f, coro, w.fn(), w.defLine(), w.body(), w.ret());
                a.child = callee;
                if (run(t, callee) == Outcome.SUSPENDED) {
                    return Outcome.SUSPENDED;
                }
                a.child = null;
                finishAwait(callee);
            } else if (op instanceof Sleep s) {
                int sleep = ids++;
                rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.CREATED, null, -1, 0, -1, null);
                rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 0, -1, null);
                a.sleepCoro = sleep;
                String what = "sleep(" + Explainer.time(s.d()).replaceAll("\\.0$", "") + ")";
                if (s.d() <= 0) {
                    rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.SUSPENDED, null, -1, 0, -1, null);
                    suspendChain(t, a, sleep, "<coroutine object sleep at 0x7f01>");
                    rec.taskReady(t.id);
                    schedule(t, t.name + ".__step()");
                } else {
                    int fut = ids++;
                    rec.futureCreated(fut, "<Future pending>");
                    int h = ids++;
                    double when = clock + s.d();
                    rec.timerPush(h, when, "futures._set_result_unless_cancelled()");
                    timers.add(new Timer(h, when, () -> {
                        rec.futureDone(fut, FutureState.FINISHED, "<Future finished result=None>");
                        wake(t);
                    }));
                    rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.SUSPENDED, "<Future pending>", -1, 0, -1,
                            null);
                    suspendChain(t, a, sleep, "<coroutine object sleep at 0x7f01>");
                    rec.taskWaiting(t.id, what, fut);
                }
                return Outcome.SUSPENDED;
            } else if (op instanceof Spawn sp) {
                SimTask child = newTask(sp.fn(), sp.defLine(), sp.body(), sp.ret());
                vars.put(sp.var(), child);
                rec.store(a.frame, sp.var(), "<Task pending name='" + child.name + "'>", false);
            } else if (op instanceof Gather g) {
                List<SimTask> children = new ArrayList<>();
                for (String v : g.vars()) {
                    children.add(vars.get(v));
                }
                if (children.stream().allMatch(c -> c.done)) {
                    continue;
                }
                int fut = ids++;
                rec.futureCreated(fut, "<_GatheringFuture pending>");
                int[] left = {(int) children.stream().filter(c -> !c.done).count()};
                for (SimTask c : children) {
                    if (c.done) {
                        continue;
                    }
                    c.doneCallbacks.add(() -> {
                        int h = ids++;
                        rec.readyPush(h, "_GatheringFuture._done_callback()");
                        ready.addLast(new Handle(h, "_GatheringFuture._done_callback()", () -> {
                            if (--left[0] == 0) {
                                rec.futureDone(fut, FutureState.FINISHED, "<_GatheringFuture finished>");
                                wake(t);
                            }
                        }));
                    });
                }
                suspendChain(t, a, -1, "<_GatheringFuture pending>");
                StringBuilder names = new StringBuilder("gather(");
                for (int k = 0; k < children.size(); k++) {
                    names.append(k > 0 ? ", " : "").append(children.get(k).name);
                }
                rec.taskWaiting(t.id, names.append(')').toString(), fut);
                return Outcome.SUSPENDED;
            }
        }
        return Outcome.RETURNED;
    }

    private void finishAwait(Act callee) {
        rec.returned(callee.frame, callee.ret);
        rec.coro(callee.coro, callee.fn, Flavor.COROUTINE, CoroState.CLOSED, null, -1, callee.line, callee.frame,
                null);
    }

    /** Suspends the chain from the innermost activation {@code inner} out to the task's top. */
    private void suspendChain(SimTask t, Act inner, int awaitedCoro, String awaitedRepr) {
        List<Act> chain = new ArrayList<>();
        for (Act x = t.top; x != null; x = x.child) {
            chain.add(x);
            if (x == inner) {
                break;
            }
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            Act x = chain.get(k);
            int awaits = k == chain.size() - 1 ? awaitedCoro : chain.get(k + 1).coro;
            String repr = k == chain.size() - 1 ? awaitedRepr
                    : "<coroutine object " + chain.get(k + 1).fn + " at 0x7f02>";
            rec.coro(x.coro, x.fn, Flavor.COROUTINE, CoroState.SUSPENDED, repr, awaits, x.line, x.frame, null);
        }
    }

    // ---- ready-made programs ----------------------------------------------------------------

    /** The reference page's gather example, with its real line numbers. */
    static final String GATHER_SOURCE = String.join("\n",
            "import asyncio",
            "",
            "async def work(name, delay):",
            "    await asyncio.sleep(delay)",
            "    return name",
            "",
            "async def main():",
            "    t1 = asyncio.create_task(work(\"a\", 1))",
            "    t2 = asyncio.create_task(work(\"b\", 0.5))",
            "    results = await asyncio.gather(t1, t2)",
            "    print(results) # ['a', 'b']",
            "",
            "asyncio.run(main())",
            "");

    static Recording gather(Recorder rec) {
        List<Op> work = List.of(new Line(4), new Sleep(1), new Line(5));
        List<Op> workB = List.of(new Line(4), new Sleep(0.5), new Line(5));
        List<Op> main = List.of(
                new Line(8), new Spawn("t1", "work", 3, work, "'a'"),
                new Line(9), new Spawn("t2", "work", 3, workB, "'b'"),
                new Line(10), new Gather(List.of("t1", "t2")),
                new Set("results", "['a', 'b']"),
                new Line(11), new Print("['a', 'b']"));
        return run(rec, 7, main, 1, 3, 7, 13);
    }
}
