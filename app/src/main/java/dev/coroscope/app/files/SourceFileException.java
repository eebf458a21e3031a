package dev.coroscope.app.files;

/**
 * A file could not be read or written. Its message is a complete sentence in plain words, fit to
 * show a learner as it is: it never contains a Java class name or an exception's own text.
 */
public final class SourceFileException extends Exception {

    public SourceFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceFileException(String message) {
        super(message);
    }
}
