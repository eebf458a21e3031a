package dev.coroscope.engine.trace;

/**
 * A task switch on the scrubber: at {@code step} the task {@code task} (creation index
 * {@code taskIndex}, for its colour) starts a step after another task ran.
 */
public record ScrubMark(int step, String task, int taskIndex) {
}
