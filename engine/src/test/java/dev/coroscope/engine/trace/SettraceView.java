package dev.coroscope.engine.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Projects a recording onto what CPython's {@code sys.settrace} reports for the program's own
 * frames (the form of the golden {@code .trace} files recorded by
 * {@code src/test/resources/trace/record.py}): {@code call}, {@code line}, {@code return},
 * {@code exception}. A generator or coroutine resuming is a settrace {@code call}, suspending a
 * settrace {@code return}, as in CPython.
 */
final class SettraceView {
    private SettraceView() {
    }

    static List<String> of(Recording rec) {
        List<String> out = new ArrayList<>();
        Map<Integer, String> code = new HashMap<>();
        Map<Integer, CoroState> coro = new HashMap<>();
        rec.forEach(e -> {
            if (e instanceof StepEvent.Call c) {
                code.put(c.frame(), c.code());
                out.add("call " + c.code());
            } else if (e instanceof StepEvent.Line l) {
                out.add("line " + code.getOrDefault(l.frame(), "?") + " " + l.line());
            } else if (e instanceof StepEvent.Return r) {
                out.add("return " + code.getOrDefault(r.frame(), "?"));
            } else if (e instanceof StepEvent.Raise x) {
                out.add("exception " + code.getOrDefault(x.frame(), "?") + " " + x.type());
            } else if (e instanceof StepEvent.Coro c) {
                CoroState before = coro.put(c.coro(), c.state());
                String name = code.get(c.frame());
                if (name != null && c.state() == CoroState.RUNNING && before == CoroState.SUSPENDED) {
                    out.add("call " + name);
                } else if (name != null && c.state() == CoroState.SUSPENDED && before == CoroState.RUNNING) {
                    out.add("return " + name);
                }
            }
        });
        return out;
    }
}
