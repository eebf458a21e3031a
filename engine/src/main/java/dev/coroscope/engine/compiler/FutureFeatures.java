package dev.coroscope.engine.compiler;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.ast.Stmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The {@code from __future__ import ...} statements of a module, read before anything else is
 * compiled (CPython's {@code future.c}): they are only allowed at the top of the module (after
 * the docstring and other future imports); each name must be a known feature. The statements
 * found there are remembered so the compiler can refuse any other {@code __future__} import.
 * Only {@code annotations} changes what the compiler produces (annotations kept as text).
 */
final class FutureFeatures {

    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    /** Annotations are stored as source text instead of being evaluated (PEP 563). */
    final boolean annotations;
    private final Set<Stmt> header;

    private FutureFeatures(boolean annotations, Set<Stmt> header) {
        this.annotations = annotations;
        this.header = header;
    }

    static final FutureFeatures NONE = new FutureFeatures(false, Set.of());

    /** Whether {@code s} is one of the future imports at the top of the module. */
    boolean inHeader(Stmt s) {
        return header.contains(s);
    }

    static FutureFeatures of(Ast.Module mod) {
        Set<Stmt> header = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean annotations = false;
        boolean done = false;
        int prevLine = 0;
        var body = mod.body();
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String) {
            i = 1;
        }
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            // A statement sharing a line with the last future import still counts as the header's end.
            if (done && s.span().line() > prevLine) break;
            prevLine = s.span().line();
            if (s instanceof Stmt.ImportFrom im && "__future__".equals(im.module())) {
                if (done) {
                    // CPython gives this one the 0-based column as if it were 1-based: one to the left.
                    int col = Math.max(s.span().col() - 1, 0);
                    throw new CompileError("from __future__ imports must occur at the beginning of the file",
                            new Span(s.span().line(), col, s.span().line(), col + 1));
                }
                for (Ast.Alias a : im.names()) {
                    String n = a.name();
                    if (n.equals("braces")) throw new CompileError("not a chance", start(s));
                    if (!KNOWN.contains(n)) throw new CompileError("future feature " + n + " is not defined", start(s));
                    if (n.equals("annotations")) annotations = true;
                }
                header.add(s);
            } else {
                done = true;
            }
        }
        if (header.isEmpty()) return NONE;
        return new FutureFeatures(annotations, header);
    }

    /** CPython reports these at the statement's first character only. */
    private static Span start(Stmt s) {
        return new Span(s.span().line(), s.span().col(), s.span().line(), s.span().col() + 1);
    }
}
