package dev.coroscope.engine.ast;

import dev.coroscope.engine.ast.Ast.Alias;
import dev.coroscope.engine.ast.Ast.Arguments;
import dev.coroscope.engine.ast.Ast.BinOpKind;
import dev.coroscope.engine.ast.Ast.ExceptHandler;
import dev.coroscope.engine.ast.Ast.Keyword;
import dev.coroscope.engine.ast.Ast.WithItem;
import java.util.List;

/** Statements, mirroring CPython 3.11's {@code ast.stmt} subclasses. */
public sealed interface Stmt extends Node {

    /** {@code def} and {@code async def}. {@code returns} is the return annotation or {@code null}. */
    record FunctionDef(Span span, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync) implements Stmt {}

    record ClassDef(Span span, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    /** {@code value} is {@code null} for a bare {@code return}. */
    record Return(Span span, Expr value) implements Stmt {}

    record Delete(Span span, List<Expr> targets) implements Stmt {}

    /** {@code a = b = value}: several targets, one value. */
    record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Span span, Expr target, BinOpKind op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; {@code simple} is true for a bare name target. */
    record AnnAssign(Span span, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {}

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code elif} chains are nested {@code If}s in {@code orelse}, as in CPython. */
    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Span span, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    /** {@code exc} and {@code cause} may be {@code null}. */
    record Raise(Span span, Expr exc, Expr cause) implements Stmt {}

    /** {@code try}; {@code isStar} is true for {@code except*} handlers (CPython's TryStar). */
    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody, boolean isStar) implements Stmt {}

    record Assert(Span span, Expr test, Expr msg) implements Stmt {}

    record Import(Span span, List<Alias> names) implements Stmt {}

    /** {@code module} is {@code null} for {@code from . import x}; {@code level} counts the dots. */
    record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Span span, List<String> names) implements Stmt {}

    record Nonlocal(Span span, List<String> names) implements Stmt {}

    /** An expression used as a statement (CPython's {@code Expr}). */
    record ExprStmt(Span span, Expr value) implements Stmt {}

    /** {@code match subject:} with its {@code case} clauses, in order. */
    record Match(Span span, Expr subject, List<Ast.MatchCase> cases) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}
}
