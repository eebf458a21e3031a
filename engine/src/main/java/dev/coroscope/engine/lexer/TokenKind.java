package dev.coroscope.engine.lexer;

/**
 * Every kind of token the lexer produces. Operators and keywords each have their own kind so the
 * parser can switch on them; {@link #spelling} is the source text used in messages such as
 * {@code expected ':'}. Soft keywords ({@code match}, {@code case}, {@code _}) are plain
 * {@link #NAME}s.
 */
public enum TokenKind {
    NAME(null), NUMBER(null), STRING(null), NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),
    /** A character no rule accepts ({@code $}, {@code ?}, {@code !} alone): CPython's generic OP. */
    OP(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), AT("@"), RARROW("->"),
    EQUAL("="), COLONEQUAL(":="),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    EQEQUAL("=="), NOTEQUAL("!="), LESS("<"), GREATER(">"), LESSEQUAL("<="), GREATEREQUAL(">="),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), ATEQUAL("@="),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
    ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
    DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
    FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
    LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The fixed source text of an operator or keyword; {@code null} for the variable kinds. */
    public final String spelling;

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }

    /** The keyword kind for {@code word}, or {@code null} when it is an ordinary name. */
    public static TokenKind keyword(String word) {
        switch (word) {
            case "False": return FALSE;
            case "None": return NONE;
            case "True": return TRUE;
            case "and": return AND;
            case "as": return AS;
            case "assert": return ASSERT;
            case "async": return ASYNC;
            case "await": return AWAIT;
            case "break": return BREAK;
            case "class": return CLASS;
            case "continue": return CONTINUE;
            case "def": return DEF;
            case "del": return DEL;
            case "elif": return ELIF;
            case "else": return ELSE;
            case "except": return EXCEPT;
            case "finally": return FINALLY;
            case "for": return FOR;
            case "from": return FROM;
            case "global": return GLOBAL;
            case "if": return IF;
            case "import": return IMPORT;
            case "in": return IN;
            case "is": return IS;
            case "lambda": return LAMBDA;
            case "nonlocal": return NONLOCAL;
            case "not": return NOT;
            case "or": return OR;
            case "pass": return PASS;
            case "raise": return RAISE;
            case "return": return RETURN;
            case "try": return TRY;
            case "while": return WHILE;
            case "with": return WITH;
            case "yield": return YIELD;
            default: return null;
        }
    }
}
