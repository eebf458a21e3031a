package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Debug mode's {@code _source_traceback}: where a future, task or handle was made, as CPython's
 * {@code traceback.extract_stack} lists it, outermost first. Reprs end with
 * {@code created at FILE:LINE} (the last entry) and the loop's error reports add
 * {@code source_traceback: Object created at (most recent call last):}.
 *
 * <p>The entries are the program's frames, CPython's loop frames below a callback, and for the
 * bundled asyncio functions that make the object the place CPython's own function has (so a task
 * made by {@code asyncio.create_task} was "created at .../asyncio/tasks.py:384"). Other bundled
 * frames are left out: CPython's library frames are not compared line for line.
 */
final class SourceTraceback {
    private SourceTraceback() {}

    private static final String DIR = LibrarySources.DIR;

    /** Bundled functions that call loop.create_task, and CPython's line for that call. */
    static final Map<String, String[]> TASK_MAKERS = Map.of(
            "create_task", new String[] {DIR + "tasks.py", "384", "create_task"},
            "TaskGroup.create_task", new String[] {DIR + "taskgroups.py", "161", "create_task"},
            "Runner.run", new String[] {DIR + "runners.py", "100", "run"},
            "_ensure_future", new String[] {DIR + "tasks.py", "680", "_ensure_future"});

    /** Bundled functions that construct a Future themselves. */
    static final Map<String, String[]> FUTURE_MAKERS = Map.of(
            "_GatheringFuture.__init__", new String[] {DIR + "tasks.py", "709", "__init__"});

    /** loop.create_future(): CPython's frame is always its own line in base_events.py. */
    static final String[] CREATE_FUTURE = {DIR + "base_events.py", "427", "create_future"};

    /** asyncio.sleep's call_later of its timer. */
    static final String[] SLEEP_CALL_LATER = {DIR + "tasks.py", "645", "sleep"};

    /** format_helpers.extract_stack's depth (constants.DEBUG_STACK_DEPTH) less the frames CPython deletes. */
    static final int HANDLE_LIMIT_CALL_SOON = 8, HANDLE_LIMIT_CALL_LATER = 8, HANDLE_LIMIT_CALL_AT = 9;

    /**
     * The stack at this moment, outermost first: at most {@code limit} entries counted from the
     * innermost, which is {@code innermost} when not null.
     */
    static List<String[]> capture(AsyncioState st, Map<String, String[]> makers, String[] innermost, int limit) {
        List<String[]> out = new ArrayList<>();
        if (innermost != null) out.add(innermost);
        Interp in = st.in;
        Frame callbackBase = st.rt.callbackBase;
        for (Frame fr = in.frame; fr != null && out.size() < limit; fr = fr.back) {
            if (fr == callbackBase && fr != in.frame) {
                for (String[] e : LibrarySources.loopFrames(st.running != null && st.running.handleDebug)) {
                    if (out.size() >= limit) break;
                    out.add(e);
                }
                if (out.size() >= limit) break;
            }
            if (fr.code.library) {
                String[] place = null;
                if (fr.code.filename.endsWith("asyncio.py")) {
                    // The maker is the innermost place: further out, a bundled Runner.run is the one running the loop.
                    if (out.isEmpty()) place = makers.get(fr.code.qualname);
                    if (place == null) place = LibrarySources.loopStarter(fr.code.qualname);
                }
                if (place != null) out.add(place);
            } else {
                out.add(new String[] {fr.code.filename, String.valueOf(fr.lineno()), fr.code.name});
            }
        }
        Collections.reverse(out);
        return out;
    }

    /** " created at FILE:LINE" for a repr, or "" without a traceback. */
    static String createdAt(List<String[]> tb) {
        if (tb == null || tb.isEmpty()) return "";
        String[] last = tb.get(tb.size() - 1);
        return "created at " + last[0] + ":" + last[1];
    }

    /** The value a context dict gets: a list of (filename, lineno, name) tuples. */
    static PyObject asList(List<String[]> tb) {
        List<PyObject> items = new ArrayList<>(tb.size());
        for (String[] e : tb) items.add(PyTuple.of(PyStr.of(e[0]), PyInt.of(Integer.parseInt(e[1])), PyStr.of(e[2])));
        return new PyList(items);
    }

    /** traceback.format_list of such a list (source lines where the engine has them), or null if not one. */
    static String format(AsyncioState st, PyObject value) {
        if (!(value instanceof PyList list)) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof PyTuple t) || t.items().length != 3) return null;
            PyObject[] e = t.items();
            String file = Ops.str(e[0]);
            int line = (int) Ops.index(e[1]).longValueOr(0);
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(Ops.str(e[2])).append('\n');
            String src = st.rt.sourceLine(file, line);
            if (src != null && !src.isBlank()) sb.append("    ").append(src.strip()).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
