package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts asyncio builds for humans: {@code reprlib}-limited reprs (what {@code Future.__repr__}
 * shows as {@code result=}, and what callback descriptions show as arguments), callback
 * descriptions such as {@code parse_setting('broken line') at prog.py:6}, and the coroutine part of
 * a task's repr ({@code work() running at prog.py:4}).
 *
 * <p>The limits are those of {@code reprlib.aRepr} in CPython 3.11: strings 30 chars, ints 40
 * digits, lists/tuples/sets 6 items, dicts 4 items, other objects 30 chars, nesting 6 levels.
 */
final class Reprs {
    private Reprs() {}

    private static final int MAX_LEVEL = 6;
    private static final int MAX_STRING = 30;
    private static final int MAX_LONG = 40;
    private static final int MAX_OTHER = 30;
    private static final int MAX_SEQ = 6;
    private static final int MAX_DICT = 4;

    /** {@code reprlib.repr(o)}. */
    static String limited(PyObject o) {
        return limited(o, MAX_LEVEL);
    }

    private static String limited(PyObject o, int level) {
        String typeName = o.getType().name();
        switch (typeName) {
            case "str":
                if (o instanceof PyStr s) return limitedStr(s);
                break;
            case "int":
                if (o instanceof PyInt) return cut(Ops.repr(o), MAX_LONG);
                break;
            case "tuple":
                if (o instanceof PyTuple t) return iterable(List.of(t.items()), level, "(", ")", t.size() == 1 ? "," : "");
                break;
            case "list":
                if (o instanceof PyList) return iterable(Ops.toList(o), level, "[", "]", "");
                break;
            case "set":
                if (o instanceof PySet s) {
                    if (s.size() == 0) return "set()";
                    return iterable(possiblySorted(o), level, "{", "}", "");
                }
                break;
            case "frozenset":
                if (o instanceof PySet s) {
                    if (s.size() == 0) return "frozenset()";
                    return iterable(possiblySorted(o), level, "frozenset({", "})", "");
                }
                break;
            case "deque":
                return iterable(Ops.toList(o), level, "deque([", "])", "");
            case "dict":
                if (o instanceof PyDict d) return dict(d, level);
                break;
            default:
                break;
        }
        String r;
        try {
            r = Ops.repr(o);
        } catch (PyError e) {
            return "<" + typeName + " instance at " + Ops.address(o) + ">";
        }
        return cut(r, MAX_OTHER);
    }

    private static String limitedStr(PyStr s) {
        String v = s.value();
        int n = s.cpLength();
        String r = Ops.repr(n > MAX_STRING ? PyStr.of(cpSlice(v, 0, MAX_STRING)) : s);
        if (r.codePointCount(0, r.length()) > MAX_STRING) {
            int i = Math.max(0, (MAX_STRING - 3) / 2);
            int j = Math.max(0, MAX_STRING - 3 - i);
            String joined = cpSlice(v, 0, i) + cpSlice(v, n - j, n);
            r = Ops.repr(PyStr.of(joined));
            int rn = r.codePointCount(0, r.length());
            r = cpSlice(r, 0, i) + "..." + cpSlice(r, rn - j, rn);
        }
        return r;
    }

    private static String cut(String r, int max) {
        int n = r.codePointCount(0, r.length());
        if (n <= max) return r;
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return cpSlice(r, 0, i) + "..." + cpSlice(r, n - j, n);
    }

    private static String cpSlice(String s, int from, int to) {
        int a = s.offsetByCodePoints(0, Math.max(0, from));
        int b = s.offsetByCodePoints(0, Math.max(from, to));
        return s.substring(a, b);
    }

    private static String iterable(List<PyObject> items, int level, String left, String right, String trail) {
        int n = items.size();
        String body;
        if (level <= 0 && n > 0) {
            body = "...";
        } else {
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < Math.min(n, MAX_SEQ); k++) parts.add(limited(items.get(k), level - 1));
            if (n > MAX_SEQ) parts.add("...");
            body = String.join(", ", parts);
        }
        return left + body + trail + right;
    }

    private static String dict(PyDict d, int level) {
        if (d.size() == 0) return "{}";
        if (level <= 0) return "{...}";
        List<String> parts = new ArrayList<>();
        List<PyObject> keys = possiblySorted(d);
        for (int k = 0; k < Math.min(keys.size(), MAX_DICT); k++) {
            PyObject key = keys.get(k);
            parts.add(limited(key, level - 1) + ": " + limited(d.get(key), level - 1));
        }
        if (d.size() > MAX_DICT) parts.add("...");
        return "{" + String.join(", ", parts) + "}";
    }

    private static List<PyObject> possiblySorted(PyObject o) {
        List<PyObject> items = Ops.toList(o);
        try {
            PyObject sorted = Ops.call(Interp().rt.builtinsDict.get("sorted"), new PyList(items));
            return Ops.toList(sorted);
        } catch (PyError e) {
            return items;
        }
    }

    private static dev.coroscope.engine.vm.Interp Interp() {
        return dev.coroscope.engine.vm.Interp.current();
    }

    // ---- callbacks -----------------------------------------------------------------------------

    /** {@code format_helpers._format_callback_source(cb, args)}: {@code name(args) at file:line}. */
    static String callbackSource(PyObject fn, PyObject[] args) {
        String s = callback(fn, args, null, "");
        String src = functionSource(fn);
        return src == null ? s : s + " at " + src;
    }

    private static String callback(PyObject fn, PyObject[] args, PyDict kwargs, String suffix) {
        if (isPartial(fn)) {
            String inner = argList(args, kwargs) + suffix;
            PyObject pf = Ops.getAttr(fn, "func");
            PyObject[] pargs = Ops.toArray(Ops.getAttr(fn, "args"));
            PyObject kw = Ops.getAttr(fn, "keywords");
            return callback(pf, pargs, kw instanceof PyDict kd ? kd : null, inner);
        }
        String name = null;
        PyObject q = attrOrNull(fn, "__qualname__");
        if (q instanceof PyStr qs && !qs.value().isEmpty()) {
            name = qs.value();
        } else {
            PyObject n = attrOrNull(fn, "__name__");
            if (n instanceof PyStr ns && !ns.value().isEmpty()) name = ns.value();
        }
        if (name == null) name = Ops.repr(fn);
        return name + argList(args, kwargs) + suffix;
    }

    private static String argList(PyObject[] args, PyDict kwargs) {
        List<String> parts = new ArrayList<>();
        if (args != null) for (PyObject a : args) parts.add(limited(a));
        if (kwargs != null) {
            for (var e : kwargs.entryList()) parts.add(Ops.str(e.getKey()) + "=" + limited(e.getValue()));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static PyObject attrOrNull(PyObject o, String name) {
        try {
            return Ops.getAttrOrNull(o, PyStr.intern(name));
        } catch (PyError e) {
            return null;
        }
    }

    static boolean isPartial(PyObject fn) {
        PyType t = fn.getType();
        for (PyType m : t.mro()) {
            if (m.name().equals("partial") && "functools".equals(m.moduleName()) && !m.isHeap()) return true;
        }
        return false;
    }

    /** {@code file:line} of a Python function (through partials), or null. */
    private static String functionSource(PyObject fn) {
        if (fn instanceof PyFunction f) {
            String[] lib = LibrarySources.of(f);
            if (lib != null) return lib[0] + ":" + lib[1];
            return f.code.filename + ":" + f.code.firstlineno;
        }
        if (isPartial(fn)) return functionSource(Ops.getAttr(fn, "func"));
        if (fn instanceof PyBuiltinFunction b) {
            String[] lib = LibrarySources.ofBuiltin(b);
            if (lib != null) return lib[0] + ":" + lib[1];
        }
        return null;
    }

    // ---- coroutines ----------------------------------------------------------------------------

    /** {@code coroutines._format_coroutine}: {@code name() running at file:line} or {@code ... done, defined at ...}. */
    private static final String[] STDLIB_FILES = {"tasks.py", "locks.py", "queues.py", "taskgroups.py", "threads.py"};

    /**
     * Where CPython 3.11.7 defines asyncio's own coroutine functions, and the line where each
     * waits: the coroutine part of a task's repr names these (as the recordings write stdlib
     * paths), not our library's lines. Qualname to {file index, def line, waiting line}, then for
     * functions that wait at several places, pairs {our line - our def line, CPython's line}.
     */
    private static final java.util.Map<String, int[]> CPYTHON_LINES = java.util.Map.ofEntries(
            java.util.Map.entry("sleep", new int[] {0, 637, 649, 2, 640}),
            java.util.Map.entry("wait_for", new int[] {0, 436, 476, 3, 452, 7, 460, 23, 485, 29, 495}),
            java.util.Map.entry("wait", new int[] {0, 399, 428}),
            java.util.Map.entry("_wait", new int[] {0, 507, 535}),
            java.util.Map.entry("as_completed.<locals>._wait_for_one", new int[] {0, 610, 611}),
            java.util.Map.entry("to_thread", new int[] {4, 12, 25}),
            java.util.Map.entry("Lock.acquire", new int[] {1, 93, 114}),
            java.util.Map.entry("Event.wait", new int[] {1, 200, 213}),
            java.util.Map.entry("Condition.wait", new int[] {1, 248, 267, 19, 277}),
            java.util.Map.entry("Condition.wait_for", new int[] {1, 285, 294}),
            java.util.Map.entry("Semaphore.acquire", new int[] {1, 364, 387}),
            java.util.Map.entry("Barrier.wait", new int[] {1, 481, 497}),
            java.util.Map.entry("Queue.put", new int[] {2, 110, 120}),
            java.util.Map.entry("Queue.get", new int[] {2, 149, 158}),
            java.util.Map.entry("Queue.join", new int[] {2, 206, 215}),
            java.util.Map.entry("TaskGroup.__aexit__", new int[] {3, 68, 110}));

    static String coroutine(PyObject coro) {
        String name;
        PyObject q = attrOrNull(coro, "__qualname__");
        if (q instanceof PyStr qs && !qs.value().isEmpty()) {
            name = qs.value() + "()";
        } else {
            PyObject n = attrOrNull(coro, "__name__");
            name = (n instanceof PyStr ns && !ns.value().isEmpty() ? ns.value() : "<" + coro.getType().name() + " without __name__>") + "()";
        }
        if (coro instanceof PyGenBase g) {
            PyCode code = g.frame.code;
            int[] where = code.library && code.filename.endsWith("/asyncio.py") ? CPYTHON_LINES.get(code.qualname) : null;
            if (where != null) {
                String file = LibrarySources.DIR + STDLIB_FILES[where[0]];
                if (g.finished) return name + " done, defined at " + file + ":" + where[1];
                // Not yet started: CPython's frame sits on the def line. Started: at the CPython
                // line matching where ours waits (sleep(0) at its first await, wait_for cleaning
                // up after a cancellation at its second...), else at the usual waiting line.
                int line = !g.frame.started ? where[1] : where[2];
                if (g.frame.started) {
                    int offset = g.frame.lineno() - code.firstlineno;
                    for (int i = 3; i + 1 < where.length; i += 2) if (where[i] == offset) line = where[i + 1];
                }
                return name + " running at " + file + ":" + line;
            }
            if (!g.finished) {
                Frame f = g.frame;
                return name + " running at " + code.filename + ":" + f.lineno();
            }
            return name + " done, defined at " + code.filename + ":" + code.firstlineno;
        }
        return name;
    }
}
