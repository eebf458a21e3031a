package dev.coroscope.engine.trace;

/**
 * An event as stored: its kind and its fields as ints (string fields are {@link StringPool} ids,
 * -1 for none) plus one double. A reusable, mutable carrier between the codec, the projection and
 * the public {@link StepEvent} records, so replaying a recording allocates nothing per event.
 *
 * <p>Field use per kind (ids are -1 when absent):
 * LINE a=frame b=line c=back (1: reached by a loop's jump back); CALL a=frame b=parent c=code d=line e=coro;
 * RETURN a=frame b=value ({@link ValueRef}) c=exception type; EXCEPTION a=frame b=type c=message d=line;
 * STORE a=frame b=name c=value ({@link ValueRef}; -1: deleted) d=flags (1: global, 2: changed in place);
 * CORO a=coro b=name c=state d=cr_await e=awaits f=line g=frame h=flavor i=origin;
 * TASK a=task id b=name c=coro d=state e=waiting_on f=waiting_future g=result h=exception
 *     i=the coroutine's qualified name (when the task is created; -1 otherwise);
 * FUTURE a=future b=state c=repr; READY a=op b=handle c=callback d=cancelled (1); TIMER a=op b=handle c=callback d=cancelled (1) x=when;
 * CLOCK x=now; LOOP a=op b=iteration; OUTPUT a=stream b=text; WARNING a=category b=message;
 * END a=reason b=message. {@code cur} is the current task's name id, {@code curTask} its task id.
 */
final class RawEvent {
    EventKind kind;
    int cur = -1;
    int curTask = -1;
    int a;
    int b;
    int c;
    int d;
    int e;
    int f;
    int g;
    int h;
    int i;
    double x;

    RawEvent clear(EventKind k) {
        kind = k;
        cur = -1;
        curTask = -1;
        a = b = c = d = e = f = g = h = i = -1;
        x = 0.0;
        return this;
    }

    void copyFrom(RawEvent o) {
        kind = o.kind;
        cur = o.cur;
        curTask = o.curTask;
        a = o.a;
        b = o.b;
        c = o.c;
        d = o.d;
        e = o.e;
        f = o.f;
        g = o.g;
        h = o.h;
        i = o.i;
        x = o.x;
    }

    @Override
    public String toString() {
        return kind + "[cur=" + cur + " a=" + a + " b=" + b + " c=" + c + " d=" + d + " e=" + e + " f=" + f
                + " g=" + g + " h=" + h + " i=" + i + " x=" + x + "]";
    }
}
