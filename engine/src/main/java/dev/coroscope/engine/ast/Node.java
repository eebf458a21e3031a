package dev.coroscope.engine.ast;

/** Every syntax-tree node knows where it came from. */
public sealed interface Node permits Stmt, Expr, Ast.Arg, Ast.Keyword, Ast.Alias, Ast.ExceptHandler {
    Span span();
}
