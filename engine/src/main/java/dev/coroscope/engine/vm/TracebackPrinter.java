package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Formats an uncaught exception exactly as CPython 3.11 prints it: chained exceptions with the
 * two connecting sentences, {@code [Previous line repeated N more times]}, exception groups drawn
 * as boxes, notes, and (when the positions allow) the {@code ^^^^} marker lines. Frames of library
 * code never appear (they are not recorded in tracebacks).
 */
public final class TracebackPrinter {

    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

    private final Runtime rt;
    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    private int groupDepth;
    private boolean needClose;

    public TracebackPrinter(Runtime rt) {
        this.rt = rt;
    }

    /** The full text for an uncaught exception. */
    public static String format(Runtime rt, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.format(exc, true);
        return p.out.toString();
    }

    /**
     * The text of an "Exception ignored in" report (sys.unraisablehook's default): the traceback
     * and the exception, without its cause or context chain.
     */
    public static String formatUnraisable(Runtime rt, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.format(exc, false);
        return p.out.toString();
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private void emit(String text, Character margin) {
        String prefix = indent();
        if (groupDepth > 0) prefix += (margin == null ? '|' : margin) + " ";
        if (text.isEmpty()) return;
        for (String line : text.split("(?<=\n)")) out.append(prefix).append(line);
    }

    private void format(PyBaseException exc, boolean chain) {
        List<Object[]> chainList = new ArrayList<>();
        PyBaseException e = exc;
        seen.put(exc, Boolean.TRUE);
        while (e != null) {
            String msg = null;
            PyBaseException next = null;
            if (chain) {
                if (e.cause != null && !seen.containsKey(e.cause)) {
                    msg = CAUSE;
                    next = e.cause;
                } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
                    msg = CONTEXT;
                    next = e.context;
                }
            }
            chainList.add(new Object[] {msg, e});
            if (next != null) seen.put(next, Boolean.TRUE);
            e = next;
        }
        Collections.reverse(chainList);
        for (Object[] pair : chainList) {
            String msg = (String) pair[0];
            PyBaseException x = (PyBaseException) pair[1];
            if (msg != null) emit(msg, null);
            if (x.egExceptions == null) {
                if (x.traceback != null || x.inLibrary) {
                    emit("Traceback (most recent call last):\n", null);
                    emit(formatStack(x.traceback), null);
                }
                emit(formatExceptionOnly(x), null);
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", null);
            } else {
                boolean top = groupDepth == 0;
                if (top) groupDepth++;
                if (x.traceback != null || x.inLibrary) {
                    emit("Exception Group Traceback (most recent call last):\n", top ? '+' : null);
                    emit(formatStack(x.traceback), null);
                }
                emit(formatExceptionOnly(x), null);
                PyObject[] subs = x.egExceptions.items();
                int n = Math.min(subs.length, MAX_GROUP_WIDTH + 1);
                needClose = false;
                for (int i = 0; i < n; i++) {
                    boolean last = i == n - 1;
                    if (last) needClose = true;
                    boolean truncated = i >= MAX_GROUP_WIDTH;
                    String title = truncated ? "..." : String.valueOf(i + 1);
                    out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                            .append(" ----------------\n");
                    groupDepth++;
                    if (!truncated) {
                        PyBaseException sub = (PyBaseException) subs[i];
                        seen.put(sub, Boolean.TRUE);
                        format(sub, chain);
                    } else {
                        int remaining = subs.length - MAX_GROUP_WIDTH;
                        emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", null);
                    }
                    if (last && needClose) {
                        out.append(indent()).append("+------------------------------------\n");
                        needClose = false;
                    }
                    groupDepth--;
                }
                if (top) groupDepth = 0;
            }
        }
    }

    /** The stack part: one entry per frame, repeated lines folded as CPython does. */
    String formatStack(PyTraceback tb) {
        StringBuilder sb = new StringBuilder();
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            Frame f = (Frame) t.frame;
            String file = f.code.filename, name = f.code.name;
            int line = t.lineno;
            if (!file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    int c = count - RECURSIVE_CUTOFF;
                    sb.append("  [Previous line repeated ").append(c).append(" more time").append(c > 1 ? "s" : "").append("]\n");
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
            String src = rt.sourceLine(file, line);
            if (src != null && !src.isBlank()) {
                String stripped = src.strip();
                sb.append("    ").append(stripped).append('\n');
                String carets = Carets.line(f.code, t.lasti, src, line);
                if (carets != null) sb.append(carets);
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            int c = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(c).append(" more time").append(c > 1 ? "s" : "").append("]\n");
        }
        return sb.toString();
    }

    /** {@code Type: message} (plus notes); SyntaxError gets its source-and-caret form. */
    static String formatExceptionOnly(PyBaseException x) {
        PyType t = x.getType();
        String mod = t.moduleName();
        String name = t.qualname();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) name = mod + "." + name;
        StringBuilder sb = new StringBuilder();
        if (x.isInstance(Exc.SyntaxError)) {
            PyObject file = x.attr("filename"), line = x.attr("lineno"), text = x.attr("text");
            if (file instanceof PyStr fs && line instanceof PyInt li) {
                sb.append("  File \"").append(fs.value()).append("\", line ").append(li.v).append('\n');
                if (text instanceof PyStr ts) {
                    String s = ts.value();
                    String stripped = s.stripLeading();
                    int lead = s.length() - stripped.length();
                    stripped = stripped.replaceAll("\n$", "");
                    sb.append("    ").append(stripped).append('\n');
                    PyObject off = x.attr("offset");
                    if (off instanceof PyInt oi && oi.v > 0) {
                        long pos = Math.max(0, oi.v - 1 - lead);
                        PyObject endOff = x.attr("end_offset");
                        long carets = 1;
                        if (endOff instanceof PyInt ei && ei.v > oi.v) carets = ei.v - oi.v;
                        sb.append("    ").append(" ".repeat((int) pos)).append("^".repeat((int) carets)).append('\n');
                    }
                }
            }
            PyObject msg = x.attr("msg");
            String m = msg instanceof PyStr ms ? ms.value() : safeStr(x);
            sb.append(name);
            if (!m.isEmpty()) sb.append(": ").append(m);
            sb.append('\n');
            return sb.toString();
        }
        String s = safeStr(x) + Suggestions.forException(x);
        sb.append(name);
        if (!s.isEmpty()) sb.append(": ").append(s);
        sb.append('\n');
        PyObject notes = x.attr("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                PyObject n = l.get(i);
                sb.append(n instanceof PyStr ns ? ns.value() : safeRepr(n)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String safeStr(PyBaseException x) {
        try {
            return Ops.str(x);
        } catch (PyError e) {
            return "<exception str() failed>";
        }
    }

    private static String safeRepr(PyObject o) {
        try {
            return Ops.repr(o);
        } catch (PyError e) {
            return "<note repr() failed>";
        }
    }
}
