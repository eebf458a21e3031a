package dev.coroscope.engine.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.CoroState;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Flavor;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TraceState;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What the VM adapter records for real programs. */
class VmTracerTest {
    private final StringBuilder output = new StringBuilder();
    private final OutputSink sink = new OutputSink() {
        @Override
        public void stdout(String text) {
            output.append(text);
        }

        @Override
        public void stderr(String text) {
            output.append(text);
        }
    };

    private TracedRun.Result run(String source, long maxSteps, Recorder rec) {
        return TracedRun.run(new RunRequest(source, "prog.py", sink).withMaxSteps(maxSteps), rec);
    }

    private Recording record(String source) {
        return run(source, 0, new Recorder()).recording();
    }

    private static <T extends StepEvent> List<T> events(Recording r, Class<T> kind, Predicate<T> p) {
        List<T> out = new ArrayList<>();
        r.forEach(e -> {
            if (kind.isInstance(e) && p.test(kind.cast(e))) {
                out.add(kind.cast(e));
            }
        });
        return out;
    }

    @Test
    void arguments_are_in_the_frames_locals_from_its_first_line_as_in_cpythons_f_locals() {
        Recording r = record(String.join("\n",
                "def f(a, b=2, *rest, key=None, **more):",
                "    return a",
                "",
                "async def work(name, delay):",
                "    return name",
                "",
                "f(1, 3, 4, key='k', x=5)",
                "c = work('a', 0.5)",
                "try:",
                "    c.send(None)",
                "except StopIteration:",
                "    pass",
                ""));
        StepEvent.Line inF = events(r, StepEvent.Line.class, l -> l.line() == 2).get(0);
        assertEquals(java.util.Map.of("a", "1", "b", "3", "rest", "(4,)", "key", "'k'", "more", "{'x': 5}"),
                r.stateAt(inF.seq()).frame(inF.frame()).locals());
        assertEquals(List.of("a", "b", "key", "rest", "more"),
                List.copyOf(r.stateAt(inF.seq()).frame(inF.frame()).locals().keySet()), "in f_locals order, as CPython 3.11 prints it");
        StepEvent.Line inWork = events(r, StepEvent.Line.class, l -> l.line() == 5).get(0);
        assertEquals(java.util.Map.of("name", "'a'", "delay", "0.5"), r.stateAt(inWork.seq()).frame(inWork.frame()).locals());
    }

    @Test
    void only_a_loops_jump_back_is_narrated_as_a_new_round() {
        Recording r = record(String.join("\n",
                "import asyncio",
                "async def work(lock):",
                "    async with lock:",
                "        x = 1",
                "    for i in range(2):",
                "        x += i",
                "    while x: x -= 1",
                "async def main():",
                "    lock = asyncio.Lock()",
                "    await asyncio.gather(",
                "        work(lock),",
                "    )",
                "asyncio.run(main())",
                ""));
        List<String> said = new ArrayList<>();
        List<Integer> backLines = new ArrayList<>();
        r.forEach(e -> {
            if (e instanceof StepEvent.Line l && l.current() != null) {
                said.add(l.line() + ": " + r.explain(l.seq()));
                if (l.back()) {
                    backLines.add(l.line());
                }
            }
        });
        // The for header after each round and once more when range is exhausted; the one-line while twice.
        assertEquals(List.of(5, 5, 7, 7), backLines, String.join("\n", said));
        assertTrue(said.contains("3: work() is back at line 3 to finish the statement that starts there."),
                String.join("\n", said));
        assertTrue(said.contains("10: main() is back at line 10 to finish the statement that starts there."),
                String.join("\n", said));
        assertEquals(4, said.stream().filter(t -> t.contains("next round of its loop")).count(), String.join("\n", said));
    }

    @Test
    void an_exception_taken_back_to_a_with_statement_is_narrated_as_handed_to_its_exit() {
        Recording r = record(String.join("\n",
                "class Quiet:",
                "    def __enter__(self):",
                "        return self",
                "    def __exit__(self, t, e, tb):",
                "        return True",
                "def fail():",
                "    raise KeyError('k')",
                "with Quiet():",
                "    x = 1",
                "    fail()",
                "try:",
                "    y = 1",
                "    fail()",
                "except KeyError:",
                "    pass",
                ""));
        List<String> said = new ArrayList<>();
        r.forEach(e -> {
            if (e instanceof StepEvent.Line l) {
                said.add(l.line() + ": " + r.explain(l.seq()));
            }
        });
        assertTrue(said.contains("8: The module is back at line 8 with the KeyError: the with statement there hands it "
                + "to its context manager's exit method, which may swallow it."), String.join("\n", said));
        assertEquals(1, said.stream().filter(t -> t.contains("with the KeyError")).count(),
                "an except clause is reached forward, not narrated as a with: " + String.join("\n", said));
    }

    @Test
    void a_task_waiting_inside_an_asyncio_method_waits_on_that_methods_future() {
        Recording r = record(String.join("\n",
                "import asyncio",
                "async def take(lock):",
                "    async with lock:",
                "        pass",
                "async def own(fut):",
                "    await fut",
                "async def main():",
                "    lock = asyncio.Lock()",
                "    q = asyncio.Queue()",
                "    fut = asyncio.get_running_loop().create_future()",
                "    await lock.acquire()",
                "    ts = [asyncio.create_task(take(lock), name='locker'),",
                "          asyncio.create_task(q.get(), name='getter'),",
                "          asyncio.create_task(own(fut), name='owner')]",
                "    await asyncio.sleep(0)",
                "    lock.release()",
                "    q.put_nowait(1)",
                "    fut.set_result(2)",
                "    await asyncio.gather(*ts)",
                "asyncio.run(main())",
                ""));
        java.util.Map<String, String> waits = new java.util.TreeMap<>();
        for (StepEvent.Task t : events(r, StepEvent.Task.class, t -> t.state() == dev.coroscope.engine.trace.TaskState.WAITING
                && !t.task().equals("Task-1"))) {
            waits.put(t.task(), t.waitingOn());
        }
        assertEquals(java.util.Map.of("locker", "Lock.acquire()'s future", "getter", "Queue.get()'s future",
                "owner", "fut"), waits, "the program's own future is named by the variable holding it");
    }

    @Test
    void a_callback_of_the_loop_and_a_future_it_fills_are_narrated_as_such() {
        Recording r = record(String.join("\n",
                "import asyncio",
                "def helper():",
                "    return 42",
                "def deliver(fut):",
                "    fut.set_result(helper())",
                "def bad():",
                "    raise ValueError('no')",
                "async def waiter(futs):",
                "    return await futs[0]",
                "async def named(fut):",
                "    return await fut",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    fut = loop.create_future()",
                "    t = asyncio.create_task(waiter([fut]), name='waiter')",
                "    u = asyncio.create_task(named(fut), name='named')",
                "    await asyncio.sleep(0)",
                "    fut.add_done_callback(print)",
                "    loop.call_later(1, deliver, fut)",
                "    loop.call_soon(bad)",
                "    await t",
                "    await u",
                "asyncio.run(main())",
                ""));
        List<String> said = new ArrayList<>();
        r.forEach(e -> said.add(r.explain(e.seq())));
        String all = String.join("\n", said);
        assertTrue(said.contains("The event loop calls deliver(): it is the callback it took from the ready queue."),
                all);
        assertTrue(said.contains("deliver() calls helper()."), "a call made by the callback names it: " + all);
        assertTrue(said.contains("helper() returns 42 to deliver()."), all);
        assertTrue(said.contains("deliver() returns None to the event loop, which goes on with its ready queue."),
                all);
        assertTrue(said.contains("bad() is left by ValueError: the event loop, which called it, catches it and logs "
                + "it (\"Exception in callback\"), then goes on."), all);
        assertTrue(said.contains("The future <Future finished result=42> is done: each of its callbacks is queued "
                + "with call_soon, in the order they were added."), "the repr leaves out the callback list: " + all);
        assertTrue(said.contains("The future waiter was waiting on is done, so its wakeup is queued: it is READY "
                + "again."), all);
        assertTrue(said.contains("waiter resumes: the future it was waiting on is done."), all);
        assertTrue(said.contains("named waits on fut: it suspends and gives control back to the event loop."), all);
        assertTrue(said.contains("fut is done, so named's wakeup is queued: it is READY again."), all);
        assertTrue(said.contains("named resumes: fut, which it was waiting on, is done."), all);
        assertTrue(said.stream().noneMatch(t -> t.contains("<Future pending> is done")
                || t.contains("<Future pending>, which")), "a done future is never called pending: " + all);
    }

    @Test
    void code_run_by_another_thread_is_narrated_as_on_that_thread() {
        Recording r = record(String.join("\n",
                "import asyncio, threading",
                "def inner(n):",
                "    return n + 1",
                "def blocking(n):",
                "    m = inner(n)",
                "    return m * 2",
                "async def main():",
                "    loop = asyncio.get_running_loop()",
                "    r = await loop.run_in_executor(None, blocking, 1)",
                "    t = threading.Thread(target=blocking, args=(r,))",
                "    t.start()",
                "    t.join()",
                "asyncio.run(main())",
                ""));
        List<String> said = new ArrayList<>();
        r.forEach(e -> said.add(r.explain(e.seq())));
        String all = String.join("\n", said);
        assertEquals(2, said.stream().filter(t -> t.equals("blocking() starts on another thread (a threading.Thread's "
                + "target or an executor's worker), beside the main thread.")).count(), all);
        assertEquals(6, said.stream().filter(t -> t.endsWith(" (on another thread).")).count(),
                "blocking's two lines and inner's one, in each of the two threads: " + all);
        assertTrue(said.contains("blocking() calls inner()."), all);
        assertTrue(said.stream().noneMatch(t -> t.startsWith("blocking() runs line") && t.contains("(in Task-1)")),
                "the executor's worker is not Task-1: " + all);
        assertTrue(said.contains("main() runs line 9 (in Task-1)."), all);
        assertTrue(said.contains("Task-1 waits on blocking() on a worker thread: it suspends and gives control back "
                + "to the event loop."), all);
        assertTrue(said.contains("Task-1 resumes: blocking() on a worker thread, which it was waiting on, is done."),
                all);
    }

    @Test
    void a_worker_threads_sleep_lets_the_loop_go_on_and_its_end_is_narrated_as_the_clocks_reason() {
        Recording r = record(String.join("\n",
                "import asyncio, time",
                "def blocking():",
                "    time.sleep(1)",
                "    print('blocking ends')",
                "async def ticker():",
                "    for i in range(3):",
                "        print('tick', i)",
                "        await asyncio.sleep(0.4)",
                "async def main():",
                "    await asyncio.gather(asyncio.to_thread(blocking), ticker())",
                "asyncio.run(main())",
                ""));
        List<String> said = new ArrayList<>();
        r.forEach(e -> said.add(r.explain(e.seq())));
        String all = String.join("\n", said);
        List<String> printed = said.stream().filter(t -> t.contains(" prints ")).toList();
        assertEquals(List.of("ticker() prints \"tick 0\".", "ticker() prints \"tick 1\".", "ticker() prints \"tick 2\".",
                "blocking() prints \"blocking ends\"."), printed, "the loop runs while the worker sleeps: " + all);
        assertTrue(said.contains("The clock moves from 0.8 to 1.0 while the loop waits (nothing is ready, its next timer "
                + "is at t=1.2): another thread's sleep or wait ends at t=1.0, and that thread runs."), all);
        assertTrue(said.contains("The clock jumps from 0.0 to 0.4: nothing is ready, so the loop sleeps until the next "
                + "timer."), all);
    }

    @Test
    void code_compiled_from_strings_is_left_out_like_library_code() {
        // eval/exec source and the __init__ dataclasses makes are named <string>: their lines
        // must not be shown as lines of the program.
        Recording r = record(String.join("\n",
                "from dataclasses import dataclass",
                "@dataclass",
                "class P:",
                "    x: int",
                "    y: int = 0",
                "    z: int = 0",
                "    w: int = 0",
                "p = P(1)",
                "exec('a = 1\\nb = 2\\nc = 3\\nd = 4\\ne = 5\\nf = 6\\ng = 7\\nh = 8\\ni = 9')",
                "v = eval('x + 1', {'x': 1})",
                "print(v, p.x)",
                ""));
        assertEquals("2 1\n", output.toString());
        // Lines come from two frames only: the module's and the class body's.
        List<StepEvent.Line> lines = events(r, StepEvent.Line.class, l -> true);
        assertEquals(2, lines.stream().map(StepEvent.Line::frame).distinct().count(), lines.toString());
        assertTrue(events(r, StepEvent.Call.class, c -> c.code().contains("__init__")).isEmpty());
    }

    @Test
    void a_coroutine_starting_is_reported_before_its_frame_and_the_await_chain_is_linked() {
        Recording r = record(String.join("\n",
                "import types",
                "@types.coroutine",
                "def pause():",
                "    got = yield 'paused'",
                "    return got",
                "async def fetch():",
                "    return await pause()",
                "async def main():",
                "    return await fetch()",
                "c = main()",
                "c.send(None)",
                "x = 1",
                ""));
        int runningMain = -1;
        int callMain = -1;
        for (int i = 0; i < r.size(); i++) {
            StepEvent e = r.event(i);
            if (runningMain < 0 && e instanceof StepEvent.Coro c && c.name().equals("main")
                    && c.state() == CoroState.RUNNING) {
                runningMain = i;
            }
            if (callMain < 0 && e instanceof StepEvent.Call c && c.code().equals("main")) {
                callMain = i;
            }
        }
        assertEquals(runningMain + 1, callMain);
        int atX = -1;
        for (int i = 0; i < r.size(); i++) {
            if (r.event(i) instanceof StepEvent.Line l && l.line() == 12) {
                atX = i;
            }
        }
        TraceState s = r.stateAt(atX);
        TraceState.CoroView main = s.coroutines().stream().filter(c -> c.name().equals("main")).findFirst()
                .orElseThrow();
        TraceState.CoroView fetch = s.coroutine(main.awaits());
        TraceState.CoroView pause = s.coroutine(fetch.awaits());
        assertEquals("fetch", fetch.name());
        assertEquals("pause", pause.name());
        assertEquals(Flavor.GENERATOR, pause.flavor());
        assertTrue(main.crSuspended());
        assertTrue(main.crAwait().startsWith("<coroutine object fetch at 0x"), main.crAwait());
        assertEquals(4, pause.line());
        assertEquals(9, main.line());
        assertEquals("main() awaits the coroutine fetch() directly: it starts running at once.",
                r.explain(indexOf(r, e -> e instanceof StepEvent.Coro c && c.name().equals("fetch")
                        && c.state() == CoroState.RUNNING)));
    }

    @Test
    void values_are_recorded_as_the_vm_prints_them_and_ints_exactly() {
        Recording r = record(String.join("\n",
                "x = [1, 'a', (2,), {'k': {3}}, None, 1.5, True, -7, 2**80, frozenset({1}), ValueError('e')]",
                "print(repr(x))",
                "n = 2**40",
                "b = -2**100",
                "del n",
                ""));
        String printed = output.toString().strip();
        assertEquals(printed, value(r, "x"));
        assertEquals("1099511627776", value(r, "n"));
        assertEquals("-1267650600228229401496703205376", value(r, "b"));
        int deleted = indexOf(r, e -> e instanceof StepEvent.Store st && st.name().equals("n") && st.value() == null);
        java.util.Map<String, String> globals = r.stateAt(deleted).frames().get(0).locals();
        assertTrue(globals.containsKey("b") && !globals.containsKey("n"), globals.toString());
    }

    @Test
    void long_and_cyclic_values_are_capped_without_running_program_code() {
        Recording r = record(String.join("\n",
                "class Loud:",
                "    def __repr__(self):",
                "        print('repr called')",
                "        return 'Loud()'",
                "big = list(range(100000))",
                "cyc = [1]",
                "cyc.append(cyc)",
                "loud = Loud()",
                "text = 'x' * 100000",
                ""));
        String big = value(r, "big");
        assertEquals(Recorder.REPR_CAP, big.length());
        assertTrue(big.startsWith("[0, 1, 2, 3") && big.endsWith("..."), big);
        assertEquals("[1, [...]]", value(r, "cyc"));
        assertTrue(value(r, "loud").matches("<__main__\\.Loud object at 0x[0-9a-f]+>"), value(r, "loud"));
        assertEquals("", output.toString());
        assertTrue(value(r, "text").startsWith("'xxxx") && value(r, "text").length() == Recorder.REPR_CAP);
    }

    @Test
    void values_changed_in_place_are_recorded_when_their_frame_or_a_function_moves_on() {
        Recording r = record(String.join("\n",
                "log = []",
                "def note(x):",
                "    log.append(x)",
                "    return x",
                "def build(n):",
                "    items = []",
                "    counts = {'n': 0}",
                "    for i in range(n):",
                "        items.append(i * i)",
                "        counts['n'] += 1",
                "    return items",
                "squares = build(3)",
                "note('a')",
                "note('b')",
                "done = True",
                ""));
        List<StepEvent.Store> items = events(r, StepEvent.Store.class, s -> s.name().equals("items"));
        assertEquals(List.of("[]", "[0]", "[0, 1]", "[0, 1, 4]"), items.stream().map(StepEvent.Store::value).toList());
        assertEquals(List.of(false, true, true, true), items.stream().map(StepEvent.Store::mutated).toList());
        assertEquals("{'n': 3}", value(r, "counts"));
        assertEquals("[0, 1, 4]", value(r, "squares"));
        List<StepEvent.Store> log = events(r, StepEvent.Store.class, s -> s.name().equals("log"));
        assertEquals(List.of("[]", "['a']", "['a', 'b']"), log.stream().map(StepEvent.Store::value).toList());
        int atDone = indexOf(r, e -> e instanceof StepEvent.Line l && l.line() == 15);
        assertEquals("['a', 'b']", r.stateAt(atDone).frames().get(0).locals().get("log"));
        int mutation = indexOf(r, e -> e instanceof StepEvent.Store s && s.name().equals("items") && s.mutated());
        assertEquals("build()'s items changed in place: it is now [0].", r.explain(mutation));
    }

    @Test
    void exceptions_carry_their_message_as_str_would_show_it() {
        Recording r = record(String.join("\n",
                "try:",
                "    raise ValueError('bad value')",
                "except ValueError:",
                "    pass",
                "try:",
                "    {}['k']",
                "except KeyError:",
                "    pass",
                ""));
        List<StepEvent.Raise> raised = events(r, StepEvent.Raise.class, x -> true);
        assertEquals("ValueError", raised.get(0).type());
        assertEquals("bad value", raised.get(0).message());
        assertEquals(2, raised.get(0).line());
        assertEquals("KeyError", raised.get(1).type());
        assertEquals("'k'", raised.get(1).message());
    }

    @Test
    void the_step_budget_ends_the_recording_browsable_with_a_notice() {
        TracedRun.Result res = run("i = 0\nwhile True:\n    i += 1\n", 1000, new Recorder());
        Recording r = res.recording();
        assertEquals(RunResult.Outcome.STEP_LIMIT, res.run().outcome());
        assertEquals(EndReason.STEP_LIMIT, r.end().reason());
        assertTrue(r.end().message().startsWith("The program was stopped after 1,000 steps"), r.end().message());
        assertTrue(r.stateAt(r.size() - 2).stderr().contains("StepLimitError"));
        assertTrue(Integer.parseInt(r.stateAt(r.size() - 1).frames().get(0).locals().get("i")) > 100);
    }

    @Test
    void a_full_recorder_stops_the_run() {
        TracedRun.Result res = run("i = 0\nwhile True:\n    i += 1\n", 0, new Recorder(5000));
        assertEquals(RunResult.Outcome.INTERRUPTED, res.run().outcome());
        assertEquals(EndReason.EVENT_LIMIT, res.recording().end().reason());
        assertEquals(5000, res.recording().size());
    }

    @Test
    void a_run_a_signal_ends_says_so_in_its_end_marker_with_the_signal_and_exit_status() {
        TracedRun.Result res = run("import signal\nprint('before')\ntry:\n    signal.raise_signal(signal.SIGTERM)\n"
                + "finally:\n    print('never')\n", 0, new Recorder());
        assertEquals(RunResult.Outcome.KILLED, res.run().outcome());
        assertEquals(143, res.run().exitStatus());
        assertEquals("SIGTERM", res.run().signalName());
        assertEquals("before\n", output.toString());
        Recording r = res.recording();
        StepEvent last = r.event(r.size() - 1);
        assertTrue(last instanceof StepEvent.End, String.valueOf(last));
        assertEquals(EndReason.KILLED, r.end().reason());
        assertTrue(r.end().message().startsWith("Ended by signal SIGTERM (exit status 143)"), r.end().message());
        // The one boundary the app reads: the projected state ends with the same marker.
        assertEquals(EndReason.KILLED, r.stateAt(r.size() - 1).end().reason());
    }

    @Test
    void snapshots_are_published_while_a_long_program_runs() throws Exception {
        List<Recording> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        Recorder rec = new Recorder();
        VmTracer tracer = new VmTracer(rec).publishEvery(1, seen::add);
        RunResult rr = dev.coroscope.engine.vm.Engine.run(new RunRequest(
                "t = 0\nfor i in range(300000):\n    t += i\n", "prog.py", sink).withMaxSteps(0).withTracer(tracer));
        assertEquals(RunResult.Outcome.COMPLETED, rr.outcome());
        assertTrue(seen.size() >= 2, "snapshots: " + seen.size());
        for (int k = 1; k < seen.size(); k++) {
            assertTrue(seen.get(k).size() > seen.get(k - 1).size());
        }
        Recording mid = seen.get(seen.size() / 2);
        assertEquals(mid.size() - 1, mid.stateAt(mid.size() - 1).step());
        assertTrue(!mid.complete());
    }

    private static String value(Recording r, String name) {
        String v = null;
        for (StepEvent e : r.events(0, r.size())) {
            if (e instanceof StepEvent.Store s && s.name().equals(name) && s.value() != null) {
                v = s.value();
            }
        }
        return v;
    }

    private static int indexOf(Recording r, Predicate<StepEvent> p) {
        for (int i = 0; i < r.size(); i++) {
            if (p.test(r.event(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }

    @Test
    void watching_a_program_never_changes_what_it_does_even_when_a_value_has_no_printable_repr() {
        // repr() of an int past 4300 digits raises ValueError in CPython; the recording must not.
        Recording r = record(String.join("\n",
                "x = 3 ** 100000",
                "y = -(10 ** 5000)",
                "print(len(bin(x)), x % 7, y < 0)",
                ""));
        assertEquals("158499 4 True\n", output.toString());
        assertEquals(EndReason.FINISHED, r.end().reason());
        StepEvent.Line last = events(r, StepEvent.Line.class, l -> l.line() == 3).get(0);
        java.util.Map<String, String> globals = r.stateAt(last.seq()).frame(last.frame()).locals();
        assertEquals("<int with about 47,713 digits>", globals.get("x"));
        assertEquals("<int with about 5,001 digits>", globals.get("y"));
    }
}
