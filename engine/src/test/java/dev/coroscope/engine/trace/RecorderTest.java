package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Limits, protocol checks, caps, and reading while recording. */
class RecorderTest {

    @Test
    void the_event_limit_ends_the_recording_and_keeps_it_browsable() {
        Recorder rec = new Recorder(50);
        rec.call(1, -1, "<module>", 1, -1);
        for (int k = 0; k < 1000; k++) {
            rec.line(1, 1 + k % 3);
            rec.store(1, "i", Integer.toString(k), false);
        }
        assertTrue(rec.full());
        assertTrue(rec.ended());
        Recording r = rec.finish(EndReason.FINISHED, null);
        assertEquals(50, r.size());
        assertEquals(EndReason.EVENT_LIMIT, r.end().reason());
        assertTrue(r.end().message().startsWith("Recording stopped after 24 steps"), r.end().message());
        assertEquals("23", r.stateAt(r.size() - 2).frames().get(0).locals().get("i"));
    }

    @Test
    void long_reprs_are_capped_and_output_is_kept_whole() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.store(1, "big", "[" + "1, ".repeat(500) + "]", false);
        rec.output(StdStream.STDOUT, "x".repeat(10_000));
        Recording r = rec.snapshot();
        String v = ((StepEvent.Store) r.event(1)).value();
        assertEquals(Recorder.REPR_CAP, v.length());
        assertTrue(v.endsWith("..."));
        assertEquals(10_000, ((StepEvent.Output) r.event(2)).text().length());
    }

    @Test
    void protocol_violations_are_reported_not_thrown() {
        Recorder rec = new Recorder();
        rec.taskRunning(99);
        rec.taskCreated(1, "Task-1", 5);
        rec.readyPush(10, "Task-1.__step()");
        rec.readyPush(11, "other");
        rec.readyPop(11);
        rec.taskRunning(1);
        rec.taskCreated(2, "Task-2", 6);
        rec.taskRunning(2);
        rec.clock(1.0);
        rec.clock(0.5);
        rec.timerFire(77);
        List<String> p = rec.snapshot().protocolErrors();
        assertEquals(List.of("event 0: unknown task 99 running",
                "event 3: ready pop of handle 11 which is not at the front",
                "event 6: task 2 starts a step inside the step of task 1",
                "event 8: clock goes back from 1.0 to 0.5",
                "event 9: timer fire of handle 77 which is not in the heap"), p);
    }

    @Test
    void a_task_renamed_while_running_keeps_its_step() {
        Recorder rec = new Recorder();
        rec.taskCreated(1, "Task-1", 5);
        rec.readyPush(10, "Task-1.__step()");
        rec.readyPop(10);
        rec.taskRunning(1);
        rec.taskRenamed(1, "worker");
        Recording r = rec.snapshot();
        TraceState s = r.stateAt(r.size() - 1);
        assertEquals("worker", s.currentTask());
        assertEquals(1, s.task("worker").steps());
        assertEquals("worker", r.current(r.size() - 1));
        assertEquals("The task Task-1 is renamed worker.", r.explain(r.size() - 1));
    }

    @Test
    void snapshots_taken_while_recording_stay_valid_on_another_thread() throws Exception {
        Recorder rec = new Recorder(Recorder.DEFAULT_MAX_EVENTS, 64, 0);
        rec.call(1, -1, "<module>", 1, -1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.util.concurrent.BlockingQueue<Recording> q = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    Recording r = q.take();
                    if (r.size() == 0) {
                        return;
                    }
                    // Events: the call, then (line, store i=k) pairs; snapshots are taken after a store.
                    assertEquals(1, r.size() % 2);
                    TraceState s = r.stateAt(r.size() - 1);
                    assertEquals(Integer.toString((r.size() - 3) / 2), s.frames().get(0).locals().get("i"));
                    assertEquals(r.stateAt(r.size() / 2), r.snapshotOf(r.foldFromStart(r.size() / 2)));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (int k = 0; k < 20000; k++) {
            rec.line(1, 2);
            rec.store(1, "i", Integer.toString(k), false);
            if (k % 997 == 0) {
                q.put(rec.snapshot());
            }
        }
        q.put(new Recorder().snapshot());
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertFalse(rec.full());
    }
}
