package dev.coroscope.app.testing;

import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.FutureState;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StdStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Test support: plays a scripted asyncio program on a model event loop that follows
 * {@code shared/conformance/SEMANTICS.md} (a FIFO ready queue, a timer heap on a virtual clock, one
 * iteration runs exactly the handles queued when it began, futures queue their callbacks, a woken
 * task resumes in the next iteration) and reports every step through the {@link Recorder}'s public
 * API, as the engine and the asyncio runtime will. It gives the app's tests realistic recordings of
 * known programs before the engine can run them; the shipped app never uses it.
 *
 * <p>A program is a module (some lines, then {@code asyncio.run(main())} on its last line) and
 * coroutine functions whose bodies are lists of {@link Op}s.
 */
public final class AsyncioScript {

    /** One thing a coroutine body does. */
    public sealed interface Op permits Line, Store, Print, Sleep, Spawn, Gather, Await, Raise {
    }

    /** The frame reaches a new source line. */
    public record Line(int line) implements Op {
    }

    /** A local is bound to a value (its repr). */
    public record Store(String name, String repr) implements Op {
    }

    /** {@code print(...)} writes {@code text} and a newline. */
    public record Print(String text) implements Op {
    }

    /** {@code await asyncio.sleep(seconds)}. */
    public record Sleep(double seconds) implements Op {
    }

    /** {@code var = asyncio.create_task(fn(...))}. */
    public record Spawn(String var, Fn fn) implements Op {
    }

    /** {@code var = await asyncio.gather(*tasks)}: {@code tasks} name variables bound by {@link Spawn}. */
    public record Gather(List<String> tasks, String var) implements Op {
    }

    /** {@code var = await fn(...)}: runs the callee in the same task step, like a call. */
    public record Await(String var, Fn fn) implements Op {
    }

    /** An exception nobody catches ends the coroutine (and fails its task). */
    public record Raise(String type, String message) implements Op {
    }

    /**
     * An {@code async def} function called with {@code args} (name, repr pairs), returning
     * {@code result} (a repr) when its body ends.
     */
    public record Fn(String name, int defLine, List<String[]> args, List<Op> body, String result) {
    }

    // ---- the model --------------------------------------------------------------------------

    private final Recorder rec;
    private int ids = 100;
    private int frames = 1;
    private int taskNumber = 1;
    private double now;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final PriorityQueue<Timer> heap = new PriorityQueue<>((a, b) -> a.when != b.when
            ? Double.compare(a.when, b.when) : Integer.compare(a.seq, b.seq));
    private int timerSeq;
    private boolean stopping;

    private record Handle(int id, String callback, Runnable action) {
    }

    private record Timer(int id, double when, int seq, Runnable action) {
    }

    /** A coroutine activation: its frame, position, and the coroutine it awaits now. */
    private static final class Act {
        final Fn fn;
        final int coro;
        int frame = -1;
        int pc;
        int line;
        Act awaiting;
        String resultVar;
        int sleepCoro = -1;
        /** A gather's result variable and children, bound when the task resumes. */
        String resumeVar;
        List<Task> resumeFrom;

        Act(Fn fn, int coro) {
            this.fn = fn;
            this.coro = coro;
            this.line = fn.defLine();
        }
    }

    private final class Task {
        final int id = ids++;
        final String name = "Task-" + taskNumber++;
        final Act top;
        final Map<String, Task> vars = new HashMap<>();
        final List<Runnable> doneCallbacks = new ArrayList<>();
        boolean done;
        String result;

        Task(Fn fn) {
            top = new Act(fn, ids++);
        }
    }

    private AsyncioScript(Recorder rec) {
        this.rec = rec;
    }

    /**
     * Records the module: a {@code <module>} frame that runs {@code moduleLines} (binding the
     * function names {@code defs} on the lines before the last), then {@code asyncio.run(main())}
     * on the last one, and ends the recording as FINISHED.
     */
    public static Recording run(Recorder rec, Fn main, int[] moduleLines, String... defs) {
        AsyncioScript s = new AsyncioScript(rec);
        s.module(main, moduleLines, defs);
        return rec.finish(EndReason.FINISHED, null);
    }

    private void module(Fn main, int[] lines, String[] defs) {
        int mod = frames++;
        rec.call(mod, -1, "<module>", 1, -1);
        int d = 0;
        for (int k = 0; k < lines.length; k++) {
            rec.line(mod, lines[k]);
            if (k > 0 && k < lines.length - 1 && d < defs.length) {
                String name = defs[d++];
                rec.store(mod, name, "<function " + name + " at 0x7f3a5c0" + (k + 10) + "0>", false);
            } else if (k == 0 && lines.length > 1) {
                rec.store(mod, "asyncio", "<module 'asyncio' from '/usr/lib/python3.11/asyncio/__init__.py'>", false);
            }
        }
        Task mainTask = create(main, null);
        rec.loopStart();
        mainTask.doneCallbacks.add(() -> push("_run_until_complete_cb()", () -> stopping = true));
        while (!stopping) {
            iteration();
        }
        rec.loopStop();
        rec.loopClose();
        rec.returned(mod, "None");
    }

    private void iteration() {
        rec.loopIteration();
        if (ready.isEmpty() && !heap.isEmpty() && heap.peek().when > now) {
            now = heap.peek().when;
            rec.clock(now);
        }
        while (!heap.isEmpty() && heap.peek().when <= now) {
            Timer t = heap.poll();
            rec.timerFire(t.id);
            rec.readyPush(t.id, "futures._set_result_unless_cancelled()");
            ready.addLast(new Handle(t.id, "futures._set_result_unless_cancelled()", t.action));
        }
        if (ready.isEmpty()) {
            throw new IllegalStateException("the scripted program deadlocks: nothing ready, no timers");
        }
        for (int n = ready.size(); n > 0; n--) {
            Handle h = ready.pollFirst();
            rec.readyPop(h.id);
            h.action.run();
        }
    }

    private void push(String callback, Runnable action) {
        int h = ids++;
        rec.readyPush(h, callback);
        ready.addLast(new Handle(h, callback, action));
    }

    private Task create(Fn fn, Act creator) {
        Task t = new Task(fn);
        rec.coro(t.top.coro, fn.name(), Flavor.COROUTINE, CoroState.CREATED, null, -1, fn.defLine(), -1, null);
        rec.taskCreated(t.id, t.name, t.top.coro);
        push(t.name + ".__step()", () -> step(t));
        return t;
    }

    // ---- a task step ------------------------------------------------------------------------

    private void step(Task t) {
        rec.taskRunning(t.id);
        Act a = t.top;
        if (a.frame < 0) {
            enter(a, -1);
        } else {
            for (Act x = a; x != null; x = x.awaiting) {
                rec.coro(x.coro, x.fn.name(), Flavor.COROUTINE, CoroState.RUNNING, null, -1, x.line, x.frame, null);
                if (x.awaiting == null && x.sleepCoro >= 0) {
                    rec.coro(x.sleepCoro, "sleep", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 0, -1, null);
                    rec.coro(x.sleepCoro, "sleep", Flavor.COROUTINE, CoroState.CLOSED, null, -1, 0, -1, null);
                    x.sleepCoro = -1;
                }
            }
        }
        Act inner = a;
        while (inner.awaiting != null) {
            inner = inner.awaiting;
        }
        if (inner.resumeVar != null) {
            rec.store(inner.frame, inner.resumeVar, results(inner.resumeFrom), false);
            inner.resumeVar = null;
            inner.resumeFrom = null;
        }
        run(t, inner);
    }

    private void enter(Act a, int parentFrame) {
        a.frame = frames++;
        rec.coro(a.coro, a.fn.name(), Flavor.COROUTINE, CoroState.RUNNING, null, -1, a.fn.defLine(), a.frame, null);
        rec.call(a.frame, parentFrame, a.fn.name(), a.fn.defLine(), a.coro);
        for (String[] arg : a.fn.args()) {
            rec.store(a.frame, arg[0], arg[1], false);
        }
    }

    /** Runs from the innermost activation outwards until the task suspends or its coroutine returns. */
    private void run(Task t, Act a) {
        while (true) {
            if (a.pc >= a.fn.body().size()) {
                rec.returned(a.frame, a.fn.result());
                rec.coro(a.coro, a.fn.name(), Flavor.COROUTINE, CoroState.CLOSED, null, -1, a.line, a.frame, null);
                Act parent = parentOf(t, a);
                if (parent == null) {
                    finish(t, a.fn.result());
                    return;
                }
                parent.awaiting = null;
                if (parent.resultVar != null) {
                    rec.store(parent.frame, parent.resultVar, a.fn.result(), false);
                }
                a = parent;
                continue;
            }
            Op op = a.fn.body().get(a.pc++);
            if (op instanceof Line l) {
                a.line = l.line();
                rec.line(a.frame, l.line());
            } else if (op instanceof Store s) {
                rec.store(a.frame, s.name(), s.repr(), false);
            } else if (op instanceof Print p) {
                rec.output(StdStream.STDOUT, p.text() + "\n");
            } else if (op instanceof Spawn sp) {
                Task child = create(sp.fn(), a);
                t.vars.put(sp.var(), child);
                rec.store(a.frame, sp.var(), "<Task pending name='" + child.name + "' coro=<" + sp.fn().name()
                        + "() running at main.py:" + sp.fn().defLine() + ">>", false);
            } else if (op instanceof Await w) {
                Act callee = new Act(w.fn(), ids++);
                rec.coro(callee.coro, w.fn().name(), Flavor.COROUTINE, CoroState.CREATED, null, -1,
                        w.fn().defLine(), -1, null);
                a.awaiting = callee;
                a.resultVar = w.var();
                enter(callee, a.frame);
                a = callee;
            } else if (op instanceof Sleep s) {
                sleep(t, a, s.seconds());
                return;
            } else if (op instanceof Gather g) {
                if (gather(t, a, g)) {
                    return;
                }
            } else if (op instanceof Raise r) {
                rec.raised(a.frame, r.type(), r.message(), a.line);
                rec.unwound(a.frame, r.type());
                rec.coro(a.coro, a.fn.name(), Flavor.COROUTINE, CoroState.CLOSED, null, -1, a.line, a.frame, null);
                t.done = true;
                rec.taskFailed(t.id, r.type() + "('" + r.message() + "')");
                t.doneCallbacks.forEach(Runnable::run);
                return;
            }
        }
    }

    private Act parentOf(Task t, Act a) {
        for (Act x = t.top; x != null; x = x.awaiting) {
            if (x.awaiting == a) {
                return x;
            }
        }
        return null;
    }

    private void finish(Task t, String result) {
        t.done = true;
        t.result = result;
        rec.taskDone(t.id, result);
        t.doneCallbacks.forEach(Runnable::run);
    }

    private void sleep(Task t, Act a, double seconds) {
        int sleep = ids++;
        rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.CREATED, null, -1, 0, -1, null);
        rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.RUNNING, null, -1, 0, -1, null);
        a.sleepCoro = sleep;
        String what = "sleep(" + number(seconds) + ")";
        if (seconds <= 0) {
            rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.SUSPENDED, null, -1, 0, -1, null);
            suspend(t, sleep, "<coroutine object sleep at 0x7f3a5c1a0e40>");
            rec.taskReady(t.id);
            push(t.name + ".__step()", () -> step(t));
            return;
        }
        int fut = ids++;
        rec.futureCreated(fut, "<Future pending>");
        int h = ids++;
        double when = now + seconds;
        rec.timerPush(h, when, "futures._set_result_unless_cancelled()");
        heap.add(new Timer(h, when, timerSeq++, () -> {
            rec.futureDone(fut, FutureState.FINISHED, "<Future finished result=None>");
            rec.taskReady(t.id);
            push(t.name + ".task_wakeup()", () -> step(t));
        }));
        rec.coro(sleep, "sleep", Flavor.COROUTINE, CoroState.SUSPENDED, "<Future pending>", -1, 0, -1, null);
        suspend(t, sleep, "<coroutine object sleep at 0x7f3a5c1a0e40>");
        rec.taskWaiting(t.id, what, fut);
    }

    /** Returns true if the task suspends on the gathering future. */
    private boolean gather(Task t, Act a, Gather g) {
        List<Task> children = new ArrayList<>();
        for (String v : g.tasks()) {
            children.add(t.vars.get(v));
        }
        if (children.stream().allMatch(c -> c.done)) {
            rec.store(a.frame, g.var(), results(children), false);
            return false;
        }
        int fut = ids++;
        rec.futureCreated(fut, "<_GatheringFuture pending>");
        int[] left = {(int) children.stream().filter(c -> !c.done).count()};
        for (Task c : children) {
            if (!c.done) {
                c.doneCallbacks.add(() -> push("_GatheringFuture._done_callback()", () -> {
                    if (--left[0] == 0) {
                        rec.futureDone(fut, FutureState.FINISHED, "<_GatheringFuture finished result="
                                + results(children) + ">");
                        rec.taskReady(t.id);
                        push(t.name + ".task_wakeup()", () -> step(t));
                    }
                }));
            }
        }
        // After the wakeup, the await expression's value is bound first thing in the next step.
        a.resumeVar = g.var();
        a.resumeFrom = children;
        suspend(t, -1, "<_GatheringFuture pending>");
        StringBuilder names = new StringBuilder("gather(");
        for (int k = 0; k < children.size(); k++) {
            names.append(k > 0 ? ", " : "").append(children.get(k).name);
        }
        rec.taskWaiting(t.id, names.append(')').toString(), fut);
        return true;
    }

    private static String results(List<Task> children) {
        List<String> r = new ArrayList<>();
        for (Task c : children) {
            r.add(c.result);
        }
        return "[" + String.join(", ", r) + "]";
    }

    /** Suspends the task's chain, innermost first, each awaiting the next (the innermost awaits {@code awaited}). */
    private void suspend(Task t, int awaitedCoro, String awaitedRepr) {
        List<Act> chain = new ArrayList<>();
        for (Act x = t.top; x != null; x = x.awaiting) {
            chain.add(x);
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            Act x = chain.get(k);
            boolean innermost = k == chain.size() - 1;
            int awaits = innermost ? awaitedCoro : chain.get(k + 1).coro;
            String repr = innermost ? awaitedRepr
                    : "<coroutine object " + chain.get(k + 1).fn.name() + " at 0x7f3a5c1b" + k + "0c0>";
            rec.coro(x.coro, x.fn.name(), Flavor.COROUTINE, CoroState.SUSPENDED, repr, awaits, x.line, x.frame, null);
        }
    }

    static String number(double d) {
        if (d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%s", d);
    }

    // ---- ready-made programs ----------------------------------------------------------------

    /** Convenience for bodies. */
    public static List<Op> ops(Op... ops) {
        return Arrays.asList(ops);
    }

    public static String[] arg(String name, String repr) {
        return new String[] {name, repr};
    }
}
