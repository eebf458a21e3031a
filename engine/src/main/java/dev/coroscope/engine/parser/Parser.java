package dev.coroscope.engine.parser;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Ast.Alias;
import dev.coroscope.engine.ast.Ast.Arg;
import dev.coroscope.engine.ast.Ast.Arguments;
import dev.coroscope.engine.ast.Ast.BinOpKind;
import dev.coroscope.engine.ast.Ast.CmpOpKind;
import dev.coroscope.engine.ast.Ast.Comprehension;
import dev.coroscope.engine.ast.Ast.Ctx;
import dev.coroscope.engine.ast.Ast.ExceptHandler;
import dev.coroscope.engine.ast.Ast.Keyword;
import dev.coroscope.engine.ast.Ast.WithItem;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Node;
import dev.coroscope.engine.ast.Pattern;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.ast.Stmt;
import dev.coroscope.engine.lexer.LexError;
import dev.coroscope.engine.lexer.Lexer;
import dev.coroscope.engine.lexer.Source;
import dev.coroscope.engine.lexer.Token;
import dev.coroscope.engine.lexer.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for Python 3.11, with precedence climbing for
 * the binary operators, producing the records of {@code dev.coroscope.engine.ast} with CPython's
 * positions.
 *
 * <p>It works like CPython's parser in two passes. The first pass parses; if it fails, the
 * furthest token it looked at is where a plain {@code invalid syntax} points. A second pass then
 * re-parses with {@link #diag} on, which enables the checks that recognise common mistakes and
 * raise CPython's specific messages ({@code expected ':'}, {@code Perhaps you forgot a comma?},
 * {@code cannot assign to ...}), in the order CPython's grammar would try them. Finally, errors
 * the tokenizer would raise later in the file take priority, as in CPython.
 *
 * <p>Assignment and call-keyword targets are parsed as expressions first and converted (a cover
 * grammar), which accepts exactly what CPython's target rules accept. Recursion depth is bounded
 * (the lexer caps brackets at 200; other nesting at {@link #MAX_DEPTH}), and a parse that
 * overflows the caller's Java stack is retried on a thread with a large one.
 */
public final class Parser {
    /**
     * Nesting beyond which CPython's parser runs out of its stack (6000 rule levels) and reports a
     * bare MemoryError. Depth is counted so the limits agree with CPython's for long chains:
     * 5967 unary operators, {@code not}s or conditional expressions parse, 5968 do not; a
     * {@code **} or {@code lambda} level counts twice, as it costs CPython two rule levels.
     */
    static final int MAX_DEPTH = 5968;

    /** A failed alternative: the parser backs up and tries another, or reports the furthest token. */
    private static final class Backtrack extends RuntimeException {
        Backtrack() {
            super(null, null, false, false);
        }
    }

    private static final Backtrack BACKTRACK = new Backtrack();

    /** A specific error; the tokenizer is still fine, so later tokenizer errors may override it. */
    static final class SpecificError extends RuntimeException {
        final SyntaxErrorInfo info;

        SpecificError(SyntaxErrorInfo info) {
            super(null, null, false, false);
            this.info = info;
        }
    }

    /** The parser reached the token the tokenizer could not make: that error is final. */
    static final class TokenizerError extends RuntimeException {
        final SyntaxErrorInfo info;

        TokenizerError(SyntaxErrorInfo info) {
            super(null, null, false, false);
            this.info = info;
        }
    }

    // ---- entry points ---------------------------------------------------------------------------

    /** Parses a whole file. Throws {@link PySyntaxError} or {@link ParserMemoryError}. */
    public static Ast.Module parse(String source, String filename) {
        return parse(source, filename, null);
    }

    /**
     * Parses a whole file, adding the SyntaxWarnings CPython would print (e.g.
     * {@code invalid decimal literal} for {@code 1if x else y}) to {@code warnings} if not null,
     * also when the file then turns out to have a syntax error (CPython prints them first).
     */
    public static Ast.Module parse(String source, String filename, List<SyntaxWarningInfo> warnings) {
        String text = SourceDecoder.normaliseNewlines(source);
        List<SyntaxWarningInfo> found = new ArrayList<>();
        try {
            try {
                return parseOnThisThread(text, filename, found);
            } catch (StackOverflowError e) {
                found.clear();
                return parseOnBigStack(text, filename, found);
            }
        } finally {
            if (warnings != null) {
                warnings.addAll(found);
            }
        }
    }

    /**
     * Parses the source of {@code eval()} (CPython's eval start rule: one expression list, then
     * only blank lines); the result is a module holding that one expression statement.
     */
    public static Ast.Module parseEval(String source, String filename) {
        return parseEval(source, filename, new ArrayList<>());
    }

    /** As {@link #parseEval(String, String)}, adding the tokenizer's SyntaxWarnings to {@code warnings}. */
    public static Ast.Module parseEval(String source, String filename, List<SyntaxWarningInfo> warnings) {
        String text = SourceDecoder.normaliseNewlines(source);
        return parseOnThisThread(text, filename, warnings, true);
    }

    private static Ast.Module parseOnThisThread(String text, String filename, List<SyntaxWarningInfo> warnings) {
        return parseOnThisThread(text, filename, warnings, false);
    }

    private static Ast.Module parseOnThisThread(String text, String filename, List<SyntaxWarningInfo> warnings,
                                                boolean evalMode) {
        Source src = new Source(text);
        Lexer.Result lexed = Lexer.tokenize(src);
        Parser p = new Parser(src, filename, lexed.tokens(), lexed.error(), false, 0, 0);
        p.evalMode = evalMode;
        boolean ok = false;
        try {
            Ast.Module m = p.parseFile();
            ok = true;
            return m;
        } finally {
            // CPython prints them as its tokenizer makes the tokens, so also before a syntax error,
            // but only for the tokens it got to.
            for (Lexer.LexWarning w : lexed.warnings()) {
                if (ok || p.fullyTokenized || w.tokenIndex() <= p.furthest) {
                    warnings.add(new SyntaxWarningInfo(w.category(), w.message(), filename, w.line(),
                            src.line(w.line())));
                }
            }
        }
    }

    /** The same parse on a thread whose stack fits any input the depth limits let through. */
    private static Ast.Module parseOnBigStack(String text, String filename, List<SyntaxWarningInfo> warnings) {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseOnThisThread(text, filename, warnings);
            } catch (RuntimeException | Error e) {
                result[0] = e;
            }
        }, "coroscope-parser", 1L << 28);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParserMemoryError();
        }
        if (result[0] instanceof Ast.Module m) {
            return m;
        }
        if (result[0] instanceof RuntimeException e) {
            throw e;
        }
        throw new ParserMemoryError();
    }

    // ---- state --------------------------------------------------------------------------------

    private final Source src;
    private final String filename;
    private final Token[] toks;
    private final int ntok;
    private final LexError lexError;
    /** True for the parser of an f-string replacement field ("(expr)"). */
    private final boolean fstring;
    /** True for CPython's eval start rule (the source of {@code eval()} or {@code compile(..., "eval")}). */
    private boolean evalMode;
    private final int startingLine;
    private final int startingCol;

    private int pos;
    private int furthest = -1;
    /** Whether CPython would have tokenized the whole file while reporting the error. */
    private boolean fullyTokenized;
    private boolean diag;
    private int depth;
    private Map<Long, Object> memo;

    Parser(Source src, String filename, List<Token> tokens, LexError lexError, boolean fstring, int startingLine,
           int startingCol) {
        this.src = src;
        this.filename = filename;
        this.toks = tokens.toArray(new Token[0]);
        this.ntok = toks.length;
        this.lexError = lexError;
        this.fstring = fstring;
        this.startingLine = startingLine;
        this.startingCol = startingCol;
    }

    Source source() {
        return src;
    }

    String filename() {
        return filename;
    }

    // ---- two passes ---------------------------------------------------------------------------

    private Ast.Module parseFile() {
        try {
            return (Ast.Module) runPasses();
        } catch (SpecificError e) {
            throw new PySyntaxError(e.info);
        } catch (TokenizerError e) {
            throw new PySyntaxError(e.info);
        }
    }

    /** Parses an f-string field as CPython does: "(expr)" with the fstring start rule. */
    Expr parseFStringExpr() {
        return (Expr) runPasses();
    }

    private interface Rule<T> {
        T run();
    }

    /** CPython's start rule: a whole file, or the star_expressions of an f-string field. */
    private Object startRule() {
        if (fstring) {
            return starExpressions();
        }
        if (evalMode) {
            // eval: expressions NEWLINE* ENDMARKER
            int start = pos;
            Expr e = expressions();
            while (accept(TokenKind.NEWLINE)) {
                // trailing blank lines are allowed
            }
            expect(TokenKind.ENDMARKER);
            return new Ast.Module(List.of(new Stmt.ExprStmt(sp(start), e)), filename);
        }
        List<Stmt> body = statementsUntil(TokenKind.ENDMARKER);
        expect(TokenKind.ENDMARKER);
        return new Ast.Module(body, filename);
    }

    private Object runPasses() {
        try {
            pos = 0;
            depth = 0;
            return startRule();
        } catch (Backtrack first) {
            int lastTokenFirstPass = furthest;
            pos = 0;
            depth = DIAG_START_DEPTH;
            diag = true;
            memo = new HashMap<>();
            try {
                startRule();
            } catch (Backtrack second) {
                throw genericError(lastTokenFirstPass);
            } catch (SpecificError e) {
                throw overrideWithTokenizerError(e);
            }
            // The second pass can only succeed where the first did not if the grammars differ;
            // report the first pass's failure.
            throw genericError(lastTokenFirstPass);
        } catch (SpecificError e) {
            throw overrideWithTokenizerError(e);
        }
    }

    /** CPython's generic report for a failed parse (after the second pass found nothing specific). */
    private RuntimeException genericError(int lastIndex) {
        Token last = toks[Math.min(lastIndex, ntok - 1)];
        // An indentation error is final; only "invalid syntax" yields to later tokenizer errors.
        if (last.kind == TokenKind.INDENT) {
            return new SpecificError(errorAtLastToken(SyntaxErrorInfo.Kind.INDENTATION_ERROR, "unexpected indent"));
        }
        if (last.kind == TokenKind.DEDENT) {
            return new SpecificError(errorAtLastToken(SyntaxErrorInfo.Kind.INDENTATION_ERROR, "unexpected unindent"));
        }
        return overrideWithTokenizerError(new SpecificError(errorAt(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "invalid syntax", last)));
    }

    /**
     * CPython tokenizes the rest of the file after a parser error: a bracket left open on an
     * earlier line than the error, or an error the tokenizer raises, replaces the parser's.
     */
    private RuntimeException overrideWithTokenizerError(SpecificError err) {
        fullyTokenized = true;
        if (lexError == null || fstring) {
            return err;
        }
        if (lexError.raised()) {
            return new TokenizerError(fromLexError(lexError));
        }
        int currentLine = toks[Math.min(Math.max(furthest, 0), ntok - 1)].line;
        if (lexError.openBracket() != 0 && lexError.bracketLine() < currentLine) {
            return new SpecificError(unclosedBracket());
        }
        return err;
    }

    // ---- errors -------------------------------------------------------------------------------

    private SyntaxErrorInfo unclosedBracket() {
        int line = lexError.bracketLine();
        return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                "'" + lexError.openBracket() + "' was never closed", filename, line, lexError.bracketOffset(), line, 0,
                fileLineText(line));
    }

    private SyntaxErrorInfo fromLexError(LexError e) {
        SyntaxErrorInfo.Kind kind = switch (e.type()) {
            case SYNTAX -> SyntaxErrorInfo.Kind.SYNTAX_ERROR;
            case INDENTATION -> SyntaxErrorInfo.Kind.INDENTATION_ERROR;
            case TAB -> SyntaxErrorInfo.Kind.TAB_ERROR;
        };
        if (!e.raised() && e.message().equals("unexpected EOF while parsing") && e.openBracket() != 0) {
            return unclosedBracket();
        }
        String text = e.raised() ? e.text() : fileLineText(e.line());
        String msg = e.message();
        return new SyntaxErrorInfo(kind, msg, filename, e.line(), e.offset(), e.endLine(), e.endOffset(), text);
    }

    /**
     * The line a parser error quotes: as CPython reads it back from the file (see
     * {@link ErrorText}), or inside an f-string field the "(expr)" line being tokenized.
     */
    private String fileLineText(int line) {
        if (fstring) {
            Token last = toks[Math.min(Math.max(furthest, 0), ntok - 1)];
            int subLine = Math.max(1, last.line - startingLine + 1);
            return src.line(subLine) + (src.hasNewline(subLine) ? "\n" : "");
        }
        return ErrorText.fileLine(src, line);
    }

    private int byteCol(int line, int col) {
        if (fstring) {
            // Inside an f-string field CPython measures from the "(expr)" text.
            int subLine = line - startingLine + 1;
            String text = src.line(subLine);
            int c = line == startingLine ? col - startingCol : col;
            return ErrorText.utf8Length(text, Math.max(0, Math.min(c, text.length())));
        }
        return ErrorText.utf8Length(src.line(line), col);
    }

    /** CPython's RAISE_ERROR_KNOWN_LOCATION with a token's range. */
    private SyntaxErrorInfo errorAt(SyntaxErrorInfo.Kind kind, String msg, Token t) {
        if (t.synthetic) {
            return build(kind, msg, t.line, 0, t.endLine, 0);
        }
        return build(kind, msg, t.line, byteCol(t.line, t.col) + 1, t.endLine, byteCol(t.endLine, t.endCol) + 1);
    }

    private SyntaxErrorInfo errorAt(String msg, Span a, Span b) {
        return build(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, a.line(), byteCol(a.line(), a.col()) + 1, b.endLine(),
                byteCol(b.endLine(), b.endCol()) + 1);
    }

    /** CPython's RAISE_SYNTAX_ERROR: at the last token fetched so far. */
    private SyntaxErrorInfo errorAtLastToken(SyntaxErrorInfo.Kind kind, String msg) {
        Token t = toks[Math.min(Math.max(furthest, 0), ntok - 1)];
        if (t.synthetic) {
            // No source range: CPython uses its cursor column (0 at end of file) and no end.
            return build(kind, msg, t.line, byteCol(t.line, t.col), t.endLine, -1);
        }
        return build(kind, msg, t.line, byteCol(t.line, t.col) + 1, t.endLine, byteCol(t.endLine, t.endCol) + 1);
    }

    private SyntaxErrorInfo build(SyntaxErrorInfo.Kind kind, String msg, int line, int colBytes, int endLine,
                                  int endColBytes) {
        String text = fileLineText(line);
        if (fstring) {
            msg = "f-string: " + msg;
        }
        // CPython 3.11 leaves parser offsets in UTF-8 bytes for a file without a coding cookie.
        return new SyntaxErrorInfo(kind, msg, filename, line, colBytes, endLine, endColBytes, text);
    }

    /**
     * CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from {@code a} to where its tokenizer stands,
     * just past the last token fetched.
     */
    private SpecificError raiseStartingFrom(String msg, int line, int col) {
        Token t = toks[Math.min(Math.max(furthest, 0), ntok - 1)];
        int endCol;
        if (t.synthetic) {
            endCol = byteCol(t.line, t.col);
        } else if (t.kind == TokenKind.NEWLINE) {
            endCol = byteCol(t.line, t.endCol) + 1; // past the '\n'
        } else {
            endCol = byteCol(t.endLine, t.endCol);
        }
        return new SpecificError(build(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, line, byteCol(line, col) + 1,
                t.endLine, endCol));
    }

    /** CPython's default limit on decimal digits for int/str conversions (sys.set_int_max_str_digits). */
    private static final int MAX_STR_DIGITS = 4300;

    /**
     * A NUMBER token's value. A decimal int literal longer than the int/str conversion limit is
     * CPython's SyntaxError (reported on the token's line with offset 0, as CPython's parser does).
     */
    private Object number(Token t) {
        String text = t.text;
        if (text.length() > MAX_STR_DIGITS && !(text.length() > 1 && text.charAt(0) == '0')) {
            int digits = 0;
            boolean integer = true;
            for (int i = 0; i < text.length() && integer; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') digits++;
                else if (c != '_') integer = false;
            }
            if (integer && digits > MAX_STR_DIGITS) {
                throw new SpecificError(build(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "Exceeds the limit (" + MAX_STR_DIGITS
                        + " digits) for integer string conversion: value has " + digits + " digits; use "
                        + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                        + "literals to avoid decimal conversion limits.", t.line, 0, t.line, 0));
            }
        }
        return Numbers.parse(text);
    }

    private SpecificError raise(String msg, Token t) {
        return new SpecificError(errorAt(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg, t));
    }

    private SpecificError raise(String msg, Node a) {
        return new SpecificError(errorAt(msg, a.span(), a.span()));
    }

    private SpecificError raise(String msg, Span a, Span b) {
        return new SpecificError(errorAt(msg, a, b));
    }

    private SpecificError raiseLast(String msg) {
        return new SpecificError(errorAtLastToken(SyntaxErrorInfo.Kind.SYNTAX_ERROR, msg));
    }

    private SpecificError raiseIndentLast(String msg) {
        return new SpecificError(errorAtLastToken(SyntaxErrorInfo.Kind.INDENTATION_ERROR, msg));
    }

    private static Span spanOf(Token t) {
        return new Span(t.line, t.col, t.endLine, t.endCol);
    }

    // ---- tokens -------------------------------------------------------------------------------

    private Token tok(int i) {
        if (i > furthest) {
            furthest = i;
        }
        if (i >= ntok) {
            if (lexError != null) {
                throw new TokenizerError(fromLexError(lexError));
            }
            return toks[ntok - 1];
        }
        return toks[i];
    }

    private Token peek() {
        return tok(pos);
    }

    private TokenKind kind() {
        return tok(pos).kind;
    }

    private TokenKind kindAt(int i) {
        return tok(i).kind;
    }

    private boolean at(TokenKind k) {
        return tok(pos).kind == k;
    }

    private boolean accept(TokenKind k) {
        if (tok(pos).kind == k) {
            pos++;
            return true;
        }
        return false;
    }

    private Token expect(TokenKind k) {
        Token t = tok(pos);
        if (t.kind != k) {
            throw BACKTRACK;
        }
        pos++;
        return t;
    }

    /** CPython's forced token ({@code &&':'}): a missing one is an error right away, in any pass. */
    private Token expectForced(TokenKind k) {
        Token t = tok(pos);
        if (t.kind != k) {
            throw raise("expected '" + k.spelling + "'", t);
        }
        pos++;
        return t;
    }

    private static Backtrack fail() {
        return BACKTRACK;
    }

    private Span sp(int start) {
        Token a = toks[start];
        Token b = toks[pos - 1];
        return new Span(a.line, a.col, b.endLine, b.endCol);
    }

    /**
     * From token {@code start} to the last token consumed that is not NEWLINE, INDENT or DEDENT:
     * how CPython ends a compound statement (a ';' closing its last line included).
     */
    private Span spBlock(int start) {
        Token a = toks[start];
        int m = pos - 1;
        while (m > start) {
            TokenKind k = toks[m].kind;
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.ENDMARKER) {
                break;
            }
            m--;
        }
        Token b = toks[m];
        return new Span(a.line, a.col, b.endLine, b.endCol);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ParserMemoryError();
        }
    }

    /**
     * What one level of brackets costs CPython's parser in rule levels (beyond the expression
     * inside), measured with python3: about 29 for [ and {, 28 for (, 24 for calls and
     * subscripts, so 200 levels fit and, for a program nested 150 deep, the allowance left for
     * other nesting matches CPython's within 1%.
     */
    private static final int LIST_LEVELS = 28;
    private static final int PAREN_LEVELS = 27;
    private static final int CALL_LEVELS = 23;
    /**
     * CPython's second pass spends more levels per bracket (its invalid_* rules nest deeper): an
     * error inside 194 nested lists or 200 nested parentheses is a MemoryError there. These
     * second-pass weights and starting credit reproduce those limits.
     */
    private static final int DIAG_LIST_LEVELS = 30;
    private static final int DIAG_PAREN_LEVELS = 29;
    private static final int DIAG_START_DEPTH = -20;

    private int listLevels() {
        return diag ? DIAG_LIST_LEVELS : LIST_LEVELS;
    }

    private int parenLevels() {
        return diag ? DIAG_PAREN_LEVELS : PAREN_LEVELS;
    }

    private void enter(int weight) {
        depth += weight;
        if (depth > MAX_DEPTH) {
            throw new ParserMemoryError();
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private List<Stmt> statementsUntil(TokenKind end) {
        List<Stmt> body = new ArrayList<>();
        while (!at(end)) {
            statement(body);
        }
        return body;
    }

    private void statement(List<Stmt> out) {
        if (at(TokenKind.NAME) && peek().text.equals("match")) {
            int save = pos;
            int d = depth;
            try {
                out.add(matchStatement());
                return;
            } catch (Backtrack b) {
                pos = save;
                depth = d;
            }
            if (diag) {
                invalidMatchStatement();
            }
        }
        switch (kind()) {
            case DEF:
            case AT:
            case CLASS:
            case IF:
            case WHILE:
            case FOR:
            case TRY:
            case WITH:
                out.add(compoundStatement());
                return;
            case ASYNC: {
                TokenKind next = kindAt(pos + 1);
                if (next == TokenKind.DEF || next == TokenKind.FOR || next == TokenKind.WITH) {
                    out.add(compoundStatement());
                    return;
                }
                break;
            }
            default:
                break;
        }
        simpleStatements(out);
    }

    // ---- match statements (the soft keywords 'match' and 'case') -------------------------------

    /** {@code match subject: NEWLINE INDENT case_block+ DEDENT}; Backtrack when this is no match statement. */
    private Stmt matchStatement() {
        int start = pos;
        pos++;
        Expr subject = matchSubject();
        expect(TokenKind.COLON);
        expect(TokenKind.NEWLINE);
        expect(TokenKind.INDENT);
        List<Ast.MatchCase> cases = new ArrayList<>();
        while (at(TokenKind.NAME) && peek().text.equals("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw fail();
        }
        expect(TokenKind.DEDENT);
        return new Stmt.Match(spBlock(start), subject, cases);
    }

    private Expr matchSubject() {
        int start = pos;
        Expr first = starNamedExpression();
        if (at(TokenKind.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(TokenKind.COMMA)) {
                if (!canStartExpression(kind(), true)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            return new Expr.TupleExpr(sp(start), elts, Ctx.LOAD);
        }
        if (first instanceof Expr.Starred) {
            throw fail();
        }
        return first;
    }

    private Ast.MatchCase caseBlock() {
        Token kw = tok(pos++);
        Pattern pattern = casePatterns();
        Expr guard = null;
        if (accept(TokenKind.IF)) {
            guard = namedExpression();
        }
        headerChecks(kw, "'case' statement", true);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        return new Ast.MatchCase(pattern, guard, body);
    }

    /** {@code patterns}: an open sequence pattern ({@code case a, *b:}) or a single pattern. */
    private Pattern casePatterns() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (at(TokenKind.COMMA)) {
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (accept(TokenKind.COMMA)) {
                if (!canStartPattern()) {
                    break;
                }
                items.add(maybeStarPattern());
            }
            return new Pattern.MatchSequence(sp(start), items);
        }
        if (first instanceof Pattern.MatchStar) {
            throw fail();
        }
        return first;
    }

    private boolean canStartPattern() {
        switch (kind()) {
            case NAME: case NUMBER: case STRING: case MINUS: case LPAR: case LSQB: case LBRACE: case STAR:
            case NONE: case TRUE: case FALSE:
                return true;
            default:
                return false;
        }
    }

    private Pattern maybeStarPattern() {
        if (at(TokenKind.STAR)) {
            int start = pos;
            pos++;
            Token t = expect(TokenKind.NAME);
            if (at(TokenKind.DOT) || at(TokenKind.LPAR) || at(TokenKind.EQUAL)) {
                throw fail();
            }
            return new Pattern.MatchStar(sp(start), t.text.equals("_") ? null : t.text);
        }
        return pattern();
    }

    /** {@code as_pattern | or_pattern}. */
    private Pattern pattern() {
        int start = pos;
        enter(1);
        Pattern p = orPattern();
        if (accept(TokenKind.AS)) {
            Token t = peek();
            if (t.kind != TokenKind.NAME || kindAt(pos + 1) == TokenKind.DOT || kindAt(pos + 1) == TokenKind.LPAR
                    || kindAt(pos + 1) == TokenKind.EQUAL) {
                // CPython's invalid_as_pattern: a target that does not start with a name is read as
                // an expression and named; one that does (a.b, a(b)) is plain invalid syntax.
                if (diag && t.kind != TokenKind.NAME) {
                    int save = pos;
                    try {
                        Expr bad = expression();
                        throw raise("invalid pattern target", bad);
                    } catch (Backtrack b) {
                        pos = save;
                    }
                }
                throw fail();
            }
            if (t.text.equals("_")) {
                if (diag) {
                    throw raise("cannot use '_' as a target", t);
                }
                throw fail();
            }
            pos++;
            p = new Pattern.MatchAs(sp(start), p, t.text);
        }
        depth -= 1;
        return p;
    }

    private Pattern orPattern() {
        int start = pos;
        Pattern first = closedPattern();
        if (!at(TokenKind.VBAR)) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(TokenKind.VBAR)) {
            alts.add(closedPattern());
        }
        return new Pattern.MatchOr(sp(start), alts);
    }

    private Pattern closedPattern() {
        int start = pos;
        Token t = peek();
        switch (t.kind) {
            case NUMBER:
            case MINUS: {
                Expr v = numberPatternValue();
                return new Pattern.MatchValue(sp(start), v);
            }
            case STRING: {
                Expr v = strings();
                if (v instanceof Expr.JoinedStr) {
                    throw raise("patterns may only match literals and attribute lookups", v);
                }
                return new Pattern.MatchValue(sp(start), v);
            }
            case NONE:
                pos++;
                return new Pattern.MatchSingleton(sp(start), Ast.Singleton.NONE);
            case TRUE:
                pos++;
                return new Pattern.MatchSingleton(sp(start), Boolean.TRUE);
            case FALSE:
                pos++;
                return new Pattern.MatchSingleton(sp(start), Boolean.FALSE);
            case LPAR:
                return groupOrSequencePattern();
            case LSQB: {
                pos++;
                List<Pattern> items = new ArrayList<>();
                while (!at(TokenKind.RSQB)) {
                    items.add(maybeStarPattern());
                    if (!accept(TokenKind.COMMA)) {
                        break;
                    }
                }
                expect(TokenKind.RSQB);
                return new Pattern.MatchSequence(sp(start), items);
            }
            case LBRACE:
                return mappingPattern();
            case NAME: {
                Expr target = nameOrAttr();
                if (at(TokenKind.LPAR)) {
                    return classPattern(start, target);
                }
                if (target instanceof Expr.Attribute) {
                    return new Pattern.MatchValue(sp(start), target);
                }
                if (at(TokenKind.EQUAL)) {
                    throw fail();
                }
                String name = ((Expr.Name) target).id();
                return new Pattern.MatchAs(sp(start), null, name.equals("_") ? null : name);
            }
            default:
                throw fail();
        }
    }

    /** {@code signed_number} or {@code complex_number} ({@code -1}, {@code 2.5}, {@code 1 - 2j}). */
    private Expr numberPatternValue() {
        int start = pos;
        boolean neg = accept(TokenKind.MINUS);
        Token n = expect(TokenKind.NUMBER);
        Expr v = new Expr.Constant(spanOf(n), number(n));
        if (neg) {
            v = new Expr.UnaryOp(sp(start), Ast.UnaryOpKind.USUB, v);
        }
        if (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
            Ast.BinOpKind op = at(TokenKind.PLUS) ? Ast.BinOpKind.ADD : Ast.BinOpKind.SUB;
            if (kindAt(pos + 1) != TokenKind.NUMBER) {
                throw fail();
            }
            if (Numbers.parse(n.text) instanceof Ast.Imaginary) {
                throw raise("real number required in complex literal", v);
            }
            pos++;
            Token im = tok(pos++);
            Expr imag = new Expr.Constant(spanOf(im), number(im));
            if (!(Numbers.parse(im.text) instanceof Ast.Imaginary)) {
                throw raise("imaginary number required in complex literal", imag);
            }
            v = new Expr.BinOp(sp(start), v, op, imag);
        }
        return v;
    }

    private Expr nameOrAttr() {
        int start = pos;
        Token t = expect(TokenKind.NAME);
        Expr e = new Expr.Name(spanOf(t), t.text, Ctx.LOAD);
        while (at(TokenKind.DOT) && kindAt(pos + 1) == TokenKind.NAME) {
            pos++;
            Token a = tok(pos++);
            e = new Expr.Attribute(sp(start), e, a.text, Ctx.LOAD);
        }
        return e;
    }

    private Pattern groupOrSequencePattern() {
        int start = pos;
        pos++;
        if (accept(TokenKind.RPAR)) {
            return new Pattern.MatchSequence(sp(start), List.of());
        }
        Pattern first = maybeStarPattern();
        if (at(TokenKind.COMMA)) {
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            while (accept(TokenKind.COMMA)) {
                if (at(TokenKind.RPAR)) {
                    break;
                }
                items.add(maybeStarPattern());
            }
            expect(TokenKind.RPAR);
            return new Pattern.MatchSequence(sp(start), items);
        }
        if (first instanceof Pattern.MatchStar) {
            throw fail();
        }
        expect(TokenKind.RPAR);
        return first;
    }

    private Pattern mappingPattern() {
        int start = pos;
        pos++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(TokenKind.RBRACE)) {
            if (at(TokenKind.DOUBLESTAR)) {
                pos++;
                Token t = expect(TokenKind.NAME);
                if (t.text.equals("_") || at(TokenKind.DOT) || at(TokenKind.LPAR) || at(TokenKind.EQUAL)) {
                    throw fail();
                }
                rest = t.text;
                accept(TokenKind.COMMA);
                break;
            }
            keys.add(mappingKey());
            expect(TokenKind.COLON);
            values.add(pattern());
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RBRACE);
        return new Pattern.MatchMapping(sp(start), keys, values, rest);
    }

    private Expr mappingKey() {
        int start = pos;
        switch (kind()) {
            case NUMBER:
            case MINUS:
                return numberPatternValue();
            case STRING: {
                Expr v = strings();
                if (v instanceof Expr.JoinedStr) {
                    throw raise("patterns may only match literals and attribute lookups", v);
                }
                return v;
            }
            case NONE:
                pos++;
                return new Expr.Constant(sp(start), Ast.Singleton.NONE);
            case TRUE:
                pos++;
                return new Expr.Constant(sp(start), Boolean.TRUE);
            case FALSE:
                pos++;
                return new Expr.Constant(sp(start), Boolean.FALSE);
            case NAME: {
                Expr e = nameOrAttr();
                if (!(e instanceof Expr.Attribute)) {
                    throw fail();
                }
                return e;
            }
            default:
                throw fail();
        }
    }

    private Pattern classPattern(int start, Expr cls) {
        pos++;
        List<Pattern> args = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        List<Pattern> kwPatterns = new ArrayList<>();
        while (!at(TokenKind.RPAR)) {
            if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.EQUAL) {
                kwNames.add(tok(pos).text);
                pos += 2;
                kwPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (!kwNames.isEmpty()) {
                    if (diag) {
                        throw raise("positional patterns follow keyword patterns", p);
                    }
                    throw fail();
                }
                args.add(p);
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        expect(TokenKind.RPAR);
        return new Pattern.MatchClass(sp(start), cls, args, kwNames, kwPatterns);
    }

    /**
     * CPython's second pass reads a statement starting with the soft keyword {@code match} as a
     * match statement first: a subject followed by the end of the line raises "expected ':'" at
     * the last token fetched (so {@code match(x)} in a file with an error elsewhere gets this
     * message). Match statements themselves are not supported.
     */
    private void invalidMatchStatement() {
        int start = pos;
        int d = depth;
        pos++;
        try {
            Expr first = starNamedExpression();
            if (at(TokenKind.COMMA)) {
                pos++;
                while (canStartExpression(kind(), true)) {
                    starNamedExpression();
                    if (!accept(TokenKind.COMMA)) {
                        break;
                    }
                }
            } else if (first instanceof Expr.Starred) {
                throw fail();
            }
            if (at(TokenKind.NEWLINE)) {
                throw raiseLast("expected ':'");
            }
            if (at(TokenKind.COLON) && kindAt(pos + 1) == TokenKind.NEWLINE && kindAt(pos + 2) != TokenKind.INDENT) {
                throw raiseIndentLast("expected an indented block after 'match' statement on line " + toks[start].line);
            }
        } catch (Backtrack b) {
            // not a match statement
        }
        pos = start;
        depth = d;
    }

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(TokenKind.SEMI)) {
            if (at(TokenKind.NEWLINE)) {
                break;
            }
            int save = pos;
            int d = depth;
            try {
                out.add(simpleStatement());
            } catch (Backtrack b) {
                // PEG: the ';' was a trailing one after all
                pos = save;
                depth = d;
                break;
            }
        }
        expect(TokenKind.NEWLINE);
    }

    private Stmt compoundStatement() {
        switch (kind()) {
            case AT: return decorated();
            case DEF: return functionDef(pos, List.of());
            case CLASS: return classDef(pos, List.of());
            case IF: return ifStatement();
            case WHILE: return whileStatement();
            case FOR: return forStatement(pos);
            case TRY: return tryStatement();
            case WITH: return withStatement(pos);
            case ASYNC: {
                TokenKind next = kindAt(pos + 1);
                if (next == TokenKind.DEF) {
                    return functionDef(pos, List.of());
                }
                if (next == TokenKind.FOR) {
                    return forStatement(pos);
                }
                return withStatement(pos);
            }
            default:
                throw fail();
        }
    }

    private Stmt simpleStatement() {
        int start = pos;
        switch (kind()) {
            case RETURN: {
                pos++;
                Expr value = canStartExpression(kind(), true) ? starExpressions() : null;
                return new Stmt.Return(sp(start), value);
            }
            case IMPORT:
                return importName();
            case FROM:
                return importFrom();
            case RAISE: {
                pos++;
                Expr exc = null;
                Expr cause = null;
                if (canStartExpression(kind(), false)) {
                    exc = expression();
                    if (accept(TokenKind.FROM)) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(sp(start), exc, cause);
            }
            case PASS:
                pos++;
                return new Stmt.Pass(sp(start));
            case BREAK:
                pos++;
                return new Stmt.Break(sp(start));
            case CONTINUE:
                pos++;
                return new Stmt.Continue(sp(start));
            case DEL:
                return delStatement();
            case YIELD: {
                Expr y = yieldExpr();
                if (diag && (at(TokenKind.EQUAL))) {
                    throw raise("assignment to yield expression not possible", y);
                }
                return new Stmt.ExprStmt(sp(start), y);
            }
            case ASSERT: {
                pos++;
                Expr test = expression();
                Expr msg = accept(TokenKind.COMMA) ? expression() : null;
                return new Stmt.Assert(sp(start), test, msg);
            }
            case GLOBAL:
            case NONLOCAL: {
                boolean global = kind() == TokenKind.GLOBAL;
                pos++;
                List<String> names = new ArrayList<>();
                names.add(expectName());
                while (accept(TokenKind.COMMA)) {
                    names.add(expectName());
                }
                return global ? new Stmt.Global(sp(start), names) : new Stmt.Nonlocal(sp(start), names);
            }
            default:
                return expressionStatement();
        }
    }

    private String expectName() {
        return expect(TokenKind.NAME).text;
    }

    /**
     * An assignment of any kind or an expression statement. In the second pass, when the
     * statement is not a well-formed assignment, CPython's invalid_assignment checks run before
     * it is read as an expression statement.
     */
    private Stmt expressionStatement() {
        int start = pos;
        if (!diag) {
            return assignmentOrExpression(start);
        }
        int d = depth;
        try {
            Stmt s = assignmentOrExpression(start);
            if (!(s instanceof Stmt.ExprStmt)) {
                return s;
            }
        } catch (Backtrack b) {
            // fall through to the checks
        }
        pos = start;
        depth = d;
        invalidAssignment(start);
        Expr e = starExpressions();
        return new Stmt.ExprStmt(sp(start), e);
    }

    private Stmt assignmentOrExpression(int start) {
        Expr first = starExpressions();
        TokenKind k = kind();
        if (k == TokenKind.EQUAL) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value;
            while (true) {
                expect(TokenKind.EQUAL);
                value = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
                if (!at(TokenKind.EQUAL)) {
                    break;
                }
                targets.add(value);
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (Expr t : targets) {
                Expr s = toTarget(t, Ctx.STORE);
                if (s == null) {
                    throw fail();
                }
                stored.add(s);
            }
            return new Stmt.Assign(sp(start), stored, value);
        }
        if (k == TokenKind.COLON) {
            boolean simple;
            Expr target;
            if (first instanceof Expr.Name n) {
                simple = toks[start].kind != TokenKind.LPAR;
                target = new Expr.Name(n.span(), n.id(), Ctx.STORE);
            } else if (first instanceof Expr.Attribute || first instanceof Expr.Subscript) {
                simple = false;
                target = toTarget(first, Ctx.STORE);
            } else {
                throw fail();
            }
            pos++;
            Expr annotation = expression();
            Expr value = null;
            if (accept(TokenKind.EQUAL)) {
                value = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
            }
            return new Stmt.AnnAssign(sp(start), target, annotation, value, simple);
        }
        BinOpKind aug = augAssignOp(k);
        if (aug != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw fail();
            }
            pos++;
            Expr value = at(TokenKind.YIELD) ? yieldExpr() : starExpressions();
            return new Stmt.AugAssign(sp(start), toTarget(first, Ctx.STORE), aug, value);
        }
        return new Stmt.ExprStmt(sp(start), first);
    }

    private static BinOpKind augAssignOp(TokenKind k) {
        switch (k) {
            case PLUSEQUAL: return BinOpKind.ADD;
            case MINEQUAL: return BinOpKind.SUB;
            case STAREQUAL: return BinOpKind.MULT;
            case ATEQUAL: return BinOpKind.MATMULT;
            case SLASHEQUAL: return BinOpKind.DIV;
            case PERCENTEQUAL: return BinOpKind.MOD;
            case AMPEREQUAL: return BinOpKind.BITAND;
            case VBAREQUAL: return BinOpKind.BITOR;
            case CIRCUMFLEXEQUAL: return BinOpKind.BITXOR;
            case LEFTSHIFTEQUAL: return BinOpKind.LSHIFT;
            case RIGHTSHIFTEQUAL: return BinOpKind.RSHIFT;
            case DOUBLESTAREQUAL: return BinOpKind.POW;
            case DOUBLESLASHEQUAL: return BinOpKind.FLOORDIV;
            default: return null;
        }
    }

    private Stmt delStatement() {
        int start = pos;
        pos++;
        int targetsStart = pos;
        List<Expr> targets = new ArrayList<>();
        try {
            targets.add(delTarget());
            while (accept(TokenKind.COMMA)) {
                if (!canStartAtom(kind())) {
                    break;
                }
                targets.add(delTarget());
            }
            if (!at(TokenKind.SEMI) && !at(TokenKind.NEWLINE)) {
                throw fail();
            }
        } catch (Backtrack b) {
            if (diag) {
                pos = targetsStart;
                Expr e = starExpressions();
                Expr bad = invalidTargetOf(e, Ctx.DEL);
                if (bad != null) {
                    throw raise("cannot delete " + exprName(bad), bad);
                }
            }
            throw b;
        }
        return new Stmt.Delete(sp(start), targets);
    }

    private Expr delTarget() {
        Expr e = primary();
        Expr t = toTarget(e, Ctx.DEL);
        if (t == null) {
            throw fail();
        }
        return t;
    }

    private Stmt importName() {
        int start = pos;
        pos++;
        List<Alias> names = new ArrayList<>();
        do {
            int aStart = pos;
            String name = dottedName();
            String asname = accept(TokenKind.AS) ? expectName() : null;
            names.add(new Alias(sp(aStart), name, asname));
        } while (accept(TokenKind.COMMA));
        return new Stmt.Import(sp(start), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (at(TokenKind.DOT) && kindAt(pos + 1) == TokenKind.NAME) {
            pos++;
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        int start = pos;
        pos++;
        int level = 0;
        while (true) {
            if (accept(TokenKind.DOT)) {
                level++;
            } else if (accept(TokenKind.ELLIPSIS)) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (at(TokenKind.NAME)) {
            module = dottedName();
        } else if (level == 0) {
            throw fail();
        }
        expect(TokenKind.IMPORT);
        List<Alias> names = new ArrayList<>();
        if (at(TokenKind.STAR)) {
            Token star = tok(pos++);
            names.add(new Alias(spanOf(star), "*", null));
        } else if (accept(TokenKind.LPAR)) {
            importFromAsNames(names);
            accept(TokenKind.COMMA);
            expect(TokenKind.RPAR);
        } else {
            importFromAsNames(names);
            if (at(TokenKind.COMMA)) {
                if (diag && kindAt(pos + 1) == TokenKind.NEWLINE) {
                    tok(pos + 1);
                    throw raiseLast("trailing comma not allowed without surrounding parentheses");
                }
                throw fail();
            }
        }
        return new Stmt.ImportFrom(sp(start), module, names, level);
    }

    private void importFromAsNames(List<Alias> names) {
        do {
            int aStart = pos;
            String name = expectName();
            String asname = accept(TokenKind.AS) ? expectName() : null;
            names.add(new Alias(sp(aStart), name, asname));
        } while (at(TokenKind.COMMA) && kindAt(pos + 1) == TokenKind.NAME && ++pos > 0);
    }

    // ---- compound statements ------------------------------------------------------------------

    /** The body after a header's ':' — an indented block or simple statements on the same line. */
    private List<Stmt> block() {
        if (accept(TokenKind.NEWLINE)) {
            if (!at(TokenKind.INDENT)) {
                if (diag) {
                    throw raiseIndentLast("expected an indented block");
                }
                throw fail();
            }
            pos++;
            List<Stmt> body = statementsUntil(TokenKind.DEDENT);
            expect(TokenKind.DEDENT);
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return body;
    }

    /** CPython's invalid_*_stmt checks after a header: a missing ':' or a missing indented block. */
    private void headerChecks(Token keyword, String what, boolean colonCheck) {
        if (!diag) {
            return;
        }
        if (colonCheck && at(TokenKind.NEWLINE)) {
            throw raiseLast("expected ':'");
        }
        blockIndentCheck(keyword, what);
    }

    private void blockIndentCheck(Token keyword, String what) {
        if (diag && at(TokenKind.COLON) && kindAt(pos + 1) == TokenKind.NEWLINE && kindAt(pos + 2) != TokenKind.INDENT) {
            throw raiseIndentLast("expected an indented block after " + what + " on line " + keyword.line);
        }
    }

    private Stmt ifStatement() {
        int start = pos;
        Token kw = tok(pos++);
        Expr test = namedExpression();
        headerChecks(kw, "'".concat(kw.text).concat("' statement"), true);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = List.of();
        if (at(TokenKind.ELIF)) {
            orelse = List.of(ifStatement());
        } else if (at(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(spBlock(start), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        Token kw = tok(pos++);
        blockIndentCheck(kw, "'else' statement");
        expectForced(TokenKind.COLON);
        return block();
    }

    private Stmt whileStatement() {
        int start = pos;
        Token kw = tok(pos++);
        Expr test = namedExpression();
        headerChecks(kw, "'while' statement", true);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.While(spBlock(start), test, body, orelse);
    }

    private Stmt forStatement(int start) {
        boolean isAsync = accept(TokenKind.ASYNC);
        Token kw = expect(TokenKind.FOR);
        int targetStart = pos;
        Expr target;
        try {
            target = starTargets();
            expect(TokenKind.IN);
        } catch (Backtrack b) {
            if (diag) {
                invalidForTarget(targetStart);
            }
            throw b;
        }
        Expr iter = starExpressions();
        headerChecks(kw, "'for' statement", true);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        List<Stmt> orelse = at(TokenKind.ELSE) ? elseBlock() : List.of();
        return new Stmt.For(spBlock(start), target, iter, body, orelse, isAsync);
    }

    /** CPython's invalid_for_target: the target, read as an expression, names what it cannot assign. */
    private void invalidForTarget(int targetStart) {
        int save = pos;
        pos = targetStart;
        Expr e;
        try {
            e = starExpressions();
        } catch (Backtrack b) {
            pos = save;
            return;
        }
        Expr bad = invalidTargetOf(e, null);
        if (bad != null) {
            throw raise("cannot assign to " + exprName(bad), bad);
        }
        pos = save;
    }

    private Stmt withStatement(int start) {
        boolean isAsync = accept(TokenKind.ASYNC);
        Token kw = expect(TokenKind.WITH);
        List<WithItem> items = null;
        if (at(TokenKind.LPAR)) {
            int save = pos;
            int d = depth;
            try {
                pos++;
                List<WithItem> list = new ArrayList<>();
                list.add(withItem());
                while (accept(TokenKind.COMMA)) {
                    if (at(TokenKind.RPAR)) {
                        break;
                    }
                    list.add(withItem());
                }
                expect(TokenKind.RPAR);
                if (diag && at(TokenKind.NEWLINE)) {
                    throw raiseLast("expected ':'");
                }
                blockIndentCheck(kw, "'with' statement");
                if (!at(TokenKind.COLON)) {
                    throw fail();
                }
                items = list;
            } catch (Backtrack b) {
                pos = save;
                depth = d;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            items.add(withItem());
            while (accept(TokenKind.COMMA)) {
                items.add(withItem());
            }
            headerChecks(kw, "'with' statement", true);
        }
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        return new Stmt.With(spBlock(start), items, body, isAsync);
    }

    private WithItem withItem() {
        Expr e = expression();
        if (at(TokenKind.AS)) {
            int save = pos;
            pos++;
            int targetStart = pos;
            try {
                Expr t = starTarget();
                TokenKind k = kind();
                if (k == TokenKind.COMMA || k == TokenKind.RPAR || k == TokenKind.COLON) {
                    return new WithItem(e, t);
                }
                if (diag && k == TokenKind.NEWLINE) {
                    // CPython's invalid_with_stmt: items read as `expression ['as' star_target]`, then the line ends.
                    throw raiseLast("expected ':'");
                }
                throw fail();
            } catch (Backtrack b) {
                if (diag) {
                    pos = targetStart;
                    try {
                        Expr t = expression();
                        TokenKind k = kind();
                        if (k == TokenKind.COMMA || k == TokenKind.RPAR || k == TokenKind.COLON) {
                            Expr bad = invalidTargetOf(t, Ctx.STORE);
                            if (bad != null) {
                                throw raise("cannot assign to " + exprName(bad), bad);
                            }
                        }
                    } catch (Backtrack ignored) {
                        // not this mistake
                    }
                }
                pos = save;
            }
        }
        return new WithItem(e, null);
    }

    private Stmt tryStatement() {
        int start = pos;
        Token kw = tok(pos++);
        if (diag && at(TokenKind.COLON) && kindAt(pos + 1) == TokenKind.NEWLINE && kindAt(pos + 2) != TokenKind.INDENT) {
            throw raiseIndentLast("expected an indented block after 'try' statement on line " + kw.line);
        }
        expectForced(TokenKind.COLON);
        List<Stmt> body = block();
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        Boolean sawStar = null;
        while (at(TokenKind.EXCEPT)) {
            boolean thisStar = kindAt(pos + 1) == TokenKind.STAR;
            if (sawStar != null && sawStar != thisStar) {
                if (diag) {
                    throw mixedExcept(thisStar);
                }
                throw fail();
            }
            sawStar = thisStar;
            handlers.add(exceptBlock());
        }
        star = sawStar != null && sawStar;
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at(TokenKind.ELSE)) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at(TokenKind.FINALLY)) {
            Token fkw = tok(pos++);
            blockIndentCheck(fkw, "'finally' statement");
            expectForced(TokenKind.COLON);
            finalbody = block();
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            if (diag) {
                throw raiseLast("expected 'except' or 'finally' block");
            }
            throw fail();
        }
        return new Stmt.Try(spBlock(start), body, handlers, orelse, finalbody, star);
    }

    private SpecificError mixedExcept(boolean thisStar) {
        Token exceptKw = tok(pos);
        if (thisStar) {
            return raise("cannot have both 'except' and 'except*' on the same 'try'", spanOf(exceptKw),
                    spanOf(tok(pos + 1)));
        }
        return raise("cannot have both 'except' and 'except*' on the same 'try'", exceptKw);
    }

    private ExceptHandler exceptBlock() {
        int start = pos;
        Token kw = tok(pos++);
        boolean star = accept(TokenKind.STAR);
        Expr type = null;
        String name = null;
        if (!at(TokenKind.COLON)) {
            if (star && diag && at(TokenKind.NEWLINE)) {
                throw raiseLast("expected one or more exception types");
            }
            if (diag && at(TokenKind.NEWLINE)) {
                // `except` and the end of the line: CPython's invalid_except_stmt.
                throw raiseLast("expected ':'");
            }
            type = expression();
            if (diag && at(TokenKind.COMMA)) {
                int save = pos;
                try {
                    pos++;
                    expressions();
                    if (accept(TokenKind.AS)) {
                        expectName();
                    }
                    if (at(TokenKind.COLON)) {
                        throw raiseStartingFrom("multiple exception types must be parenthesized", type.span().line(),
                                type.span().col());
                    }
                } catch (Backtrack b) {
                    // not this mistake
                }
                pos = save;
            }
            if (accept(TokenKind.AS)) {
                name = expectName();
            }
        } else if (star) {
            if (diag) {
                throw raiseLast("expected one or more exception types");
            }
            throw fail();
        }
        if (diag && at(TokenKind.NEWLINE)) {
            throw raiseLast("expected ':'");
        }
        blockIndentCheck(kw, star ? "'except*' statement" : "'except' statement");
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        return new ExceptHandler(spBlock(start), type, name, body);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(TokenKind.AT)) {
            decorators.add(namedExpression());
            expect(TokenKind.NEWLINE);
        }
        int start = pos;
        if (at(TokenKind.CLASS)) {
            return classDef(start, decorators);
        }
        if (at(TokenKind.DEF) || (at(TokenKind.ASYNC) && kindAt(pos + 1) == TokenKind.DEF)) {
            return functionDef(start, decorators);
        }
        throw fail();
    }

    private Stmt functionDef(int start, List<Expr> decorators) {
        boolean isAsync = accept(TokenKind.ASYNC);
        Token kw = expect(TokenKind.DEF);
        String name = expectName();
        expectForced(TokenKind.LPAR);
        Arguments args = at(TokenKind.RPAR) ? Arguments.empty() : parameters(false);
        expect(TokenKind.RPAR);
        Expr returns = null;
        if (at(TokenKind.RARROW)) {
            int save = pos;
            int d = depth;
            pos++;
            try {
                returns = expression();
            } catch (Backtrack b) {
                // the optional "-> expr" is absent after all; the forced ':' then fails at '->'
                pos = save;
                depth = d;
            }
        }
        blockIndentCheck(kw, "function definition");
        expectForced(TokenKind.COLON);
        List<Stmt> body = block();
        return new Stmt.FunctionDef(spBlock(start), name, args, body, decorators, returns, isAsync);
    }

    private Stmt classDef(int start, List<Expr> decorators) {
        Token kw = expect(TokenKind.CLASS);
        String name = expectName();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (accept(TokenKind.LPAR)) {
            if (!at(TokenKind.RPAR)) {
                List<Expr> b = new ArrayList<>();
                List<Keyword> k = new ArrayList<>();
                arguments(b, k, null, true);
                bases = b;
                keywords = k;
            }
            expect(TokenKind.RPAR);
        }
        headerChecks(kw, "class definition", true);
        expect(TokenKind.COLON);
        List<Stmt> body = block();
        return new Stmt.ClassDef(spBlock(start), name, bases, keywords, body, decorators);
    }

    // ---- parameters ---------------------------------------------------------------------------

    /**
     * Parameters of a {@code def} (annotations allowed) or a {@code lambda}, up to but not
     * including the closing ')' or ':'.
     */
    private Arguments parameters(boolean lambda) {
        TokenKind close = lambda ? TokenKind.COLON : TokenKind.RPAR;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> plain = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!at(close)) {
            if (kwarg != null) {
                if (diag) {
                    Token t = peek();
                    throw raise("arguments cannot follow var-keyword argument", t);
                }
                throw fail();
            }
            if (at(TokenKind.SLASH)) {
                Token slash = tok(pos);
                if (diag) {
                    if (sawStar) {
                        throw raise("/ must be ahead of *", slash);
                    }
                    if (sawSlash) {
                        throw raise("/ may appear only once", slash);
                    }
                    // CPython's rule wants the '/' followed by a comma; `(/)` is plain invalid syntax.
                    if (plain.isEmpty() && kindAt(pos + 1) == TokenKind.COMMA) {
                        throw raise("at least one argument must precede /", slash);
                    }
                }
                if (sawStar || sawSlash || plain.isEmpty()) {
                    throw fail();
                }
                pos++;
                sawSlash = true;
                posonly.addAll(plain);
                plain.clear();
            } else if (at(TokenKind.STAR)) {
                Token star = tok(pos);
                if (sawStar) {
                    if (diag && starCanFollow(lambda)) {
                        throw raise("* argument may appear only once", star);
                    }
                    throw fail();
                }
                pos++;
                sawStar = true;
                if (at(TokenKind.NAME)) {
                    vararg = parameter(lambda, true);
                    if (at(TokenKind.EQUAL)) {
                        if (diag) {
                            throw raise("var-positional argument cannot have default value", peek());
                        }
                        throw fail();
                    }
                } else if (at(TokenKind.COMMA)) {
                    // bare '*': keyword-only parameters must follow
                    TokenKind after = kindAt(pos + 1);
                    if (after == close || after == TokenKind.DOUBLESTAR) {
                        if (diag) {
                            // A def reports at the '*'; a lambda (CPython's rule without a known location)
                            // at the last token the rule read.
                            throw raise("named arguments must follow bare *", lambda ? tok(pos + 1) : star);
                        }
                        throw fail();
                    }
                } else {
                    if (diag && at(close)) {
                        throw raise("named arguments must follow bare *", lambda ? peek() : star);
                    }
                    throw fail();
                }
            } else if (at(TokenKind.DOUBLESTAR)) {
                pos++;
                kwarg = parameter(lambda, false);
                if (at(TokenKind.EQUAL)) {
                    if (diag) {
                        throw raise("var-keyword argument cannot have default value", peek());
                    }
                    throw fail();
                }
            } else if (at(TokenKind.NAME)) {
                Arg a = parameter(lambda, false);
                Expr dflt = null;
                if (at(TokenKind.EQUAL)) {
                    Token eq = tok(pos++);
                    if (diag && (at(TokenKind.COMMA) || at(TokenKind.RPAR))) {
                        throw raise("expected default value expression", eq);
                    }
                    dflt = expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        if (diag) {
                            throw raise("non-default argument follows default argument", a);
                        }
                        throw fail();
                    }
                    plain.add(a);
                }
            } else if (at(TokenKind.LPAR) && diag) {
                Token lpar = tok(pos);
                int save = pos;
                pos++;
                boolean names = false;
                while (at(TokenKind.NAME)) {
                    names = true;
                    pos++;
                    if (!accept(TokenKind.COMMA)) {
                        break;
                    }
                }
                if (names && at(TokenKind.RPAR)) {
                    throw raise((lambda ? "Lambda expression" : "Function") + " parameters cannot be parenthesized",
                            spanOf(lpar), spanOf(tok(pos)));
                }
                pos = save;
                throw fail();
            } else {
                throw fail();
            }
            if (!accept(TokenKind.COMMA)) {
                break;
            }
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            if (diag) {
                throw raise("named arguments must follow bare *", tok(pos - 1));
            }
            throw fail();
        }
        return new Arguments(posonly, plain, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /**
     * After a second '*': CPython's check wants ',' or a parameter followed by ',' or the end of
     * the parameters (')' for a def, ':' for a lambda).
     */
    private boolean starCanFollow(boolean lambda) {
        int save = pos;
        int d = depth;
        try {
            pos++;
            if (at(TokenKind.COMMA)) {
                return true;
            }
            if (!at(TokenKind.NAME)) {
                return false;
            }
            parameter(lambda, false);
            return at(TokenKind.COMMA) || at(lambda ? TokenKind.COLON : TokenKind.RPAR);
        } catch (Backtrack b) {
            return false;
        } finally {
            pos = save;
            depth = d;
        }
    }

    private Arg parameter(boolean lambda, boolean starAnnotation) {
        int start = pos;
        String name = expectName();
        Expr annotation = null;
        if (!lambda && accept(TokenKind.COLON)) {
            annotation = starAnnotation && at(TokenKind.STAR) ? starExpression() : expression();
        }
        return new Arg(sp(start), name, annotation);
    }

    // ---- expressions --------------------------------------------------------------------------

    static boolean canStartAtom(TokenKind k) {
        switch (k) {
            case NAME:
            case NUMBER:
            case STRING:
            case LPAR:
            case LSQB:
            case LBRACE:
            case TRUE:
            case FALSE:
            case NONE:
            case ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    static boolean canStartExpression(TokenKind k, boolean star) {
        if (canStartAtom(k)) {
            return true;
        }
        switch (k) {
            case MINUS:
            case PLUS:
            case TILDE:
            case NOT:
            case LAMBDA:
            case AWAIT:
                return true;
            case STAR:
                return star;
            default:
                return false;
        }
    }

    /** star_expressions: one star_expression, or a tuple of them when there is a comma. */
    private Expr starExpressions() {
        int start = pos;
        Expr first = starExpression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (!canStartExpression(kind(), true)) {
                break;
            }
            int save = pos;
            int d = depth;
            try {
                elts.add(starExpression());
            } catch (Backtrack b) {
                pos = save;
                depth = d;
                break;
            }
        }
        return new Expr.TupleExpr(sp(start), elts, Ctx.LOAD);
    }

    /** expressions: like star_expressions without stars (used by {@code except A, B:} checks). */
    private Expr expressions() {
        int start = pos;
        Expr first = expression();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (!canStartExpression(kind(), false)) {
                break;
            }
            elts.add(expression());
        }
        return new Expr.TupleExpr(sp(start), elts, Ctx.LOAD);
    }

    private Expr starExpression() {
        return memo == null ? starExpressionNoMemo() : memoized(9, this::starExpressionNoMemo);
    }

    private Expr starExpressionNoMemo() {
        if (at(TokenKind.STAR)) {
            int start = pos;
            pos++;
            Expr v = bitwiseOr();
            return new Expr.Starred(sp(start), v, Ctx.LOAD);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at(TokenKind.STAR)) {
            int start = pos;
            pos++;
            Expr v = bitwiseOr();
            return new Expr.Starred(sp(start), v, Ctx.LOAD);
        }
        return namedExpression();
    }

    /** named_expression: {@code NAME := expression} or an expression not followed by ':='. */
    private Expr namedExpression() {
        int start = pos;
        if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.COLONEQUAL) {
            Token name = tok(pos);
            pos += 2;
            Expr value = expression();
            return new Expr.NamedExpr(sp(start), new Expr.Name(spanOf(name), name.text, Ctx.STORE), value);
        }
        if (diag) {
            invalidNamedExpression(start);
        }
        Expr e = expression();
        if (at(TokenKind.COLONEQUAL)) {
            throw fail();
        }
        return e;
    }

    /**
     * {@code assignment_expression | expression !':='}: what call arguments and generator
     * expressions use — a named expression without the invalid_named_expression checks.
     */
    private Expr assignmentOrPlainExpression() {
        int start = pos;
        if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.COLONEQUAL) {
            Token name = tok(pos);
            pos += 2;
            Expr value = expression();
            return new Expr.NamedExpr(sp(start), new Expr.Name(spanOf(name), name.text, Ctx.STORE), value);
        }
        Expr e = expression();
        if (at(TokenKind.COLONEQUAL)) {
            throw fail();
        }
        return e;
    }

    /** CPython's invalid_named_expression alternatives, tried before the expression itself. */
    private void invalidNamedExpression(int start) {
        int d = depth;
        // a=expression ':=' expression
        try {
            Expr a = expression();
            if (at(TokenKind.COLONEQUAL)) {
                pos++;
                expression();
                throw raise("cannot use assignment expressions with " + exprName(a), a);
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
        // a=NAME '=' b=bitwise_or !('='|':=')
        if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.EQUAL) {
            Token name = tok(pos);
            try {
                pos += 2;
                Expr b = bitwiseOr();
                if (!at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
                    throw raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", spanOf(name), b.span());
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = start;
            depth = d;
        }
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        TokenKind k = kind();
        if (k != TokenKind.TRUE && k != TokenKind.NONE && k != TokenKind.FALSE && !startsWithDisplay(start)) {
            try {
                Expr a = bitwiseOr();
                if (at(TokenKind.EQUAL)) {
                    pos++;
                    bitwiseOr();
                    if (!at(TokenKind.EQUAL) && !at(TokenKind.COLONEQUAL)) {
                        throw raise("cannot assign to " + exprName(a) + " here. Maybe you meant '==' instead of '='?", a);
                    }
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = start;
            depth = d;
        }
    }

    /** True when CPython's list, tuple or genexp rule matches here (a display with its own brackets). */
    private boolean startsWithDisplay(int start) {
        TokenKind k = kindAt(start);
        if (k != TokenKind.LSQB && k != TokenKind.LPAR) {
            return false;
        }
        int save = pos;
        int d = depth;
        try {
            Expr e = atom();
            Span s = e.span();
            Token t = toks[start];
            boolean ownBrackets = s.line() == t.line && s.col() == t.col;
            return ownBrackets && (e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr
                    || e instanceof Expr.GeneratorExp);
        } catch (Backtrack b) {
            return false;
        } finally {
            pos = save;
            depth = d;
        }
    }

    /** expression: a conditional expression, a lambda, or a disjunction. */
    private Expr expression() {
        return memo == null ? expressionNoMemo() : memoized(4, this::expressionNoMemo);
    }

    private Expr expressionNoMemo() {
        enter();
        int start = pos;
        if (diag) {
            invalidExpression(start);
        }
        if (at(TokenKind.LAMBDA)) {
            Expr l = lambdef();
            depth--;
            return l;
        }
        Expr body = disjunction();
        if (at(TokenKind.IF)) {
            int save = pos;
            int d = depth;
            try {
                pos++;
                Expr test = disjunction();
                expect(TokenKind.ELSE);
                Expr orelse = expression();
                body = new Expr.IfExp(sp(start), test, body, orelse);
            } catch (Backtrack b) {
                // PEG falls back to the bare disjunction
                pos = save;
                depth = d;
            }
        }
        depth--;
        return body;
    }

    /** The same without the second pass's checks (CPython's expression_without_invalid). */
    private Expr expressionWithoutInvalid() {
        boolean saved = diag;
        diag = false;
        try {
            return expression();
        } finally {
            diag = saved;
        }
    }

    /** CPython's invalid_expression and invalid_legacy_expression, tried before an expression. */
    private void invalidExpression(int start) {
        int d = depth;
        TokenKind k = kind();
        boolean softKeyword = k == TokenKind.NAME && isSoftKeyword(peek().text);
        boolean nameString = k == TokenKind.NAME && kindAt(pos + 1) == TokenKind.STRING;
        if (!nameString && !softKeyword) {
            try {
                Expr a = disjunction();
                if (canStartExpression(kind(), false)) {
                    Expr b = expressionWithoutInvalid();
                    if (!isLegacyName(a) && toks[pos - 1].level != 0) {
                        throw raise("invalid syntax. Perhaps you forgot a comma?", a.span(), b.span());
                    }
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = start;
            depth = d;
        }
        try {
            Expr a = disjunction();
            if (accept(TokenKind.IF)) {
                Expr b = disjunction();
                if (!at(TokenKind.ELSE) && !at(TokenKind.COLON)) {
                    throw raise("expected 'else' after 'if' expression", a.span(), b.span());
                }
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
        // invalid_legacy_expression: NAME !'(' star_expressions, an error only for print/exec; the
        // expressions after any other name are still parsed, and their own checks may fire.
        if (k == TokenKind.NAME && kindAt(pos + 1) != TokenKind.LPAR) {
            Token name = tok(pos);
            try {
                pos++;
                Expr b = starExpressions();
                if (isLegacyWord(name.text)) {
                    throw raise("Missing parentheses in call to '" + name.text + "'. Did you mean " + name.text
                            + "(...)?", spanOf(name), b.span());
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = start;
            depth = d;
        }
    }

    /**
     * CPython's SOFT_KEYWORD test compares only the name's length of the keyword, so any prefix
     * of {@code match}, {@code case} or {@code _} counts ({@code c}, {@code ma}, ...).
     */
    private static boolean isSoftKeyword(String s) {
        return !s.isEmpty() && ("match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s));
    }

    private static boolean isLegacyWord(String s) {
        return s.equals("print") || s.equals("exec");
    }

    private static boolean isLegacyName(Expr e) {
        return e instanceof Expr.Name n && isLegacyWord(n.id());
    }

    /** CPython's invalid_assignment alternatives, in its order. */
    private void invalidAssignment(int start) {
        int d = depth;
        // a=invalid_ann_assign_target ':' expression
        if (at(TokenKind.LPAR) || at(TokenKind.LSQB)) {
            try {
                Expr a = atom();
                if ((a instanceof Expr.TupleExpr || a instanceof Expr.ListExpr) && at(TokenKind.COLON)) {
                    pos++;
                    expression();
                    throw raise("only single target (not " + exprName(a) + ") can be annotated", a);
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = start;
            depth = d;
        }
        // a=star_named_expression ',' star_named_expressions* ':' expression
        try {
            Expr a = starNamedExpression();
            if (accept(TokenKind.COMMA)) {
                while (canStartExpression(kind(), true)) {
                    starNamedExpression();
                    if (!accept(TokenKind.COMMA)) {
                        break;
                    }
                }
                if (at(TokenKind.COLON)) {
                    pos++;
                    expression();
                    throw raise("only single target (not tuple) can be annotated", a);
                }
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
        // a=expression ':' expression
        try {
            Expr a = expression();
            if (at(TokenKind.COLON)) {
                pos++;
                expression();
                if (!(a instanceof Expr.Name || a instanceof Expr.Attribute || a instanceof Expr.Subscript)) {
                    throw raise("illegal target for annotation", a);
                }
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
        // (star_targets '=')* a=star_expressions '='
        try {
            while (true) {
                int save = pos;
                Expr a;
                try {
                    a = starExpressions();
                } catch (Backtrack b) {
                    if (at(TokenKind.YIELD)) {
                        a = yieldExpr();
                        if (at(TokenKind.EQUAL)) {
                            throw raise("assignment to yield expression not possible", a);
                        }
                    }
                    throw b;
                }
                if (!at(TokenKind.EQUAL)) {
                    break;
                }
                Expr bad = invalidTargetOf(a, Ctx.STORE);
                if (bad != null) {
                    throw raise("cannot assign to " + exprName(bad), bad);
                }
                if (toTarget(a, Ctx.STORE) == null) {
                    break;
                }
                pos++;
                if (at(TokenKind.YIELD)) {
                    Expr y = yieldExpr();
                    if (at(TokenKind.EQUAL)) {
                        throw raise("assignment to yield expression not possible", y);
                    }
                    break;
                }
                if (save == pos) {
                    break;
                }
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
        // a=star_expressions augassign (yield_expr | star_expressions)
        try {
            Expr a = starExpressions();
            if (augAssignOp(kind()) != null && !(a instanceof Expr.Name || a instanceof Expr.Attribute
                    || a instanceof Expr.Subscript)) {
                pos++;
                if (at(TokenKind.YIELD)) {
                    yieldExpr();
                } else {
                    starExpressions();
                }
                throw raise("'" + exprName(a) + "' is an illegal expression for augmented assignment", a);
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = start;
        depth = d;
    }

    private Expr lambdef() {
        int start = pos;
        enter();
        pos++;
        Arguments args = at(TokenKind.COLON) ? Arguments.empty() : parameters(true);
        expect(TokenKind.COLON);
        Expr body = expression();
        depth--;
        return new Expr.Lambda(sp(start), args, body);
    }

    private Expr disjunction() {
        return memo == null ? disjunctionNoMemo() : memoized(1, this::disjunctionNoMemo);
    }

    private Expr disjunctionNoMemo() {
        return boolChain(TokenKind.OR, Ast.BoolOpKind.OR, this::conjunction);
    }

    /**
     * {@code operand (op operand)*} as one BoolOp, or the lone operand. An operand that fails after
     * its operator backtracks to just before that operator, so the chain ends there.
     */
    private Expr boolChain(TokenKind op, Ast.BoolOpKind kind, Rule<Expr> operand) {
        int start = pos;
        Expr first = operand.run();
        if (!at(op)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(op)) {
            int save = pos;
            int d = depth;
            pos++;
            try {
                values.add(operand.run());
            } catch (Backtrack b) {
                pos = save;
                depth = d;
                break;
            }
        }
        return values.size() == 1 ? first : new Expr.BoolOp(sp(start), kind, values);
    }

    private record Memo(Object result, int end, int furthest) {}

    /**
     * The second pass memoizes the rules CPython memoizes, by position only: a result computed
     * with the checks off (inside {@link #expressionWithoutInvalid}) is reused with them on, and
     * the other way round, exactly as in CPython, where that decides which checks get to run. It
     * also keeps the speculative re-parses of the checks linear.
     */
    private Expr memoized(int rule, Rule<Expr> body) {
        long key = ((long) pos << 4) | rule;
        Object hit = memo.get(key);
        if (hit instanceof Memo m) {
            if (m.result instanceof Expr e) {
                pos = m.end;
                return e;
            }
            throw BACKTRACK;
        }
        int start = pos;
        try {
            Expr e = body.run();
            memo.put(key, new Memo(e, pos, furthest));
            return e;
        } catch (Backtrack b) {
            memo.put(key, new Memo(null, start, furthest));
            throw b;
        }
    }

    private Expr conjunction() {
        return memo == null ? conjunctionNoMemo() : memoized(5, this::conjunctionNoMemo);
    }

    private Expr conjunctionNoMemo() {
        return boolChain(TokenKind.AND, Ast.BoolOpKind.AND, this::inversion);
    }

    private Expr inversion() {
        return memo == null ? inversionNoMemo() : memoized(6, this::inversionNoMemo);
    }

    private Expr inversionNoMemo() {
        if (at(TokenKind.NOT)) {
            enter();
            int start = pos;
            pos++;
            Expr operand = inversion();
            depth--;
            return new Expr.UnaryOp(sp(start), Ast.UnaryOpKind.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        int start = pos;
        Expr left = bitwiseOr();
        List<CmpOpKind> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int save = pos;
            int d = depth;
            Expr right;
            CmpOpKind op;
            try {
                op = comparisonOp();
                if (op == null) {
                    break;
                }
                right = bitwiseOr();
            } catch (Backtrack b) {
                pos = save;
                depth = d;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        return ops == null ? left : new Expr.Compare(sp(start), left, ops, comparators);
    }

    /** Consumes a comparison operator if one is next. */
    private CmpOpKind comparisonOp() {
        switch (kind()) {
            case EQEQUAL: pos++; return CmpOpKind.EQ;
            case NOTEQUAL:
                if (peek().text.equals("<>")) {
                    // Only valid with barry_as_FLUFL; CPython fails right after taking the token.
                    pos++;
                    throw fail();
                }
                pos++;
                return CmpOpKind.NOT_EQ;
            case LESS: pos++; return CmpOpKind.LT;
            case LESSEQUAL: pos++; return CmpOpKind.LT_E;
            case GREATER: pos++; return CmpOpKind.GT;
            case GREATEREQUAL: pos++; return CmpOpKind.GT_E;
            case IN: pos++; return CmpOpKind.IN;
            case NOT:
                if (kindAt(pos + 1) == TokenKind.IN) {
                    pos += 2;
                    return CmpOpKind.NOT_IN;
                }
                return null;
            case IS:
                if (kindAt(pos + 1) == TokenKind.NOT) {
                    pos += 2;
                    return CmpOpKind.IS_NOT;
                }
                pos++;
                return CmpOpKind.IS;
            default:
                return null;
        }
    }

    /** Binding strength of a binary operator token (0: not one). */
    private static int precedence(TokenKind k) {
        switch (k) {
            case VBAR: return 1;
            case CIRCUMFLEX: return 2;
            case AMPER: return 3;
            case LEFTSHIFT:
            case RIGHTSHIFT: return 4;
            case PLUS:
            case MINUS: return 5;
            case STAR:
            case SLASH:
            case DOUBLESLASH:
            case PERCENT:
            case AT: return 6;
            default: return 0;
        }
    }

    private static BinOpKind binOp(TokenKind k) {
        switch (k) {
            case VBAR: return BinOpKind.BITOR;
            case CIRCUMFLEX: return BinOpKind.BITXOR;
            case AMPER: return BinOpKind.BITAND;
            case LEFTSHIFT: return BinOpKind.LSHIFT;
            case RIGHTSHIFT: return BinOpKind.RSHIFT;
            case PLUS: return BinOpKind.ADD;
            case MINUS: return BinOpKind.SUB;
            case STAR: return BinOpKind.MULT;
            case SLASH: return BinOpKind.DIV;
            case DOUBLESLASH: return BinOpKind.FLOORDIV;
            case PERCENT: return BinOpKind.MOD;
            case AT: return BinOpKind.MATMULT;
            default: throw new IllegalStateException(k.name());
        }
    }

    private Expr bitwiseOr() {
        return memo == null ? bitwiseOrNoMemo() : memoized(2, this::bitwiseOrNoMemo);
    }

    private Expr bitwiseOrNoMemo() {
        int start = pos;
        return binary(start, factor(), 1);
    }

    /** Precedence climbing over the left-associative binary operators. */
    private Expr binary(int start, Expr left, int minPrec) {
        while (true) {
            TokenKind k = kind();
            int prec = precedence(k);
            if (prec == 0 || prec < minPrec) {
                return left;
            }
            int save = pos;
            int d = depth;
            pos++;
            int rightStart = pos;
            Expr right;
            try {
                right = factor();
            } catch (Backtrack b) {
                // PEG: "a +" is just "a" here; the caller fails on the operator
                pos = save;
                depth = d;
                return left;
            }
            while (true) {
                int next = precedence(kind());
                if (next <= prec) {
                    break;
                }
                int before = pos;
                right = binary(rightStart, right, prec + 1);
                if (pos == before) {
                    // The tighter operator had no operand ("c * await"): it stays for the caller
                    // to fail on; asking again would loop forever.
                    break;
                }
            }
            left = new Expr.BinOp(sp(start), left, binOp(k), right);
        }
    }

    private Expr factor() {
        return memo == null ? factorNoMemo() : memoized(7, this::factorNoMemo);
    }

    private Expr factorNoMemo() {
        Ast.UnaryOpKind op;
        switch (kind()) {
            case PLUS: op = Ast.UnaryOpKind.UADD; break;
            case MINUS: op = Ast.UnaryOpKind.USUB; break;
            case TILDE: op = Ast.UnaryOpKind.INVERT; break;
            default: return power();
        }
        enter();
        int start = pos;
        pos++;
        Expr operand = factor();
        depth--;
        return new Expr.UnaryOp(sp(start), op, operand);
    }

    private Expr power() {
        int start = pos;
        Expr base = awaitPrimary();
        if (at(TokenKind.DOUBLESTAR)) {
            int save = pos;
            int d = depth;
            pos++;
            enter(2);
            try {
                Expr exp = factor();
                depth -= 2;
                return new Expr.BinOp(sp(start), base, BinOpKind.POW, exp);
            } catch (Backtrack b) {
                pos = save;
                depth = d;
            }
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at(TokenKind.AWAIT)) {
            int start = pos;
            pos++;
            Expr v = primary();
            return new Expr.Await(sp(start), v);
        }
        return primary();
    }

    /** An atom followed by any number of {@code .name}, calls and subscripts. */
    private Expr primary() {
        return memo == null ? primaryNoMemo() : memoized(8, this::primaryNoMemo);
    }

    private Expr primaryNoMemo() {
        int start = pos;
        Expr e = atom();
        while (true) {
            int save = pos;
            int d = depth;
            try {
                switch (kind()) {
                    case DOT: {
                        pos++;
                        String name = expectName();
                        e = new Expr.Attribute(sp(start), e, name, Ctx.LOAD);
                        break;
                    }
                    case LPAR:
                        enter(CALL_LEVELS);
                        e = call(start, e);
                        depth -= CALL_LEVELS;
                        break;
                    case LSQB: {
                        enter(CALL_LEVELS);
                        pos++;
                        Expr slice = slices();
                        expect(TokenKind.RSQB);
                        depth -= CALL_LEVELS;
                        e = new Expr.Subscript(sp(start), e, slice, Ctx.LOAD);
                        break;
                    }
                    default:
                        return e;
                }
            } catch (Backtrack b) {
                // PEG: a trailer that does not parse is left for the caller to fail on
                pos = save;
                depth = d;
                return e;
            }
        }
    }

    private Expr call(int start, Expr func) {
        int lpar = pos;
        pos++;
        if (accept(TokenKind.RPAR)) {
            return new Expr.Call(sp(start), func, List.of(), List.of());
        }
        // primary genexp: f(x for x in y) — the generator expression spans the parentheses. The
        // first argument is parsed once (parsing it again would make nested calls exponential).
        Expr first = null;
        TokenKind k0 = kind();
        boolean keywordLike = (k0 == TokenKind.NAME || k0 == TokenKind.TRUE || k0 == TokenKind.FALSE
                || k0 == TokenKind.NONE) && kindAt(pos + 1) == TokenKind.EQUAL;
        if (k0 != TokenKind.STAR && k0 != TokenKind.DOUBLESTAR && !keywordLike) {
            int firstEnd;
            first = assignmentOrPlainExpression();
            if (atFor()) {
                firstEnd = pos;
                int d = depth;
                try {
                    List<Comprehension> gens = forIfClauses();
                    if (at(TokenKind.RPAR)) {
                        pos++;
                        Expr gen = new Expr.GeneratorExp(sp(lpar), first, gens);
                        return new Expr.Call(sp(start), func, List.of(gen), List.of());
                    }
                } catch (Backtrack b) {
                    // not a lone generator expression: the arguments will say why
                }
                pos = firstEnd;
                depth = d;
            }
        }
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        arguments(args, keywords, first, false);
        expect(TokenKind.RPAR);
        return new Expr.Call(sp(start), func, args, keywords);
    }

    /**
     * Call arguments up to (not including) ')': positional and starred, then keywords and **.
     * {@code parsedFirst}, if not null, is the first argument, already parsed by the caller;
     * {@code bases}: they are a class definition's bases (where a lone generator is no argument).
     */
    private void arguments(List<Expr> args, List<Keyword> keywords, Expr parsedFirst, boolean bases) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Expr pending = parsedFirst;
        while (true) {
            int start = pos;
            if (pending != null) {
                Expr e = pending;
                pending = null;
                positionalArgument(e, args, false, false, bases);
            } else if (at(TokenKind.STAR)) {
                Token star = tok(pos);
                if (sawDoubleStar) {
                    if (diag) {
                        throw raise("iterable argument unpacking follows keyword argument unpacking", star);
                    }
                    throw fail();
                }
                pos++;
                Expr v;
                try {
                    v = expression();
                } catch (Backtrack b) {
                    // CPython's message for a '*' that leads nowhere after a keyword argument
                    if (diag && sawKeyword) {
                        throw raise("iterable argument unpacking follows keyword argument unpacking", star);
                    }
                    throw b;
                }
                args.add(new Expr.Starred(sp(start), v, Ctx.LOAD));
            } else if (at(TokenKind.DOUBLESTAR)) {
                pos++;
                Expr v = expression();
                keywords.add(new Keyword(sp(start), null, v));
                sawKeyword = true;
                sawDoubleStar = true;
            } else if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.EQUAL) {
                Token name = tok(pos);
                pos += 2;
                if (diag) {
                    invalidKwargGenexp(name, start);
                }
                Expr v = expression();
                keywords.add(new Keyword(sp(start), name.text, v));
                sawKeyword = true;
            } else {
                if (diag && (at(TokenKind.TRUE) || at(TokenKind.FALSE) || at(TokenKind.NONE))
                        && kindAt(pos + 1) == TokenKind.EQUAL) {
                    Token t = tok(pos);
                    throw raise("cannot assign to " + t.text, spanOf(t), spanOf(tok(pos + 1)));
                }
                Expr e = assignmentOrPlainExpression();
                positionalArgument(e, args, sawKeyword, sawDoubleStar, bases);
            }
            if (!accept(TokenKind.COMMA)) {
                return;
            }
            if (at(TokenKind.RPAR)) {
                return;
            }
        }
    }

    /** A plain argument just parsed: checks what may follow it, then adds it. */
    private void positionalArgument(Expr e, List<Expr> args, boolean sawKeyword, boolean sawDoubleStar,
                                    boolean classBases) {
        if (atFor()) {
            if (diag) {
                int forAt = pos;
                List<Comprehension> gens = forIfClauses();
                if (classBases && args.isEmpty() && !at(TokenKind.COMMA)) {
                    // `class C(x for x in y):` a lone generator is no call's argument here, and
                    // CPython's parser gives its plain error at the 'for'.
                    throw raise("invalid syntax", tok(forAt));
                }
                Comprehension last = gens.get(gens.size() - 1);
                Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
                throw raise("Generator expression must be parenthesized", e.span(), lastItem.span());
            }
            throw fail();
        }
        if (at(TokenKind.EQUAL)) {
            Token before = tok(pos - 1);
            if (e instanceof Expr.NamedExpr && before.endLine == e.span().endLine() && before.endCol == e.span().endCol()) {
                // `f(a := 1 = 2)`: an unparenthesized walrus is no `expression`, so CPython's
                // invalid_kwarg rule does not apply and the '=' is plain invalid syntax.
                throw fail();
            }
            if (diag) {
                throw raise("expression cannot contain assignment, perhaps you meant \"==\"?", e.span(),
                        spanOf(tok(pos)));
            }
            throw fail();
        }
        if (sawKeyword) {
            if (diag && (at(TokenKind.COMMA) || at(TokenKind.RPAR))) {
                // CPython reads the rest of the arguments first (a second "args"), then reports
                // at the last token it fetched.
                skipRemainingArguments();
                throw raiseLast(sawDoubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument");
            }
            throw fail();
        }
        args.add(e);
    }

    private void skipRemainingArguments() {
        int save = pos;
        int d = depth;
        boolean savedDiag = diag;
        diag = false;
        try {
            while (accept(TokenKind.COMMA)) {
                if (at(TokenKind.STAR) || at(TokenKind.DOUBLESTAR)) {
                    pos++;
                    expression();
                } else if (at(TokenKind.NAME) && kindAt(pos + 1) == TokenKind.EQUAL) {
                    pos += 2;
                    expression();
                } else {
                    assignmentOrPlainExpression();
                }
            }
        } catch (Backtrack b) {
            // as far as they go
        } finally {
            diag = savedDiag;
            pos = save;
            depth = d;
        }
    }

    /** invalid_kwarg: {@code f(a=x for x in y)}. */
    private void invalidKwargGenexp(Token name, int start) {
        int save = pos;
        int d = depth;
        try {
            expression();
            if (at(TokenKind.FOR) || (at(TokenKind.ASYNC) && kindAt(pos + 1) == TokenKind.FOR)) {
                forIfClauses();
                throw raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", spanOf(name),
                        spanOf(tok(start + 1)));
            }
        } catch (Backtrack b) {
            // not this one
        }
        pos = save;
        depth = d;
    }

    private SpecificError raise(String msg, Span s) {
        return new SpecificError(errorAt(msg, s, s));
    }

    /** The contents of {@code [...]} after a primary: one slice, or a tuple of slices and starred. */
    private Expr slices() {
        int start = pos;
        Expr first = at(TokenKind.STAR) ? starExpression() : slice();
        if (!at(TokenKind.COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(TokenKind.RSQB)) {
                break;
            }
            elts.add(at(TokenKind.STAR) ? starExpression() : slice());
        }
        return new Expr.TupleExpr(sp(start), elts, Ctx.LOAD);
    }

    private Expr slice() {
        int start = pos;
        Expr lower = null;
        if (!at(TokenKind.COLON)) {
            lower = namedExpression();
            if (!at(TokenKind.COLON) || lower instanceof Expr.NamedExpr) {
                return lower;
            }
        }
        pos++; // ':'
        Expr upper = null;
        if (canStartExpression(kind(), false)) {
            upper = expression();
        }
        Expr step = null;
        if (accept(TokenKind.COLON)) {
            if (canStartExpression(kind(), false)) {
                step = expression();
            }
        }
        return new Expr.Slice(sp(start), lower, upper, step);
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind) {
            case NAME:
                pos++;
                return new Expr.Name(spanOf(t), t.text, Ctx.LOAD);
            case TRUE:
                pos++;
                return new Expr.Constant(spanOf(t), Boolean.TRUE);
            case FALSE:
                pos++;
                return new Expr.Constant(spanOf(t), Boolean.FALSE);
            case NONE:
                pos++;
                return new Expr.Constant(spanOf(t), Ast.Singleton.NONE);
            case ELLIPSIS:
                pos++;
                return new Expr.Constant(spanOf(t), Ast.Singleton.ELLIPSIS);
            case NUMBER:
                pos++;
                return new Expr.Constant(spanOf(t), number(t));
            case STRING:
                return strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return braceDisplay();
            default:
                throw fail();
        }
    }

    private Expr strings() {
        int start = pos;
        while (at(TokenKind.STRING)) {
            pos++;
        }
        // CPython looks one token past the last string before joining them.
        List<Token> parts = new ArrayList<>(pos - start);
        for (int i = start; i < pos; i++) {
            parts.add(toks[i]);
        }
        return new StringParser(this).concatenate(parts, sp(start));
    }

    private boolean atFor() {
        return at(TokenKind.FOR) || (at(TokenKind.ASYNC) && kindAt(pos + 1) == TokenKind.FOR);
    }

    private Expr parenthesized() {
        int start = pos;
        enter(parenLevels());
        pos++;
        if (accept(TokenKind.RPAR)) {
            depth -= parenLevels();
            return new Expr.TupleExpr(sp(start), List.of(), Ctx.LOAD);
        }
        if (at(TokenKind.YIELD)) {
            Expr y = yieldExpr();
            expect(TokenKind.RPAR);
            depth -= parenLevels();
            return y;
        }
        if (diag && at(TokenKind.DOUBLESTAR)) {
            Token dstar = tok(pos);
            int save = pos;
            try {
                pos++;
                expression();
                if (at(TokenKind.RPAR)) {
                    throw raise("cannot use double starred expression here", dstar);
                }
            } catch (Backtrack b) {
                // not this one
            }
            pos = save;
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            noStarredElement(first);
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RPAR);
            depth -= parenLevels();
            return new Expr.GeneratorExp(sp(start), first, gens);
        }
        if (at(TokenKind.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(TokenKind.COMMA)) {
                if (at(TokenKind.RPAR)) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            expect(TokenKind.RPAR);
            depth -= parenLevels();
            return new Expr.TupleExpr(sp(start), elts, Ctx.LOAD);
        }
        if (first instanceof Expr.Starred) {
            if (diag && at(TokenKind.RPAR)) {
                throw raise("cannot use starred expression here", first);
            }
            throw fail();
        }
        expect(TokenKind.RPAR);
        depth -= parenLevels();
        return first;
    }

    private Expr listDisplay() {
        int start = pos;
        enter(listLevels());
        pos++;
        if (accept(TokenKind.RSQB)) {
            depth -= listLevels();
            return new Expr.ListExpr(sp(start), List.of(), Ctx.LOAD);
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            noStarredElement(first);
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RSQB);
            depth -= listLevels();
            return new Expr.ListComp(sp(start), first, gens);
        }
        List<Expr> elts = displayElements(first, TokenKind.RSQB);
        depth -= listLevels();
        return new Expr.ListExpr(sp(start), elts, Ctx.LOAD);
    }

    /** A comprehension's element may not be starred: {@code [*x for x in y]}. */
    private void noStarredElement(Expr first) {
        if (first instanceof Expr.Starred) {
            if (diag) {
                throw raise("iterable unpacking cannot be used in comprehension", first);
            }
            throw fail();
        }
    }

    /**
     * The elements of a list or set display from its first one on, through the closing bracket
     * {@code close} (a trailing comma allowed).
     */
    private List<Expr> displayElements(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (at(close)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (diag && atFor()) {
            comprehensionTargetCheck(first, elts);
        }
        expect(close);
        return elts;
    }

    /** invalid_comprehension: {@code [a, b for a, b in x]}. */
    private void comprehensionTargetCheck(Expr first, List<Expr> elts) {
        if (toks[pos - 1].kind == TokenKind.COMMA && elts.size() == 1) {
            throw raise("did you forget parentheses around the comprehension target?", first.span(),
                    spanOf(toks[pos - 1]));
        }
        throw raise("did you forget parentheses around the comprehension target?", first.span(),
                elts.get(elts.size() - 1).span());
    }

    private Expr braceDisplay() {
        int start = pos;
        enter(listLevels());
        pos++;
        if (accept(TokenKind.RBRACE)) {
            depth -= listLevels();
            return new Expr.DictExpr(sp(start), List.of(), List.of());
        }
        if (at(TokenKind.DOUBLESTAR)) {
            Expr d = dictRest(start, null, null);
            depth -= listLevels();
            return d;
        }
        int firstStart = pos;
        Expr first = starNamedExpression();
        boolean bareWalrus = first instanceof Expr.NamedExpr && toks[firstStart].kind != TokenKind.LPAR;
        if (at(TokenKind.COLON) && !(first instanceof Expr.Starred) && !bareWalrus) {
            pos++;
            if (diag && (at(TokenKind.RBRACE) || at(TokenKind.COMMA))) {
                throw raise("expression expected after dictionary key and ':'", toks[pos - 1]);
            }
            if (diag && at(TokenKind.STAR)) {
                Token star = tok(pos);
                try {
                    pos++;
                    bitwiseOr();
                    throw raiseStartingFrom("cannot use a starred expression in a dictionary value", star.line, star.col);
                } catch (Backtrack b) {
                    pos--;
                }
            }
            Expr value = expression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                expect(TokenKind.RBRACE);
                depth -= listLevels();
                return new Expr.DictComp(sp(start), first, value, gens);
            }
            Expr d = dictRest(start, first, value);
            depth -= listLevels();
            return d;
        }
        if (atFor()) {
            noStarredElement(first);
            List<Comprehension> gens = forIfClauses();
            expect(TokenKind.RBRACE);
            depth -= listLevels();
            return new Expr.SetComp(sp(start), first, gens);
        }
        List<Expr> elts = displayElements(first, TokenKind.RBRACE);
        depth -= listLevels();
        return new Expr.SetExpr(sp(start), elts);
    }

    private Expr dictRest(int start, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean needItem = firstKey == null;
        if (!needItem) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (true) {
            if (needItem) {
                if (at(TokenKind.DOUBLESTAR)) {
                    Token dstar = tok(pos);
                    pos++;
                    Expr v = bitwiseOr();
                    if (diag && atFor()) {
                        throw raise("dict unpacking cannot be used in dict comprehension", dstar);
                    }
                    keys.add(null);
                    values.add(v);
                } else {
                    if (diag) {
                        invalidKvpair();
                    }
                    Expr k = expression();
                    if (!at(TokenKind.COLON)) {
                        if (diag) {
                            Span s = k.span();
                            throw new SpecificError(build(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                                    "':' expected after dictionary key", s.line(),
                                    byteCol(s.endLine(), s.endCol()), s.endLine(), 0));
                        }
                        throw fail();
                    }
                    pos++;
                    if (diag && (at(TokenKind.RBRACE) || at(TokenKind.COMMA))) {
                        throw raise("expression expected after dictionary key and ':'", toks[pos - 1]);
                    }
                    if (diag && at(TokenKind.STAR)) {
                        Token star = tok(pos);
                        try {
                            pos++;
                            bitwiseOr();
                            throw raiseStartingFrom("cannot use a starred expression in a dictionary value", star.line,
                                    star.col);
                        } catch (Backtrack b) {
                            pos--;
                        }
                    }
                    keys.add(k);
                    values.add(expression());
                }
            }
            needItem = true;
            if (!accept(TokenKind.COMMA)) {
                break;
            }
            if (at(TokenKind.RBRACE)) {
                break;
            }
        }
        expect(TokenKind.RBRACE);
        return new Expr.DictExpr(sp(start), keys, values);
    }

    /**
     * CPython's invalid_kvpair, which its second pass reaches before the key's own checks for
     * an entry after a comma: a key not followed by ':'.
     */
    private void invalidKvpair() {
        int save = pos;
        int d = depth;
        try {
            Expr k = expressionWithoutInvalid();
            if (!at(TokenKind.COLON)) {
                Span s = k.span();
                throw new SpecificError(build(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                        s.line(), byteCol(s.endLine(), s.endCol()), s.endLine(), 0));
            }
        } catch (Backtrack b) {
            // the key itself is broken: its own checks will tell
        }
        pos = save;
        depth = d;
    }

    private List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atFor()) {
            boolean isAsync = accept(TokenKind.ASYNC);
            pos++; // for
            int targetStart = pos;
            Expr target;
            try {
                target = starTargets();
                expect(TokenKind.IN);
            } catch (Backtrack b) {
                if (diag) {
                    invalidForTarget(targetStart);
                }
                throw b;
            }
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(TokenKind.IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr yieldExpr() {
        int start = pos;
        pos++;
        if (accept(TokenKind.FROM)) {
            Expr v = expression();
            return new Expr.YieldFrom(sp(start), v);
        }
        Expr v = canStartExpression(kind(), true) ? starExpressions() : null;
        return new Expr.Yield(sp(start), v);
    }

    // ---- targets ------------------------------------------------------------------------------

    /** star_targets: targets for {@code for} and comprehensions, a tuple when there is a comma. */
    private Expr starTargets() {
        int start = pos;
        Expr first = starTarget();
        if (!at(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(TokenKind.COMMA)) {
            if (!canStartAtom(kind()) && !at(TokenKind.STAR)) {
                break;
            }
            elts.add(starTarget());
        }
        return new Expr.TupleExpr(sp(start), elts, Ctx.STORE);
    }

    private Expr starTarget() {
        if (at(TokenKind.STAR)) {
            int start = pos;
            pos++;
            if (at(TokenKind.STAR)) {
                throw fail();
            }
            Expr inner = targetWithStarAtom();
            return new Expr.Starred(sp(start), inner, Ctx.STORE);
        }
        return targetWithStarAtom();
    }

    private Expr targetWithStarAtom() {
        Expr e = primary();
        Expr t = toTarget(e, Ctx.STORE);
        if (t == null) {
            throw fail();
        }
        return t;
    }

    /** The expression as an assignment/deletion target with {@code ctx}, or null if it cannot be one. */
    static Expr toTarget(Expr e, Ctx ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.span(), n.id(), ctx);
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.span(), a.value(), a.attr(), ctx);
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.span(), s.value(), s.slice(), ctx);
        }
        if (e instanceof Expr.Starred s) {
            if (ctx == Ctx.DEL) {
                return null;
            }
            Expr inner = toTarget(s.value(), ctx);
            return inner == null ? null : new Expr.Starred(s.span(), inner, ctx);
        }
        if (e instanceof Expr.TupleExpr t) {
            List<Expr> elts = convertAll(t.elts(), ctx);
            return elts == null ? null : new Expr.TupleExpr(t.span(), elts, ctx);
        }
        if (e instanceof Expr.ListExpr l) {
            List<Expr> elts = convertAll(l.elts(), ctx);
            return elts == null ? null : new Expr.ListExpr(l.span(), elts, ctx);
        }
        return null;
    }

    private static List<Expr> convertAll(List<Expr> elts, Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            Expr c = toTarget(x, ctx);
            if (c == null) {
                return null;
            }
            out.add(c);
        }
        return out;
    }

    /**
     * CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target
     * ({@code ctx} null means a {@code for} target, where {@code a in b} is looked into).
     */
    static Expr invalidTargetOf(Expr e, Ctx ctx) {
        if (e instanceof Expr.ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = invalidTargetOf(x, ctx);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTargetOf(x, ctx);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred s) {
            if (ctx == Ctx.DEL) {
                return e;
            }
            return invalidTargetOf(s.value(), ctx);
        }
        if (e instanceof Expr.Compare c) {
            if (ctx == null) {
                if (c.ops().get(0) == CmpOpKind.IN) {
                    return invalidTargetOf(c.left(), ctx);
                }
                return null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's _PyPegen_get_expr_name: how messages name a kind of expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.TupleExpr) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.DictExpr) return "dict literal";
        if (e instanceof Expr.SetExpr) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == Ast.Singleton.NONE) return "None";
            if (Boolean.FALSE.equals(v)) return "False";
            if (Boolean.TRUE.equals(v)) return "True";
            if (v == Ast.Singleton.ELLIPSIS) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    // ---- helpers for the string parser ---------------------------------------------------------

    /** Raises CPython's RAISE_SYNTAX_ERROR (at the last token fetched) from the string parser. */
    SpecificError errorAtLast(String msg) {
        return raiseLast(msg);
    }

    SpecificError errorOnToken(String msg, Token t) {
        return raise(msg, t);
    }
}
