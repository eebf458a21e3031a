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
            anchors = anchors(src.substring(start, end), pythonStyle);
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

    /**
     * Anchors for a binary operator or a subscript segment (offsets in chars of the segment),
     * {@code pythonStyle} as for {@link #line}.
     */
    static Anchors anchors(String segment, boolean pythonStyle) {
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
            int opEnd = Math.min(b.right().span().col(), firstLine.length());
            return pythonStyle ? moduleOperator(firstLine, opStart, opEnd) : interpreterOperator(firstLine, opStart, opEnd);
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

    /**
     * The operator's anchors as the interpreter's own printer finds them: the first character
     * between the operands that is neither white space nor a closing parenthesis of the left
     * operand, and the one after it too when that is not white space either ({@code //},
     * {@code **}, but also {@code /(} in {@code (1)/(0)}).
     */
    private static Anchors interpreterOperator(String line, int opStart, int opEnd) {
        for (int i = opStart; i < opEnd; i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == ')') continue;
            int right = i + 1;
            if (i + 1 < opEnd && !Character.isWhitespace(line.charAt(i + 1))) right++;
            return new Anchors(i, right, '~', '^');
        }
        return null;
    }

    /**
     * The operator's anchors as the traceback module computes them: the first character after
     * the left operand that is not white space, the next one too unless it is white space; then
     * both moved on past white space, closing parentheses and '#'. The width is decided before the
     * move, so in {@code ((1)) / 0} the markers cover "/ " (as CPython's module prints them).
     */
    private static Anchors moduleOperator(String line, int opStart, int opEnd) {
        String opStr = line.substring(opStart, opEnd);
        int opOffset = opStr.length() - opStr.stripLeading().length();
        int left = opStart + opOffset;
        int right = left + 1;
        if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) right++;
        while (left < line.length() && (Character.isWhitespace(line.charAt(left)) || line.charAt(left) == ')' || line.charAt(left) == '#')) {
            left++;
            right++;
        }
        return new Anchors(left, right, '~', '^');
    }

    static int utf8Len(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
