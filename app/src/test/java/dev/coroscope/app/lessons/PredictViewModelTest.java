package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.inspector.InspectorViewModel;
import dev.coroscope.app.lessons.PredictViewModel.Phase;
import dev.coroscope.app.lessons.PredictViewModel.Proof;
import dev.coroscope.app.playback.PlaybackViewModel;
import dev.coroscope.app.session.RunSession;
import dev.coroscope.app.settings.MemorySettings;
import dev.coroscope.app.testing.DirectRunService;
import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.engine.trace.StepEvent;
import dev.coroscope.lessons.predict.Observations;
import dev.coroscope.lessons.predict.PredictChecker;
import dev.coroscope.lessons.predict.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The predict flow over the gather example's recorded run: ask at the step, reveal by playing on. */
class PredictViewModelTest {
    @TempDir
    Path home;

    private RunSession session;
    private PlaybackViewModel playback;
    private InspectorViewModel inspector;
    private LessonFixture f;
    private PredictViewModel predict;

    @BeforeEach
    void openTheGatherLesson() {
        session = new RunSession(new DirectRunService());
        playback = new PlaybackViewModel(session, new MemorySettings());
        inspector = new InspectorViewModel(session);
        f = new LessonFixture(home, GatherLesson.catalog());
        predict = new PredictViewModel(session, playback, inspector, f.browser);
        // The main window runs the program when a document is loaded and when edits settle.
        f.editor.documentLoadedProperty().addListener((obs, old, now) -> session.run(f.editor.getText()));
        f.browser.open(GatherLesson.ID);
        f.settle();
    }

    private QuestionItem question(String id) {
        return predict.questions().stream().filter(q -> q.question().id().equals(id)).findFirst().orElseThrow();
    }

    /** Plays until playback stops by itself (a pause point, the end). */
    private void playUntilItStops() {
        for (int frames = 0; playback.isPlaying() && frames < 10_000; frames++) {
            playback.advance(1_000_000_000L);
        }
        assertFalse(playback.isPlaying(), "playback never stopped");
    }

    @Test
    void the_test_lessons_answers_hold_in_its_run() {
        for (Verdict v : PredictChecker.check(GatherLesson.lesson().questions(), Observations.of(TestPrograms.gather()))) {
            assertTrue(v.correct(), v.message());
        }
    }

    @Test
    void the_questions_steps_are_the_playbacks_pause_points() {
        assertTrue(predict.isActive());
        assertEquals("", predict.getNote());
        QuestionItem first = question("who-runs-next");
        StepEvent at = session.getRecording().event(first.pauseStep());
        assertTrue(at instanceof StepEvent.Line l && l.line() == 10, at.toString());
        assertEquals(Set.of(first.pauseStep(), question("clock-when-b-wakes").pauseStep(),
                question("what-prints").pauseStep()), Set.copyOf(playback.pausePoints()));
        assertEquals(question("what-prints").pauseStep(), question("clock-at-print").pauseStep());
    }

    @Test
    void playing_stops_at_a_questions_step_and_asks_it() {
        playback.play();
        playUntilItStops();
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals("who-runs-next", predict.getCurrent().question().id());
        assertEquals(predict.getCurrent().pauseStep(), session.getStep());
    }

    @Test
    void answering_plays_on_to_the_step_that_shows_the_answer_and_reveals_it_there() {
        playback.play();
        playUntilItStops();
        QuestionItem q = predict.getCurrent();
        predict.answer(1);
        assertEquals(Phase.WATCHING, predict.getPhase());
        assertTrue(playback.isPlaying(), "reveals by playing on");
        assertNull(predict.getProof());
        playUntilItStops();

        assertEquals(Phase.REVEALED, predict.getPhase());
        assertEquals(q.proofStep(), session.getStep());
        StepEvent shown = session.getRecording().event(session.getStep());
        assertTrue(shown instanceof StepEvent.Task t && t.task().equals("Task-2"), shown.toString());
        assertTrue(predict.isCorrect());
        assertEquals("Right.", predict.getVerdict());
        assertEquals(new Proof(Proof.Kind.TASK, "Task-2"), predict.getProof());
        assertEquals("Task-2", inspector.highlightedTaskProperty().get(), "the inspector shows the proving task");
        assertEquals(new Progress.Answer(1, true),
                f.browser.progress().lesson(GatherLesson.ID).answers().get("who-runs-next"));
        assertTrue(q.getStatusText().contains("right"), q.getStatusText());
    }

    @Test
    void a_wrong_answer_is_told_with_the_right_one() {
        playback.play();
        playUntilItStops();
        predict.answer(2);
        playUntilItStops();
        assertFalse(predict.isCorrect());
        assertEquals("Not quite: the answer is \u201cTask-2\u201d.", predict.getVerdict());
        assertEquals(new Progress.Answer(2, false),
                f.browser.progress().lesson(GatherLesson.ID).answers().get("who-runs-next"));
    }

    @Test
    void an_output_question_is_proved_by_the_console_when_the_line_is_printed() {
        QuestionItem q = question("what-prints");
        playback.scrubTo(q.pauseStep());
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals(q, predict.getCurrent());
        predict.answer(1);
        // The clock and state questions at the same step are asked next; skipping them plays on to the print.
        assertEquals(question("clock-at-print"), predict.getCurrent());
        predict.skip();
        assertEquals(question("b-state-at-print"), predict.getCurrent());
        predict.skip();
        playUntilItStops();
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertEquals(q, predict.getCurrent());
        assertEquals(new Proof(Proof.Kind.CONSOLE, ""), predict.getProof());
        assertEquals("['a', 'b']\n", session.getState().stdout());
    }

    @Test
    void questions_at_one_step_are_all_asked_before_playing_on_to_the_answer() {
        QuestionItem prints = question("what-prints");
        QuestionItem clock = question("clock-at-print");
        QuestionItem state = question("b-state-at-print");
        Proof clockProof = new Proof(Proof.Kind.CLOCK, "");
        Proof cardProof = new Proof(Proof.Kind.TASK, "Task-3");
        playback.scrubTo(prints.pauseStep());
        assertEquals(prints, predict.getCurrent());
        assertEquals(List.of(clockProof, cardProof), predict.getConcealed(),
                "the clock and Task-3's card are hidden already: the next questions at this step ask about them");
        predict.answer(1);
        assertEquals(Phase.ASKING, predict.getPhase(), "the other questions at this step come first");
        assertEquals(clock, predict.getCurrent());
        assertEquals(List.of(clockProof, cardProof), predict.getConcealed());
        assertFalse(playback.isPlaying());
        predict.answer(1);
        assertEquals(Phase.REVEALED, predict.getPhase(), "a state is revealed at once");
        assertEquals(clock, predict.getCurrent());
        assertEquals(List.of(cardProof), predict.getConcealed(),
                "the clock is shown with its verdict; Task-3's card stays hidden for the question still waiting");
        assertTrue(predict.moreHereProperty().get(), "OK asks the next question here");
        assertTrue(playback.holdingProperty().get());
        predict.dismiss();
        assertEquals(state, predict.getCurrent());
        assertEquals(List.of(cardProof), predict.getConcealed());
        predict.answer(1);
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertFalse(predict.moreHereProperty().get());
        assertFalse(playback.holdingProperty().get());

        playback.play();
        playUntilItStops();
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertEquals(prints, predict.getCurrent(), "then the printed line is revealed where it is printed");
        assertEquals(prints.proofStep(), session.getStep());
        assertEquals(new Proof(Proof.Kind.CONSOLE, ""), predict.getProof());
        assertEquals("Right.", predict.getVerdict());
    }

    @Test
    void a_question_met_while_playing_on_to_an_answer_is_asked_first() {
        QuestionItem who = question("who-runs-next");
        QuestionItem clock = question("clock-when-b-wakes");
        // Ask who-runs-next with its proof moved past the clock question's step.
        playback.scrubTo(who.pauseStep());
        who.proofStep = clock.pauseStep() + 1;
        predict.answer(1);
        assertEquals(Phase.WATCHING, predict.getPhase());
        playUntilItStops();
        assertEquals(Phase.ASKING, predict.getPhase(), "the question on the way is asked");
        assertEquals(clock, predict.getCurrent());
        predict.answer(1);
        assertEquals(clock, predict.getCurrent());
        assertEquals(Phase.REVEALED, predict.getPhase());
        playback.play();
        playUntilItStops();
        assertEquals(who, predict.getCurrent(), "then the first answer is revealed where it shows");
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertEquals(clock.pauseStep() + 1, session.getStep());
    }

    @Test
    void a_verdict_with_another_question_at_its_step_holds_until_ok() {
        QuestionItem clock = question("clock-at-print");
        QuestionItem prints = question("what-prints");
        predict.askAgain(clock);
        predict.answer(1);
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertEquals(clock, predict.getCurrent());
        assertTrue(predict.moreHereProperty().get());
        assertTrue(playback.holdingProperty().get(), "playing on would skip the other question");
        playback.play();
        assertFalse(playback.isPlaying());
        predict.dismiss();
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals(prints, predict.getCurrent());
    }

    @Test
    void skipping_a_question_asks_the_next_one_at_the_same_step() {
        playback.scrubTo(question("what-prints").pauseStep());
        predict.skip();
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals(question("clock-at-print"), predict.getCurrent());
    }

    @Test
    void a_clock_question_is_revealed_at_once_at_its_own_step() {
        QuestionItem q = question("clock-when-b-wakes");
        playback.scrubTo(q.pauseStep());
        predict.answer(1);
        assertEquals(Phase.REVEALED, predict.getPhase());
        assertFalse(playback.isPlaying());
        assertEquals(q.pauseStep(), session.getStep());
        assertEquals(new Proof(Proof.Kind.CLOCK, ""), predict.getProof());
        playback.stepForward();
        assertNull(predict.getProof(), "the proof is marked only on the step that shows it");
        assertEquals(Phase.REVEALED, predict.getPhase(), "the verdict stays until dismissed");
        predict.dismiss();
        assertEquals(Phase.IDLE, predict.getPhase());
    }

    @Test
    void a_state_question_hides_what_would_give_it_away_until_answered() {
        QuestionItem clock = question("clock-when-b-wakes");
        playback.scrubTo(clock.pauseStep());
        assertEquals(List.of(new Proof(Proof.Kind.CLOCK, "")), predict.getConcealed());
        predict.answer(1);
        assertEquals(List.of(), predict.getConcealed());

        QuestionItem next = question("who-runs-next");
        playback.scrubTo(next.pauseStep());
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals(List.of(), predict.getConcealed(), "what comes next is not in the picture yet");
    }

    @Test
    void an_answered_question_is_not_asked_again_when_stepping_back_over_it() {
        playback.play();
        playUntilItStops();
        predict.answer(1);
        playUntilItStops();
        playback.scrubTo(0);
        playback.play();
        playUntilItStops();
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals("clock-when-b-wakes", predict.getCurrent().question().id(), "the next question, not the answered one");
        assertFalse(playback.pausePoints().contains(question("who-runs-next").pauseStep()));
        assertFalse(playback.pausePoints().contains(question("who-runs-next").proofStep()),
                "the revealed answer's step is no stop any more (two questions share a step, so the points are a set)");
    }

    @Test
    void while_a_question_is_asked_stepping_on_and_playing_wait_for_the_answer() {
        QuestionItem q = question("who-runs-next");
        playback.scrubTo(q.pauseStep() - 1);
        playback.stepForward();
        assertEquals(Phase.ASKING, predict.getPhase());
        assertTrue(playback.holdingProperty().get());
        playback.stepOver();
        playback.stepInto();
        playback.stepOut();
        playback.stepForward();
        playback.toEnd();
        playback.play();
        assertEquals(q.pauseStep(), session.getStep(), "held at the question");
        assertFalse(playback.isPlaying());
        playback.stepBack();
        assertEquals(q.pauseStep() - 1, session.getStep(), "stepping back is allowed");
        assertEquals(Phase.IDLE, predict.getPhase());
        assertFalse(playback.holdingProperty().get());
    }

    @Test
    void skipping_lets_the_learner_step_on() {
        QuestionItem q = question("who-runs-next");
        playback.scrubTo(q.pauseStep());
        predict.skip();
        assertFalse(playback.holdingProperty().get());
        playback.stepForward();
        assertTrue(session.getStep() > q.pauseStep());
    }

    @Test
    void moving_away_without_answering_keeps_the_question_for_later() {
        QuestionItem q = question("who-runs-next");
        playback.scrubTo(q.pauseStep());
        assertEquals(Phase.ASKING, predict.getPhase());
        playback.scrubTo(q.pauseStep() + 3);
        assertEquals(Phase.IDLE, predict.getPhase());
        assertTrue(q.isArmed());
        playback.scrubTo(q.pauseStep());
        assertEquals(Phase.ASKING, predict.getPhase());
    }

    @Test
    void a_skipped_question_is_not_asked_again_until_asked_for() {
        QuestionItem q = question("who-runs-next");
        playback.scrubTo(q.pauseStep());
        predict.skip();
        assertEquals(Phase.IDLE, predict.getPhase());
        playback.scrubTo(0);
        playback.scrubTo(q.pauseStep());
        assertEquals(Phase.IDLE, predict.getPhase());

        playback.scrubTo(0);
        predict.askAgain(q);
        assertEquals(Phase.ASKING, predict.getPhase());
        assertEquals(q.pauseStep(), session.getStep());
        assertEquals(q, predict.getCurrent());
    }

    @Test
    void ask_again_re_asks_an_answered_question_at_its_step() {
        QuestionItem q = question("clock-when-b-wakes");
        playback.scrubTo(q.pauseStep());
        predict.answer(0);
        predict.askAgain(q);
        assertEquals(Phase.ASKING, predict.getPhase());
        predict.answer(1);
        assertTrue(predict.isCorrect());
        assertEquals(new Progress.Answer(1, true),
                f.browser.progress().lesson(GatherLesson.ID).answers().get("clock-when-b-wakes"));
    }

    @Test
    void questions_wait_while_the_example_is_edited_and_return_when_it_is_reset() {
        String edited = TestPrograms.gatherSource().replace("print(results)", "print(results, 'edited')");
        f.type(edited);
        session.run(edited);
        assertFalse(predict.isActive());
        assertEquals("Questions wait while the example is edited: reset the example to answer them.", predict.getNote());
        assertTrue(playback.pausePoints().isEmpty());

        f.dialogs.answerReset(true);
        f.browser.resetExample();
        assertTrue(predict.isActive());
        assertEquals(3, playback.pausePoints().size(), "five questions at three steps");
    }

    @Test
    void answers_from_an_earlier_run_are_not_asked_again() {
        f.browser.answered("who-runs-next", 1, true);
        f.settle();
        RunSession s2 = new RunSession(new DirectRunService());
        PlaybackViewModel p2 = new PlaybackViewModel(s2, new MemorySettings());
        LessonFixture again = new LessonFixture(home, GatherLesson.catalog());
        PredictViewModel predict2 = new PredictViewModel(s2, p2, new InspectorViewModel(s2), again.browser);
        again.editor.documentLoadedProperty().addListener((obs, old, now) -> s2.run(again.editor.getText()));
        again.browser.start();
        QuestionItem q = predict2.questions().get(0);
        assertFalse(q.isArmed());
        assertEquals(2, p2.pausePoints().size(), "the other questions still wait at two steps");
        assertTrue(q.getStatusText().startsWith("\u2713 You answered \u201cTask-2\u201d"), q.getStatusText());
    }
}
