package dev.coroscope.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.GatherFixture;
import dev.coroscope.app.testing.Steps;
import dev.coroscope.engine.trace.EndReason;
import dev.coroscope.engine.trace.Recorder;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.trace.StepEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleViewModelTest {

    @Test
    void the_console_shows_the_output_as_of_the_current_step() {
        GatherFixture g = new GatherFixture();
        ConsoleViewModel console = new ConsoleViewModel(g.session);
        int print = Steps.first(g.rec, e -> e instanceof StepEvent.Output);
        g.at(print - 1);
        assertTrue(console.emptyProperty().get());
        g.at(print);
        assertEquals("['a', 'b']\n", console.text(StdStream.STDOUT));
        g.at(0);
        assertEquals("", console.text(StdStream.STDOUT));
    }

    @Test
    void stdout_and_stderr_stay_separate_runs_in_the_order_written() {
        Recorder rec = new Recorder();
        rec.output(StdStream.STDOUT, "a\n");
        rec.output(StdStream.STDOUT, "b\n");
        rec.output(StdStream.STDERR, "Traceback\n");
        rec.output(StdStream.STDOUT, "c\n");
        ConsoleViewModel console = new ConsoleViewModel(sessionShowing(rec));
        assertEquals(List.of(new ConsoleViewModel.Run(StdStream.STDOUT, "a\nb\n"),
                new ConsoleViewModel.Run(StdStream.STDERR, "Traceback\n"),
                new ConsoleViewModel.Run(StdStream.STDOUT, "c\n")), console.getRuns());
    }

    @Test
    void a_flood_of_output_keeps_only_the_newest_text_and_says_so() {
        Recorder rec = new Recorder();
        String line = "x".repeat(99) + "\n";
        for (int i = 0; i < 2000; i++) {
            rec.output(StdStream.STDOUT, line);
        }
        rec.output(StdStream.STDOUT, "last\n");
        ConsoleViewModel console = new ConsoleViewModel(sessionShowing(rec));
        String shown = console.text(StdStream.STDOUT);
        assertEquals(ConsoleViewModel.MAX_CHARS, shown.length());
        assertTrue(shown.endsWith("last\n"));
        assertTrue(console.truncatedProperty().get());
    }

    @Test
    void short_output_is_not_truncated() {
        Recorder rec = new Recorder();
        rec.output(StdStream.STDOUT, "hi\n");
        ConsoleViewModel console = new ConsoleViewModel(sessionShowing(rec));
        assertFalse(console.truncatedProperty().get());
    }

    /** A session at the last step of a recording built by {@code rec} (ended here). */
    static RunSession sessionShowing(Recorder rec) {
        var r = rec.finish(EndReason.FINISHED, null);
        RunSession s = new RunSession(new DirectRunService(job -> new dev.coroscope.app.run.RunOutcome(
                dev.coroscope.app.run.RunOutcome.Status.FINISHED, r, null, "")));
        s.run("x");
        s.moveTo(s.lastStep());
        return s;
    }
}
