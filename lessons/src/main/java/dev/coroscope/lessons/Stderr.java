package dev.coroscope.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts two recordings of a program's stderr in a form where they can be compared, with the same
 * rules as {@code shared/tools/conformance}: traceback entries inside CPython's own library
 * ({@code <stdlib>/...} or a {@code .../lib/python...} path) are dropped with their source lines,
 * because Coroscope's engine has no library frames to show; memory addresses become {@code 0x?};
 * 3.11's caret and tilde marker lines are dropped; trailing spaces and surrounding blank lines go.
 * Everything else, the learner-visible text, must match exactly.
 */
public final class Stderr {
    private static final Pattern FILE_LINE =
            Pattern.compile("^(?<prefix>[ |+]*?)(?<indent> *)File \"(?<path>[^\"]+)\", line \\d+.*");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern MARKERS = Pattern.compile("^[ |+]*[~^]+[ ~^]*$");

    private Stderr() {
    }

    public static String comparable(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher m = FILE_LINE.matcher(line);
            if (m.matches() && isLibrary(m.group("path"))) {
                int depth = m.group("prefix").length() + m.group("indent").length();
                i++;
                while (i < lines.length && !FILE_LINE.matcher(lines[i]).matches()
                        && !body(lines[i]).isEmpty() && lead(lines[i]) > depth) {
                    i++;
                }
                continue;
            }
            if (!MARKERS.matcher(line).matches()) {
                out.add(ADDRESS.matcher(line).replaceAll("0x?").stripTrailing());
            }
            i++;
        }
        return String.join("\n", out).strip();
    }

    private static boolean isLibrary(String path) {
        return path.startsWith("<stdlib>/") || path.contains("/lib/python");
    }

    private static String body(String line) {
        return line.substring(lead(line));
    }

    private static int lead(String line) {
        int i = 0;
        while (i < line.length() && " |+".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
