package dev.coroscope.engine.lexer;

import java.util.Arrays;

/**
 * A program's text (newlines already normalised to '\n') with an index of where each line starts,
 * so positions can move between absolute offsets and line/column pairs and error messages can
 * quote a line. Immutable.
 */
public final class Source {
    private final String text;
    private final int[] lineStarts;
    private final int lineCount;

    public Source(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i + 1;
        }
        // A final '\n' does not start another line.
        if (n > 1 && starts[n - 1] == text.length()) {
            n--;
        }
        this.lineStarts = starts;
        this.lineCount = text.isEmpty() ? 0 : n;
    }

    public String text() {
        return text;
    }

    /** Number of lines; a last line without '\n' counts, an empty file has none. */
    public int lineCount() {
        return lineCount;
    }

    /** Offset of the first char of 1-based {@code line} (the text's length past the end). */
    public int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line <= lineCount ? lineStarts[line - 1] : text.length();
    }

    /** Offset just past the last char of {@code line}, not counting its '\n'. */
    public int lineEnd(int line) {
        if (line < 1 || line > lineCount) {
            return text.length();
        }
        int nl = text.indexOf('\n', lineStarts[line - 1]);
        return nl < 0 ? text.length() : nl;
    }

    /** The text of 1-based {@code line} without its '\n' ("" outside the file). */
    public String line(int line) {
        if (line < 1 || line > lineCount) {
            return "";
        }
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** True when {@code line} ends with a '\n' in the file (only the last line may not). */
    public boolean hasNewline(int line) {
        return line >= 1 && line <= lineCount && lineEnd(line) < text.length();
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, Math.max(lineCount, 1), offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
