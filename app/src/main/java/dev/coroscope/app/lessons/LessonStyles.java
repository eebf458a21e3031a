package dev.coroscope.app.lessons;

import javafx.css.PseudoClass;

/**
 * The style-class names and pseudo-classes of the lesson features, in one place; their rules are in
 * {@code assets/.../css/lessons.css}, which uses the theme tokens only (a test checks both).
 */
public final class LessonStyles {

    private LessonStyles() {
    }

    /** The pane at the left of the window: lesson text, browser, questions. */
    public static final String LESSON_PANE = "lesson-pane";
    /** The pane's top row: the browser toggle, the position, previous and next. */
    public static final String LESSON_HEADER = "lesson-header";
    /** The row (a flow) of Reset example and Hide under the lesson text. */
    public static final String LESSON_ACTIONS = "lesson-actions";
    /** "Lesson 3 of 30". */
    public static final String LESSON_POSITION = "lesson-position";
    /** A button of the lesson pane. */
    public static final String LESSON_BUTTON = "lesson-button";
    /** The position and the lesson's title, above the scrolling text. */
    public static final String LESSON_TITLE = "lesson-title";
    /** The scrolling lesson text. */
    public static final String LESSON_TEXT = "lesson-text";
    /** A level-1 heading of the lesson text. */
    public static final String LESSON_H1 = "lesson-h1";
    /** A level-2 heading. */
    public static final String LESSON_H2 = "lesson-h2";
    /** A paragraph or a list item's text. */
    public static final String LESSON_PARAGRAPH = "lesson-paragraph";
    /** Plain text inside a paragraph. */
    public static final String LESSON_PLAIN = "lesson-plain";
    /** {@code **bold**}. */
    public static final String LESSON_STRONG = "lesson-strong";
    /** {@code *italic*}. */
    public static final String LESSON_EMPHASIS = "lesson-emphasis";
    /** {@code `code`} inside text. */
    public static final String LESSON_CODE = "lesson-code";
    /** A fenced code block. */
    public static final String LESSON_CODE_BLOCK = "lesson-code-block";
    /** A bullet or numbered list. */
    public static final String LESSON_LIST = "lesson-list";
    /** The bullet or number of a list item. */
    public static final String LESSON_MARKER = "lesson-marker";
    /** A quiet sentence about the state of things (edited, questions waiting). */
    public static final String LESSON_NOTE = "lesson-note";
    /** A sentence about a failure to keep the learner's work. */
    public static final String LESSON_WARNING = "lesson-warning";

    /** The list of lessons. */
    public static final String LESSON_BROWSER = "lesson-browser";
    /** A row of the list; :current for the shown lesson, :completed, :edited. */
    public static final String LESSON_ROW = "lesson-row";
    /** The lesson's number in its row. */
    public static final String LESSON_ROW_NUMBER = "lesson-row-number";
    /** The lesson's title in its row. */
    public static final String LESSON_ROW_TITLE = "lesson-row-title";
    /** The progress words in its row. */
    public static final String LESSON_ROW_STATUS = "lesson-row-status";

    /** The list of the lesson's questions under its text. */
    public static final String QUESTION_LIST = "question-list";
    /** One question in that list. */
    public static final String QUESTION_ITEM = "question-item";
    /** A question's status words (answered right/wrong, not yet). */
    public static final String QUESTION_STATUS = "question-status";

    /** The card that asks a question and reveals the answer; :right or :wrong once revealed. */
    public static final String QUESTION_CARD = "question-card";
    /** The card's small heading ("Predict"). */
    public static final String QUESTION_KICKER = "question-kicker";
    /** The question's text on the card. */
    public static final String QUESTION_TEXT = "question-text";
    /** A choice button; :chosen for the learner's pick, :answer for the right one once revealed. */
    public static final String QUESTION_CHOICE = "question-choice";
    /** "Right." / "Not quite: ...". */
    public static final String QUESTION_VERDICT = "question-verdict";
    /** The one-line explanation. */
    public static final String QUESTION_EXPLANATION = "question-explanation";

    /** Lesson row / list states. */
    public static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    public static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    public static final PseudoClass EDITED = PseudoClass.getPseudoClass("edited");
    /** Question card states. */
    public static final PseudoClass RIGHT = PseudoClass.getPseudoClass("right");
    public static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");
    public static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    public static final PseudoClass ANSWER = PseudoClass.getPseudoClass("answer");
    /** Put on a node of the visualizer that proves a revealed answer (a task card, the console, ...). */
    public static final PseudoClass PROOF = PseudoClass.getPseudoClass("proof");
    /** Put on a node of the visualizer that would give away the answer of the question being asked. */
    public static final PseudoClass CONCEALED = PseudoClass.getPseudoClass("concealed");
}
