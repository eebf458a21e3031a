package dev.coroscope.app.loop;

import dev.coroscope.engine.trace.EventKind;
import dev.coroscope.engine.trace.ReadyOp;
import dev.coroscope.engine.trace.Recording;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.engine.trace.TimerOp;
import java.util.HashMap;
import java.util.Map;

/**
 * Which task each ready-queue handle and timer belongs to, so the event-loop view can colour it:
 * a handle whose callback names a task ({@code Task-2.__step()}, {@code Task-2.task_wakeup()})
 * belongs to that task; a timer belongs to the task whose step pushed it (the task that called
 * {@code sleep}). Other callbacks belong to no task.
 *
 * <p>Built incrementally: a longer partial recording of the same run only scans its new events.
 */
final class HandleOwners {
    private final Map<Integer, String> owners = new HashMap<>();
    private long run = -1;
    private int scanned;

    /** Scans what {@code rec} (a recording of run number {@code runNumber}) adds to what was seen. */
    void scan(Recording rec, long runNumber) {
        if (runNumber != run || rec.size() < scanned) {
            owners.clear();
            scanned = 0;
            run = runNumber;
        }
        for (int i = scanned; i < rec.size(); i++) {
            EventKind k = rec.kind(i);
            if (k == EventKind.READY) {
                StepEvent.Ready r = (StepEvent.Ready) rec.event(i);
                if (r.op() == ReadyOp.PUSH) {
                    String named = taskNamed(r.callback());
                    if (named != null) {
                        owners.put(r.handle(), named);
                    } else if (!owners.containsKey(r.handle())) {
                        owners.put(r.handle(), null);
                    }
                }
            } else if (k == EventKind.TIMER) {
                StepEvent.Timer t = (StepEvent.Timer) rec.event(i);
                if (t.op() == TimerOp.PUSH) {
                    owners.put(t.handle(), rec.current(i));
                }
            }
        }
        scanned = rec.size();
    }

    /** The task the handle belongs to, or null. */
    String owner(int handle) {
        return owners.get(handle);
    }

    /** The task a callback description names: {@code Task-2} in {@code Task-2.__step()}. */
    static String taskNamed(String callback) {
        if (callback == null) {
            return null;
        }
        int dot = callback.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String head = callback.substring(0, dot);
        String rest = callback.substring(dot + 1);
        return rest.startsWith("__step") || rest.startsWith("task_wakeup") || rest.startsWith("__wakeup") ? head : null;
    }
}
