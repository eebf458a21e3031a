package dev.coroscope.engine.compiler;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import java.util.List;

/**
 * Turns an expression back into source text the way CPython's compiler does for postponed
 * annotations ({@code from __future__ import annotations}): canonical spacing, parentheses only
 * where precedence needs them, constants as their reprs. Only the text matters here; the result
 * is stored as a string constant in {@code __annotations__}.
 */
final class Unparser {
    private Unparser() {}

    // Precedence levels, lowest first (an expression is parenthesized when its context binds tighter).
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6, BOR = 6, BXOR = 7,
            BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

    /** The text of an annotation. */
    static String annotation(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, TEST);
        return sb.toString();
    }

    private static void expr(StringBuilder sb, Expr e, int level) {
        if (e instanceof Expr.Name n) {
            sb.append(n.id());
        } else if (e instanceof Expr.Constant c) {
            constant(sb, c.value());
        } else if (e instanceof Expr.Attribute a) {
            expr(sb, a.value(), ATOM);
            // `1 .real`: an int needs the space, or the dot would start a float.
            boolean intConst = a.value() instanceof Expr.Constant c && c.value() instanceof java.math.BigInteger;
            sb.append(intConst ? " ." : ".").append(a.attr());
        } else if (e instanceof Expr.Subscript s) {
            expr(sb, s.value(), ATOM);
            sb.append('[');
            expr(sb, s.slice(), TUPLE);
            sb.append(']');
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) expr(sb, s.lower(), TEST);
            sb.append(':');
            if (s.upper() != null) expr(sb, s.upper(), TEST);
            if (s.step() != null) {
                sb.append(':');
                expr(sb, s.step(), TEST);
            }
        } else if (e instanceof Expr.TupleExpr t) {
            if (t.elts().isEmpty()) {
                sb.append("()");
                return;
            }
            if (level > TUPLE) sb.append('(');
            join(sb, t.elts());
            if (t.elts().size() == 1) sb.append(',');
            if (level > TUPLE) sb.append(')');
        } else if (e instanceof Expr.ListExpr l) {
            sb.append('[');
            join(sb, l.elts());
            sb.append(']');
        } else if (e instanceof Expr.SetExpr s) {
            sb.append('{');
            join(sb, s.elts());
            sb.append('}');
        } else if (e instanceof Expr.DictExpr d) {
            sb.append('{');
            for (int i = 0; i < d.values().size(); i++) {
                if (i > 0) sb.append(", ");
                Expr k = d.keys().get(i);
                if (k == null) {
                    sb.append("**");
                    expr(sb, d.values().get(i), EXPR);
                } else {
                    expr(sb, k, TEST);
                    sb.append(": ");
                    expr(sb, d.values().get(i), TEST);
                }
            }
            sb.append('}');
        } else if (e instanceof Expr.BinOp b) {
            int pr = binPrecedence(b.op());
            boolean right = b.op() == Ast.BinOpKind.POW;
            if (level > pr) sb.append('(');
            expr(sb, b.left(), right ? pr + 1 : pr);
            sb.append(' ').append(b.op().symbol).append(' ');
            expr(sb, b.right(), right ? pr : pr + 1);
            if (level > pr) sb.append(')');
        } else if (e instanceof Expr.UnaryOp u) {
            int pr = u.op() == Ast.UnaryOpKind.NOT ? NOT : FACTOR;
            if (level > pr) sb.append('(');
            sb.append(u.op() == Ast.UnaryOpKind.NOT ? "not " : u.op().symbol);
            expr(sb, u.operand(), pr);
            if (level > pr) sb.append(')');
        } else if (e instanceof Expr.BoolOp b) {
            int pr = b.op() == Ast.BoolOpKind.AND ? AND : OR;
            if (level > pr) sb.append('(');
            for (int i = 0; i < b.values().size(); i++) {
                if (i > 0) sb.append(b.op() == Ast.BoolOpKind.AND ? " and " : " or ");
                expr(sb, b.values().get(i), pr + 1);
            }
            if (level > pr) sb.append(')');
        } else if (e instanceof Expr.Compare c) {
            if (level > CMP) sb.append('(');
            expr(sb, c.left(), CMP + 1);
            for (int i = 0; i < c.ops().size(); i++) {
                sb.append(' ').append(c.ops().get(i).symbol).append(' ');
                expr(sb, c.comparators().get(i), CMP + 1);
            }
            if (level > CMP) sb.append(')');
        } else if (e instanceof Expr.IfExp i) {
            if (level > TEST) sb.append('(');
            expr(sb, i.body(), TEST + 1);
            sb.append(" if ");
            expr(sb, i.test(), TEST + 1);
            sb.append(" else ");
            expr(sb, i.orelse(), TEST);
            if (level > TEST) sb.append(')');
        } else if (e instanceof Expr.Call c) {
            expr(sb, c.func(), ATOM);
            sb.append('(');
            boolean lone = c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp;
            if (lone) {
                comprehension(sb, c.args().get(0), "", "");
            } else {
                join(sb, c.args());
                for (int i = 0; i < c.keywords().size(); i++) {
                    if (i > 0 || !c.args().isEmpty()) sb.append(", ");
                    Ast.Keyword k = c.keywords().get(i);
                    sb.append(k.arg() == null ? "**" : k.arg() + "=");
                    expr(sb, k.value(), TEST);
                }
            }
            sb.append(')');
        } else if (e instanceof Expr.Starred s) {
            sb.append('*');
            expr(sb, s.value(), EXPR);
        } else if (e instanceof Expr.Lambda l) {
            if (level > TEST) sb.append('(');
            // CPython puts the space after "lambda" only when there are positional parameters.
            boolean positional = !l.args().args().isEmpty() || !l.args().posonlyargs().isEmpty();
            sb.append(positional ? "lambda " : "lambda").append(params(l.args())).append(": ");
            expr(sb, l.body(), TEST);
            if (level > TEST) sb.append(')');
        } else if (e instanceof Expr.Await a) {
            if (level > AWAIT) sb.append('(');
            sb.append("await ");
            expr(sb, a.value(), ATOM);
            if (level > AWAIT) sb.append(')');
        } else if (e instanceof Expr.Yield y) {
            if (y.value() == null) {
                sb.append("(yield)");
            } else {
                sb.append("(yield ");
                expr(sb, y.value(), TEST);
                sb.append(')');
            }
        } else if (e instanceof Expr.YieldFrom y) {
            sb.append("(yield from ");
            expr(sb, y.value(), TEST);
            sb.append(')');
        } else if (e instanceof Expr.NamedExpr n) {
            if (level > TUPLE) sb.append('(');
            sb.append(n.target().id()).append(" := ");
            expr(sb, n.value(), ATOM);
            if (level > TUPLE) sb.append(')');
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp) {
            boolean list = e instanceof Expr.ListComp;
            comprehension(sb, e, list ? "[" : "{", list ? "]" : "}");
        } else if (e instanceof Expr.GeneratorExp) {
            comprehension(sb, e, "(", ")");
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            StringBuilder body = new StringBuilder();
            fstringBody(body, e);
            sb.append('f').append(Compiler.constValue(body.toString()).repr());
        }
    }

    private static void join(StringBuilder sb, List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(sb, elts.get(i), TEST);
        }
    }

    private static int binPrecedence(Ast.BinOpKind op) {
        return switch (op) {
            case ADD, SUB -> ARITH;
            case MULT, MATMULT, DIV, MOD, FLOORDIV -> TERM;
            case LSHIFT, RSHIFT -> SHIFT;
            case BITOR -> BOR;
            case BITXOR -> BXOR;
            case BITAND -> BAND;
            case POW -> POWER;
        };
    }

    private static void constant(StringBuilder sb, Object v) {
        if (v == Ast.Singleton.ELLIPSIS) {
            sb.append("...");
            return;
        }
        String r = Compiler.constValue(v).repr();
        // An infinite float has no literal; CPython writes one that overflows to it.
        if (v instanceof Double || v instanceof Ast.Imaginary) r = r.replace("inf", "1e309");
        sb.append(r);
    }

    private static void comprehension(StringBuilder sb, Expr e, String open, String close) {
        sb.append(open);
        List<Ast.Comprehension> gens;
        if (e instanceof Expr.DictComp d) {
            expr(sb, d.key(), TEST);
            sb.append(": ");
            expr(sb, d.value(), TEST);
            gens = d.generators();
        } else if (e instanceof Expr.ListComp c) {
            expr(sb, c.elt(), TEST);
            gens = c.generators();
        } else if (e instanceof Expr.SetComp c) {
            expr(sb, c.elt(), TEST);
            gens = c.generators();
        } else {
            Expr.GeneratorExp g = (Expr.GeneratorExp) e;
            expr(sb, g.elt(), TEST);
            gens = g.generators();
        }
        for (Ast.Comprehension g : gens) {
            sb.append(g.isAsync() ? " async for " : " for ");
            expr(sb, g.target(), TUPLE);
            sb.append(" in ");
            expr(sb, g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                sb.append(" if ");
                expr(sb, cond, TEST + 1);
            }
        }
        sb.append(close);
    }

    private static String params(Ast.Arguments a) {
        StringBuilder sb = new StringBuilder();
        List<Ast.Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        int firstDefault = positional.size() - a.defaults().size();
        for (int i = 0; i < positional.size(); i++) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(positional.get(i).name());
            if (i >= firstDefault) {
                sb.append('=');
                expr(sb, a.defaults().get(i - firstDefault), TEST);
            }
            if (i == a.posonlyargs().size() - 1) sb.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append('*');
            if (a.vararg() != null) sb.append(a.vararg().name());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(", ").append(a.kwonlyargs().get(i).name());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(sb, d, TEST);
            }
        }
        if (a.kwarg() != null) {
            if (sb.length() > 0) sb.append(", ");
            sb.append("**").append(a.kwarg().name());
        }
        return sb.toString();
    }

    /** The inside of an f-string: literal text with braces doubled, each field as {@code {expr!c:spec}}. */
    private static void fstringBody(StringBuilder sb, Expr e) {
        if (e instanceof Expr.JoinedStr j) {
            for (Expr part : j.values()) fstringBody(sb, part);
        } else if (e instanceof Expr.Constant c && c.value() instanceof String s) {
            sb.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof Expr.FormattedValue f) {
            StringBuilder inner = new StringBuilder();
            expr(inner, f.value(), TEST + 1);
            sb.append('{');
            // `{{` would read as an escaped brace.
            if (inner.length() > 0 && inner.charAt(0) == '{') sb.append(' ');
            sb.append(inner);
            if (f.conversion() >= 0) sb.append('!').append((char) f.conversion());
            if (f.formatSpec() != null) {
                sb.append(':');
                fstringBody(sb, f.formatSpec());
            }
            sb.append('}');
        }
    }
}
