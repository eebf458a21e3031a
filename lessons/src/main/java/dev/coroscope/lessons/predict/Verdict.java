package dev.coroscope.lessons.predict;

/**
 * The outcome of checking one question against a run.
 *
 * @param question the question checked
 * @param observed what the run shows: a {@code String} (task name, output line, state name), a
 *     {@code Boolean} (a flag), a {@code Double} (the clock), or null when the run does not show
 *     it at all
 * @param correct whether {@code observed} is the value the question's check expects
 * @param message a sentence for a failing test, e.g. what was expected and what the run shows
 */
public record Verdict(PredictQuestion question, Object observed, boolean correct, String message) {
}
