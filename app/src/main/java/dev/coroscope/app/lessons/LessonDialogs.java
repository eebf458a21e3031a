package dev.coroscope.app.lessons;

/** The questions the lesson features ask the person at the screen; tests script them. */
public interface LessonDialogs {

    /** Asks before the learner's edits of a lesson's example are replaced by the shipped example. True resets. */
    boolean confirmReset(String lessonTitle);
}
