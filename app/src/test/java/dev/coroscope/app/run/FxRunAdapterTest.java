package dev.coroscope.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.Recording;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The adapter with a queue standing in for the FX thread. */
class FxRunAdapterTest {
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();

    @Test
    void a_thousand_publications_reach_the_fx_thread_as_one_hand_over_with_the_newest() throws Exception {
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ProgramRunner runner = job -> {
            Recorder rec = new Recorder();
            for (int i = 0; i < 1000; i++) {
                rec.line(1, i + 1);
                job.publish(rec.snapshot());
            }
            published.countDown();
            await(release);
            return new RunOutcome(RunOutcome.Status.FINISHED, rec.finish(EndReason.FINISHED, null), null, "");
        };
        FxRunAdapter adapter = new FxRunAdapter(runner, fx::add);
        Listener l = new Listener();
        adapter.start("x", "main.py", l);
        assertTrue(published.await(5, TimeUnit.SECONDS));
        assertEquals(1, fx.size(), "one hand-over waits, however many were published");
        fx.take().run();
        assertEquals(List.of(1000), l.progress);
        release.countDown();
        fx.poll(5, TimeUnit.SECONDS).run();
        assertEquals(1, l.finished.size());
        assertFalse(adapter.running());
        adapter.shutdown();
    }

    @Test
    void a_newer_run_silences_the_older_one_and_stop_reaches_the_runner() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        ProgramRunner runner = job -> {
            job.onStop(stopped::countDown);
            Recorder rec = new Recorder();
            if (job.source().equals("slow")) {
                await(stopped);
            }
            return new RunOutcome(RunOutcome.Status.FINISHED, rec.finish(EndReason.FINISHED, job.source()), null, "");
        };
        FxRunAdapter adapter = new FxRunAdapter(runner, fx::add);
        Listener first = new Listener();
        Listener second = new Listener();
        adapter.start("slow", "main.py", first);
        assertTrue(adapter.running());
        adapter.start("fast", "main.py", second);
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "starting a new run stops the old one");
        fx.poll(5, TimeUnit.SECONDS).run();
        fx.poll(5, TimeUnit.SECONDS).run();
        assertEquals(List.of(), first.finished);
        assertEquals(List.of("fast"), second.finished);
        adapter.shutdown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Listener implements RunService.Listener {
        final List<Integer> progress = new ArrayList<>();
        final List<String> finished = new ArrayList<>();

        @Override
        public void progress(Recording partial) {
            progress.add(partial.size());
        }

        @Override
        public void finished(RunOutcome outcome) {
            finished.add(outcome.recording().end().message());
        }
    }
}
