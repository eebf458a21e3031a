package dev.coroscope.engine.trace;

/** Converts between the stored {@link RawEvent} form and the public {@link StepEvent} records. */
final class EventCodec {
    private EventCodec() {
    }

    static StepEvent toEvent(RawEvent ev, int seq, StringPool.View p) {
        String cur = p.get(ev.cur);
        return switch (ev.kind) {
            case LINE -> new StepEvent.Line(seq, cur, ev.a, ev.b, ev.c == 1);
            case CALL -> new StepEvent.Call(seq, cur, ev.a, ev.b, p.get(ev.c), ev.d, ev.e);
            case RETURN -> new StepEvent.Return(seq, cur, ev.a, ValueRef.text(ev.b, p), p.get(ev.c));
            case EXCEPTION -> new StepEvent.Raise(seq, cur, ev.a, p.get(ev.b), p.get(ev.c), ev.d);
            case STORE -> new StepEvent.Store(seq, cur, ev.a, p.get(ev.b), ValueRef.text(ev.c, p), (ev.d & 1) != 0,
                    (ev.d & 2) != 0);
            case CORO -> new StepEvent.Coro(seq, cur, ev.a, p.get(ev.b), CoroState.VALUES[ev.c], p.get(ev.d), ev.e,
                    ev.f, ev.g, Flavor.VALUES[ev.h], p.get(ev.i));
            case TASK -> new StepEvent.Task(seq, cur, ev.a, p.get(ev.b), ev.c, TaskState.VALUES[ev.d], p.get(ev.e),
                    ev.f, p.get(ev.g), p.get(ev.h));
            case FUTURE -> new StepEvent.Future(seq, cur, ev.a, FutureState.VALUES[ev.b], p.get(ev.c));
            case READY -> new StepEvent.Ready(seq, cur, ReadyOp.VALUES[ev.a], ev.b, p.get(ev.c), ev.d == 1);
            case TIMER -> new StepEvent.Timer(seq, cur, TimerOp.VALUES[ev.a], ev.b, ev.x, p.get(ev.c), ev.d == 1);
            case CLOCK -> new StepEvent.Clock(seq, cur, ev.x);
            case LOOP -> new StepEvent.Loop(seq, cur, LoopOp.VALUES[ev.a], ev.b);
            case OUTPUT -> new StepEvent.Output(seq, cur, StdStream.VALUES[ev.a], p.get(ev.b));
            case WARNING -> new StepEvent.Warning(seq, cur, p.get(ev.a), p.get(ev.b));
            case END -> new StepEvent.End(seq, cur, EndReason.VALUES[ev.a], p.get(ev.b));
        };
    }

    /** The coroutine's qualified name a task event carries when it creates the task, else null. */
    static String createdCoroName(RawEvent ev, StringPool.View pool) {
        return ev.kind == EventKind.TASK && ev.i >= 0 ? pool.get(ev.i) : null;
    }
}
