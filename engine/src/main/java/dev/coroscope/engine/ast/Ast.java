package dev.coroscope.engine.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * The module root and the helper nodes that are neither statements nor expressions. Node names and
 * field order mirror CPython 3.11's {@code ast} module, so a reader of Python's documentation can
 * find their way here. Optional children are {@code null}; lists are never {@code null}.
 */
public final class Ast {
    private Ast() {}

    /** A whole file. */
    public record Module(List<Stmt> body, String filename) {}

    /** Expression context, as in CPython: loading, storing to, or deleting a target. */
    public enum Ctx { LOAD, STORE, DEL }

    public enum BoolOpKind { AND, OR }

    /** Binary operators; also used by augmented assignment. {@link #symbol} is the source spelling. */
    public enum BinOpKind {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;
        BinOpKind(String symbol) { this.symbol = symbol; }
    }

    public enum UnaryOpKind {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");

        public final String symbol;
        UnaryOpKind(String symbol) { this.symbol = symbol; }
    }

    public enum CmpOpKind {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="),
        IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;
        CmpOpKind(String symbol) { this.symbol = symbol; }
    }

    /**
     * The value of a {@link Expr.Constant}: one of {@link Singleton}, {@link Boolean},
     * {@link BigInteger} (every int literal), {@link Double}, {@link Imaginary}, {@link String},
     * {@link Bytes}. Kept free of runtime types so the parser does not depend on the VM.
     */
    public enum Singleton { NONE, ELLIPSIS }

    /** An imaginary literal such as {@code 2j}. */
    public record Imaginary(double imag) {}

    /** A bytes literal. The array is never mutated after parsing. */
    public record Bytes(byte[] data) {}

    /**
     * A function's parameters. {@code defaults} align with the <em>last</em> entries of
     * posonlyargs + args; {@code kwDefaults} align one-to-one with kwonlyargs and hold
     * {@code null} where a keyword-only parameter has no default.
     */
    public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                            List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
        public static Arguments empty() {
            return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
        }
    }

    public record Arg(Span span, String name, Expr annotation) implements Node {}

    /** {@code name=value} in a call or class header; {@code arg} is {@code null} for {@code **value}. */
    public record Keyword(Span span, String arg, Expr value) implements Node {}

    /** One name in an import; {@code asname} is {@code null} when absent. */
    public record Alias(Span span, String name, String asname) implements Node {}

    /** {@code withitem}: the context expression and the optional {@code as} target. */
    public record WithItem(Expr contextExpr, Expr optionalVars) {}

    /** {@code except [type [as name]]:}; {@code type} and {@code name} may be {@code null}. */
    public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node {}

    /** One {@code for ... in ... [if ...]} clause of a comprehension. */
    /** One {@code case} clause: its pattern, optional guard ({@code null} without one) and body. */
    public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}

    public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}
}
