package dev.coroscope.app.editor;

import java.util.List;
import java.util.Set;

/**
 * Python indentation rules for the editor keys, as pure functions of the text: Tab inserts {@link
 * #UNIT}, Enter keeps the line's indentation, adds a level after a line ending in a colon and
 * drops one after a line that ends a block ({@code return}, {@code pass}, {@code raise},
 * {@code break}, {@code continue}).
 */
public final class Indentation {

    /** One indentation level: four spaces, as PEP 8 and the lessons use. */
    public static final String UNIT = "    ";

    private static final Set<String> BLOCK_ENDERS = Set.of("return", "pass", "raise", "break", "continue");

    private Indentation() {
    }

    /**
     * What Enter inserts when the text of the current line before the caret is {@code lineBeforeCaret}:
     * a line break followed by the new line's indentation.
     */
    public static String lineBreak(String lineBeforeCaret) {
        String indent = leadingWhitespace(lineBeforeCaret);
        String code = codeWithoutComment(lineBeforeCaret).strip();
        if (code.endsWith(":")) {
            indent = indent + UNIT;
        } else if (BLOCK_ENDERS.contains(firstWord(code))) {
            indent = indent.substring(0, indent.length() - dedentWidth(indent));
        }
        return "\n" + indent;
    }

    /** How many leading characters Shift+Tab removes from {@code line}: up to one level of spaces, or one tab. */
    public static int dedentWidth(String line) {
        if (line.startsWith("\t")) {
            return 1;
        }
        int spaces = 0;
        while (spaces < UNIT.length() && spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The spaces and tabs at the start of {@code line}. */
    public static String leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }

    /** {@code line} up to its comment, if any; a {@code #} inside a string is not a comment. */
    private static String codeWithoutComment(String line) {
        List<Token> tokens = PythonHighlighter.tokens(line);
        for (Token token : tokens) {
            if (token.kind() == TokenKind.COMMENT) {
                return line.substring(0, token.start());
            }
        }
        return line;
    }

    private static String firstWord(String code) {
        int end = 0;
        while (end < code.length() && Character.isLetter(code.charAt(end))) {
            end++;
        }
        return code.substring(0, end);
    }
}
