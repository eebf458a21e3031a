/**
 * Predict questions: their model ({@link dev.coroscope.lessons.predict.PredictQuestion}, its
 * {@link dev.coroscope.lessons.predict.Anchor} and {@link dev.coroscope.lessons.predict.Check}),
 * the reader for {@code predict.json} ({@link dev.coroscope.lessons.predict.PredictParser}), and
 * the checker that decides each answer from a recorded run ({@link
 * dev.coroscope.lessons.predict.PredictChecker} over {@link
 * dev.coroscope.lessons.predict.Observation}s). The checker takes plain data, so the same code
 * judges a CPython recording (from {@code tools/observe.py}) and the engine's step events
 * (through {@link dev.coroscope.lessons.predict.Observations}).
 */
package dev.coroscope.lessons.predict;
