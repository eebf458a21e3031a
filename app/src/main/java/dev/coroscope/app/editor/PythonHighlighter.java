package dev.coroscope.app.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Python syntax highlighting as a pure function of the text: {@link #tokens(String)} finds the
 * highlighted ranges, {@link #styleSpans(String)} turns them into RichTextFX style spans covering
 * the whole text. It never fails on incomplete code (a learner is typing): an unterminated string
 * runs to the end of its line, or of the text for a triple-quoted one.
 *
 * <p>It is a scanner, not the engine's lexer: it needs no indentation tracking and must accept
 * anything, so it stays separate from {@code engine}.
 */
public final class PythonHighlighter {

    private static final Set<String> KEYWORDS = Set.of(
            "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
            "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    private static final Set<String> ASYNC_KEYWORDS = Set.of("async", "await");
    private static final Set<String> CONSTANTS = Set.of("True", "False", "None");
    private static final Set<String> BUILTINS = Set.of(
            "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray",
            "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir",
            "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset",
            "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
            "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview",
            "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "range",
            "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str",
            "sum", "super", "tuple", "type", "vars", "zip");
    private static final Set<String> STRING_PREFIXES = Set.of(
            "r", "u", "f", "b", "br", "rb", "fr", "rf");

    private PythonHighlighter() {
    }

    /** The highlighted ranges of {@code source}, in order, never overlapping. */
    public static List<Token> tokens(String source) {
        return new Scanner(source).scan();
    }

    /** Style spans covering all of {@code source}; unhighlighted text gets no style class. */
    public static StyleSpans<Collection<String>> styleSpans(String source) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (Token token : tokens(source)) {
            if (token.start() > at) {
                spans.add(Collections.emptyList(), token.start() - at);
            }
            spans.add(Collections.singletonList(token.kind().styleClass()), token.end() - token.start());
            at = token.end();
        }
        // Always add the tail, even when empty: the builder refuses to build zero spans.
        spans.add(Collections.emptyList(), source.length() - at);
        return spans.create();
    }

    /** One pass over the text; {@code pos} only moves forward. */
    private static final class Scanner {
        private final String s;
        private final List<Token> out = new ArrayList<>();
        private int pos;
        /** True while only spaces and tabs have been seen since the start of the line. */
        private boolean lineStart = true;
        /** The previous word was {@code def} or {@code class}, so the next name is being defined. */
        private boolean defining;
        /** The previous significant character was a dot, so the next name is an attribute. */
        private boolean afterDot;

        Scanner(String s) {
            this.s = s;
        }

        List<Token> scan() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\n') {
                    pos++;
                    lineStart = true;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                    pos++;
                } else if (c == '#') {
                    comment();
                } else if (c == '"' || c == '\'') {
                    string(pos, pos);
                } else if (Character.isDigit(c) || (c == '.' && isDigitAt(pos + 1))) {
                    number();
                } else if (isIdentifierStart(c)) {
                    word();
                } else if (c == '@' && lineStart) {
                    decorator();
                } else {
                    afterDot = c == '.';
                    defining = false;
                    lineStart = false;
                    pos++;
                }
            }
            return out;
        }

        private void comment() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
            emit(TokenKind.COMMENT, start, pos);
        }

        /** A string literal whose prefix starts at {@code start} and whose quote is at {@code quoteAt}. */
        private void string(int start, int quoteAt) {
            char quote = s.charAt(quoteAt);
            boolean triple = quoteAt + 2 < s.length()
                    && s.charAt(quoteAt + 1) == quote && s.charAt(quoteAt + 2) == quote;
            pos = quoteAt + (triple ? 3 : 1);
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\') {
                    // Even in raw strings a backslash keeps the next quote from ending the literal.
                    pos = Math.min(pos + 2, s.length());
                } else if (c == '\n' && !triple) {
                    break;
                } else if (c == quote && (!triple || closesTriple(quote))) {
                    pos += triple ? 3 : 1;
                    break;
                } else {
                    pos++;
                }
            }
            emit(TokenKind.STRING, start, pos);
            endOfOperand();
        }

        private boolean closesTriple(char quote) {
            return pos + 2 < s.length() && s.charAt(pos + 1) == quote && s.charAt(pos + 2) == quote;
        }

        private void number() {
            int start = pos;
            boolean hex = s.charAt(pos) == '0' && pos + 1 < s.length()
                    && (s.charAt(pos + 1) == 'x' || s.charAt(pos + 1) == 'X');
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                boolean exponentSign = (c == '+' || c == '-') && !hex
                        && (s.charAt(pos - 1) == 'e' || s.charAt(pos - 1) == 'E');
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || exponentSign) {
                    pos++;
                } else {
                    break;
                }
            }
            emit(TokenKind.NUMBER, start, pos);
            endOfOperand();
        }

        private void word() {
            int start = pos;
            while (pos < s.length() && isIdentifierPart(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            if (pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'')
                    && STRING_PREFIXES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                string(start, pos);
                return;
            }
            boolean wasDefining = defining;
            boolean attribute = afterDot;
            endOfOperand();
            if (attribute) {
                return;
            }
            if (wasDefining) {
                emit(TokenKind.DEFINITION, start, pos);
            } else if (ASYNC_KEYWORDS.contains(word)) {
                emit(TokenKind.ASYNC_KEYWORD, start, pos);
            } else if (KEYWORDS.contains(word)) {
                emit(TokenKind.KEYWORD, start, pos);
                defining = word.equals("def") || word.equals("class");
            } else if (CONSTANTS.contains(word)) {
                emit(TokenKind.CONSTANT, start, pos);
            } else if (BUILTINS.contains(word)) {
                emit(TokenKind.BUILTIN, start, pos);
            }
        }

        /** {@code @name} or {@code @name.name} at the start of a line. */
        private void decorator() {
            int start = pos;
            pos++;
            while (pos < s.length() && (isIdentifierPart(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            emit(TokenKind.DECORATOR, start, pos);
            endOfOperand();
        }

        private void endOfOperand() {
            lineStart = false;
            defining = false;
            afterDot = false;
        }

        private void emit(TokenKind kind, int start, int end) {
            if (end > start) {
                out.add(new Token(kind, start, end));
            }
        }

        private boolean isDigitAt(int i) {
            return i < s.length() && Character.isDigit(s.charAt(i));
        }

        private static boolean isIdentifierStart(char c) {
            return c == '_' || Character.isLetter(c);
        }

        private static boolean isIdentifierPart(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }
    }
}
