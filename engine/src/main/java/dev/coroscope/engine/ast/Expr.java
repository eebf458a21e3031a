package dev.coroscope.engine.ast;

import dev.coroscope.engine.ast.Ast.Arguments;
import dev.coroscope.engine.ast.Ast.BinOpKind;
import dev.coroscope.engine.ast.Ast.BoolOpKind;
import dev.coroscope.engine.ast.Ast.CmpOpKind;
import dev.coroscope.engine.ast.Ast.Comprehension;
import dev.coroscope.engine.ast.Ast.Ctx;
import dev.coroscope.engine.ast.Ast.Keyword;
import dev.coroscope.engine.ast.Ast.UnaryOpKind;
import java.util.List;

/**
 * Expressions, mirroring CPython 3.11's {@code ast.expr} subclasses. The display nodes are named
 * {@code ListExpr}, {@code TupleExpr}, {@code SetExpr}, {@code DictExpr} to avoid clashing with
 * {@code java.util}.
 */
public sealed interface Expr extends Node {

    record BoolOp(Span span, BoolOpKind op, List<Expr> values) implements Expr {}

    /** The walrus {@code target := value}. */
    record NamedExpr(Span span, Name target, Expr value) implements Expr {}

    record BinOp(Span span, Expr left, BinOpKind op, Expr right) implements Expr {}

    record UnaryOp(Span span, UnaryOpKind op, Expr operand) implements Expr {}

    record Lambda(Span span, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {}

    /** {@code keys} holds {@code null} where the entry is {@code **values[i]}. */
    record DictExpr(Span span, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetExpr(Span span, List<Expr> elts) implements Expr {}

    record ListComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Span span, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Span span, Expr value) implements Expr {}

    /** {@code value} is {@code null} for a bare {@code yield}. */
    record Yield(Span span, Expr value) implements Expr {}

    record YieldFrom(Span span, Expr value) implements Expr {}

    /** A comparison chain {@code left op0 comparators[0] op1 comparators[1] ...}. */
    record Compare(Span span, Expr left, List<CmpOpKind> ops, List<Expr> comparators) implements Expr {}

    /** Positional arguments may include {@link Starred}; keywords with a null name are {@code **x}. */
    record Call(Span span, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is {@code null} or a {@link JoinedStr}. For {@code f"{x=}"} the parser
     * emits the literal text {@code "x="} as a preceding Constant, as CPython does.
     */
    record FormattedValue(Span span, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: Constant(str) and FormattedValue parts. */
    record JoinedStr(Span span, List<Expr> values) implements Expr {}

    /** A literal; see {@link Ast.Singleton} for the possible value types. */
    record Constant(Span span, Object value) implements Expr {}

    record Attribute(Span span, Expr value, String attr, Ctx ctx) implements Expr {}

    record Subscript(Span span, Expr value, Expr slice, Ctx ctx) implements Expr {}

    record Starred(Span span, Expr value, Ctx ctx) implements Expr {}

    record Name(Span span, String id, Ctx ctx) implements Expr {}

    record ListExpr(Span span, List<Expr> elts, Ctx ctx) implements Expr {}

    record TupleExpr(Span span, List<Expr> elts, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be {@code null}. */
    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {}
}
