package dev.coroscope.engine.compiler;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Node;
import dev.coroscope.engine.ast.Pattern;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table pass: finds every scope (module, class, function, lambda, comprehension),
 * records how each name is used there, then decides whether it is local, global, free (from an
 * enclosing function) or a cell (used by a nested function), as CPython's {@code symtable.c}.
 */
final class Symtable {

    static final int DEF_LOCAL = 1, DEF_GLOBAL = 2, DEF_NONLOCAL = 4, DEF_PARAM = 8, USE = 16, DEF_IMPORT = 32, DEF_ANNOT = 64;

    enum Kind { MODULE, CLASS, FUNCTION }

    enum Resolved { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final class Scope {
        final Kind kind;
        final String name;
        final Scope parent;
        final Node node;
        final Map<String, Integer> symbols = new LinkedHashMap<>();
        final Map<String, Resolved> resolved = new LinkedHashMap<>();
        final List<Scope> children = new ArrayList<>();
        final List<String> params = new ArrayList<>();
        boolean generator;
        boolean coroutine;
        boolean comprehension;
        boolean lambda;
        /** Class scope: a method uses super() or __class__. */
        boolean needsClassCell;
        /** Free variables a class body passes through to its methods. */
        final Set<String> classFree = new java.util.LinkedHashSet<>();
        boolean hasAwaitInComprehension;
        /** How many comprehension iterables of this scope are being visited (walrus is refused there). */
        int compIterExpr;
        int firstLine;
        /** Where each global/nonlocal declaration is (for error locations). */
        final Map<String, Span> declSpans = new java.util.HashMap<>();
        /** Comprehension scope: the iteration variables of the clause being visited. */
        final Set<String> iterVars = new HashSet<>();

        /** The class whose private names ({@code __x}) this scope mangles, or null. */
        String priv;

        boolean isIterVar(String n) {
            return iterVars.contains(n);
        }

        Scope(Kind kind, String name, Scope parent, Node node) {
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            this.node = node;
        }

        boolean isFunction() {
            return kind == Kind.FUNCTION;
        }

        Resolved scopeOf(String n) {
            Resolved r = resolved.get(n);
            if (r != null) return r;
            return kind == Kind.FUNCTION ? Resolved.GLOBAL_IMPLICIT : Resolved.GLOBAL_IMPLICIT;
        }

        void add(String n, int flag) {
            Integer old = symbols.get(n);
            symbols.put(n, old == null ? flag : old | flag);
        }

        int flags(String n) {
            return symbols.getOrDefault(n, 0);
        }

        List<String> cellNames() {
            List<String> out = new ArrayList<>();
            for (var e : resolved.entrySet()) if (e.getValue() == Resolved.CELL) out.add(e.getKey());
            if (kind == Kind.CLASS && needsClassCell) out.add("__class__");
            out.sort(null);
            return out;
        }

        List<String> freeNames() {
            List<String> out = new ArrayList<>();
            for (var e : resolved.entrySet()) if (e.getValue() == Resolved.FREE) out.add(e.getKey());
            out.addAll(classFree);
            out.sort(null);
            return out;
        }
    }

    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    final String filename;
    Scope module;
    private Scope cur;
    private boolean textAnnotations;

    Symtable(String filename) {
        this.filename = filename;
    }

    static Symtable build(Ast.Module mod, String filename) {
        return build(mod, filename, false);
    }

    /** {@code textAnnotations}: annotations are kept as text (PEP 563), so their names are never looked up. */
    static Symtable build(Ast.Module mod, String filename, boolean textAnnotations) {
        return build(mod, filename, textAnnotations, 0);
    }

    /**
     * As {@link #build(Ast.Module, String, boolean)}, starting the nesting count at
     * {@code startDepth} (CPython starts at three per Python frame running, see {@link #startDepth}).
     */
    static Symtable build(Ast.Module mod, String filename, boolean textAnnotations, int startDepth) {
        Symtable st = new Symtable(filename);
        st.depth = startDepth;
        st.textAnnotations = textAnnotations;
        st.module = new Scope(Kind.MODULE, "top", null, null);
        st.scopes.put(mod, st.module);
        st.cur = st.module;
        for (Stmt s : mod.body()) st.visitStmt(s);
        st.analyze(st.module, new HashSet<>());
        return st;
    }

    Scope scopeFor(Object node) {
        return scopes.get(node);
    }

    private CompileError error(String msg, Span span) {
        return new CompileError(msg, span);
    }

    /**
     * CPython's _Py_Mangle: {@code __x} inside class {@code _A} becomes {@code _A__x}; dunder names,
     * dotted names and names outside any class stay as they are.
     */
    static String mangle(String priv, String n) {
        if (priv == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) return n;
        int i = 0;
        while (i < priv.length() && priv.charAt(i) == '_') i++;
        if (i == priv.length()) return n;
        return "_" + priv.substring(i) + n;
    }

    private String m(String n) {
        return mangle(cur.priv, n);
    }

    private Scope push(Kind kind, String name, Node node, int line) {
        Scope s = new Scope(kind, name, cur, node);
        s.firstLine = line;
        // Private names inside a class body, and in everything nested in it, mangle with the class name.
        s.priv = kind == Kind.CLASS ? name : cur.priv;
        cur.children.add(s);
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void pop() {
        cur = cur.parent;
    }

    // ---- visiting ----------------------------------------------------------------------------------

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    /** Where CPython's compiler starts counting for source compiled while {@code pythonDepth} frames run. */
    static int startDepth(int pythonDepth) {
        return pythonDepth * COMPILER_STACK_FRAME_SCALE;
    }

    /** CPython's compiler counts three levels per Python frame, with the recursion limit (1000) times three. */
    private static final int COMPILER_STACK_FRAME_SCALE = 3;
    private static final int COMPILER_LIMIT = 1000 * COMPILER_STACK_FRAME_SCALE;
    /** Statements, expressions and patterns being visited, plus the starting depth. */
    private int depth;

    private void visitStmt(Stmt s) {
        if (++depth > COMPILER_LIMIT) throw new CompileRecursionError();
        visitStmtNode(s);
        depth--;
    }

    private void visitStmtNode(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            forbidStore(f.name(), f.span());
            forbidParams(f.args(), f.span());
            cur.add(m(f.name()), DEF_LOCAL);
            visitDefaults(f.args());
            visitAnnotations(f.args(), f.returns());
            for (Expr d : f.decorators()) visitExpr(d);
            Scope sc = push(Kind.FUNCTION, f.name(), f, f.span().line());
            sc.coroutine = f.isAsync();
            visitParams(f.args(), f.span());
            visitStmts(f.body());
            pop();
        } else if (s instanceof Stmt.ClassDef c) {
            forbidStore(c.name(), c.span());
            cur.add(m(c.name()), DEF_LOCAL);
            for (Expr b : c.bases()) visitExpr(b);
            for (Ast.Keyword k : c.keywords()) visitExpr(k.value());
            for (Expr d : c.decorators()) visitExpr(d);
            push(Kind.CLASS, c.name(), c, c.span().line());
            visitStmts(c.body());
            pop();
        } else if (s instanceof Stmt.Return r) {
            if (cur.kind != Kind.FUNCTION) throw error("'return' outside function", r.span());
            if (r.value() != null) visitExpr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) visitExpr(t);
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) visitExpr(t);
            visitExpr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            visitExpr(a.target());
            if (a.target() instanceof Expr.Name n) cur.add(m(n.id()), USE);
            visitExpr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.target() instanceof Expr.Name n) {
                forbidStore(n.id(), n.span());
                int fl = cur.flags(m(n.id()));
                // A module's own names are global anyway, so `global x` there does not forbid `x: int`.
                if ((fl & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && a.simple() && cur.kind != Kind.MODULE) {
                    throw error("annotated name '" + n.id() + "' can't be " + ((fl & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a.span());
                }
                // `(x): int` without a value neither annotates nor binds x (CPython's symtable).
                if (a.simple()) cur.add(m(n.id()), DEF_LOCAL | DEF_ANNOT);
                else if (a.value() != null) cur.add(m(n.id()), DEF_LOCAL);
            } else {
                visitExpr(a.target());
            }
            if (cur.kind != Kind.FUNCTION && !textAnnotations) visitExpr(a.annotation());
            if (a.value() != null) visitExpr(a.value());
        } else if (s instanceof Stmt.For f) {
            visitExpr(f.target());
            visitExpr(f.iter());
            visitStmts(f.body());
            visitStmts(f.orelse());
            if (f.isAsync()) checkAsync("'async for' outside async function", f.span());
        } else if (s instanceof Stmt.While w) {
            visitExpr(w.test());
            visitStmts(w.body());
            visitStmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test());
            visitStmts(i.body());
            visitStmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            for (Ast.WithItem it : w.items()) {
                visitExpr(it.contextExpr());
                if (it.optionalVars() != null) visitExpr(it.optionalVars());
            }
            visitStmts(w.body());
            if (w.isAsync()) checkAsync("'async with' outside async function", w.span());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) visitExpr(r.exc());
            if (r.cause() != null) visitExpr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            visitStmts(t.body());
            for (Ast.ExceptHandler h : t.handlers()) {
                if (h.type() != null) visitExpr(h.type());
                if (h.name() != null) {
                    forbidStore(h.name(), h.span());
                    cur.add(m(h.name()), DEF_LOCAL);
                }
                visitStmts(h.body());
            }
            visitStmts(t.orelse());
            visitStmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test());
            if (a.msg() != null) visitExpr(a.msg());
        } else if (s instanceof Stmt.Import im) {
            for (Ast.Alias al : im.names()) {
                String n = al.asname() != null ? al.asname() : al.name().split("\\.")[0];
                forbidStore(n, im.span());
                cur.add(m(n), DEF_LOCAL | DEF_IMPORT);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Ast.Alias al : im.names()) {
                if (al.name().equals("*")) {
                    if (cur.kind != Kind.MODULE) throw error("import * only allowed at module level", al.span());
                    continue;
                }
                forbidStore(al.asname() != null ? al.asname() : al.name(), im.span());
                cur.add(m(al.asname() != null ? al.asname() : al.name()), DEF_LOCAL | DEF_IMPORT);
            }
        } else if (s instanceof Stmt.Global g) {
            for (String raw : g.names()) {
                String n = m(raw);
                int fl = cur.flags(n);
                if ((fl & DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and global", g.span());
                if ((fl & USE) != 0) throw error("name '" + n + "' is used prior to global declaration", g.span());
                if ((fl & DEF_ANNOT) != 0) throw error("annotated name '" + n + "' can't be global", g.span());
                if ((fl & DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before global declaration", g.span());
                cur.add(n, DEF_GLOBAL);
                cur.declSpans.putIfAbsent(n, g.span());
            }
        } else if (s instanceof Stmt.Nonlocal g) {
            for (String raw : g.names()) {
                String n = m(raw);
                int fl = cur.flags(n);
                if ((fl & DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and nonlocal", g.span());
                if ((fl & USE) != 0) throw error("name '" + n + "' is used prior to nonlocal declaration", g.span());
                if ((fl & DEF_ANNOT) != 0) throw error("annotated name '" + n + "' can't be nonlocal", g.span());
                if ((fl & DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before nonlocal declaration", g.span());
                cur.add(n, DEF_NONLOCAL);
                cur.declSpans.putIfAbsent(n, g.span());
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            visitExpr(e.value());
        } else if (s instanceof Stmt.Match mt) {
            visitExpr(mt.subject());
            for (Ast.MatchCase c : mt.cases()) {
                visitPattern(c.pattern());
                if (c.guard() != null) visitExpr(c.guard());
                visitStmts(c.body());
            }
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
        } else if (s instanceof Stmt.Continue c) {
        }
    }

    /** A pattern's captures bind names (as assignments do); its values and classes are loads. */
    private void visitPattern(Pattern p) {
        if (++depth > COMPILER_LIMIT) throw new CompileRecursionError();
        visitPatternNode(p);
        depth--;
    }

    private void visitPatternNode(Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            visitExpr(v.value());
        } else if (p instanceof Pattern.MatchSequence q) {
            for (Pattern e : q.patterns()) visitPattern(e);
        } else if (p instanceof Pattern.MatchMapping mm) {
            for (Expr k : mm.keys()) visitExpr(k);
            for (Pattern e : mm.patterns()) visitPattern(e);
            if (mm.rest() != null) cur.add(m(mm.rest()), DEF_LOCAL);
        } else if (p instanceof Pattern.MatchClass mc) {
            visitExpr(mc.cls());
            for (Pattern e : mc.patterns()) visitPattern(e);
            for (Pattern e : mc.kwdPatterns()) visitPattern(e);
        } else if (p instanceof Pattern.MatchStar st) {
            if (st.name() != null) cur.add(m(st.name()), DEF_LOCAL);
        } else if (p instanceof Pattern.MatchAs as) {
            if (as.pattern() != null) visitPattern(as.pattern());
            if (as.name() != null) cur.add(m(as.name()), DEF_LOCAL);
        } else if (p instanceof Pattern.MatchOr or) {
            for (Pattern e : or.patterns()) visitPattern(e);
        }
    }

    private void checkAsync(String msg, Span span) {
        Scope s = cur;
        while (s.comprehension) s = s.parent;
        if (!(s.kind == Kind.FUNCTION && s.coroutine)) throw error(msg, span);
    }

    /** Parameter and return annotations are evaluated in the enclosing scope when the def runs. */
    private void visitAnnotations(Ast.Arguments a, Expr returns) {
        if (textAnnotations) return;
        List<Ast.Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Ast.Arg p : all) if (p.annotation() != null) visitExpr(p.annotation());
        if (returns != null) visitExpr(returns);
    }

    private void visitDefaults(Ast.Arguments a) {
        for (Expr d : a.defaults()) visitExpr(d);
        for (Expr d : a.kwDefaults()) if (d != null) visitExpr(d);
    }

    private void visitParams(Ast.Arguments a, Span span) {
        List<Ast.Arg> all = new ArrayList<>();
        all.addAll(a.posonlyargs());
        all.addAll(a.args());
        all.addAll(a.kwonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Ast.Arg p : all) {
            if (cur.symbols.containsKey(m(p.name()))) {
                throw error("duplicate argument '" + p.name() + "' in function definition", p.span());
            }
            cur.add(m(p.name()), DEF_PARAM);
            cur.params.add(m(p.name()));
        }
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) visitExpr(e);
    }

    private void visitExpr(Expr e) {
        if (++depth > COMPILER_LIMIT) throw new CompileRecursionError();
        visitExprNode(e);
        depth--;
    }

    private void visitExprNode(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            if (cur.compIterExpr > 0) throw error("assignment expression cannot be used in a comprehension iterable expression", n.span());
            forbidStore(n.target().id(), n.target().span());
            visitExpr(n.value());
            bindWalrus(m(n.target().id()), n.target().span());
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            forbidParams(l.args(), l.span());
            visitDefaults(l.args());
            Scope sc = push(Kind.FUNCTION, "<lambda>", l, l.span().line());
            sc.lambda = true;
            visitParams(l.args(), l.span());
            visitExpr(l.body());
            pop();
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test());
            visitExpr(i.body());
            visitExpr(i.orelse());
        } else if (e instanceof Expr.DictExpr d) {
            for (Expr k : d.keys()) if (k != null) visitExpr(k);
            visitExprs(d.values());
        } else if (e instanceof Expr.SetExpr s) {
            visitExprs(s.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()), false);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()), false);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()), true);
        } else if (e instanceof Expr.Await a) {
            Scope s = cur;
            if (s.comprehension) {
                // As in CPython, a comprehension is always a function scope: an await there makes it
                // asynchronous, and whether that is allowed is decided when the comprehension ends.
                s.hasAwaitInComprehension = true;
            } else if (s.kind != Kind.FUNCTION) {
                throw error("'await' outside function", a.span());
            } else if (!s.coroutine) {
                throw error("'await' outside async function", a.span());
            }
            visitExpr(a.value());
        } else if (e instanceof Expr.Yield y) {
            markYield(y.span());
            if (y.value() != null) visitExpr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            markYield(y.span());
            if (cur.coroutine) throw error("'yield from' inside async function", y.span());
            visitExpr(y.value());
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left());
            visitExprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            visitExpr(c.func());
            visitExprs(c.args());
            for (Ast.Keyword k : c.keywords()) {
                if (k.arg() != null) forbidStore(k.arg(), c.span());
                visitExpr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value());
            if (f.formatSpec() != null) visitExpr(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values());
        } else if (e instanceof Expr.Constant c) {
        } else if (e instanceof Expr.Attribute a) {
            if (a.ctx() == Ast.Ctx.STORE) forbidStore(a.attr(), a.span());
            visitExpr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
        } else if (e instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else if (e instanceof Expr.Name n) {
            if (n.ctx() == Ast.Ctx.LOAD) {
                cur.add(m(n.id()), USE);
                if (n.id().equals("super") && cur.kind == Kind.FUNCTION) cur.add("__class__", USE);
            } else {
                if (n.id().equals("__debug__")) {
                    throw error(n.ctx() == Ast.Ctx.DEL ? "cannot delete __debug__" : "cannot assign to __debug__", n.span());
                }
                cur.add(m(n.id()), DEF_LOCAL);
            }
        } else if (e instanceof Expr.ListExpr l) {
            visitExprs(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            visitExprs(t.elts());
        } else if (e instanceof Expr.Slice s) {
            if (s.lower() != null) visitExpr(s.lower());
            if (s.upper() != null) visitExpr(s.upper());
            if (s.step() != null) visitExpr(s.step());
        }
    }

    /** {@code __debug__} is a constant: CPython's compiler refuses any binding of it. */
    private void forbidStore(String name, Span span) {
        if ("__debug__".equals(name)) throw error("cannot assign to __debug__", span);
    }

    private void forbidParams(Ast.Arguments a, Span span) {
        for (Ast.Arg p : a.posonlyargs()) forbidStore(p.name(), span);
        for (Ast.Arg p : a.args()) forbidStore(p.name(), span);
        for (Ast.Arg p : a.kwonlyargs()) forbidStore(p.name(), span);
        if (a.vararg() != null) forbidStore(a.vararg().name(), span);
        if (a.kwarg() != null) forbidStore(a.kwarg().name(), span);
    }

    private void markYield(Span span) {
        if (cur.kind != Kind.FUNCTION) throw error("'yield' outside function", span);
        if (cur.comprehension) {
            String what = cur.name.substring(1, cur.name.length() - 1);
            if (what.equals("genexpr")) what = "generator expression";
            else what = what.replace("comp", " comprehension");
            throw error("'yield' inside " + what, span);
        }
        cur.generator = true;
    }

    private void bindWalrus(String name, Span span) {
        if (!cur.comprehension) {
            cur.add(name, DEF_LOCAL);
            return;
        }
        Scope s = cur;
        List<Scope> comps = new ArrayList<>();
        while (s.comprehension) {
            if (s.symbols.containsKey(name) && (s.flags(name) & DEF_LOCAL) != 0 && s.isIterVar(name)) {
                throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", span);
            }
            comps.add(s);
            s = s.parent;
        }
        if (s.kind == Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body", span);
        }
        for (Scope c : comps) c.add(name, s.kind == Kind.MODULE ? DEF_GLOBAL : DEF_NONLOCAL);
        s.add(name, DEF_LOCAL);
    }

    private void comprehension(Expr node, String name, List<Ast.Comprehension> gens, List<Expr> elts, boolean genexp) {
        // The first iterable is evaluated in the enclosing scope.
        cur.compIterExpr++;
        visitExpr(gens.get(0).iter());
        cur.compIterExpr--;
        Scope sc = push(Kind.FUNCTION, name, node, node.span().line());
        sc.comprehension = true;
        sc.generator = genexp;
        sc.add(".0", DEF_PARAM);
        sc.params.add(".0");
        boolean isAsync = false;
        for (int i = 0; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            if (g.isAsync()) isAsync = true;
            sc.iterVars.clear();
            collectTargets(g.target(), sc.iterVars, sc.priv);
            visitExpr(g.target());
            if (i > 0) {
                sc.compIterExpr++;
                visitExpr(g.iter());
                sc.compIterExpr--;
            }
            visitExprs(g.ifs());
        }
        for (Expr e : elts) visitExpr(e);
        pop();
        if (isAsync || sc.hasAwaitInComprehension) sc.coroutine = true;
        // An asynchronous list/set/dict comprehension is awaited where it stands, so it makes an
        // enclosing comprehension asynchronous too; outside any comprehension it needs an async def.
        // An asynchronous generator expression is only created, never awaited, so it is allowed anywhere.
        if (sc.coroutine && !genexp) {
            Scope parent = sc.parent;
            if (parent.comprehension) {
                parent.hasAwaitInComprehension = true;
            } else if (!(parent.kind == Kind.FUNCTION && parent.coroutine)) {
                throw new CompileError("asynchronous comprehension outside of an asynchronous function", node.span());
            }
        }
    }

    private static void collectTargets(Expr t, Set<String> out, String priv) {
        if (t instanceof Expr.Name n) out.add(mangle(priv, n.id()));
        else if (t instanceof Expr.TupleExpr tu) for (Expr e : tu.elts()) collectTargets(e, out, priv);
        else if (t instanceof Expr.ListExpr l) for (Expr e : l.elts()) collectTargets(e, out, priv);
        else if (t instanceof Expr.Starred s) collectTargets(s.value(), out, priv);
    }

    // ---- analysis ------------------------------------------------------------------------------------

    /** Resolves names in {@code s}; returns the free names it needs from enclosing scopes. */
    private Set<String> analyze(Scope s, Set<String> enclosingBound) {
        Set<String> bound = new HashSet<>(enclosingBound);
        for (var e : s.symbols.entrySet()) {
            String n = e.getKey();
            int fl = e.getValue();
            Resolved r;
            if ((fl & DEF_GLOBAL) != 0 && (fl & DEF_NONLOCAL) != 0) {
                throw new CompileError("name '" + n + "' is nonlocal and global", s.declSpans.getOrDefault(n, spanOf(s)));
            }
            if ((fl & DEF_GLOBAL) != 0) {
                r = Resolved.GLOBAL_EXPLICIT;
            } else if ((fl & DEF_NONLOCAL) != 0) {
                if (s.kind == Kind.MODULE) {
                    throw new CompileError("nonlocal declaration not allowed at module level", s.declSpans.getOrDefault(n, spanOf(s)));
                }
                if (!enclosingBound.contains(n)) {
                    throw new CompileError("no binding for nonlocal '" + n + "' found", s.declSpans.getOrDefault(n, spanOf(s)));
                }
                r = Resolved.FREE;
            } else if ((fl & (DEF_LOCAL | DEF_PARAM)) != 0) {
                r = Resolved.LOCAL;
            } else if (s.kind != Kind.MODULE && enclosingBound.contains(n)) {
                r = Resolved.FREE;
            } else {
                r = s.kind == Kind.FUNCTION ? Resolved.GLOBAL_IMPLICIT : null;
            }
            if (r != null) s.resolved.put(n, r);
            if (s.kind == Kind.FUNCTION && r == Resolved.LOCAL) bound.add(n);
            if (r == Resolved.GLOBAL_EXPLICIT || r == Resolved.GLOBAL_IMPLICIT) bound.remove(n);
        }
        if (s.kind == Kind.CLASS) bound.add("__class__");
        if (s.kind == Kind.MODULE) bound.clear();
        Set<String> childFree = new java.util.LinkedHashSet<>();
        for (Scope c : s.children) childFree.addAll(analyze(c, bound));
        Set<String> myFree = new java.util.LinkedHashSet<>();
        for (var e : s.resolved.entrySet()) if (e.getValue() == Resolved.FREE) myFree.add(e.getKey());
        for (String n : childFree) {
            if (s.kind == Kind.FUNCTION && s.resolved.get(n) == Resolved.LOCAL) {
                s.resolved.put(n, Resolved.CELL);
            } else if (s.kind == Kind.CLASS && n.equals("__class__")) {
                s.needsClassCell = true;
            } else if (s.kind == Kind.CLASS) {
                s.classFree.add(n);
                myFree.add(n);
            } else if (s.kind == Kind.FUNCTION) {
                if (s.resolved.get(n) != Resolved.CELL) s.resolved.put(n, Resolved.FREE);
                myFree.add(n);
            }
        }
        return myFree;
    }

    private static Span spanOf(Scope s) {
        if (s.node != null) return s.node.span();
        return new Span(1, 0, 1, 0);
    }
}
