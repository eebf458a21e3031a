package dev.coroscope.app.lessons;

import dev.coroscope.app.testing.TestPrograms;
import dev.coroscope.lessons.Lesson;
import dev.coroscope.lessons.LessonCatalog;
import dev.coroscope.lessons.format.Markdown;
import dev.coroscope.lessons.predict.PredictParser;
import java.util.List;
import java.util.Optional;

/**
 * A lesson for the app's tests built on the gather example, whose run the test {@code
 * ScriptedRunner} knows (Task-1 main gathers Task-2 "a" sleeping 1 s and Task-3 "b" sleeping
 * 0.5 s), with one question of each kind of proof, and three questions at the same step (what main
 * prints, then the clock and Task-3's state there). The tests check its answers against that run with the lessons
 * module's {@code PredictChecker}.
 */
final class GatherLesson {
    static final String ID = "03-gather-test";
    static final String QUESTIONS = """
            {"questions": [
              {"id": "who-runs-next", "at": {"line": 10, "hit": 1},
               "question": "main is about to gather. Which task runs next?",
               "choices": ["Task-1", "Task-2", "Task-3"], "answer": 1,
               "check": {"kind": "next-task", "expect": "Task-2"},
               "explanation": "Task-2 was queued first: the ready queue is first in, first out."},
              {"id": "clock-when-b-wakes", "at": {"line": 5, "hit": 1},
               "question": "The first work() is back from its sleep. What does the clock show?",
               "choices": ["0", "0.5", "1"], "answer": 1,
               "check": {"kind": "clock", "expect": 0.5},
               "explanation": "b sleeps 0.5 s, a sleeps 1 s: b wakes first, at t=0.5."},
              {"id": "what-prints", "at": {"line": 11, "hit": 1},
               "question": "What does main print?",
               "choices": ["['b', 'a']", "['a', 'b']"], "answer": 1,
               "check": {"kind": "next-output", "expect": "['a', 'b']"},
               "explanation": "gather returns the results in the order of its arguments, not of finishing."},
              {"id": "clock-at-print", "at": {"line": 11, "hit": 1},
               "question": "main is back from gather. What does the clock show?",
               "choices": ["0.5", "1", "1.5"], "answer": 1,
               "check": {"kind": "clock", "expect": 1},
               "explanation": "gather waits for the slower sleep: a wakes at t=1."},
              {"id": "b-state-at-print", "at": {"line": 11, "hit": 1},
               "question": "What state is Task-3 (b) in now?",
               "choices": ["WAITING", "DONE"], "answer": 1,
               "check": {"kind": "task-state", "task": "Task-3", "expect": "DONE"},
               "explanation": "b returned at t=0.5; its task is done."}
            ]}
            """;

    private GatherLesson() {
    }

    static Lesson lesson() {
        PredictParser.Result parsed = PredictParser.parse(QUESTIONS);
        if (!parsed.problems().isEmpty()) {
            throw new AssertionError(parsed.problems());
        }
        String md = "# Gather\n\nPress **F5** and watch `gather`.\n";
        return new Lesson(ID, 3, "gather-test", "Gather (test)", List.of("gather"), md, Markdown.parse(md),
                TestPrograms.gatherSource(), "['a', 'b']\n", Optional.empty(), parsed.questions());
    }

    /** Two packaged lessons, then the gather lesson third. */
    static LessonCatalog catalog() {
        LessonCatalog shipped = LessonBrowserViewModelTest.CATALOG;
        return new LessonCatalog(List.of(shipped.lessons().get(0), shipped.lessons().get(1), lesson()), List.of());
    }
}
