package dev.coroscope.engine.trace;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a recording as JSON Lines: one object per event, fields in a fixed order: {@code seq},
 * {@code kind}, {@code current}, {@code explain}, then the kind's fields with the names of the
 * issue ({@code frame}, {@code line}, {@code cr_running}, {@code waiting_on}, ...), then the extra
 * fields ({@code coro} on {@code call}, {@code exception} on {@code return}, {@code global} and {@code mutated} on
 * {@code store}, {@code awaits}/{@code frame}/{@code flavor}/{@code origin} on {@code coro},
 * {@code task_id}/{@code waiting_future}/{@code result}/{@code exception} on {@code task},
 * {@code cancelled} on {@code ready} and {@code timer}).
 * Absent ids are written as {@code null}, as are absent strings. Floats use Python's repr
 * ({@code 0.5}, {@code 1.0}).
 */
public final class JsonLines {
    private JsonLines() {
    }

    /** Writes every event of {@code rec}, one line each, explanations included. */
    public static void write(Recording rec, Appendable out) throws IOException {
        EventLog.View log = rec.log();
        if (log.size == 0) {
            return;
        }
        StringPool.View pool = rec.pool();
        ProjectionState state = new ProjectionState();
        EventLog.Reader r = log.reader(0);
        RawEvent raw = new RawEvent();
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < log.size; i++) {
            r.next(raw);
            StepEvent e = EventCodec.toEvent(raw, i, pool);
            b.setLength(0);
            append(b, e, Explainer.explain(e, state, pool, EventCodec.createdCoroName(raw, pool)));
            b.append('\n');
            out.append(b);
            state.apply(raw, i);
        }
    }

    /** The JSON object of one event (no newline). */
    public static String toJson(StepEvent e, String explain) {
        StringBuilder b = new StringBuilder(128);
        append(b, e, explain);
        return b.toString();
    }

    /** Convenience: the whole recording as one string. */
    public static String toString(Recording rec) {
        StringBuilder b = new StringBuilder();
        try {
            write(rec, b);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return b.toString();
    }

    static void append(StringBuilder b, StepEvent e, String explain) {
        b.append("{\"seq\":").append(e.seq());
        str(b, "kind", e.kind().json());
        str(b, "current", e.current());
        str(b, "explain", explain);
        if (e instanceof StepEvent.Line l) {
            id(b, "frame", l.frame());
            num(b, "line", l.line());
            if (l.back()) {
                b.append(",\"back\":true");
            }
        } else if (e instanceof StepEvent.Call c) {
            id(b, "frame", c.frame());
            id(b, "parent", c.parent());
            str(b, "code", c.code());
            num(b, "line", c.line());
            id(b, "coro", c.coro());
        } else if (e instanceof StepEvent.Return r) {
            id(b, "frame", r.frame());
            str(b, "value", r.value());
            str(b, "exception", r.exception());
        } else if (e instanceof StepEvent.Raise x) {
            id(b, "frame", x.frame());
            str(b, "type", x.type());
            str(b, "message", x.message());
            num(b, "line", x.line());
        } else if (e instanceof StepEvent.Store s) {
            id(b, "frame", s.frame());
            str(b, "name", s.name());
            str(b, "value", s.value());
            bool(b, "global", s.global());
            bool(b, "mutated", s.mutated());
        } else if (e instanceof StepEvent.Coro c) {
            id(b, "coro", c.coro());
            str(b, "name", c.name());
            str(b, "state", c.state().name());
            bool(b, "cr_running", c.crRunning());
            bool(b, "cr_suspended", c.crSuspended());
            str(b, "cr_await", c.crAwait());
            num(b, "line", c.line());
            id(b, "awaits", c.awaits());
            id(b, "frame", c.frame());
            str(b, "flavor", c.flavor().json());
            str(b, "origin", c.origin());
        } else if (e instanceof StepEvent.Task t) {
            str(b, "task", t.task());
            id(b, "coro", t.coro());
            str(b, "state", t.state().name());
            str(b, "waiting_on", t.waitingOn());
            id(b, "task_id", t.taskId());
            id(b, "waiting_future", t.waitingFuture());
            str(b, "result", t.result());
            str(b, "exception", t.exception());
        } else if (e instanceof StepEvent.Future f) {
            id(b, "future", f.future());
            str(b, "state", f.state().name());
            str(b, "repr", f.repr());
        } else if (e instanceof StepEvent.Ready r) {
            str(b, "op", r.op().json());
            id(b, "handle", r.handle());
            str(b, "callback", r.callback());
            bool(b, "cancelled", r.cancelled());
        } else if (e instanceof StepEvent.Timer t) {
            str(b, "op", t.op().json());
            id(b, "handle", t.handle());
            dbl(b, "when", t.when());
            str(b, "callback", t.callback());
            bool(b, "cancelled", t.cancelled());
        } else if (e instanceof StepEvent.Clock c) {
            dbl(b, "now", c.now());
        } else if (e instanceof StepEvent.Loop l) {
            str(b, "op", l.op().json());
            num(b, "iteration", l.iteration());
        } else if (e instanceof StepEvent.Output o) {
            str(b, "stream", o.stream().json());
            str(b, "text", o.text());
        } else if (e instanceof StepEvent.Warning w) {
            str(b, "category", w.category());
            str(b, "message", w.message());
        } else if (e instanceof StepEvent.End x) {
            str(b, "reason", x.reason().json());
            str(b, "message", x.message());
        }
        b.append('}');
    }

    private static void key(StringBuilder b, String k) {
        b.append(",\"").append(k).append("\":");
    }

    private static void num(StringBuilder b, String k, int v) {
        key(b, k);
        b.append(v);
    }

    private static void id(StringBuilder b, String k, int v) {
        key(b, k);
        if (v < 0) {
            b.append("null");
        } else {
            b.append(v);
        }
    }

    private static void bool(StringBuilder b, String k, boolean v) {
        key(b, k);
        b.append(v);
    }

    private static void dbl(StringBuilder b, String k, double v) {
        key(b, k);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            b.append("null");
        } else {
            b.append(Explainer.time(v));
        }
    }

    private static void str(StringBuilder b, String k, String v) {
        key(b, k);
        if (v == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
