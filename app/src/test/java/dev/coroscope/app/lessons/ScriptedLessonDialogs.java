package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.RecoveryDialogs;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@link LessonDialogs} and {@link RecoveryDialogs} answered from a script; a question with no
 * scripted answer fails the test, so tests also prove which questions were (not) asked.
 */
public final class ScriptedLessonDialogs implements LessonDialogs, RecoveryDialogs {
    private final Deque<Boolean> resetAnswers = new ArrayDeque<>();
    private final Deque<Boolean> recoveryAnswers = new ArrayDeque<>();
    /** The lesson titles each reset question named. */
    public final List<String> resetQuestions = new ArrayList<>();
    /** The documents each recovery offer named. */
    public final List<String> recoveryOffers = new ArrayList<>();

    public ScriptedLessonDialogs answerReset(boolean reset) {
        resetAnswers.add(reset);
        return this;
    }

    public ScriptedLessonDialogs answerRecovery(boolean restore) {
        recoveryAnswers.add(restore);
        return this;
    }

    @Override
    public boolean confirmReset(String lessonTitle) {
        resetQuestions.add(lessonTitle);
        if (resetAnswers.isEmpty()) {
            throw new AssertionError("unexpected reset question for " + lessonTitle);
        }
        return resetAnswers.remove();
    }

    @Override
    public boolean offerRecovery(String documentName, Instant savedAt) {
        recoveryOffers.add(documentName);
        if (recoveryAnswers.isEmpty()) {
            throw new AssertionError("unexpected recovery offer for " + documentName);
        }
        return recoveryAnswers.remove();
    }
}
