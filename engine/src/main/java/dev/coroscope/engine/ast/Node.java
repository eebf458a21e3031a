package dev.coroscope.engine.ast;

/** Every syntax-tree node knows where it came from. */
public sealed interface Node permits Stmt, Expr, Pattern, Ast.Arg, Ast.Keyword, Ast.Alias, Ast.ExceptHandler {
    Span span();
}
