package dev.coroscope.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.GatherFixture;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.EventKind;
import org.junit.jupiter.api.Test;

class NarrationViewModelTest {

    @Test
    void the_narration_is_the_recordings_explanation_of_the_current_event() {
        GatherFixture g = new GatherFixture();
        NarrationViewModel narration = new NarrationViewModel(g.session);
        g.at(g.allWaiting());
        assertEquals(g.rec.explain(g.allWaiting()), narration.getSentence());
        assertEquals("Task-3", narration.actorProperty().get());
        assertEquals(EventKind.TASK, narration.kindProperty().get());
    }

    @Test
    void a_program_that_does_not_compile_is_narrated_with_its_error_and_line() {
        RunSession s = new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner()));
        NarrationViewModel narration = new NarrationViewModel(s);
        s.run(TestPrograms.resource("syntax_error.py"));
        s.moveTo(s.lastStep());
        assertTrue(narration.getSentence().contains("SyntaxError: expected ':'"), narration.getSentence());
        assertTrue(narration.getSentence().contains("line 3"), narration.getSentence());
    }

    @Test
    void before_any_run_it_says_what_to_do() {
        NarrationViewModel narration = new NarrationViewModel(new RunSession(new DirectRunService(new dev.coroscope.app.run.EngineProgramRunner())));
        assertTrue(narration.getSentence().startsWith("Edit the program"), narration.getSentence());
    }
}
