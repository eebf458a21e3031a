package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyDict;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers {@code f_back} and {@code sys._getframe(n)} show. Bundled library frames are
 * skipped, as everywhere; but where CPython runs Python code of its own that the engine runs in
 * Java or in the bundled asyncio module (the event loop's {@code Handle._run}, {@code _run_once},
 * {@code run_forever}; {@code run_until_complete}, {@code Runner.run}, {@code asyncio.run}), a
 * stand-in frame with CPython's file, line and function name takes its place: a task's coroutine
 * is called from {@code _run} in events.py, as a program walking its callers sees on CPython.
 * Stand-ins are made on each look-up (so {@code f.f_back is f.f_back} is False for them).
 */
final class LoopFrames {
    private LoopFrames() {}

    private static final Map<String, PyCode> CODES = new ConcurrentHashMap<>();

    private static final Map<String, String> QUALNAMES = Map.of(
            "_run", "Handle._run", "_run_once", "BaseEventLoop._run_once",
            "run_forever", "BaseEventLoop.run_forever", "run_until_complete", "BaseEventLoop.run_until_complete");

    /** {@code f.f_back}. */
    static PyObject back(Frame f) {
        Frame b = f.standIn ? f.back : callerOf(Interp.current(), f);
        return b == null ? PyNone.INSTANCE : b;
    }

    /** One step out from {@code f} (a frame Python code sees) for {@code sys._getframe(n)}. */
    static Frame step(Interp in, Frame f) {
        return f.standIn ? f.back : callerOf(in, f);
    }

    /** The caller of the running or suspended frame {@code f}, as CPython's frame chain has it. */
    private static Frame callerOf(Interp in, Frame f) {
        Runtime rt = in.rt;
        Runtime.LoopOrigins lo = rt.loopOrigins;
        for (Frame cur = f;;) {
            Frame b = cur.back;
            if (b == null) return null;
            if (lo != null && b == rt.callbackBase) {
                // The outermost frame of a callback or task step: the loop's frames come next.
                Frame below = view(in, lo, b);
                List<String[]> loop = lo.loopFrames();
                for (int i = loop.size() - 1; i >= 0; i--) below = standIn(in, loop.get(i), below);
                return below;
            }
            if (!b.code.library) return b;
            String[][] thread = threadStart(b.code);
            if (thread != null) {
                // The outermost frame of another thread: CPython's threading frames, then nothing.
                Frame below = null;
                for (int i = thread.length - 1; i >= 0; i--) below = standIn(in, thread[i], below);
                return below;
            }
            String[] place = lo != null ? lo.placeOf(b.code) : null;
            if (place != null) return standIn(in, place, callerOf(in, b));
            cur = b;
        }
    }

    private static Frame view(Interp in, Runtime.LoopOrigins lo, Frame f) {
        if (!f.code.library) return f;
        String[] place = lo.placeOf(f.code);
        return place != null ? standIn(in, place, callerOf(in, f)) : callerOf(in, f);
    }

    private static final String STDLIB = Runtime.CPYTHON_STDLIB;
    private static final String[] BOOTSTRAP = {STDLIB + "threading.py", "1002", "_bootstrap"};
    private static final String[] BOOTSTRAP_INNER = {STDLIB + "threading.py", "1045", "_bootstrap_inner"};
    private static final String[] THREAD_RUN = {STDLIB + "threading.py", "982", "run"};
    private static final String[] TIMER_RUN = {STDLIB + "threading.py", "1401", "run"};
    private static final String[] WORK_ITEM_RUN = {STDLIB + "concurrent/futures/thread.py", "58", "run"};
    private static final String[] POOL_WORKER = {STDLIB + "concurrent/futures/thread.py", "83", "_worker"};

    private static final Map<String, String> LINES = Map.of(
            STDLIB + "threading.py:1002", "self._bootstrap_inner()",
            STDLIB + "threading.py:1045", "self.run()",
            STDLIB + "threading.py:982", "self._target(*self._args, **self._kwargs)",
            STDLIB + "threading.py:1401", "self.function(*self.args, **self.kwargs)",
            STDLIB + "concurrent/futures/thread.py:58", "result = self.fn(*self.args, **self.kwargs)",
            STDLIB + "concurrent/futures/thread.py:83", "work_item.run()");

    /** The text of a line of CPython's threading code a stand-in frame shows, or null. */
    static String stdlibLine(String filename, int line) {
        return filename.startsWith(STDLIB) ? LINES.get(filename + ":" + line) : null;
    }

    /**
     * CPython's frames under the first function another thread runs, innermost first, when
     * {@code code} is the bundled library code that started it there (the engine runs a thread's
     * code in the caller's stack); null for any other code.
     */
    private static String[][] threadStart(PyCode code) {
        String file = code.filename, q = code.qualname;
        if (file.endsWith("threading.py")) {
            return switch (q) {
                case "Thread._bootstrap" -> new String[][] {BOOTSTRAP_INNER, BOOTSTRAP};
                case "Thread.run" -> new String[][] {THREAD_RUN, BOOTSTRAP_INNER, BOOTSTRAP};
                case "Timer.run" -> new String[][] {TIMER_RUN, BOOTSTRAP_INNER, BOOTSTRAP};
                default -> null;
            };
        }
        boolean pool = file.endsWith("asyncio.py") && q.startsWith("_UnixSelectorEventLoop._run_in_executor")
                || file.endsWith("concurrent_futures.py")
                        && (q.startsWith("ThreadPoolExecutor._call_in") || q.startsWith("ThreadPoolExecutor._run.<locals>"));
        return pool ? new String[][] {WORK_ITEM_RUN, POOL_WORKER, THREAD_RUN, BOOTSTRAP_INNER, BOOTSTRAP} : null;
    }

    /** A frame standing for CPython's {file, line, name}, called from {@code back}. */
    static Frame standIn(Interp in, String[] place, Frame back) {
        PyCode code = CODES.computeIfAbsent(place[0] + ":" + place[1] + ":" + place[2], k -> new PyCode(
                new int[0], new PyObject[0], new PyStr[0], new PyStr[0], 0, 0, 0, new boolean[0], 0, 0, 0,
                PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, place[2], QUALNAMES.getOrDefault(place[2], place[2]),
                place[0], Integer.parseInt(place[1]), new int[0], new int[0], new int[0], new int[0],
                new int[0], new int[0], new int[0], new int[0], 0, false));
        Frame f = new Frame(code, new PyDict(), in.rt.builtinsDict, null, -1);
        f.standIn = true;
        f.back = back;
        return f;
    }
}
