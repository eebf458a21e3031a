package dev.coroscope.engine.parser;

/**
 * A warning CPython prints while compiling a file (e.g. {@code SyntaxWarning: invalid decimal
 * literal} for {@code 1if x else y}); {@code text} is the source line without its '\n'.
 */
public record SyntaxWarningInfo(String category, String message, String filename, int line, String text) {

    /** The two lines {@code warnings.showwarning} writes to stderr. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(filename).append(':').append(line).append(": ").append(category).append(": ").append(message)
                .append('\n');
        if (text != null && !text.isBlank()) {
            sb.append("  ").append(text.strip()).append('\n');
        }
        return sb.toString();
    }
}
