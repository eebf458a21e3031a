package dev.coroscope.app.run;

/**
 * An error of the program as CPython reports it: the line it points at in the program's own file,
 * the exception type and message, and the whole report (a traceback, or the syntax error with its
 * caret) exactly as printed on stderr.
 *
 * @param line    1-based line in the program's file, or -1 if the report names none
 * @param type    the exception type, e.g. {@code SyntaxError}, {@code ValueError}
 * @param message the message after the type, e.g. {@code expected ':'} (may be empty)
 * @param report  the full text CPython prints
 */
public record ProgramError(int line, String type, String message, String report) {

    /** The last line of the report, as CPython words it: {@code SyntaxError: expected ':'}. */
    public String summary() {
        return message.isEmpty() ? type : type + ": " + message;
    }
}
