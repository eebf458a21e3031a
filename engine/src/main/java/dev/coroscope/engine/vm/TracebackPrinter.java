package dev.coroscope.engine.vm;

import dev.coroscope.engine.parser.SyntaxErrorInfo;

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
    /** traceback's {@code limit}: frames kept per traceback (negative: the last ones), or null for all. */
    private Integer limit;
    /** The interpreter's own printer: {@link #limit} is sys.tracebacklimit's, and a heading still shows library-only tracebacks. */
    private boolean interpreterLimit;
    /** CPython's default for the interpreter's printer (PyTraceBack_LIMIT). */
    private static final int DEFAULT_LIMIT = 1000;
    /** Formatting for the traceback module (Python code in CPython) rather than the interpreter's printer. */
    private boolean pythonStyle;
    /** Offsets in {@link #out} where the traceback module's format functions start a new string. */
    private final List<Integer> cuts = new ArrayList<>();

    public TracebackPrinter(Runtime rt) {
        this.rt = rt;
    }

    /** {@link #format} as the traceback module writes it (asyncio's logged errors use it in CPython). */
    public static String formatPython(Runtime rt, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.pythonStyle = true;
        p.format(exc, true);
        return p.out.toString();
    }

    /** The full text for an uncaught exception. */
    public static String format(Runtime rt, PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.interpreterLimit = true;
        p.limit = -sysTracebackLimit(rt);
        p.format(exc, true);
        return p.out.toString();
    }

    /**
     * How many of the innermost entries the interpreter prints per traceback: {@code
     * sys.tracebacklimit} when the program set it to an int (0 or less: no traceback at all, only
     * the exception line), else 1,000, as CPython's printer does.
     */
    private static int sysTracebackLimit(Runtime rt) {
        PyModule sys = rt.modules.get("sys");
        PyObject v = sys == null ? null : sys.getDict().get(PyStr.intern("tracebacklimit"));
        if (v instanceof PyInt i) {
            if (i.isBig()) return i.signum() > 0 ? Integer.MAX_VALUE : 0;
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, i.v));
        }
        return DEFAULT_LIMIT;
    }

    /**
     * The strings {@code traceback.format_exception} returns: CPython's pieces (a chain sentence,
     * the heading, one per frame entry, one per exception line and note), {@code limit} frames per
     * traceback (the last ones when negative; null for all).
     */
    public static List<String> formatChunks(Runtime rt, PyBaseException exc, Integer limit, boolean chain) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.pythonStyle = true;
        p.limit = limit;
        p.format(exc, chain);
        p.cut();
        List<String> chunks = new ArrayList<>();
        int from = 0;
        for (int c : p.cuts) {
            if (c > from) chunks.add(p.out.substring(from, c));
            from = c;
        }
        return chunks;
    }

    /** The entries {@code traceback.format_tb} returns for a traceback. */
    public static List<String> formatTb(Runtime rt, PyTraceback tb, Integer limit) {
        TracebackPrinter p = new TracebackPrinter(rt);
        p.pythonStyle = true;
        p.limit = limit;
        return p.stackEntries(tb);
    }

    /**
     * The entries {@code traceback.format_stack} returns: the program's frames from the outermost
     * to {@code top}, the last {@code limit} of them when given (library frames are not shown).
     */
    public static List<String> formatFrames(Runtime rt, Frame top, Integer limit) {
        List<Frame> frames = new ArrayList<>();
        // The frames f_back shows: library frames skipped, CPython's event-loop frames stood in for.
        Interp in = Interp.current();
        for (Frame f = top == null || !top.code.library ? top : LoopFrames.step(in, top); f != null; f = LoopFrames.step(in, f)) frames.add(f);
        Collections.reverse(frames);
        if (limit != null) {
            int n = Math.min(frames.size(), Math.abs(limit));
            frames = limit >= 0 ? frames.subList(frames.size() - n, frames.size()) : frames.subList(0, n);
        }
        List<String> out = new ArrayList<>();
        // CPython's extract_stack keeps no column positions: no marker lines here.
        for (Frame f : frames) out.add(entry(rt, f, -1, f.lineno(), true));
        return out;
    }

    private void cut() {
        if (cuts.isEmpty() || cuts.get(cuts.size() - 1) != out.length()) cuts.add(out.length());
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

    /**
     * {@code text} cut after each line feed, the pieces keeping their line feeds, as
     * {@code text.split("(?<=\n)")} would (no empty piece after a final line feed; "" gives [""]).
     * By hand, like the concatenations of this class: printing a program's uncaught exception is
     * often the only thing that would otherwise set up the regex engine or StringConcatFactory
     * in a fresh process (~30 ms of CPU).
     */
    static List<String> linesWithEnds(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length() || out.isEmpty()) out.add(text.substring(start));
        return out;
    }

    private void emit(String text, Character margin) {
        String prefix = indent();
        if (groupDepth > 0) prefix = prefix.concat(margin == null ? "| " : margin.toString().concat(" "));
        if (text.isEmpty()) return;
        for (String line : linesWithEnds(text)) out.append(prefix).append(line);
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
            if (msg != null) {
                emit(msg, null);
                cut();
            }
            if (x.egExceptions == null) {
                stackAndException(x, "Traceback (most recent call last):\n", null);
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", null);
            } else {
                boolean top = groupDepth == 0;
                if (top) groupDepth++;
                stackAndException(x, "Exception Group Traceback (most recent call last):\n", top ? '+' : null);
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
                    cut();
                    groupDepth++;
                    if (!truncated) {
                        PyBaseException sub = (PyBaseException) subs[i];
                        seen.put(sub, Boolean.TRUE);
                        format(sub, chain);
                    } else {
                        int remaining = subs.length - MAX_GROUP_WIDTH;
                        emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", null);
                        cut();
                    }
                    if (last && needClose) {
                        out.append(indent()).append("+------------------------------------\n");
                        cut();
                        needClose = false;
                    }
                    groupDepth--;
                }
                if (top) groupDepth = 0;
            }
        }
    }

    /** The heading and frame entries (when there are frames), then the exception's own lines, each a piece. */
    private void stackAndException(PyBaseException x, String heading, Character margin) {
        List<String> entries = stackEntries(x.traceback);
        boolean libraryOnly = x.inLibrary && (limit == null || (interpreterLimit && limit != 0));
        if (!entries.isEmpty() || libraryOnly) {
            emit(heading, margin);
            cut();
            for (String entry : entries) {
                emit(entry, null);
                cut();
            }
        }
        for (String line : exceptionOnlyChunks(x)) {
            emit(line, null);
            cut();
        }
    }

    /** The stack part: one entry per frame, repeated lines folded as CPython does. */
    String formatStack(PyTraceback tb) {
        return String.join("", stackEntries(tb));
    }

    /** One string per frame entry (and per "[Previous line repeated ...]"), within {@link #limit}. */
    List<String> stackEntries(PyTraceback tb) {
        List<PyTraceback> tbs = new ArrayList<>();
        for (PyTraceback t = tb; t != null; t = t.next) tbs.add(t);
        if (limit != null) {
            int n = Math.min(tbs.size(), Math.abs(limit));
            tbs = limit >= 0 ? tbs.subList(0, n) : tbs.subList(tbs.size() - n, tbs.size());
        }
        List<String> out = new ArrayList<>();
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t : tbs) {
            Frame f = (Frame) t.frame;
            String file = f.code.filename, name = f.code.name;
            int line = t.lineno;
            if (!file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) out.add(repeated(count - RECURSIVE_CUTOFF));
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) continue;
            out.add(entry(rt, f, t.lasti, line, pythonStyle));
        }
        if (count > RECURSIVE_CUTOFF) out.add(repeated(count - RECURSIVE_CUTOFF));
        return out;
    }

    private static String repeated(int c) {
        return "  [Previous line repeated " + c + " more time" + (c > 1 ? "s" : "") + "]\n";
    }

    /** One frame entry: the File line, the source line and its marker line (when it has one). */
    private static String entry(Runtime rt, Frame f, int lasti, int line, boolean pythonStyle) {
        StringBuilder sb = new StringBuilder();
        String file = f.code.filename;
        sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(f.code.name).append('\n');
        String src = rt.sourceLine(file, line);
        if (src != null && !src.isBlank()) {
            // The interpreter's printer keeps a line's trailing whitespace; the traceback module strips it.
            sb.append("    ").append(pythonStyle ? src.strip() : src.stripLeading()).append('\n');
            String carets = Carets.line(f.code, lasti, src, line, pythonStyle);
            if (carets != null) sb.append(carets);
        }
        return sb.toString();
    }

    /** {@code Type: message} (plus notes); SyntaxError gets its source-and-caret form. */
    static String formatExceptionOnly(PyBaseException x) {
        return String.join("", exceptionOnlyChunks(x));
    }

    /** {@link #formatExceptionOnly} as the pieces CPython yields: one per line, one per note. */
    static List<String> exceptionOnlyChunks(PyBaseException x) {
        List<String> chunks = new ArrayList<>();
        PyType t = x.getType();
        String mod = t.moduleName();
        String name = t.qualname();
        if (mod != null && !mod.equals("builtins") && !mod.equals("__main__")) name = mod.concat(".").concat(name);
        StringBuilder sb = new StringBuilder();
        if (x.isInstance(Exc.SyntaxError)) {
            PyObject file = x.attr("filename"), line = x.attr("lineno"), text = x.attr("text");
            if (file instanceof PyStr fs && line instanceof PyInt li) {
                // CPython's print_error_text, shared with the parser's own report; only
                // SyntaxError itself (not its subclasses) uses the end offset.
                PyObject off = x.attr("offset"), endOff = x.attr("end_offset"), endLine = x.attr("end_lineno");
                SyntaxErrorInfo info = new SyntaxErrorInfo(
                        t == Exc.SyntaxError ? SyntaxErrorInfo.Kind.SYNTAX_ERROR : SyntaxErrorInfo.Kind.INDENTATION_ERROR,
                        "", fs.value(), (int) li.v, off instanceof PyInt oi ? (int) oi.v : -1,
                        endLine instanceof PyInt el ? (int) el.v : -1, endOff instanceof PyInt eo ? (int) eo.v : -1,
                        text instanceof PyStr ts ? ts.value() : null);
                String r = info.render();
                // Drop render()'s own "Kind" line: the name and message come below.
                sb.append(r, 0, r.lastIndexOf('\n', r.length() - 2) + 1);
            }
            PyObject msg = x.attr("msg");
            String m = msg instanceof PyStr ms ? ms.value() : safeStr(x);
            sb.append(name);
            if (!m.isEmpty()) sb.append(": ").append(m);
            sb.append('\n');
            chunks.addAll(linesWithEnds(sb.toString()));
            return chunks;
        }
        String s = safeStr(x).concat(Suggestions.forException(x));
        sb.append(name);
        if (!s.isEmpty()) sb.append(": ").append(s);
        sb.append('\n');
        chunks.add(sb.toString());
        PyObject notes = x.attr("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                PyObject n = l.get(i);
                chunks.add((n instanceof PyStr ns ? ns.value() : safeRepr(n)) + '\n');
            }
        }
        return chunks;
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
