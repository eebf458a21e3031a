package dev.coroscope.engine.vm;

import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Stmt;
import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.runtime.PyCode;
import java.nio.charset.StandardCharsets;

/**
 * The 3.11 marker lines under traceback source lines: {@code ^^^^} under the failing expression
 * when it does not span the whole line; {@code ~~~^~~~} for binary operators and subscripts, as
 * CPython's traceback printing anchors them.
 */
final class Carets {
    private Carets() {}

    /**
     * The marker line for instruction {@code lasti} of {@code code}, or null when none is printed.
     * {@code pythonStyle}: as the traceback module (Python code in CPython) computes it, where the
     * line is stripped at both ends, so trailing whitespace shifts the markers left; otherwise as
     * the interpreter's own printer (uncaught exceptions), which keeps the line's trailing whitespace.
     */
    static String line(PyCode code, int lasti, String src, int line, boolean pythonStyle) {
        if (lasti < 0 || lasti >= code.lines.length) return null;
        if (code.lines[lasti] != line) return null;
        int startCol = code.cols[lasti];
        int endCol = code.endCols[lasti];
        int endLine = code.endLines[lasti];
        if (startCol < 0 || endCol < 0) return null;
        String stripped = src.strip();
        int leading = src.length() - src.stripLeading().length();
        // What the markers are measured against: the line without its indentation, with (C) or
        // without (traceback module) its trailing whitespace.
        int lineLen = pythonStyle ? stripped.length() : src.length() - leading;
        int shift = pythonStyle ? src.length() - stripped.length() : leading;
        int start = startCol;
        int end;
        Anchors anchors = null;
        if (endLine == line) {
            end = Math.min(endCol, src.length());
            if (start >= end) return null;
            anchors = anchors(src.substring(start, end));
        } else {
            end = pythonStyle ? shift + stripped.length() : src.stripTrailing().length();
        }
        boolean show = end - start < lineLen || (anchors != null && anchors.right - anchors.left > 0);
        if (!show || start < leading) return null;
        StringBuilder sb = new StringBuilder("    ");
        sb.append(" ".repeat(Math.max(0, start - shift)));
        if (anchors != null) {
            sb.append(String.valueOf(anchors.primary).repeat(anchors.left));
            sb.append(String.valueOf(anchors.secondary).repeat(anchors.right - anchors.left));
            sb.append(String.valueOf(anchors.primary).repeat(Math.max(0, end - start - anchors.right)));
        } else {
            sb.append("^".repeat(end - start));
        }
        return sb.append('\n').toString();
    }

    record Anchors(int left, int right, char primary, char secondary) {}

    /** Anchors for a binary operator or a subscript segment (offsets in chars of the segment). */
    static Anchors anchors(String segment) {
        Stmt.ExprStmt stmt;
        try {
            var mod = Parser.parse(segment, "<segment>");
            if (mod.body().size() != 1 || !(mod.body().get(0) instanceof Stmt.ExprStmt es)) return null;
            stmt = es;
        } catch (RuntimeException e) {
            return null;
        }
        Expr e = stmt.value();
        String firstLine = segment.split("\n", -1)[0];
        if (e instanceof Expr.BinOp b) {
            if (b.left().span().endLine() != 1 || b.right().span().line() != 1) return null;
            int opStart = b.left().span().endCol();
            int opEnd = b.right().span().col();
            String opStr = firstLine.substring(opStart, Math.min(opEnd, firstLine.length()));
            int opOffset = opStr.length() - opStr.stripLeading().length();
            int left = b.left().span().endCol() + opOffset;
            int right = left + 1;
            if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) right++;
            return new Anchors(left, right, '~', '^');
        }
        if (e instanceof Expr.Subscript s) {
            if (s.value().span().endLine() != 1 || s.slice().span().endLine() != 1) return null;
            // CPython moves the left anchor on to the '[' (past spaces and parentheses) and the right
            // one just past the ']'.
            int left = s.value().span().endCol();
            while (left < firstLine.length() && firstLine.charAt(left) != '[') left++;
            int right = s.slice().span().endCol() + 1;
            while (right < firstLine.length() && firstLine.charAt(right) != ']') right++;
            if (right < firstLine.length()) right++;
            return new Anchors(left, right, '~', '^');
        }
        return null;
    }

    static int utf8Len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
