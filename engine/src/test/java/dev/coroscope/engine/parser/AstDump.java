package dev.coroscope.engine.parser;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.ast.Stmt;
import dev.coroscope.engine.lexer.Source;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints our AST exactly as CPython 3.11's {@code ast.dump(tree, include_attributes=True,
 * indent=1)} prints its own, so golden files recorded with python3 can be compared as text.
 * Columns are converted from chars to UTF-8 bytes using the source, as CPython counts them.
 */
final class AstDump {
    private final Source source;

    private AstDump(Source source) {
        this.source = source;
    }

    static String dump(Ast.Module module, String sourceText) {
        AstDump d = new AstDump(new Source(sourceText));
        return d.format(node("Module", List.of(f("body", d.list(module.body())), f("type_ignores", "[]", true))), 0)
                .text;
    }

    // ---- a tiny model of ast.dump's algorithm -------------------------------------------------

    private record Field(String name, Object value, boolean simpleHint) {}

    private record Node(String type, List<Field> fields, Span span) {}

    private record Formatted(String text, boolean simple) {}

    private static Field f(String name, Object value) {
        return new Field(name, value, false);
    }

    private static Field f(String name, Object value, boolean simple) {
        return new Field(name, value, simple);
    }

    private static Node node(String type, List<Field> fields) {
        return new Node(type, fields, null);
    }

    private static Node node(String type, Span span, Field... fields) {
        return new Node(type, List.of(fields), span);
    }

    /** A raw Python repr, always "simple". */
    private record Repr(String text) {}

    private Formatted format(Object value, int level) {
        if (value instanceof Node n) {
            level++;
            String prefix = "\n" + " ".repeat(level);
            String sep = ",\n" + " ".repeat(level);
            List<String> args = new ArrayList<>();
            boolean allSimple = true;
            for (Field fld : n.fields) {
                if (fld.value == null) {
                    continue; // an optional field that is None
                }
                Formatted v = format(fld.value, level);
                allSimple &= v.simple;
                args.add(fld.name + "=" + v.text);
            }
            if (n.span != null) {
                int line = n.span.line();
                int endLine = n.span.endLine();
                args.add("lineno=" + line);
                args.add("col_offset=" + byteCol(line, n.span.col()));
                args.add("end_lineno=" + endLine);
                args.add("end_col_offset=" + byteCol(endLine, n.span.endCol()));
                allSimple = false;
            }
            if (allSimple && args.size() <= 3) {
                return new Formatted(n.type + "(" + String.join(", ", args) + ")", args.isEmpty());
            }
            return new Formatted(n.type + "(" + prefix + String.join(sep, args) + ")", false);
        }
        if (value instanceof List<?> l) {
            if (l.isEmpty()) {
                return new Formatted("[]", true);
            }
            level++;
            String prefix = "\n" + " ".repeat(level);
            String sep = ",\n" + " ".repeat(level);
            List<String> items = new ArrayList<>();
            for (Object o : l) {
                items.add(o == null ? "None" : format(o, level).text);
            }
            return new Formatted("[" + prefix + String.join(sep, items) + "]", false);
        }
        if (value instanceof Repr r) {
            return new Formatted(r.text, true);
        }
        if (value instanceof String s) {
            return new Formatted(s, true);
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    private int byteCol(int line, int col) {
        String text = source.line(line);
        return text.substring(0, Math.min(col, text.length())).getBytes(StandardCharsets.UTF_8).length
                + Math.max(0, col - text.length());
    }

    // ---- nodes ---------------------------------------------------------------------------------

    private List<Object> list(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(o == null ? null : convert(o));
        }
        return out;
    }

    private Object opt(Object o) {
        return o == null ? null : convert(o);
    }

    private static Repr str(String s) {
        return new Repr(PyRepr.str(s));
    }

    private static Repr num(long v) {
        return new Repr(Long.toString(v));
    }

    private Object convert(Object o) {
        if (o instanceof Stmt s) {
            return stmt(s);
        }
        if (o instanceof Expr e) {
            return expr(e);
        }
        if (o instanceof Ast.Arg a) {
            return node("arg", a.span(), f("arg", str(a.name())), f("annotation", opt(a.annotation())));
        }
        if (o instanceof Ast.Keyword k) {
            return node("keyword", k.span(), f("arg", k.arg() == null ? null : str(k.arg())), f("value", convert(k.value())));
        }
        if (o instanceof Ast.Alias a) {
            return node("alias", a.span(), f("name", str(a.name())), f("asname", a.asname() == null ? null : str(a.asname())));
        }
        if (o instanceof Ast.WithItem w) {
            return node("withitem", null, f("context_expr", convert(w.contextExpr())), f("optional_vars", opt(w.optionalVars())));
        }
        if (o instanceof Ast.ExceptHandler h) {
            return node("ExceptHandler", h.span(), f("type", opt(h.type())), f("name", h.name() == null ? null : str(h.name())),
                    f("body", list(h.body())));
        }
        if (o instanceof Ast.Comprehension c) {
            return node("comprehension", null, f("target", convert(c.target())), f("iter", convert(c.iter())),
                    f("ifs", list(c.ifs())), f("is_async", num(c.isAsync() ? 1 : 0)));
        }
        if (o instanceof Ast.Arguments a) {
            return node("arguments", null, f("posonlyargs", list(a.posonlyargs())), f("args", list(a.args())),
                    f("vararg", opt(a.vararg())), f("kwonlyargs", list(a.kwonlyargs())),
                    f("kw_defaults", list(a.kwDefaults())), f("kwarg", opt(a.kwarg())), f("defaults", list(a.defaults())));
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }

    private static List<Object> names(List<String> names) {
        List<Object> parts = new ArrayList<>();
        for (String n : names) {
            parts.add(str(n));
        }
        return parts;
    }

    private Node stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef d) {
            return node(d.isAsync() ? "AsyncFunctionDef" : "FunctionDef", d.span(), f("name", str(d.name())),
                    f("args", convert(d.args())), f("body", list(d.body())), f("decorator_list", list(d.decorators())),
                    f("returns", opt(d.returns())));
        }
        if (s instanceof Stmt.ClassDef c) {
            return node("ClassDef", c.span(), f("name", str(c.name())), f("bases", list(c.bases())),
                    f("keywords", list(c.keywords())), f("body", list(c.body())), f("decorator_list", list(c.decorators())));
        }
        if (s instanceof Stmt.Return r) {
            return node("Return", r.span(), f("value", opt(r.value())));
        }
        if (s instanceof Stmt.Delete d) {
            return node("Delete", d.span(), f("targets", list(d.targets())));
        }
        if (s instanceof Stmt.Assign a) {
            return node("Assign", a.span(), f("targets", list(a.targets())), f("value", convert(a.value())));
        }
        if (s instanceof Stmt.AugAssign a) {
            return node("AugAssign", a.span(), f("target", convert(a.target())), f("op", binop(a.op())),
                    f("value", convert(a.value())));
        }
        if (s instanceof Stmt.AnnAssign a) {
            return node("AnnAssign", a.span(), f("target", convert(a.target())), f("annotation", convert(a.annotation())),
                    f("value", opt(a.value())), f("simple", num(a.simple() ? 1 : 0)));
        }
        if (s instanceof Stmt.For x) {
            return node(x.isAsync() ? "AsyncFor" : "For", x.span(), f("target", convert(x.target())),
                    f("iter", convert(x.iter())), f("body", list(x.body())), f("orelse", list(x.orelse())));
        }
        if (s instanceof Stmt.While w) {
            return node("While", w.span(), f("test", convert(w.test())), f("body", list(w.body())), f("orelse", list(w.orelse())));
        }
        if (s instanceof Stmt.If i) {
            return node("If", i.span(), f("test", convert(i.test())), f("body", list(i.body())), f("orelse", list(i.orelse())));
        }
        if (s instanceof Stmt.With w) {
            return node(w.isAsync() ? "AsyncWith" : "With", w.span(), f("items", list(w.items())), f("body", list(w.body())));
        }
        if (s instanceof Stmt.Raise r) {
            return node("Raise", r.span(), f("exc", opt(r.exc())), f("cause", opt(r.cause())));
        }
        if (s instanceof Stmt.Try t) {
            return node(t.isStar() ? "TryStar" : "Try", t.span(), f("body", list(t.body())), f("handlers", list(t.handlers())),
                    f("orelse", list(t.orelse())), f("finalbody", list(t.finalbody())));
        }
        if (s instanceof Stmt.Assert a) {
            return node("Assert", a.span(), f("test", convert(a.test())), f("msg", opt(a.msg())));
        }
        if (s instanceof Stmt.Import i) {
            return node("Import", i.span(), f("names", list(i.names())));
        }
        if (s instanceof Stmt.ImportFrom i) {
            return node("ImportFrom", i.span(), f("module", i.module() == null ? null : str(i.module())),
                    f("names", list(i.names())), f("level", num(i.level())));
        }
        if (s instanceof Stmt.Global g) {
            return node("Global", g.span(), f("names", names(g.names())));
        }
        if (s instanceof Stmt.Nonlocal g) {
            return node("Nonlocal", g.span(), f("names", names(g.names())));
        }
        if (s instanceof Stmt.ExprStmt e) {
            return node("Expr", e.span(), f("value", convert(e.value())));
        }
        if (s instanceof Stmt.Pass p) {
            return node("Pass", p.span());
        }
        if (s instanceof Stmt.Break b) {
            return node("Break", b.span());
        }
        if (s instanceof Stmt.Continue c) {
            return node("Continue", c.span());
        }
        throw new IllegalArgumentException(s.getClass().getName());
    }

    private static Repr ctx(Ast.Ctx c) {
        return new Repr(switch (c) {
            case LOAD -> "Load()";
            case STORE -> "Store()";
            case DEL -> "Del()";
        });
    }

    private static Repr binop(Ast.BinOpKind k) {
        return new Repr(switch (k) {
            case ADD -> "Add()";
            case SUB -> "Sub()";
            case MULT -> "Mult()";
            case MATMULT -> "MatMult()";
            case DIV -> "Div()";
            case MOD -> "Mod()";
            case POW -> "Pow()";
            case LSHIFT -> "LShift()";
            case RSHIFT -> "RShift()";
            case BITOR -> "BitOr()";
            case BITXOR -> "BitXor()";
            case BITAND -> "BitAnd()";
            case FLOORDIV -> "FloorDiv()";
        });
    }

    private static Repr cmpop(Ast.CmpOpKind k) {
        return new Repr(switch (k) {
            case EQ -> "Eq()";
            case NOT_EQ -> "NotEq()";
            case LT -> "Lt()";
            case LT_E -> "LtE()";
            case GT -> "Gt()";
            case GT_E -> "GtE()";
            case IS -> "Is()";
            case IS_NOT -> "IsNot()";
            case IN -> "In()";
            case NOT_IN -> "NotIn()";
        });
    }

    private Node expr(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            return node("BoolOp", b.span(), f("op", new Repr(b.op() == Ast.BoolOpKind.AND ? "And()" : "Or()")),
                    f("values", list(b.values())));
        }
        if (e instanceof Expr.NamedExpr n) {
            return node("NamedExpr", n.span(), f("target", convert(n.target())), f("value", convert(n.value())));
        }
        if (e instanceof Expr.BinOp b) {
            return node("BinOp", b.span(), f("left", convert(b.left())), f("op", binop(b.op())), f("right", convert(b.right())));
        }
        if (e instanceof Expr.UnaryOp u) {
            String op = switch (u.op()) {
                case INVERT -> "Invert()";
                case NOT -> "Not()";
                case UADD -> "UAdd()";
                case USUB -> "USub()";
            };
            return node("UnaryOp", u.span(), f("op", new Repr(op)), f("operand", convert(u.operand())));
        }
        if (e instanceof Expr.Lambda l) {
            return node("Lambda", l.span(), f("args", convert(l.args())), f("body", convert(l.body())));
        }
        if (e instanceof Expr.IfExp i) {
            return node("IfExp", i.span(), f("test", convert(i.test())), f("body", convert(i.body())), f("orelse", convert(i.orelse())));
        }
        if (e instanceof Expr.DictExpr d) {
            return node("Dict", d.span(), f("keys", list(d.keys())), f("values", list(d.values())));
        }
        if (e instanceof Expr.SetExpr s) {
            return node("Set", s.span(), f("elts", list(s.elts())));
        }
        if (e instanceof Expr.ListComp c) {
            return node("ListComp", c.span(), f("elt", convert(c.elt())), f("generators", list(c.generators())));
        }
        if (e instanceof Expr.SetComp c) {
            return node("SetComp", c.span(), f("elt", convert(c.elt())), f("generators", list(c.generators())));
        }
        if (e instanceof Expr.DictComp c) {
            return node("DictComp", c.span(), f("key", convert(c.key())), f("value", convert(c.value())),
                    f("generators", list(c.generators())));
        }
        if (e instanceof Expr.GeneratorExp c) {
            return node("GeneratorExp", c.span(), f("elt", convert(c.elt())), f("generators", list(c.generators())));
        }
        if (e instanceof Expr.Await a) {
            return node("Await", a.span(), f("value", convert(a.value())));
        }
        if (e instanceof Expr.Yield y) {
            return node("Yield", y.span(), f("value", opt(y.value())));
        }
        if (e instanceof Expr.YieldFrom y) {
            return node("YieldFrom", y.span(), f("value", convert(y.value())));
        }
        if (e instanceof Expr.Compare c) {
            List<Object> ops = new ArrayList<>();
            for (Ast.CmpOpKind k : c.ops()) {
                ops.add(cmpop(k));
            }
            return node("Compare", c.span(), f("left", convert(c.left())), f("ops", ops), f("comparators", list(c.comparators())));
        }
        if (e instanceof Expr.Call c) {
            return node("Call", c.span(), f("func", convert(c.func())), f("args", list(c.args())), f("keywords", list(c.keywords())));
        }
        if (e instanceof Expr.FormattedValue v) {
            return node("FormattedValue", v.span(), f("value", convert(v.value())), f("conversion", num(v.conversion())),
                    f("format_spec", opt(v.formatSpec())));
        }
        if (e instanceof Expr.JoinedStr j) {
            return node("JoinedStr", j.span(), f("values", list(j.values())));
        }
        if (e instanceof Expr.Constant c) {
            return node("Constant", c.span(), f("value", new Repr(constant(c.value()))));
        }
        if (e instanceof Expr.Attribute a) {
            return node("Attribute", a.span(), f("value", convert(a.value())), f("attr", str(a.attr())), f("ctx", ctx(a.ctx())));
        }
        if (e instanceof Expr.Subscript s) {
            return node("Subscript", s.span(), f("value", convert(s.value())), f("slice", convert(s.slice())), f("ctx", ctx(s.ctx())));
        }
        if (e instanceof Expr.Starred s) {
            return node("Starred", s.span(), f("value", convert(s.value())), f("ctx", ctx(s.ctx())));
        }
        if (e instanceof Expr.Name n) {
            return node("Name", n.span(), f("id", str(n.id())), f("ctx", ctx(n.ctx())));
        }
        if (e instanceof Expr.ListExpr l) {
            return node("List", l.span(), f("elts", list(l.elts())), f("ctx", ctx(l.ctx())));
        }
        if (e instanceof Expr.TupleExpr t) {
            return node("Tuple", t.span(), f("elts", list(t.elts())), f("ctx", ctx(t.ctx())));
        }
        if (e instanceof Expr.Slice s) {
            return node("Slice", s.span(), f("lower", opt(s.lower())), f("upper", opt(s.upper())), f("step", opt(s.step())));
        }
        throw new IllegalArgumentException(e.getClass().getName());
    }

    static String constant(Object v) {
        if (v == Ast.Singleton.NONE) {
            return "None";
        }
        if (v == Ast.Singleton.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigInteger i) {
            return i.toString();
        }
        if (v instanceof Double d) {
            return PyRepr.floatRepr(d);
        }
        if (v instanceof Ast.Imaginary im) {
            String r = PyRepr.floatRepr(im.imag());
            if (r.endsWith(".0")) {
                r = r.substring(0, r.length() - 2);
            }
            return r + "j";
        }
        if (v instanceof String s) {
            return PyRepr.str(s);
        }
        if (v instanceof Ast.Bytes b) {
            return PyRepr.bytes(b.data());
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

}
