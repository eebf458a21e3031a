package dev.coroscope.lessons;

import dev.coroscope.lessons.predict.Anchor;
import dev.coroscope.lessons.predict.PredictQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule about a lesson that can be checked without running its example (those that need a
 * run are {@link dev.coroscope.lessons.predict.PredictChecker}'s). The rules are listed for
 * authors in {@code lessons/README.md}; each failing rule gives one {@link Problem}.
 */
public final class LessonValidator {
    /** Widest example line: readable on a projector beside the task board. */
    public static final int MAX_COLUMNS = 70;
    /** Longest example; aim for 25. */
    public static final int MAX_LINES = 30;
    public static final int MIN_CHOICES = 2;

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private LessonValidator() {
    }

    public static List<Problem> validate(Lesson lesson) {
        Rules r = new Rules(lesson.id());
        text(lesson, r);
        example(lesson, r);
        outputs(lesson, r);
        questions(lesson, r);
        return r.problems;
    }

    /** Numbers run 01, 02, ... without gaps or repeats, in index order. */
    public static List<Problem> validateOrder(List<Lesson> lessons) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            if (l.number() != i + 1) {
                problems.add(new Problem(LessonLoader.INDEX, "", "lesson " + (i + 1) + " in the index is "
                        + l.id() + ": numbers must run 01, 02, ... in index order"));
            }
        }
        return problems;
    }

    private static void text(Lesson lesson, Rules r) {
        String file = LessonLoader.TEXT;
        if (lesson.title().isBlank()) {
            r.add(file, "front matter needs a non-empty 'title:'");
        }
        if (lesson.topics().isEmpty()) {
            r.add(file, "front matter needs 'topics:' with at least one topic id");
        }
        Set<String> seen = new HashSet<>();
        for (String topic : lesson.topics()) {
            if (!TOPIC.matcher(topic).matches()) {
                r.add(file, "topic '" + topic + "' is not an id (lowercase letters, digits, - and _)");
            } else if (!seen.add(topic)) {
                r.add(file, "topic '" + topic + "' is listed twice");
            }
        }
        if (lesson.markdown().isBlank()) {
            r.add(file, "has no text after the front matter");
        }
        for (String problem : lesson.text().problems()) {
            r.add(file, problem);
        }
    }

    private static void example(Lesson lesson, Rules r) {
        String file = LessonLoader.EXAMPLE;
        List<String> lines = lesson.exampleLines();
        if (lines.stream().allMatch(String::isBlank)) {
            r.add(file, "is empty");
            return;
        }
        if (!lesson.example().endsWith("\n")) {
            r.add(file, "must end with a newline");
        }
        if (lines.size() > MAX_LINES) {
            r.add(file, "has " + lines.size() + " lines; at most " + MAX_LINES + " (aim for 25)");
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                r.add(file, "line " + (i + 1) + " contains a tab; indent with spaces");
            }
            if (line.codePointCount(0, line.length()) > MAX_COLUMNS) {
                r.add(file, "line " + (i + 1) + " is wider than " + MAX_COLUMNS + " columns");
            }
            if (!line.equals(line.stripTrailing())) {
                r.add(file, "line " + (i + 1) + " has trailing spaces");
            }
        }
    }

    private static void outputs(Lesson lesson, Rules r) {
        if (lesson.expectedOut().isEmpty()) {
            r.add(LessonLoader.EXPECTED_OUT, "is empty: an example must print something");
        } else if (!lesson.expectedOut().endsWith("\n")) {
            r.add(LessonLoader.EXPECTED_OUT, "does not end with a newline (record it with record.sh)");
        }
        if (lesson.expectedErr().isPresent() && lesson.expectedErr().get().isEmpty()) {
            r.add(LessonLoader.EXPECTED_ERR, "is empty: remove it (record.sh does)");
        }
    }

    private static void questions(Lesson lesson, Rules r) {
        String file = LessonLoader.PREDICT;
        List<String> lines = lesson.exampleLines();
        Set<String> ids = new HashSet<>();
        for (PredictQuestion q : lesson.questions()) {
            String who = "question '" + q.id() + "': ";
            if (!QUESTION_ID.matcher(q.id()).matches()) {
                r.add(file, who + "the id must be lowercase words joined by hyphens");
            }
            if (!ids.add(q.id())) {
                r.add(file, who + "the id is used twice");
            }
            Anchor at = q.at();
            if (at.line() < 1 || at.line() > lines.size()) {
                r.add(file, who + "at.line " + at.line() + " is outside example.py (1-" + lines.size() + ")");
            } else {
                String code = lines.get(at.line() - 1).strip();
                if (code.isEmpty() || code.startsWith("#")) {
                    r.add(file, who + "at.line " + at.line() + " is blank or a comment, so it never starts");
                }
            }
            if (at.hit() < 1) {
                r.add(file, who + "at.hit must be 1 or more");
            }
            if (q.question().isBlank()) {
                r.add(file, who + "the question is empty");
            }
            if (q.explanation().isBlank()) {
                r.add(file, who + "the explanation is empty");
            }
            if (q.choices().size() < MIN_CHOICES) {
                r.add(file, who + "needs at least " + MIN_CHOICES + " choices");
            }
            if (new HashSet<>(q.choices()).size() != q.choices().size()) {
                r.add(file, who + "two choices are the same");
            }
            if (q.choices().stream().anyMatch(String::isBlank)) {
                r.add(file, who + "a choice is empty");
            }
            if (q.correctChoice() == null) {
                r.add(file, who + "answer " + q.answer() + " is not an index into the "
                        + q.choices().size() + " choices (the first is 0)");
            } else if (!q.check().matchesChoice(q.correctChoice())) {
                r.add(file, who + "the answer \"" + q.correctChoice() + "\" does not state what the "
                        + q.check().kind() + " check expects (" + q.check().expectedText() + ")");
            }
        }
    }

    /** Collects problems for one lesson. */
    private static final class Rules {
        private final String lesson;
        private final List<Problem> problems = new ArrayList<>();

        Rules(String lesson) {
            this.lesson = lesson;
        }

        void add(String file, String message) {
            problems.add(new Problem(lesson, file, message));
        }
    }
}
