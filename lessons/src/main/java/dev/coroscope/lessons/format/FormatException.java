package dev.coroscope.lessons.format;

/**
 * A hand-written file does not follow its format. The message names the line (and column where
 * one applies) in words a lesson author can act on.
 */
public final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }
}
