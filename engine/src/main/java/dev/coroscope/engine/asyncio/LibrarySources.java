package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.PyFunction;
import dev.coroscope.engine.vm.Runtime;
import java.util.Map;

/**
 * Where CPython 3.11.7 defines the asyncio helper functions that appear in callback
 * descriptions: a future's repr lists its done-callbacks with their source, e.g.
 * {@code cb=[gather.<locals>._done_callback() at /usr/lib/python3.11/asyncio/tasks.py:764]}. Our
 * helpers live in one bundled file, so their own location would tell the learner something
 * CPython does not show; this table gives CPython's location instead.
 */
final class LibrarySources {
    private LibrarySources() {}

    static final String DIR = Runtime.CPYTHON_STDLIB + "asyncio/";

    /**
     * Text for stderr: the recordings of CPython's stderr write the stdlib directory as
     * {@code <stdlib>/} (stdout keeps the full path, as a program printing a repr sees it).
     */
    static String forStderr(String text) {
        return text.replace(DIR, "<stdlib>/asyncio/");
    }

    private static final Map<String, String[]> PLACES = Map.of(
            "gather.<locals>._done_callback", new String[] {DIR + "tasks.py", "764"},
            "_release_waiter", new String[] {DIR + "tasks.py", "431"},
            "_wait.<locals>._on_completion", new String[] {DIR + "tasks.py", "519"},
            "as_completed.<locals>._on_timeout", new String[] {DIR + "tasks.py", "596"},
            "as_completed.<locals>._on_completion", new String[] {DIR + "tasks.py", "602"},
            "shield.<locals>._inner_done_callback", new String[] {DIR + "tasks.py", "891"},
            "shield.<locals>._outer_done_callback", new String[] {DIR + "tasks.py", "908"},
            "_set_result_unless_cancelled", new String[] {DIR + "futures.py", "311"},
            "_chain_future.<locals>._call_check_cancel", new String[] {DIR + "futures.py", "387"},
            "_run_until_complete_cb", new String[] {DIR + "base_events.py", "180"});

    /**
     * CPython's loop frames under a callback, innermost first: Handle._run, _run_once (at its
     * debug-mode call when the loop is in debug mode), run_forever.
     */
    static java.util.List<String[]> loopFrames(boolean debug) {
        return java.util.List.of(new String[] {DIR + "events.py", "80", "_run"},
                new String[] {DIR + "base_events.py", debug ? "1914" : "1922", "_run_once"},
                new String[] {DIR + "base_events.py", "607", "run_forever"});
    }

    private static final Map<String, String> LINES = Map.of(
            DIR + "events.py:80", "self._context.run(self._callback, *self._args)",
            DIR + "base_events.py:1914", "handle._run()",
            DIR + "base_events.py:1922", "handle._run()",
            DIR + "base_events.py:607", "self._run_once()",
            DIR + "base_events.py:640", "self.run_forever()",
            DIR + "runners.py:118", "return self._loop.run_until_complete(task)",
            DIR + "runners.py:190", "return runner.run(main)");

    /** The source text of a line of CPython's asyncio that a stand-in frame shows, or null. */
    static String lineOf(String filename, int line) {
        return filename.startsWith(DIR) ? LINES.get(filename + ":" + line) : null;
    }

    /** CPython's {file, line, name} for the bundled frames that start a loop, or null. */
    static String[] loopStarter(String qualname) {
        return switch (qualname) {
            case "_UnixSelectorEventLoop.run_until_complete" -> new String[] {DIR + "base_events.py", "640", "run_until_complete"};
            case "Runner.run" -> new String[] {DIR + "runners.py", "118", "run"};
            case "run" -> new String[] {DIR + "runners.py", "190", "run"};
            default -> null;
        };
    }

    /** {file, line} for an engine builtin that is a Python function in CPython, or null. */
    static String[] ofBuiltin(dev.coroscope.engine.runtime.PyBuiltinFunction b) {
        if (b != AsyncioModule.SET_RESULT_UNLESS_CANCELLED && b != EventLoop.RUN_UNTIL_COMPLETE_CB) return null;
        return PLACES.get(b.name);
    }

    /** {file, line} for a bundled library function CPython also defines, or null. */
    static String[] of(PyFunction f) {
        if (!f.code.library) return null;
        String[] p = PLACES.get(f.code.qualname);
        if (p != null) return p;
        return new String[] {DIR + "tasks.py", String.valueOf(f.code.firstlineno)};
    }
}
