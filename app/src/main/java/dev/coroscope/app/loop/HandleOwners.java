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
 * <p>Owners are kept by task id, not name: {@code create_task(coro, name="A")} queues the first
 * step of {@code Task-2} and only then renames it (as CPython 3.11 does), so the name in a
 * callback's description can be stale; the view asks for the task's name at its own step.
 *
 * <p>Built incrementally: a longer partial recording of the same run only scans its new events.
 */
final class HandleOwners {
    /** Handle number to the owning task's id (absent or null: no task). */
    private final Map<Integer, Integer> owners = new HashMap<>();
    /** A task name, as last seen while scanning, to the task's id. */
    private final Map<String, Integer> idByName = new HashMap<>();
    /** A task id to its name at the last task event scanned. */
    private final Map<Integer, String> latestNames = new HashMap<>();
    private long run = -1;
    private int scanned;

    /** Scans what {@code rec} (a recording of run number {@code runNumber}) adds to what was seen. */
    void scan(Recording rec, long runNumber) {
        if (runNumber != run || rec.size() < scanned) {
            owners.clear();
            idByName.clear();
            latestNames.clear();
            scanned = 0;
            run = runNumber;
        }
        for (int i = scanned; i < rec.size(); i++) {
            EventKind k = rec.kind(i);
            if (k == EventKind.TASK) {
                StepEvent.Task t = (StepEvent.Task) rec.event(i);
                idByName.put(t.task(), t.taskId());
                latestNames.put(t.taskId(), t.task());
            } else if (k == EventKind.READY) {
                StepEvent.Ready r = (StepEvent.Ready) rec.event(i);
                if (r.op() == ReadyOp.PUSH) {
                    Integer id = idOf(taskNamed(r.callback()));
                    if (id != null) {
                        owners.put(r.handle(), id);
                    } else if (!owners.containsKey(r.handle())) {
                        owners.put(r.handle(), null);
                    }
                }
            } else if (k == EventKind.TIMER) {
                StepEvent.Timer t = (StepEvent.Timer) rec.event(i);
                if (t.op() == TimerOp.PUSH) {
                    owners.put(t.handle(), idOf(rec.current(i)));
                }
            }
        }
        scanned = rec.size();
    }

    /** The name a task had at the last task event scanned, or null. */
    String latestName(int taskId) {
        return latestNames.get(taskId);
    }

    private Integer idOf(String taskName) {
        return taskName == null ? null : idByName.get(taskName);
    }

    /** The id of the task the handle belongs to, or null. */
    Integer owner(int handle) {
        return owners.get(handle);
    }

    /**
     * A callback's description with the task named as it is now ({@code A.__step()} for a step
     * queued while the task was still {@code Task-2}); other descriptions unchanged.
     */
    static String withTaskName(String callback, String name) {
        String old = taskNamed(callback);
        return old == null || name == null || old.equals(name) ? callback : name + callback.substring(old.length());
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
