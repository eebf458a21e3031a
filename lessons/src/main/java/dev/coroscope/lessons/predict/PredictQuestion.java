package dev.coroscope.lessons.predict;

import java.util.List;

/**
 * One question of a lesson: the app pauses at {@code at}, asks {@code question} with {@code
 * choices}, then reveals {@code choices.get(answer)} and {@code explanation} by playing on.
 * {@code check} states the same answer as a fact about the run, so tests can verify it.
 */
public record PredictQuestion(String id, Anchor at, String question, List<String> choices,
        int answer, Check check, String explanation) {
    public PredictQuestion {
        choices = List.copyOf(choices);
    }

    /** The text of the right choice, or null when {@code answer} is out of range. */
    public String correctChoice() {
        return answer >= 0 && answer < choices.size() ? choices.get(answer) : null;
    }
}
