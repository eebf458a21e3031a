package dev.coroscope.app.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CPython error report (a traceback or a syntax error) and finds where it points in the
 * program: the last {@code File "NAME", line N} entry for the program's own file (for a traceback,
 * the innermost frame of the program; library frames are skipped), and the final
 * {@code Type: message} line.
 */
public final class ErrorLocator {
    private static final Pattern FILE_LINE = Pattern.compile("^\\s*File \"(.*)\", line (\\d+)");
    /** A final report line: a (dotted) exception type name, then optionally ": message". */
    private static final Pattern SUMMARY = Pattern.compile("^([A-Za-z_][\\w.]*)(?:: (.*))?$");

    private ErrorLocator() {
    }

    /**
     * The error reported in {@code stderr} for the program called {@code filename}, or null when
     * the text holds no error summary line. Only the last report counts: a program may print
     * warnings or handled tracebacks before the one that ended it.
     */
    public static ProgramError locate(String stderr, String filename) {
        if (stderr == null || stderr.isBlank()) {
            return null;
        }
        String[] lines = stderr.split("\r?\n");
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        if (last < 0) {
            return null;
        }
        Matcher summary = SUMMARY.matcher(lines[last]);
        if (!summary.matches()) {
            return null;
        }
        int start = reportStart(lines, last);
        int line = -1;
        for (int i = start; i < last; i++) {
            Matcher m = FILE_LINE.matcher(lines[i]);
            if (m.find() && sameFile(m.group(1), filename)) {
                line = Integer.parseInt(m.group(2));
            }
        }
        StringBuilder report = new StringBuilder();
        for (int i = start; i <= last; i++) {
            report.append(lines[i]).append('\n');
        }
        String message = summary.group(2) == null ? "" : summary.group(2);
        return new ProgramError(line, summary.group(1), message, report.toString());
    }

    /** Where the last report begins: its "Traceback" header, or the first line of a syntax error. */
    private static int reportStart(String[] lines, int last) {
        for (int i = last - 1; i >= 0; i--) {
            if (lines[i].startsWith("Traceback (most recent call last):")) {
                return i;
            }
        }
        for (int i = last - 1; i >= 0; i--) {
            if (FILE_LINE.matcher(lines[i]).find()) {
                // A syntax error report has no header: it starts at its one File line.
                return i;
            }
        }
        return last;
    }

    private static boolean sameFile(String reported, String filename) {
        return reported.equals(filename) || reported.endsWith("/" + filename);
    }
}
