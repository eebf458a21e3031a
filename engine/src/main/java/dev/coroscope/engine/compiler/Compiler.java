package dev.coroscope.engine.compiler;

import static dev.coroscope.engine.compiler.Opcode.*;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Pattern;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.ast.Stmt;
import dev.coroscope.engine.compiler.Symtable.Kind;
import dev.coroscope.engine.compiler.Symtable.Resolved;
import dev.coroscope.engine.compiler.Symtable.Scope;
import dev.coroscope.engine.compiler.Unit.FBlock;
import dev.coroscope.engine.compiler.Unit.FBlockType;
import dev.coroscope.engine.compiler.Unit.Label;
import dev.coroscope.engine.runtime.Ops;
import dev.coroscope.engine.runtime.PyBytes;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyEllipsis;
import dev.coroscope.engine.runtime.PyFloat;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyBool;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PySet;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyTuple;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Code generation: walks the AST of a module and produces one {@link PyCode} per scope, following
 * the structure of CPython 3.11's {@code compile.c} (same instruction sequences for loops,
 * try/except/finally, with, comprehensions, await) so behaviour such as exception context and the
 * order of {@code finally} blocks comes out the same. Entry point: {@link #compile}.
 */
public final class Compiler {

    private final Symtable st;
    private final String filename;
    private final boolean library;
    private Unit u;
    private final Deque<Unit> units = new ArrayDeque<>();

    private Compiler(Symtable st, String filename, boolean library) {
        this.st = st;
        this.filename = filename;
        this.library = library;
    }

    /** Compiles a parsed module; throws {@link CompileError} for errors found at this stage. */
    public static PyCode compile(Ast.Module mod, String filename, boolean library) {
        return compile(mod, filename, library, null);
    }

    /** A SyntaxWarning CPython's compiler issues ({@code "is" with a literal}...), at a source line. */
    public record Warning(String message, int line, Span at) {}

    /** As {@link #compile(Ast.Module, String, boolean)}, adding the compiler's SyntaxWarnings to {@code warnings}. */
    public static PyCode compile(Ast.Module mod, String filename, boolean library, List<Warning> warnings) {
        return compile(mod, filename, library, warnings, 0);
    }

    /** As {@link #compile(Ast.Module, String, boolean, List)} while {@code pythonDepth} Python frames run (exec, compile). */
    public static PyCode compile(Ast.Module mod, String filename, boolean library, List<Warning> warnings, int pythonDepth) {
        return forModule(mod, filename, library, warnings, pythonDepth).compileModule(mod);
    }

    /** compile(..., 'single'): as {@link #compile(Ast.Module, String, boolean, List, int)}, module-level expression values displayed. */
    public static PyCode compileInteractive(Ast.Module mod, String filename, int pythonDepth) {
        return compileInteractive(mod, filename, pythonDepth, null);
    }

    /** As {@link #compileInteractive(Ast.Module, String, int)}, adding the compiler's SyntaxWarnings to {@code warnings}. */
    public static PyCode compileInteractive(Ast.Module mod, String filename, int pythonDepth, List<Warning> warnings) {
        Compiler c = forModule(mod, filename, false, warnings, pythonDepth);
        c.interactive = true;
        return c.compileModule(mod);
    }

    /** A compiler for the module {@code mod}, its symbol table built with the module's future features. */
    private static Compiler forModule(Ast.Module mod, String filename, boolean library, List<Warning> warnings,
                                      int pythonDepth) {
        FutureFeatures future = FutureFeatures.of(mod);
        Symtable st = Symtable.build(mod, filename, future.annotations, Symtable.startDepth(pythonDepth));
        Compiler c = new Compiler(st, filename, library);
        c.future = future;
        c.warnings = warnings;
        return c;
    }

    /**
     * Compiles the module {@code Parser.parseEval} made (one expression statement) as CPython's
     * eval mode does: the code computes the expression and returns its value.
     */
    public static PyCode compileEval(Ast.Module mod, String filename, int pythonDepth) {
        return compileEval(mod, filename, pythonDepth, null);
    }

    /** As {@link #compileEval(Ast.Module, String, int)}, adding the compiler's SyntaxWarnings to {@code warnings}. */
    public static PyCode compileEval(Ast.Module mod, String filename, int pythonDepth, List<Warning> warnings) {
        // The module wrapping the expression adds a statement level CPython's Expression node has not.
        Symtable st = Symtable.build(mod, filename, false, Symtable.startDepth(pythonDepth) - 1);
        Compiler c = new Compiler(st, filename, false);
        c.warnings = warnings;
        c.u = new Unit(st.module, "<module>", "<module>", 1);
        c.u.loc = new Span(1, 0, 1, 0);
        Stmt.ExprStmt only = (Stmt.ExprStmt) mod.body().get(0);
        c.u.loc = only.value().span();
        c.visitExpr(only.value());
        c.u.emit(RETURN_VALUE);
        return Assembler.assemble(c.u, filename, false);
    }

    private List<Warning> warnings;
    /** CPython's interactive ('single') mode: module-level expression statements are displayed. */
    private boolean interactive;
    private FutureFeatures future = FutureFeatures.NONE;

    /** An annotation's value: evaluated, or under {@code from __future__ import annotations} its source text. */
    private void annotationValue(Expr annotation) {
        if (future.annotations) loadConst(PyStr.of(Unparser.annotation(annotation)));
        else visitExpr(annotation);
    }

    private void warn(String message, Span at) {
        if (warnings != null && at != null) warnings.add(new Warning(message, at.line(), at));
    }

    // ---- CPython's compile-time SyntaxWarnings (check_compare, check_caller, check_subscripter, check_index)

    /** The constant an expression stands for after CPython's constant folding (only what the checks need), or null. */
    private static Object literalValue(Expr e) {
        if (e instanceof Expr.Constant c) return c.value();
        if (e instanceof Expr.UnaryOp un && un.op() == Ast.UnaryOpKind.USUB && un.operand() instanceof Expr.Constant c
                && (c.value() instanceof BigInteger || c.value() instanceof Double || c.value() instanceof Ast.Imaginary)) {
            return c.value();
        }
        if (e instanceof Expr.TupleExpr t) {
            for (Expr x : t.elts()) if (literalValue(x) == null) return null;
            return t;
        }
        return null;
    }

    /** {@code is} may compare with this: not a literal, or None/True/False/Ellipsis. */
    private boolean isArgOk(Expr e) {
        // An operation CPython's optimizer folds into a constant ('a' + 'b', 2 * 3) is a literal too.
        if (foldsToConstant(e)) return false;
        // A tuple of constants, folded ones included ((1, 2 * 3)), is one constant.
        if (e instanceof Expr.TupleExpr t && t.ctx() == Ast.Ctx.LOAD && foldTuple(t.elts()) != null) return false;
        Object v = literalValue(e);
        return v == null || v instanceof Boolean || v instanceof Ast.Singleton;
    }

    private void checkCompare(Expr.Compare c) {
        boolean left = isArgOk(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            Ast.CmpOpKind op = c.ops().get(i);
            boolean right = isArgOk(c.comparators().get(i));
            if ((op == Ast.CmpOpKind.IS || op == Ast.CmpOpKind.IS_NOT) && (!left || !right)) {
                warn(op == Ast.CmpOpKind.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c.span());
                return;
            }
            left = right;
        }
    }

    /** The type CPython's compiler infers for an expression ({@code infer_type}), or null. */
    private String inferType(Expr e) {
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || isLoadSubscript(e)) {
            PyObject v = folded(e);
            if (v != null || !isLoadSubscript(e)) return v == null ? null : v.getType().name();
        }
        if (e instanceof Expr.TupleExpr) return "tuple";
        if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) return "list";
        if (e instanceof Expr.DictExpr || e instanceof Expr.DictComp) return "dict";
        if (e instanceof Expr.SetExpr || e instanceof Expr.SetComp) return "set";
        if (e instanceof Expr.GeneratorExp) return "generator";
        if (e instanceof Expr.Lambda) return "function";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "str";
        Object v = literalValue(e);
        if (v == null) return null;
        if (v instanceof Expr.TupleExpr) return "tuple";
        if (e instanceof Expr.Constant) return constValue(v).getType().name();
        return v instanceof BigInteger ? "int" : v instanceof Double ? "float" : "complex";
    }

    private void checkCaller(Expr f, Span at) {
        if (foldsToConstant(f)) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", at);
            return;
        }
        if (f instanceof Expr.Constant || f instanceof Expr.TupleExpr || f instanceof Expr.ListExpr || f instanceof Expr.ListComp
                || f instanceof Expr.DictExpr || f instanceof Expr.DictComp || f instanceof Expr.SetExpr
                || f instanceof Expr.SetComp || f instanceof Expr.GeneratorExp || f instanceof Expr.JoinedStr
                || f instanceof Expr.FormattedValue) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", at);
        }
    }

    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value();
        boolean warnSubscripter = false;
        if (v instanceof Expr.Constant c) {
            Object k = c.value();
            warnSubscripter = k == Ast.Singleton.NONE || k == Ast.Singleton.ELLIPSIS || k instanceof BigInteger
                    || k instanceof Double || k instanceof Ast.Imaginary || k instanceof Boolean;
        } else if (v instanceof Expr.SetExpr || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp
                || v instanceof Expr.Lambda) {
            warnSubscripter = true;
        } else if (foldsToConstant(v)) {
            // Folded into a constant by CPython's optimizer ((2*3)[1], (-1)[0]).
            PyObject k = folded(v);
            warnSubscripter = k instanceof PyInt || k instanceof PyFloat || k instanceof dev.coroscope.engine.runtime.PyComplex;
        }
        if (warnSubscripter) {
            warn("'" + inferType(v) + "' object is not subscriptable; perhaps you missed a comma?", s.span());
            return;
        }
        String index = inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool") || s.slice() instanceof Expr.Slice) return;
        boolean seq = v instanceof Expr.TupleExpr || v instanceof Expr.ListExpr || v instanceof Expr.ListComp
                || v instanceof Expr.JoinedStr || v instanceof Expr.FormattedValue
                || (v instanceof Expr.Constant c && (c.value() instanceof String || c.value() instanceof Ast.Bytes))
                || (foldsToConstant(v) && (folded(v) instanceof PyStr || folded(v) instanceof PyBytes
                        || folded(v) instanceof PyTuple));
        if (seq) {
            warn(inferType(v) + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?", s.span());
        }
    }

    private PyCode compileModule(Ast.Module mod) {
        u = new Unit(st.module, "<module>", "<module>", 1);
        u.loc = new Span(1, 0, 1, 0);
        List<Stmt> body = mod.body();
        if (hasAnnotations(body)) u.emit(SETUP_ANNOTATIONS);
        int start = 0;
        if (!interactive && !body.isEmpty() && docstring(body) != null) {
            Stmt first = body.get(0);
            u.loc = first.span();
            loadConst(PyStr.of(docstring(body)));
            u.emit(STORE_NAME, u.addName("__doc__"));
            start = 1;
        }
        for (int i = start; i < body.size(); i++) visitStmt(body.get(i));
        u.loc = null;
        loadConst(PyNone.INSTANCE);
        u.emit(RETURN_VALUE);
        return Assembler.assemble(u, filename, library);
    }

    /**
     * CPython 3.11's compiler_jump_if sets the current position to each comparison it branches on and
     * does not restore it, so code emitted right after (an assert's raise) is placed at the last one
     * reached in its walk through not/and/or/if-else; null when there is none.
     */
    private static Span lastJumpCompare(Expr e) {
        if (e instanceof Expr.Compare) return e.span();
        if (e instanceof Expr.UnaryOp un && un.op() == Ast.UnaryOpKind.NOT) return lastJumpCompare(un.operand());
        Span last = null;
        if (e instanceof Expr.BoolOp b) {
            for (Expr v : b.values()) {
                Span sp = lastJumpCompare(v);
                if (sp != null) last = sp;
            }
        } else if (e instanceof Expr.IfExp i) {
            for (Expr v : List.of(i.test(), i.body(), i.orelse())) {
                Span sp = lastJumpCompare(v);
                if (sp != null) last = sp;
            }
        }
        return last;
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) return true;
            if (s instanceof Stmt.If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) return true;
            if (s instanceof Stmt.For f && (hasAnnotations(f.body()) || hasAnnotations(f.orelse()))) return true;
            if (s instanceof Stmt.While w && (hasAnnotations(w.body()) || hasAnnotations(w.orelse()))) return true;
            if (s instanceof Stmt.With w && hasAnnotations(w.body())) return true;
            if (s instanceof Stmt.Try t && (hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody()))) return true;
        }
        return false;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private CompileError error(String msg, Span span) {
        return new CompileError(msg, span);
    }

    // ---- constants -----------------------------------------------------------------------------------

    private void loadConst(PyObject v) {
        u.emit(LOAD_CONST, constIndex(v));
    }

    private int constIndex(PyObject v) {
        Object key = constKey(v);
        return u.addConst(canonical(v, key), key);
    }

    /** Equal constants of one compilation share one object, as CPython's compiler merges them. */
    private final java.util.Map<Object, PyObject> constCache = new java.util.HashMap<>();

    private PyObject canonical(PyObject v, Object key) {
        if (key instanceof IdentityKey) return v;
        if (v instanceof PyStr s && s.getClass() == PyStr.class && allNameChars(s.value())) {
            return PyStr.intern(s.value()); // CPython interns constants made of name characters, across compilations
        }
        PyObject known = constCache.putIfAbsent(key, v);
        return known != null ? known : v;
    }

    private static boolean allNameChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }

    private static Object constKey(PyObject v) {
        if (v instanceof PyBool b) return List.of("bool", b == PyBool.TRUE);
        if (v instanceof PyInt i) return List.of("int", i.isBig() ? i.toBig() : (Object) i.v);
        if (v instanceof PyFloat f) return List.of("float", Double.doubleToRawLongBits(f.value));
        if (v instanceof PyStr s) return List.of("str", s.value());
        if (v instanceof PyBytes b && b.getClass() == PyBytes.class) return List.of("bytes", java.util.HexFormat.of().formatHex(b.data));
        if (v instanceof dev.coroscope.engine.runtime.PyComplex c) {
            return List.of("complex", Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(c.imag));
        }
        if (v instanceof PySet fs && fs.isFrozen()) {
            // Equal frozensets of a compilation are one constant (the first one's layout), as CPython merges them.
            java.util.Set<Object> items = new java.util.HashSet<>();
            for (PyObject o : fs.ordered()) {
                Object k = constKey(o);
                if (k instanceof IdentityKey) return new IdentityKey(v);
                items.add(k);
            }
            return List.of("frozenset", items);
        }
        if (v instanceof PyTuple t) {
            List<Object> k = new ArrayList<>();
            k.add("tuple");
            for (PyObject o : t.items()) k.add(constKey(o));
            return k;
        }
        return new IdentityKey(v);
    }

    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    static PyObject constValue(Object v) {
        if (v instanceof Ast.Singleton s) return s == Ast.Singleton.NONE ? PyNone.INSTANCE : PyEllipsis.INSTANCE;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double d) return new PyFloat(d);
        if (v instanceof String s) return PyStr.of(s);
        if (v instanceof Ast.Bytes b) return PyBytes.of(b.data());
        if (v instanceof Ast.Imaginary im) return new dev.coroscope.engine.runtime.PyComplex(0.0, im.imag());
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof Integer i) return PyInt.of(i);
        throw new IllegalArgumentException("bad constant " + v);
    }

    // ---- names ---------------------------------------------------------------------------------------

    private enum NameOp { FAST, DEREF, CLASSDEREF, GLOBAL, NAME }

    private NameOp nameOp(String name) {
        Scope s = u.scope;
        Resolved r = s.resolved.get(name);
        if (s.kind == Kind.CLASS && name.equals("__class__") && s.needsClassCell) return NameOp.DEREF;
        if (r == null) {
            return s.kind == Kind.FUNCTION ? NameOp.GLOBAL : NameOp.NAME;
        }
        switch (r) {
            case LOCAL:
                return s.kind == Kind.FUNCTION ? NameOp.FAST : NameOp.NAME;
            case CELL:
                return NameOp.DEREF;
            case FREE:
                return s.kind == Kind.CLASS ? NameOp.CLASSDEREF : NameOp.DEREF;
            case GLOBAL_EXPLICIT:
                return NameOp.GLOBAL;
            default:
                return s.kind == Kind.FUNCTION ? NameOp.GLOBAL : NameOp.NAME;
        }
    }

    /** Emits a cell/free reference for {@code name}; returns the instruction to patch argKind. */
    private void emitDeref(int op, String name) {
        int ci = u.cellvars.indexOf(name);
        Unit.Instr ins;
        if (ci >= 0) {
            ins = u.emit(op, ci);
            ins.argKind = 1;
        } else {
            int fi = u.freevars.indexOf(name);
            if (fi < 0) throw new IllegalStateException("no cell for " + name + " in " + u.qualname);
            ins = u.emit(op, fi);
            ins.argKind = 2;
        }
    }

    private void loadName(String raw) {
        String name = Symtable.mangle(u.scope.priv, raw);
        switch (nameOp(name)) {
            case FAST -> u.emit(LOAD_FAST, u.addVarname(name));
            case DEREF -> emitDeref(LOAD_DEREF, name);
            case CLASSDEREF -> emitDeref(LOAD_CLASSDEREF, name);
            case GLOBAL -> u.emit(LOAD_GLOBAL, u.addName(name));
            case NAME -> u.emit(LOAD_NAME, u.addName(name));
        }
    }

    private void storeName(String raw) {
        String name = Symtable.mangle(u.scope.priv, raw);
        switch (nameOp(name)) {
            case FAST -> u.emit(STORE_FAST, u.addVarname(name));
            case DEREF, CLASSDEREF -> emitDeref(STORE_DEREF, name);
            case GLOBAL -> u.emit(STORE_GLOBAL, u.addName(name));
            case NAME -> u.emit(STORE_NAME, u.addName(name));
        }
    }

    private void deleteName(String raw) {
        String name = Symtable.mangle(u.scope.priv, raw);
        switch (nameOp(name)) {
            case FAST -> u.emit(DELETE_FAST, u.addVarname(name));
            case DEREF, CLASSDEREF -> emitDeref(DELETE_DEREF, name);
            case GLOBAL -> u.emit(DELETE_GLOBAL, u.addName(name));
            case NAME -> u.emit(DELETE_NAME, u.addName(name));
        }
    }

    // ---- scopes --------------------------------------------------------------------------------------

    private String qualnameFor(String name, Scope scope) {
        Unit parent = u;
        if (parent == null || parent.scope.kind == Kind.MODULE) return name;
        Scope ps = parent.scope;
        if (ps.kind == Kind.FUNCTION) return parent.qualname.concat(".<locals>.").concat(name);
        return parent.qualname.concat(".").concat(name);
    }

    private void enterScope(Unit nu) {
        units.push(u);
        u = nu;
    }

    private PyCode leaveScope() {
        PyCode code = Assembler.assemble(u, filename, library);
        u = units.pop();
        return code;
    }

    /** The prologue: cells for cell variables, copies of free variables. */
    private void prologue() {
        for (int i = 0; i < u.cellvars.size(); i++) {
            Unit.Instr ins = u.emitNoLoc(MAKE_CELL, i);
            ins.argKind = 1;
        }
        if (!u.freevars.isEmpty()) u.emitNoLoc(COPY_FREE_VARS, u.freevars.size());
    }

    /** Pushes the closure tuple for a nested scope's free variables; returns true if any. */
    private boolean makeClosure(Unit inner) {
        if (inner.freevars.isEmpty()) return false;
        for (String name : inner.freevars) {
            // In the enclosing unit the name is a cell or a free variable.
            if (u.scope.kind == Kind.CLASS && name.equals("__class__")) {
                emitDeref(LOAD_CLOSURE, "__class__");
                continue;
            }
            emitDeref(LOAD_CLOSURE, name);
        }
        u.emit(BUILD_TUPLE, inner.freevars.size());
        return true;
    }

    private void makeFunction(Unit inner, PyCode code, int flags) {
        if (makeClosure(inner)) flags |= MF_CLOSURE;
        loadConst(code);
        u.emit(MAKE_FUNCTION, flags);
    }

    // ---- statements ----------------------------------------------------------------------------------

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) visitStmt(s);
    }

    private void visitStmt(Stmt s) {
        u.loc = s.span();
        if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) deleteTarget(t);
        } else if (s instanceof Stmt.Assign a) {
            if (a.targets().size() == 1 && swapAssign(a.targets().get(0), a.value(), s.span())) return;
            visitExpr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                u.loc = s.span();
                if (i < a.targets().size() - 1) u.emit(COPY, 1);
                storeTarget(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync()) asyncFor(f);
            else forStmt(f);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync()) asyncWith(w, 0);
            else with(w, 0);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                visitExpr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    visitExpr(r.cause());
                    n = 2;
                }
            }
            u.loc = s.span();
            u.emit(RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Try t) {
            if (t.isStar()) {
                if (!t.finalbody().isEmpty()) tryFinally(t);
                else tryStar(t);
            } else if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.Assert a) {
            if (a.test() instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
                warn("assertion is always true, perhaps remove parentheses?", s.span());
            }
            Label end = new Label();
            jumpIf(a.test(), end, true);
            Span raiseAt = lastJumpCompare(a.test());
            if (raiseAt == null) raiseAt = s.span();
            u.loc = raiseAt;
            u.emit(LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                u.emit(PUSH_NULL);
                visitExpr(a.msg());
                u.loc = raiseAt;
                u.emit(CALL, 1);
            }
            u.emit(RAISE_VARARGS, 1);
            u.bind(end);
        } else if (s instanceof Stmt.Import im) {
            for (Ast.Alias al : im.names()) {
                u.loc = s.span();
                loadConst(PyInt.ZERO);
                loadConst(PyNone.INSTANCE);
                u.emit(IMPORT_NAME, u.addName(al.name()));
                if (al.asname() != null) {
                    String[] parts = al.name().split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        u.emit(IMPORT_FROM, u.addName(parts[i]));
                        u.emit(SWAP, 2);
                        u.emit(POP_TOP);
                    }
                    storeName(al.asname());
                } else {
                    storeName(al.name().split("\\.")[0]);
                }
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            if ("__future__".equals(im.module()) && !future.inHeader(s)) {
                throw error("from __future__ imports must occur at the beginning of the file", s.span());
            }
            PyObject[] names = new PyObject[im.names().size()];
            for (int i = 0; i < names.length; i++) names[i] = PyStr.of(im.names().get(i).name());
            loadConst(PyInt.of(im.level()));
            loadConst(PyTuple.of(names));
            u.emit(IMPORT_NAME, u.addName(im.module() == null ? "" : im.module()));
            if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
                u.emit(IMPORT_STAR);
            } else {
                for (Ast.Alias al : im.names()) {
                    u.emit(IMPORT_FROM, u.addName(al.name()));
                    storeName(al.asname() != null ? al.asname() : al.name());
                }
                u.emit(POP_TOP);
            }
        } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            // Declarations only: no code, so no line event or step (as in CPython).
        } else if (s instanceof Stmt.ExprStmt e) {
            if (interactive && u.scope == st.module) {
                // compile(..., 'single'): the value goes to sys.displayhook (CPython's PRINT_EXPR).
                u.loc = s.span();
                loadConst(PyInt.ZERO);
                loadConst(PyNone.INSTANCE);
                u.emit(IMPORT_NAME, u.addName("sys"));
                u.emit(LOAD_ATTR, u.addName("displayhook"));
                u.emit(PUSH_NULL);
                visitExpr(e.value());
                u.loc = s.span();
                u.emit(CALL, 1);
                u.emit(POP_TOP);
            } else if (e.value() instanceof Expr.Constant) {
                u.emit(NOP);
            } else {
                visitExpr(e.value());
                u.loc = s.span();
                u.emit(POP_TOP, 1);
            }
        } else if (s instanceof Stmt.Match mt) {
            matchStmt(mt);
        } else if (s instanceof Stmt.Pass p) {
            u.emit(NOP);
        } else if (s instanceof Stmt.Break b) {
            breakStmt(b);
        } else if (s instanceof Stmt.Continue c) {
            continueStmt(c);
        }
    }

    // ---- match statements ----------------------------------------------------------------------------
    //
    // The code follows CPython 3.11's compiler: a pattern consumes the subject on top of the stack;
    // captured values are kept on the stack (the first capture on top) and stored only when the
    // whole case pattern matched, so a failed case binds nothing. A failing check jumps to
    // failPop[n], which pops the n items the pattern has on the stack at that point.

    /** What compiling one case pattern keeps track of. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        List<Label> failPop = new ArrayList<>();
        /** Items on the stack above the captures that a failure has to pop too. */
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.pattern() == null && as.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar st && st.name() == null;
    }

    private void matchStmt(Stmt.Match m) {
        visitExpr(m.subject());
        Label end = new Label();
        List<Ast.MatchCase> cases = m.cases();
        int n = cases.size();
        boolean hasDefault = n > 1 && isWildcard(cases.get(n - 1).pattern());
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            Ast.MatchCase c = cases.get(i);
            u.loc = c.pattern().span();
            boolean last = i == n - (hasDefault ? 1 : 0) - 1;
            // Only copy the subject when another case may still need it.
            if (!last) u.emit(COPY, 1);
            PatternContext pc = new PatternContext();
            pc.allowIrrefutable = c.guard() != null || i == n - 1;
            compilePattern(c.pattern(), pc);
            for (String name : pc.stores) storeName(name);
            if (c.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(c.guard(), pc.failPop.get(0), false);
            }
            if (!last) u.emit(POP_TOP);
            visitStmts(c.body());
            u.emitNoLoc(JUMP, 0).target = end;
            // A failed pattern's clean-up belongs to the pattern's line, not the body's last one.
            u.loc = c.pattern().span();
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            Ast.MatchCase c = cases.get(n - 1);
            u.loc = c.pattern().span();
            if (n == 1) u.emit(POP_TOP);
            else u.emit(NOP);
            if (c.guard() != null) jumpIf(c.guard(), end, false);
            visitStmts(c.body());
        }
        u.bind(end);
    }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() <= n) pc.failPop.add(new Label());
    }

    private void jumpToFailPop(PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        u.emitJump(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            u.bind(pc.failPop.get(i));
            u.emit(POP_TOP);
        }
        u.bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    /** Moves the top of the stack {@code count - 1} places down (below the next count - 1 items). */
    private void rotate(int count) {
        while (count > 1) u.emit(SWAP, count--);
    }

    private void patternStoreName(String name, PatternContext pc) {
        if (name == null) {
            u.emit(POP_TOP);
            return;
        }
        if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern", u.loc);
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void compileSubpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        compilePattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void compilePattern(Pattern p, PatternContext pc) {
        u.loc = p.span();
        if (p instanceof Pattern.MatchValue v) {
            visitExpr(v.value());
            u.loc = p.span();
            u.emit(COMPARE_OP, Ops.EQ);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton sg) {
            loadConst(constValue(sg.value()));
            u.emit(IS_OP, 0);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSequence sq) {
            sequencePattern(sq, pc);
        } else if (p instanceof Pattern.MatchMapping mm) {
            mappingPattern(mm, pc);
        } else if (p instanceof Pattern.MatchClass mc) {
            classPattern(mc, pc);
        } else if (p instanceof Pattern.MatchStar st) {
            patternStoreName(st.name(), pc);
        } else if (p instanceof Pattern.MatchAs as) {
            if (as.pattern() == null) {
                if (!pc.allowIrrefutable) {
                    if (as.name() != null) throw error("name capture '" + as.name() + "' makes remaining patterns unreachable", p.span());
                    throw error("wildcard makes remaining patterns unreachable", p.span());
                }
                patternStoreName(as.name(), pc);
                return;
            }
            pc.onTop++;
            u.emit(COPY, 1);
            compilePattern(as.pattern(), pc);
            pc.onTop--;
            // No location reset here: like CPython 3.11, the name is stored (and a repeated name
            // reported) at the location of the last sub-pattern compiled.
            patternStoreName(as.name(), pc);
        } else if (p instanceof Pattern.MatchOr or) {
            orPattern(or, pc);
        }
    }

    private void sequencePattern(Pattern.MatchSequence p, PatternContext pc) {
        List<Pattern> ps = p.patterns();
        int size = ps.size();
        int star = -1;
        boolean onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern q = ps.get(i);
            if (q instanceof Pattern.MatchStar) {
                if (star >= 0) throw error("multiple starred names in sequence pattern", p.span());
                starWildcard = isStarWildcard(q);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(q);
        }
        pc.onTop++;
        u.emit(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            u.emit(GET_LEN);
            loadConst(PyInt.of(size));
            u.emit(COMPARE_OP, Ops.EQ);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            u.emit(GET_LEN);
            loadConst(PyInt.of(size - 1));
            u.emit(COMPARE_OP, Ops.GE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            u.emit(POP_TOP);
        } else if (starWildcard) {
            // Index the subject instead of unpacking it all.
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern q = ps.get(i);
                if (isWildcard(q) || i == star) continue;
                u.loc = p.span();
                u.emit(COPY, 1);
                if (i < star) {
                    loadConst(PyInt.of(i));
                } else {
                    // The subject may not support negative indexes.
                    u.emit(GET_LEN);
                    loadConst(PyInt.of(size - i));
                    u.emit(BINARY_OP, Ops.SUB);
                }
                u.emit(BINARY_SUBSCR);
                compileSubpattern(q, pc);
            }
            pc.onTop--;
            u.loc = p.span();
            u.emit(POP_TOP);
        } else {
            if (star >= 0) u.emit(UNPACK_EX, star | ((size - star - 1) << 8));
            else u.emit(UNPACK_SEQUENCE, size);
            pc.onTop += size;
            for (Pattern q : ps) {
                pc.onTop--;
                compileSubpattern(q, pc);
            }
        }
    }

    private void mappingPattern(Pattern.MatchMapping p, PatternContext pc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        String rest = p.rest();
        pc.onTop++;
        u.emit(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && rest == null) {
            pc.onTop--;
            u.emit(POP_TOP);
            return;
        }
        if (size > 0) {
            u.emit(GET_LEN);
            loadConst(PyInt.of(size));
            u.emit(COMPARE_OP, Ops.GE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        List<PyObject> seen = new ArrayList<>();
        for (Expr key : keys) {
            PyObject constant = patternConstant(key);
            if (constant != null) {
                for (PyObject o : seen) {
                    if (o.getType() == constant.getType() || (o instanceof PyInt || o instanceof PyFloat) && (constant instanceof PyInt || constant instanceof PyFloat)) {
                        if (Ops.eq(o, constant)) throw error("mapping pattern checks duplicate key (" + constant.repr() + ")", p.span());
                    }
                }
                seen.add(constant);
            } else if (!(key instanceof Expr.Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups", p.span());
            }
            visitExpr(key);
        }
        u.loc = p.span();
        u.emit(BUILD_TUPLE, size);
        u.emit(MATCH_KEYS);
        pc.onTop += 2;
        u.emit(COPY, 1);
        loadConst(PyNone.INSTANCE);
        u.emit(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        u.emit(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern q : p.patterns()) {
            pc.onTop--;
            compileSubpattern(q, pc);
        }
        pc.onTop -= 2;
        if (rest != null) {
            // rest = dict(subject) without the matched keys
            u.emit(BUILD_MAP, 0);
            u.emit(SWAP, 3);
            u.emit(DICT_UPDATE, 2);
            u.emit(UNPACK_SEQUENCE, size);
            int k = size;
            while (k > 0) {
                u.emit(COPY, 1 + k--);
                u.emit(SWAP, 2);
                u.emit(DELETE_SUBSCR);
            }
            patternStoreName(rest, pc);
        } else {
            u.emit(POP_TOP);
            u.emit(POP_TOP);
        }
    }

    /** The value of a literal key ({@code 1}, {@code -2.5}, {@code 'k'}, {@code None}), or null. */
    private static PyObject patternConstant(Expr e) {
        if (e instanceof Expr.Constant c && !(c.value() instanceof Ast.Imaginary)) return constValue(c.value());
        if (e instanceof Expr.UnaryOp un && un.op() == Ast.UnaryOpKind.USUB && un.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof BigInteger b) return PyInt.of(b.negate());
            if (c.value() instanceof Double d) return new PyFloat(-d);
        }
        return null;
    }

    private void classPattern(Pattern.MatchClass p, PatternContext pc) {
        List<Pattern> args = p.patterns();
        List<String> kwNames = p.kwdAttrs();
        List<Pattern> kwPatterns = p.kwdPatterns();
        int nargs = args.size(), nattrs = kwNames.size();
        for (int i = 0; i < nattrs; i++) {
            if (kwNames.subList(i + 1, nattrs).contains(kwNames.get(i))) {
                int j = kwNames.subList(i + 1, nattrs).indexOf(kwNames.get(i)) + i + 1;
                throw error("attribute name repeated in class pattern: " + kwNames.get(i), kwPatterns.get(j).span());
            }
        }
        visitExpr(p.cls());
        u.loc = p.span();
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) names[i] = PyStr.of(kwNames.get(i));
        loadConst(PyTuple.of(names));
        u.emit(MATCH_CLASS, nargs);
        u.emit(COPY, 1);
        loadConst(PyNone.INSTANCE);
        u.emit(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        u.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern q = i < nargs ? args.get(i) : kwPatterns.get(i - nargs);
            if (isWildcard(q)) {
                u.emit(POP_TOP);
                continue;
            }
            compileSubpattern(q, pc);
        }
    }

    private void orPattern(Pattern.MatchOr p, PatternContext pc) {
        Label end = new Label();
        List<Pattern> alts = p.patterns();
        List<String> outerStores = pc.stores;
        boolean outerAllow = pc.allowIrrefutable;
        List<Label> outerFailPop = pc.failPop;
        int outerOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            u.loc = alt.span();
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == alts.size() - 1 && outerAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            u.emit(COPY, 1);
            compilePattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw error("alternative patterns bind different names", u.loc);
            } else if (nstores > 0) {
                // Same names, maybe another order: reorder the stack to control's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw error("alternative patterns bind different names", u.loc);
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) rotate(icontrol + 1);
                    }
                }
            }
            u.emitNoLoc(JUMP, 0).target = end;
            emitAndResetFailPop(pc);
        }
        pc.stores = outerStores;
        pc.allowIrrefutable = outerAllow;
        pc.failPop = outerFailPop;
        pc.onTop = outerOnTop;
        u.loc = p.span();
        // No alternative matched: pop the subject's copy and fail.
        u.emit(POP_TOP);
        jumpToFailPop(pc, JUMP);
        u.bind(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw error("multiple assignments to name '" + name + "' in pattern", u.loc);
            pc.stores.add(name);
        }
        u.emit(POP_TOP);
    }

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            visitExpr(d);
            u.loc = d.span();
            u.emit(PUSH_NULL);
        }
        u.loc = f.span();
        int flags = defaults(f.args());
        if (annotations(f.args(), f.returns())) flags |= MF_ANNOTATIONS;
        Scope scope = st.scopeFor(f);
        Unit inner = new Unit(scope, f.name(), qualnameFor(f.name(), scope), firstLineOf(f));
        enterScope(inner);
        setupArgs(f.args());
        if (f.isAsync()) u.flags |= scope.generator ? PyCode.CO_ASYNC_GENERATOR : PyCode.CO_COROUTINE;
        else if (scope.generator) u.flags |= PyCode.CO_GENERATOR;
        String doc = docstring(f.body());
        loadDocConst(doc);
        u.loc = f.span();
        prologue();
        List<Stmt> body = f.body();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) visitStmt(body.get(i));
        u.loc = null;
        if (body.isEmpty() || !(body.get(body.size() - 1) instanceof Stmt.Return)) {
            loadConst(PyNone.INSTANCE);
            u.emit(RETURN_VALUE);
        }
        PyCode code = leaveScope();
        u.loc = f.span();
        makeFunction(inner, code, flags);
        applyDecorators(f.decorators());
        u.loc = f.span();
        storeName(f.name());
    }

    /**
     * Calls the decorators on the new function or class, innermost first; each call carries its
     * decorator's position, as in CPython (a traceback of a failing decorator, and the settrace
     * line events of a decorated definition, come back to the decorator's line).
     */
    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            u.loc = decorators.get(i).span();
            u.emit(CALL, 1);
        }
    }

    private static int firstLineOf(Stmt.FunctionDef f) {
        if (!f.decorators().isEmpty()) return f.decorators().get(0).span().line();
        return f.span().line();
    }

    private void loadDocConst(String doc) {
        // The first constant of a function is its docstring (None when it has none), as in CPython.
        u.addConst(doc == null ? PyNone.INSTANCE : PyStr.of(doc), doc == null ? constKey(PyNone.INSTANCE) : constKey(PyStr.of(doc)));
    }

    /**
     * Emits the annotations dict of a function (evaluated at definition time, as in CPython 3.11:
     * parameters, then *args, keyword-only parameters, **kwargs and the return annotation);
     * returns whether there is one.
     */
    private boolean annotations(Ast.Arguments a, Expr returns) {
        int n = 0;
        List<Ast.Arg> all = new ArrayList<>();
        all.addAll(a.args());
        all.addAll(a.posonlyargs());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Ast.Arg p : all) {
            if (p.annotation() == null) continue;
            loadConst(PyStr.intern(Symtable.mangle(u.scope.priv, p.name())));
            annotationValue(p.annotation());
            n++;
        }
        if (returns != null) {
            loadConst(PyStr.intern("return"));
            annotationValue(returns);
            n++;
        }
        if (n == 0) return false;
        u.emit(BUILD_MAP, n);
        return true;
    }

    /** Emits default values; returns the MAKE_FUNCTION flags they need. */
    private int defaults(Ast.Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) visitExpr(d);
            u.emit(BUILD_TUPLE, a.defaults().size());
            flags |= MF_DEFAULTS;
        }
        int nkw = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                loadConst(PyStr.intern(Symtable.mangle(u.scope.priv, a.kwonlyargs().get(i).name())));
                visitExpr(d);
                nkw++;
            }
        }
        if (nkw > 0) {
            u.emit(BUILD_MAP, nkw);
            flags |= MF_KWDEFAULTS;
        }
        return flags;
    }

    private void setupArgs(Ast.Arguments a) {
        String priv = u.scope.priv;
        for (Ast.Arg p : a.posonlyargs()) u.addVarname(Symtable.mangle(priv, p.name()));
        for (Ast.Arg p : a.args()) u.addVarname(Symtable.mangle(priv, p.name()));
        for (Ast.Arg p : a.kwonlyargs()) u.addVarname(Symtable.mangle(priv, p.name()));
        if (a.vararg() != null) {
            u.addVarname(Symtable.mangle(priv, a.vararg().name()));
            u.flags |= PyCode.CO_VARARGS;
        }
        if (a.kwarg() != null) {
            u.addVarname(Symtable.mangle(priv, a.kwarg().name()));
            u.flags |= PyCode.CO_VARKEYWORDS;
        }
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.posonlyargcount = a.posonlyargs().size();
        u.kwonlyargcount = a.kwonlyargs().size();
        u.flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (units.size() > 1) u.flags |= PyCode.CO_NESTED;
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) {
            visitExpr(d);
            u.loc = d.span();
            u.emit(PUSH_NULL);
        }
        u.loc = c.span();
        u.emit(LOAD_BUILD_CLASS);
        u.emit(PUSH_NULL);
        Scope scope = st.scopeFor(c);
        int first = c.decorators().isEmpty() ? c.span().line() : c.decorators().get(0).span().line();
        Unit inner = new Unit(scope, c.name(), qualnameFor(c.name(), scope), first);
        enterScope(inner);
        // The class body starts on its first line, the first decorator's if any (as in CPython).
        u.loc = c.decorators().isEmpty() ? c.span() : c.decorators().get(0).span();
        prologue();
        u.emit(LOAD_NAME, u.addName("__name__"));
        u.emit(STORE_NAME, u.addName("__module__"));
        loadConst(PyStr.of(u.qualname));
        u.emit(STORE_NAME, u.addName("__qualname__"));
        if (hasAnnotations(c.body())) u.emit(SETUP_ANNOTATIONS);
        String doc = docstring(c.body());
        int start = 0;
        if (doc != null) {
            u.loc = c.body().get(0).span();
            loadConst(PyStr.of(doc));
            u.emit(STORE_NAME, u.addName("__doc__"));
            start = 1;
        }
        for (int i = start; i < c.body().size(); i++) visitStmt(c.body().get(i));
        u.loc = null;
        if (scope.needsClassCell) {
            emitDeref(LOAD_CLOSURE, "__class__");
            u.emit(COPY, 1);
            u.emit(STORE_NAME, u.addName("__classcell__"));
        } else {
            loadConst(PyNone.INSTANCE);
        }
        u.emit(RETURN_VALUE);
        PyCode code = leaveScope();
        u.loc = c.span();
        makeFunction(inner, code, 0);
        loadConst(PyStr.of(c.name()));
        emitCallArgs(c.bases(), c.keywords(), 2, c.span());
        applyDecorators(c.decorators());
        u.loc = c.span();
        storeName(c.name());
    }

    private void returnStmt(Stmt.Return r) {
        if (u.scope.kind != Kind.FUNCTION) throw error("'return' outside function", r.span());
        if (r.value() != null && (u.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            throw error("'return' with value in async generator", r.span());
        }
        if (r.value() != null) visitExpr(r.value());
        else loadConst(PyNone.INSTANCE);
        u.loc = r.span();
        for (FBlock b : u.fblocks) {
            if (b.type == FBlockType.EXCEPTION_GROUP_HANDLER) {
                // CPython reports at a constant return value on the statement's line, else at the statement.
                Expr v = r.value();
                boolean atValue = v instanceof Expr.Constant && v.span().line() == r.span().line();
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", atValue ? v.span() : r.span());
            }
        }
        unwindAll(true);
        // After a finally body or a with's exit ran, the return is artificial (no line of its own),
        // as in CPython: settrace does not come back to the return line.
        if (u.loc != null) u.loc = r.span();
        u.emit(RETURN_VALUE);
    }

    private void breakStmt(Stmt.Break b) {
        if (unwindRunsCode()) u.emit(NOP);
        FBlock loop = unwindToLoop(b.span(), "'break' outside loop", true);
        if (u.loc != null) u.loc = b.span();
        u.emitJump(JUMP, loop.exit);
    }

    private void continueStmt(Stmt.Continue c) {
        if (unwindRunsCode()) u.emit(NOP);
        FBlock loop = unwindToLoop(c.span(), "'continue' not properly in loop", false);
        if (u.loc != null) u.loc = c.span();
        u.emitJump(JUMP, loop.block);
    }

    /**
     * Whether leaving the blocks up to the innermost loop runs a finally body or a with's exit.
     * Then, as in CPython, the break/continue line is reported first (a NOP carrying it), the
     * unwinding code runs with its own lines, and the jump itself is artificial.
     */
    private boolean unwindRunsCode() {
        for (FBlock b : u.fblocks) { // innermost first
            if (b.type == FBlockType.WHILE_LOOP || b.type == FBlockType.FOR_LOOP || b.type == FBlockType.ASYNC_FOR_LOOP) {
                return false;
            }
            if (b.type == FBlockType.FINALLY_TRY || b.type == FBlockType.WITH || b.type == FBlockType.ASYNC_WITH) return true;
        }
        return false;
    }

    /** Unwinds blocks up to the innermost loop (included for break). */
    private FBlock unwindToLoop(Span span, String err, boolean isBreak) {
        List<FBlock> popped = new ArrayList<>();
        FBlock loop = null;
        try {
            while (!u.fblocks.isEmpty()) {
                FBlock top = u.fblocks.peek();
                if (top.type == FBlockType.WHILE_LOOP || top.type == FBlockType.FOR_LOOP
                        || top.type == FBlockType.ASYNC_FOR_LOOP) {
                    loop = top;
                    break;
                }
                u.fblocks.pop();
                popped.add(top);
                unwindBlock(top, false);
            }
            if (loop == null) throw error(err, span);
            if (isBreak) unwindBlock(loop, false);
            return loop;
        } finally {
            for (int i = popped.size() - 1; i >= 0; i--) u.fblocks.push(popped.get(i));
        }
    }

    private void unwindAll(boolean preserveTos) {
        List<FBlock> popped = new ArrayList<>();
        try {
            while (!u.fblocks.isEmpty()) {
                FBlock top = u.fblocks.pop();
                popped.add(top);
                unwindBlock(top, preserveTos);
            }
        } finally {
            for (int i = popped.size() - 1; i >= 0; i--) u.fblocks.push(popped.get(i));
        }
    }

    /** Emits the code that leaves one block early (return/break/continue). */
    @SuppressWarnings("unchecked")
    private void unwindBlock(FBlock b, boolean preserveTos) {
        switch (b.type) {
            case WHILE_LOOP, EXCEPTION_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case EXCEPTION_GROUP_HANDLER -> throw error("'break', 'continue' and 'return' cannot appear in an except* block", u.loc);
            case FOR_LOOP, ASYNC_FOR_LOOP -> {
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                // Argument 1: the iterator dies here (a generator left by 'break' is finalized now, as in CPython).
                u.emitNoLoc(POP_TOP, 1);
            }
            case TRY_EXCEPT -> u.emitNoLoc(POP_BLOCK, 0);
            case FINALLY_TRY -> {
                u.emitNoLoc(POP_BLOCK, 0);
                if (preserveTos) u.fblocks.push(new FBlock(FBlockType.POP_VALUE, null, null, null));
                visitStmts((List<Stmt>) b.datum);
                if (preserveTos) u.fblocks.pop();
                // The finally body appears to run after the statement that left the block: what
                // follows has no line of its own (CPython's UNSET_LOC).
                u.loc = null;
            }
            case FINALLY_END -> {
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                u.emitNoLoc(POP_TOP, 0);
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                u.emitNoLoc(POP_BLOCK, 0);
                u.emitNoLoc(POP_EXCEPT, 0);
            }
            case WITH, ASYNC_WITH -> {
                // The exit call runs on the with statement's line; what follows has no line.
                if (b.datum instanceof Span withLine) u.loc = withLine;
                u.emitNoLoc(POP_BLOCK, 0);
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                callExitWithNones();
                if (b.type == FBlockType.ASYNC_WITH) {
                    u.emit(GET_AWAITABLE, 2);
                    loadConst(PyNone.INSTANCE);
                    yieldFromLoop(true);
                }
                u.emitNoLoc(POP_TOP, 0);
                if (b.datum instanceof Span) u.loc = null;
            }
            case HANDLER_CLEANUP -> {
                if (b.datum != null) u.emitNoLoc(POP_BLOCK, 0);
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                u.emitNoLoc(POP_BLOCK, 0);
                u.emitNoLoc(POP_EXCEPT, 0);
                if (b.datum != null) {
                    loadConst(PyNone.INSTANCE);
                    storeName((String) b.datum);
                    deleteName((String) b.datum);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) u.emitNoLoc(SWAP, 2);
                u.emitNoLoc(POP_TOP, 0);
            }
        }
    }

    private void callExitWithNones() {
        u.emit(PUSH_NULL);
        loadConst(PyNone.INSTANCE);
        loadConst(PyNone.INSTANCE);
        loadConst(PyNone.INSTANCE);
        u.emit(CALL, 3);
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = binOp(a.op()) + Ops.INPLACE;
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            // As CPython: the load and the store at the name (an unbound x in `x += 1` points there).
            u.loc = n.span();
            loadName(n.id());
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(BINARY_OP, op);
            u.loc = n.span();
            storeName(n.id());
        } else if (t instanceof Expr.Attribute at) {
            visitExpr(at.value());
            u.emit(COPY, 1);
            u.loc = at.span();
            u.emit(LOAD_ATTR, u.addName(at.attr()));
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(BINARY_OP, op);
            u.emit(SWAP, 2);
            u.loc = at.span();
            u.emit(STORE_ATTR, u.addName(at.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            visitExpr(sub.value());
            visitExpr(sub.slice());
            u.emit(COPY, 2);
            u.emit(COPY, 2);
            u.loc = sub.span();
            u.emit(BINARY_SUBSCR);
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(BINARY_OP, op);
            u.emit(SWAP, 3);
            u.emit(SWAP, 2);
            u.loc = sub.span();
            u.emit(STORE_SUBSCR);
        } else {
            throw error("'" + describe(t) + "' is an illegal expression for augmented assignment", t.span());
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            visitExpr(a.value());
            storeTarget(a.target());
        }
        if (a.simple() && a.target() instanceof Expr.Name n && u.scope.kind != Kind.FUNCTION) {
            annotationValue(a.annotation());
            u.loc = a.span();
            u.emit(STORE_ANNOTATION, u.addName(n.id()));
        } else if (a.value() == null && !(a.target() instanceof Expr.Name)) {
            // An annotated attribute/subscript without value still evaluates the target object.
            if (a.target() instanceof Expr.Attribute at) {
                visitExpr(at.value());
                u.emit(POP_TOP);
            }
        }
    }

    private void forStmt(Stmt.For f) {
        Label start = new Label(), cleanup = new Label(), end = new Label();
        visitIterable(f.iter());
        u.loc = f.span();
        u.emit(GET_ITER);
        u.bind(start);
        // CPython 3.11 gives FOR_ITER the whole statement's position (several lines: no caret line).
        u.emitJump(FOR_ITER, cleanup);
        u.loc = f.span();
        storeTarget(f.target());
        u.fblocks.push(new FBlock(FBlockType.FOR_LOOP, start, end, null));
        visitStmts(f.body());
        u.fblocks.pop();
        u.loc = f.span();
        u.emitJump(JUMP, start);
        u.bind(cleanup);
        visitStmts(f.orelse());
        u.bind(end);
    }

    /**
     * CPython 3.11's AST optimizer turns a list display iterated by a comprehension (and by a plain
     * for statement, not by an 'async for' statement) into a tuple display. Only the error of an
     * asynchronous comprehension can tell ("requires an object with __aiter__ method, got tuple"),
     * so only those get the rewrite.
     */
    private static Expr asyncIterated(Expr iter) {
        if (iter instanceof Expr.ListExpr l && l.elts().stream().noneMatch(e -> e instanceof Expr.Starred)) {
            return new Expr.TupleExpr(l.span(), l.elts(), l.ctx());
        }
        return iter;
    }

    private void asyncFor(Stmt.For f) {
        Label start = new Label(), except = new Label(), end = new Label();
        visitExpr(f.iter());
        u.loc = f.span();
        u.emit(GET_AITER);
        u.bind(start);
        u.emitJump(SETUP_FINALLY, except);
        u.emit(GET_ANEXT);
        loadConst(PyNone.INSTANCE);
        yieldFromLoop(true);
        u.emit(POP_BLOCK);
        storeTarget(f.target());
        u.fblocks.push(new FBlock(FBlockType.ASYNC_FOR_LOOP, start, end, null));
        visitStmts(f.body());
        u.fblocks.pop();
        u.loc = f.span();
        u.emitJump(JUMP, start);
        u.bind(except);
        u.loc = f.span();
        u.emit(END_ASYNC_FOR);
        visitStmts(f.orelse());
        u.bind(end);
    }

    private void whileStmt(Stmt.While w) {
        Label start = new Label(), orelse = new Label(), end = new Label();
        u.bind(start);
        boolean alwaysTrue = w.test() instanceof Expr.Constant c && truthyConstant(c.value()) == Boolean.TRUE;
        if (!alwaysTrue) jumpIf(w.test(), orelse, false);
        else u.emit(NOP);
        u.fblocks.push(new FBlock(FBlockType.WHILE_LOOP, start, end, null));
        visitStmts(w.body());
        u.fblocks.pop();
        u.loc = w.span();
        u.emitJump(JUMP, start);
        u.bind(orelse);
        visitStmts(w.orelse());
        u.bind(end);
    }

    private static Boolean truthyConstant(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof BigInteger i) return i.signum() != 0;
        if (v instanceof String s) return !s.isEmpty();
        if (v == Ast.Singleton.NONE) return false;
        return null;
    }

    private void ifStmt(Stmt.If i) {
        Label orelse = new Label(), end = new Label();
        jumpIf(i.test(), orelse, false);
        visitStmts(i.body());
        if (!i.orelse().isEmpty()) {
            u.emitNoLoc(JUMP, 0).target = end;
            u.bind(orelse);
            visitStmts(i.orelse());
            u.bind(end);
        } else {
            u.bind(orelse);
        }
    }

    /** Jumps to {@code target} when {@code e} is {@code cond}; falls through otherwise. */
    private void jumpIf(Expr e, Label target, boolean cond) {
        if (e instanceof Expr.UnaryOp un && un.op() == Ast.UnaryOpKind.NOT) {
            jumpIf(un.operand(), target, !cond);
        } else if (e instanceof Expr.BoolOp b) {
            boolean isOr = b.op() == Ast.BoolOpKind.OR;
            Label next = cond == isOr ? target : new Label();
            List<Expr> vs = b.values();
            for (int i = 0; i < vs.size() - 1; i++) jumpIf(vs.get(i), next, isOr);
            jumpIf(vs.get(vs.size() - 1), target, cond);
            if (next != target) u.bind(next);
        } else if (e instanceof Expr.IfExp ie) {
            Label end = new Label(), next2 = new Label();
            jumpIf(ie.test(), next2, false);
            jumpIf(ie.body(), target, cond);
            u.emitNoLoc(JUMP, 0).target = end;
            u.bind(next2);
            jumpIf(ie.orelse(), target, cond);
            u.bind(end);
        } else {
            visitExpr(e);
            u.loc = e.span();
            u.emitJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
        }
    }

    private void with(Stmt.With w, int pos) {
        Ast.WithItem item = w.items().get(pos);
        Label body = new Label(), finalLabel = new Label(), exit = new Label(), cleanup = new Label();
        visitExpr(item.contextExpr());
        u.loc = w.span();
        u.emit(BEFORE_WITH);
        u.emitJump(SETUP_WITH, finalLabel);
        u.fblocks.push(new FBlock(FBlockType.WITH, body, finalLabel, w.span()));
        if (item.optionalVars() != null) storeTarget(item.optionalVars());
        else u.emit(POP_TOP);
        if (pos + 1 < w.items().size()) with(w, pos + 1);
        else visitStmts(w.body());
        u.fblocks.pop();
        u.loc = w.span();
        u.emit(POP_BLOCK);
        callExitWithNones();
        u.emit(POP_TOP);
        u.emitJump(JUMP, exit);
        u.bind(finalLabel);
        withExceptFinish(cleanup, exit, false);
        u.bind(cleanup);
        u.emit(POP_EXCEPT_AND_RERAISE);
        u.bind(exit);
    }

    private void withExceptFinish(Label cleanup, Label exit, boolean async) {
        Label suppress = new Label();
        u.emitJump(SETUP_CLEANUP, cleanup);
        u.emit(PUSH_EXC_INFO);
        u.emit(WITH_EXCEPT_START);
        if (async) {
            u.emit(GET_AWAITABLE, 2);
            loadConst(PyNone.INSTANCE);
            yieldFromLoop(true);
        }
        u.emitJump(POP_JUMP_IF_TRUE, suppress);
        u.emit(RERAISE, 2);
        u.bind(suppress);
        u.emit(POP_TOP);
        u.emit(POP_BLOCK);
        u.emit(POP_EXCEPT);
        u.emit(POP_TOP);
        u.emitJump(JUMP, exit);
    }

    private void asyncWith(Stmt.With w, int pos) {
        Ast.WithItem item = w.items().get(pos);
        Label body = new Label(), finalLabel = new Label(), exit = new Label(), cleanup = new Label();
        visitExpr(item.contextExpr());
        u.loc = w.span();
        u.emit(BEFORE_ASYNC_WITH);
        u.emit(GET_AWAITABLE, 1);
        loadConst(PyNone.INSTANCE);
        yieldFromLoop(true);
        u.emitJump(SETUP_WITH, finalLabel);
        u.fblocks.push(new FBlock(FBlockType.ASYNC_WITH, body, finalLabel, w.span()));
        if (item.optionalVars() != null) storeTarget(item.optionalVars());
        else u.emit(POP_TOP);
        if (pos + 1 < w.items().size()) asyncWith(w, pos + 1);
        else visitStmts(w.body());
        u.fblocks.pop();
        u.loc = w.span();
        u.emit(POP_BLOCK);
        callExitWithNones();
        u.emit(GET_AWAITABLE, 2);
        loadConst(PyNone.INSTANCE);
        yieldFromLoop(true);
        u.emit(POP_TOP);
        u.emitJump(JUMP, exit);
        u.bind(finalLabel);
        withExceptFinish(cleanup, exit, true);
        u.bind(cleanup);
        u.emit(POP_EXCEPT_AND_RERAISE);
        u.bind(exit);
    }

    /**
     * The {@code try:} line itself runs: CPython 3.11 keeps a NOP there (its SETUP_FINALLY turned
     * into a NOP), so settrace reports the {@code try:} line before the body and the step budget
     * counts it.
     */
    private void tryLine(Stmt.Try t) {
        u.loc = t.span();
        u.emit(NOP);
    }

    private void tryExcept(Stmt.Try t) {
        Label except = new Label(), end = new Label(), cleanup = new Label(), orelse = new Label();
        tryLine(t);
        u.emitJump(SETUP_FINALLY, except);
        u.fblocks.push(new FBlock(FBlockType.TRY_EXCEPT, null, null, null));
        visitStmts(t.body());
        u.fblocks.pop();
        u.emitNoLoc(POP_BLOCK, 0);
        u.bind(orelse);
        visitStmts(t.orelse());
        u.emitNoLoc(JUMP, 0).target = end;
        u.bind(except);
        u.loc = null;
        u.emitJump(SETUP_CLEANUP, cleanup);
        u.emit(PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlockType.EXCEPTION_HANDLER, null, null, null));
        List<Ast.ExceptHandler> hs = t.handlers();
        for (int i = 0; i < hs.size(); i++) {
            Ast.ExceptHandler h = hs.get(i);
            u.loc = h.span();
            if (h.type() == null && i < hs.size() - 1) throw error("default 'except:' must be last", h.span());
            Label next = new Label();
            if (h.type() != null) {
                visitExpr(h.type());
                u.loc = h.span();
                u.emit(CHECK_EXC_MATCH);
                u.emitJump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                storeName(h.name());
                u.emitJump(SETUP_CLEANUP, cleanupEnd);
                u.fblocks.push(new FBlock(FBlockType.HANDLER_CLEANUP, null, null, h.name()));
                visitStmts(h.body());
                u.fblocks.pop();
                u.loc = null;
                u.emit(POP_BLOCK);
                u.emit(POP_BLOCK);
                u.emit(POP_EXCEPT);
                loadConst(PyNone.INSTANCE);
                storeName(h.name());
                deleteName(h.name());
                u.emitJump(JUMP, end);
                u.bind(cleanupEnd);
                loadConst(PyNone.INSTANCE);
                storeName(h.name());
                deleteName(h.name());
                u.emit(RERAISE, 1);
            } else {
                u.emit(POP_TOP);
                u.fblocks.push(new FBlock(FBlockType.HANDLER_CLEANUP, null, null, null));
                visitStmts(h.body());
                u.fblocks.pop();
                u.loc = null;
                u.emit(POP_BLOCK);
                u.emit(POP_EXCEPT);
                u.emitJump(JUMP, end);
            }
            u.bind(next);
        }
        u.fblocks.pop();
        u.loc = null;
        u.emit(RERAISE, 0);
        u.bind(cleanup);
        u.emit(POP_EXCEPT_AND_RERAISE);
        u.bind(end);
    }

    private void tryFinally(Stmt.Try t) {
        Label handler = new Label(), exit = new Label(), cleanup = new Label();
        if (t.handlers().isEmpty()) tryLine(t);
        u.emitJump(SETUP_FINALLY, handler);
        u.fblocks.push(new FBlock(FBlockType.FINALLY_TRY, null, null, t.finalbody()));
        if (!t.handlers().isEmpty()) {
            Stmt.Try inner = new Stmt.Try(t.span(), t.body(), t.handlers(), t.orelse(), List.of(), t.isStar());
            if (t.isStar()) tryStar(inner);
            else tryExcept(inner);
        } else {
            visitStmts(t.body());
        }
        u.emitNoLoc(POP_BLOCK, 0);
        u.fblocks.pop();
        visitStmts(t.finalbody());
        u.emitNoLoc(JUMP, 0).target = exit;
        u.bind(handler);
        u.loc = null;
        u.emitJump(SETUP_CLEANUP, cleanup);
        u.emit(PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlockType.FINALLY_END, null, null, null));
        visitStmts(t.finalbody());
        u.fblocks.pop();
        u.loc = null;
        u.emit(RERAISE, 0);
        u.bind(cleanup);
        u.emit(POP_EXCEPT_AND_RERAISE);
        u.bind(exit);
    }

    /**
     * {@code try ... except* ...}. Each clause splits the remaining exception group; the parts not
     * handled and the exceptions raised by handlers are recombined by PREP_RERAISE_STAR.
     * Stack in the handler: [prev_exc, orig, list_of_raised, rest].
     */
    private void tryStar(Stmt.Try t) {
        Label except = new Label(), end = new Label(), cleanup = new Label(), reraise = new Label();
        tryLine(t);
        u.emitJump(SETUP_FINALLY, except);
        u.fblocks.push(new FBlock(FBlockType.TRY_EXCEPT, null, null, null));
        visitStmts(t.body());
        u.fblocks.pop();
        u.emitNoLoc(POP_BLOCK, 0);
        visitStmts(t.orelse());
        u.emitNoLoc(JUMP, 0).target = end;
        u.bind(except);
        u.loc = null;
        u.emitJump(SETUP_CLEANUP, cleanup);
        u.emit(PUSH_EXC_INFO);
        u.fblocks.push(new FBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null));
        // [prev, exc] -> [prev, orig, list, rest]
        u.emit(COPY, 1);
        u.emit(BUILD_LIST, 0);
        u.emit(SWAP, 2);
        for (Ast.ExceptHandler h : t.handlers()) {
            u.loc = h.span();
            if (h.type() == null) throw error("expected one or more exception types", h.span());
            Label next = new Label(), noMatch = new Label();
            visitExpr(h.type());
            u.loc = h.span();
            u.emit(CHECK_EG_MATCH);
            // [prev, orig, list, rest, match]
            u.emit(COPY, 1);
            u.emitJump(POP_JUMP_IF_NONE, noMatch);
            Label handlerCleanup = new Label();
            if (h.name() != null) storeName(h.name());
            else u.emit(POP_TOP);
            u.emitJump(SETUP_CLEANUP, handlerCleanup);
            u.fblocks.push(new FBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null));
            visitStmts(h.body());
            u.fblocks.pop();
            u.loc = null;
            u.emit(POP_BLOCK);
            if (h.name() != null) {
                loadConst(PyNone.INSTANCE);
                storeName(h.name());
                deleteName(h.name());
            }
            u.emitJump(JUMP, next);
            // A handler raised: [prev, orig, list, rest, raised] -> append raised to the list.
            u.bind(handlerCleanup);
            if (h.name() != null) {
                loadConst(PyNone.INSTANCE);
                storeName(h.name());
                deleteName(h.name());
            }
            u.emit(LIST_APPEND, 2);
            u.emitJump(JUMP, next);
            u.bind(noMatch);
            u.emit(POP_TOP);
            u.bind(next);
        }
        u.fblocks.pop();
        u.loc = null;
        // [prev, orig, list, rest] -> add rest to list, recombine.
        u.emit(LIST_APPEND, 1);
        u.emit(PREP_RERAISE_STAR);
        // [prev, result]
        u.emit(COPY, 1);
        u.emitJump(POP_JUMP_IF_NOT_NONE, reraise);
        u.emit(POP_TOP);
        u.emit(POP_BLOCK);
        u.emit(POP_EXCEPT);
        u.emitJump(JUMP, end);
        u.bind(reraise);
        u.emit(RERAISE, 0);
        u.bind(cleanup);
        u.emit(POP_EXCEPT_AND_RERAISE);
        u.bind(end);
    }

    // ---- targets -------------------------------------------------------------------------------------

    private void storeTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(STORE_ATTR, u.addName(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
            u.loc = s.span();
            u.emit(STORE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            unpackTo(tu.elts(), tu.span());
        } else if (t instanceof Expr.ListExpr l) {
            unpackTo(l.elts(), l.span());
        } else if (t instanceof Expr.Starred s) {
            throw error("starred assignment target must be in a list or tuple", s.span());
        } else {
            throw error("cannot assign to " + describe(t), t.span());
        }
    }

    /**
     * {@code a, b = x, y} with 1 to 3 plain targets and a tuple display that is not a constant:
     * CPython 3.11's optimizer drops the BUILD_TUPLE/UNPACK_SEQUENCE pair for a SWAP, and when
     * every target is a distinct fast local named on one line it drops the SWAP too and stores
     * them last to first ({@code a, b = b, a % b} stores b, then a). That order shows: the
     * old values die in it ({@code __del__}, "never awaited" warnings). Returns false (nothing
     * emitted) for any other shape.
     */
    private boolean swapAssign(Expr target, Expr value, Span stmt) {
        List<Expr> targets = target instanceof Expr.TupleExpr t ? t.elts() : target instanceof Expr.ListExpr l ? l.elts() : null;
        if (targets == null || !(value instanceof Expr.TupleExpr v)) return false;
        int n = targets.size();
        if (n < 1 || n > 3 || v.elts().size() != n || foldTuple(v.elts()) != null) return false;
        for (Expr e : targets) if (e instanceof Expr.Starred) return false;
        for (Expr e : v.elts()) if (e instanceof Expr.Starred) return false;
        for (Expr e : v.elts()) visitExpr(e);
        boolean staticSwap = true;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr e : targets) {
            staticSwap &= e instanceof Expr.Name nm && nameOp(Symtable.mangle(u.scope.priv, nm.id())) == NameOp.FAST
                    && seen.add(nm.id()) && nm.span().line() == targets.get(0).span().line();
        }
        if (staticSwap) {
            // co_varnames lists the names in the order the source gives them, whatever the stores' order.
            for (Expr e : targets) u.addVarname(Symtable.mangle(u.scope.priv, ((Expr.Name) e).id()));
            u.loc = stmt;
            for (int i = n - 1; i >= 0; i--) storeTarget(targets.get(i));
            return true;
        }
        u.loc = target.span();
        if (n > 1) u.emit(SWAP, n);
        for (Expr e : targets) {
            u.loc = stmt;
            storeTarget(e);
        }
        return true;
    }

    private void unpackTo(List<Expr> elts, Span span) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw error("multiple starred expressions in assignment", span);
                star = i;
            }
        }
        u.loc = span;
        if (star < 0) {
            u.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            u.emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            storeTarget(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void deleteTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            u.loc = n.span();
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(DELETE_ATTR, u.addName(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            visitExpr(s.value());
            visitExpr(s.slice());
            u.loc = s.span();
            u.emit(DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr tu) {
            for (Expr e : tu.elts()) deleteTarget(e);
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) deleteTarget(e);
        } else {
            throw error("cannot delete " + describe(t), t.span());
        }
    }

    private static String describe(Expr e) {
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.Constant) return "literal";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.BinOp) return "expression";
        if (e instanceof Expr.BoolOp) return "expression";
        if (e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.Yield) return "yield expression";
        if (e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.DictExpr) return "dict literal";
        if (e instanceof Expr.SetExpr) return "set display";
        if (e instanceof Expr.JoinedStr) return "f-string expression";
        if (e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    // ---- expressions ---------------------------------------------------------------------------------

    static int binOp(Ast.BinOpKind k) {
        return switch (k) {
            case ADD -> Ops.ADD;
            case SUB -> Ops.SUB;
            case MULT -> Ops.MUL;
            case MATMULT -> Ops.MATMUL;
            case DIV -> Ops.TRUEDIV;
            case MOD -> Ops.MOD;
            case POW -> Ops.POW;
            case LSHIFT -> Ops.LSHIFT;
            case RSHIFT -> Ops.RSHIFT;
            case BITOR -> Ops.OR;
            case BITXOR -> Ops.XOR;
            case BITAND -> Ops.AND;
            case FLOORDIV -> Ops.FLOORDIV;
        };
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) visitExpr(e);
    }

    private void visitExpr(Expr e) {
        Span saved = u.loc;
        u.loc = e.span();
        visitExprInner(e);
        u.loc = saved;
    }

    private void visitExprInner(Expr e) {
        if (e instanceof Expr.Constant c) {
            loadConst(constValue(c.value()));
        } else if (e instanceof Expr.Name n) {
            if (n.ctx() != Ast.Ctx.LOAD) throw error("bad name context", n.span());
            loadName(n.id());
        } else if (foldsToConstant(e)) {
            loadConst(folded(e));
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left());
            visitExpr(b.right());
            u.loc = b.span();
            u.emit(BINARY_OP, binOp(b.op()));
        } else if (e instanceof Expr.UnaryOp un) {
            visitExpr(un.operand());
            u.loc = un.span();
            switch (un.op()) {
                case NOT -> u.emit(UNARY_NOT);
                case USUB -> u.emit(UNARY_NEGATIVE);
                case UADD -> u.emit(UNARY_POSITIVE);
                case INVERT -> u.emit(UNARY_INVERT);
            }
        } else if (e instanceof Expr.BoolOp b) {
            Label end = new Label();
            int op = b.op() == Ast.BoolOpKind.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
            List<Expr> vs = b.values();
            for (int i = 0; i < vs.size() - 1; i++) {
                visitExpr(vs.get(i));
                u.loc = b.span();
                u.emitJump(op, end);
            }
            visitExpr(vs.get(vs.size() - 1));
            u.bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(LOAD_ATTR, u.addName(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            checkSubscript(s);
            visitExpr(s.value());
            visitExpr(s.slice());
            u.loc = s.span();
            u.emit(BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            int n = 2;
            if (s.lower() != null) visitExpr(s.lower());
            else loadConst(PyNone.INSTANCE);
            if (s.upper() != null) visitExpr(s.upper());
            else loadConst(PyNone.INSTANCE);
            if (s.step() != null) {
                visitExpr(s.step());
                n = 3;
            }
            u.emit(BUILD_SLICE, n);
        } else if (e instanceof Expr.TupleExpr t) {
            PyObject folded = foldTuple(t.elts());
            if (folded != null) {
                loadConst(folded);
            } else {
                sequence(t.elts(), BUILD_TUPLE, true);
            }
        } else if (e instanceof Expr.ListExpr l) {
            // Three or more constant items: CPython extends an empty list from a constant tuple,
            // which sizes the list as an exact preallocation (sys.getsizeof shows it).
            PyObject folded = l.elts().size() > 2 && !hasStarred(l.elts()) ? foldTuple(l.elts()) : null;
            if (folded != null) {
                u.emit(BUILD_LIST, 0);
                loadConst(folded);
                u.emit(LIST_EXTEND, 1);
            } else {
                sequence(l.elts(), BUILD_LIST, false);
            }
        } else if (e instanceof Expr.SetExpr s) {
            if (hasStarred(s.elts())) {
                u.emit(BUILD_SET, 0);
                for (Expr x : s.elts()) {
                    if (x instanceof Expr.Starred st2) {
                        visitExpr(st2.value());
                        u.emit(SET_UPDATE, 1);
                    } else {
                        visitExpr(x);
                        u.emit(SET_ADD, 1);
                    }
                }
            } else {
                PyObject folded = s.elts().size() > 2 ? foldSet(s.elts()) : null;
                if (folded != null) {
                    u.emit(BUILD_SET, 0);
                    loadConst(folded);
                    u.emit(SET_UPDATE, 1);
                } else {
                    visitExprs(s.elts());
                    u.emit(BUILD_SET, s.elts().size());
                }
            }
        } else if (e instanceof Expr.DictExpr d) {
            dict(d);
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.IfExp ie) {
            Label orelse = new Label(), end = new Label();
            jumpIf(ie.test(), orelse, false);
            visitExpr(ie.body());
            u.emitNoLoc(JUMP, 0).target = end;
            u.bind(orelse);
            visitExpr(ie.orelse());
            u.bind(end);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.NamedExpr n) {
            visitExpr(n.value());
            u.loc = n.span();
            u.emit(COPY, 1);
            storeName(n.target().id());
        } else if (e instanceof Expr.Yield y) {
            if (u.scope.kind != Kind.FUNCTION) throw error("'yield' outside function", y.span());
            if (y.value() != null) visitExpr(y.value());
            else loadConst(PyNone.INSTANCE);
            u.loc = y.span();
            if ((u.flags & PyCode.CO_ASYNC_GENERATOR) != 0) u.emit(ASYNC_GEN_WRAP);
            u.emit(YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom y) {
            if ((u.flags & PyCode.CO_ASYNC_GENERATOR) != 0) throw error("'yield from' inside async function", y.span());
            visitExpr(y.value());
            u.loc = y.span();
            u.emit(GET_YIELD_FROM_ITER);
            loadConst(PyNone.INSTANCE);
            yieldFromLoop(false);
        } else if (e instanceof Expr.Await a) {
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(GET_AWAITABLE, 0);
            loadConst(PyNone.INSTANCE);
            yieldFromLoop(true);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), List.of(c.elt()), BUILD_LIST);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), List.of(c.elt()), BUILD_SET);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), List.of(c.key(), c.value()), BUILD_MAP);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), List.of(c.elt()), -1);
        } else if (e instanceof Expr.Starred s) {
            throw error("can't use starred expression here", s.span());
        }
    }

    /** SEND / YIELD_VALUE loop of {@code yield from} and {@code await}. Stack: [iter, value] -> [result]. */
    private void yieldFromLoop(boolean await) {
        Label send = new Label(), exit = new Label();
        u.bind(send);
        u.emitJump(SEND, exit);
        u.emit(YIELD_VALUE, 1);
        u.emitJump(JUMP_BACKWARD_NO_INTERRUPT, send);
        u.bind(exit);
    }

    private static boolean hasStarred(List<Expr> es) {
        for (Expr e : es) if (e instanceof Expr.Starred) return true;
        return false;
    }

    /**
     * The iterable of a {@code for} loop or comprehension: a set display of constants becomes a
     * frozenset constant, as CPython's AST optimizer makes it (its order can differ from the
     * display's, see {@link PySet#foldedConstant}).
     */
    private void visitIterable(Expr iter) {
        PyObject folded = iter instanceof Expr.SetExpr s ? foldSet(s.elts()) : null;
        if (folded != null) loadConst(folded);
        else visitExpr(iter);
    }

    // ---- constant folding, as CPython's AST optimizer does it --------------------------------------

    /** CPython's optimizer limits: results it would not fold because they could be large. */
    private static final int FOLD_INT_BITS = 128, FOLD_COLLECTION = 256, FOLD_STR = 4096, FOLD_ITEMS = 1024;
    private static final Object NOT_FOLDED = new Object();
    private final java.util.IdentityHashMap<Expr, Object> foldMemo = new java.util.IdentityHashMap<>();

    /**
     * The constant a unary or binary operation on constants folds into ({@code 10**6}, {@code -2.5},
     * {@code 'ab' * 3}, {@code 1 << 20}), or null: not constants, {@code not}/{@code @}, a result past
     * CPython's size limits, or an operation that raises (left to raise at run time, where the
     * traceback points at it). Computed with the run time's own operations, so a folded value is the
     * value the instruction would have produced.
     */
    private PyObject folded(Expr e) {
        if (e instanceof Expr.Constant c) return constValue(c.value());
        if (e instanceof Expr.TupleExpr t) return t.ctx() == Ast.Ctx.LOAD ? foldTuple(t.elts()) : null;
        if (!(e instanceof Expr.BinOp) && !(e instanceof Expr.UnaryOp) && !isLoadSubscript(e)) return null;
        Object memo = foldMemo.get(e);
        if (memo == null) {
            PyObject v;
            try {
                v = foldNow(e);
            } catch (RuntimeException ex) {
                v = null;
            }
            memo = v == null ? NOT_FOLDED : v;
            foldMemo.put(e, memo);
        }
        return memo == NOT_FOLDED ? null : (PyObject) memo;
    }

    /** An operation CPython's optimizer replaces by the constant it computes ('a' + 'b', -1, 'abc'[1]). */
    private boolean foldsToConstant(Expr e) {
        return (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || isLoadSubscript(e)) && folded(e) != null;
    }

    private static boolean isLoadSubscript(Expr e) {
        return e instanceof Expr.Subscript s && s.ctx() == Ast.Ctx.LOAD;
    }

    private PyObject foldNow(Expr e) {
        if (e instanceof Expr.Subscript s) {
            // A constant indexed by a constant ('abc'[1], (1, 2)[-1]); a slice is no constant in 3.11.
            PyObject v = folded(s.value());
            if (v == null) return null;
            PyObject i = folded(s.slice());
            if (i == null) return null;
            return Ops.getItem(v, i);
        }
        if (e instanceof Expr.UnaryOp un) {
            if (un.op() == Ast.UnaryOpKind.NOT) return null;
            PyObject v = folded(un.operand());
            if (!foldable(v)) return null;
            int op = un.op() == Ast.UnaryOpKind.USUB ? Ops.NEG : un.op() == Ast.UnaryOpKind.UADD ? Ops.POS : Ops.INVERT;
            return Ops.unaryOp(v, op);
        }
        Expr.BinOp b = (Expr.BinOp) e;
        if (b.op() == Ast.BinOpKind.MATMULT) return null;
        PyObject l = folded(b.left());
        if (!foldable(l)) return null;
        PyObject r = folded(b.right());
        if (!foldable(r)) return null;
        switch (b.op()) {
            case MULT -> {
                if (!productWithinLimits(l, r)) return null;
            }
            case POW -> {
                if (l instanceof PyInt v && r instanceof PyInt w && w.signum() > 0 && v.signum() != 0) {
                    if (w.isBig() || intBits(v) > FOLD_INT_BITS / w.v) return null;
                }
            }
            case LSHIFT -> {
                if (l instanceof PyInt v && r instanceof PyInt w && v.signum() != 0 && w.signum() != 0) {
                    if (w.isBig() || w.v > FOLD_INT_BITS || intBits(v) > FOLD_INT_BITS - w.v) return null;
                }
            }
            case MOD -> {
                if (l instanceof PyStr || l instanceof PyBytes) return null; // %-formatting is not folded
            }
            default -> { }
        }
        return Ops.binaryOp(l, r, binOp(b.op()));
    }

    /** The constant types CPython's optimizer computes with (it tries any constant; others only raise). */
    private static boolean foldable(PyObject v) {
        return v instanceof PyInt || v instanceof PyFloat || v instanceof dev.coroscope.engine.runtime.PyComplex
                || v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple;
    }

    /** The number of bits of {@code |v|}. */
    private static long intBits(PyInt v) {
        return v.isBig() ? v.toBig().abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(v.v));
    }

    /** Whether CPython's optimizer folds {@code v * w}: ints of at most 128 bits together, short repeats. */
    private static boolean productWithinLimits(PyObject v, PyObject w) {
        if (v instanceof PyInt a && w instanceof PyInt c) {
            return a.signum() == 0 || c.signum() == 0 || intBits(a) + intBits(c) <= FOLD_INT_BITS;
        }
        if (v instanceof PyInt n && (w instanceof PyTuple || w instanceof PyStr || w instanceof PyBytes)) {
            long size = w instanceof PyTuple t ? t.size() : w instanceof PyStr str ? str.length() : ((PyBytes) w).length();
            if (size == 0) return true;
            long count = n.isBig() ? -1 : n.v;
            long limit = w instanceof PyTuple ? FOLD_COLLECTION : FOLD_STR;
            if (count < 0 || count > limit / size) return false;
            return !(w instanceof PyTuple t2) || count == 0 || nestedItems(t2) <= FOLD_ITEMS / count;
        }
        if (w instanceof PyInt && (v instanceof PyTuple || v instanceof PyStr || v instanceof PyBytes)) {
            return productWithinLimits(w, v);
        }
        return true;
    }

    /** Items of a constant tuple, counting those of nested tuples too. */
    private static long nestedItems(PyTuple t) {
        long n = t.size();
        for (PyObject o : t.items()) if (o instanceof PyTuple inner) n += nestedItems(inner);
        return n;
    }

    /** The folded frozenset of a set display whose items are all constants, or null. */
    private PyObject foldSet(List<Expr> elts) {
        if (elts.isEmpty() || hasStarred(elts)) return null;
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            Expr x = elts.get(i);
            PyObject c = patternConstant(x);
            if (c == null && x instanceof Expr.TupleExpr t) c = foldTuple(t.elts());
            if (c == null) c = foldedItem(x);
            if (c == null) return null;
            items[i] = c;
        }
        return PySet.foldedConstant(items);
    }

    /**
     * An item of a constant tuple or set display that CPython's optimizer folded first
     * ({@code 2**40}, {@code -x} of a constant, {@code 'ab'[0]}), or null (complex results are left alone).
     */
    private PyObject foldedItem(Expr x) {
        if (!(x instanceof Expr.BinOp || x instanceof Expr.UnaryOp || isLoadSubscript(x)) || !foldsToConstant(x)) return null;
        PyObject v = folded(x);
        if (v instanceof dev.coroscope.engine.runtime.PyComplex) return null;
        return canonical(v, constKey(v));
    }

    private PyObject foldTuple(List<Expr> elts) {
        if (elts.isEmpty()) return PyTuple.EMPTY;
        PyObject[] items = new PyObject[elts.size()];
        for (int i = 0; i < items.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Constant c && !(c.value() instanceof Ast.Imaginary)) {
                PyObject v = constValue(c.value());
                items[i] = canonical(v, constKey(v));
            } else if (x instanceof Expr.TupleExpr t) {
                PyObject inner = foldTuple(t.elts());
                if (inner == null) return null;
                items[i] = inner;
            } else {
                PyObject v = foldedItem(x);
                if (v == null) return null;
                items[i] = v;
            }
        }
        PyTuple t = PyTuple.of(items);
        return canonical(t, constKey(t));
    }

    private void sequence(List<Expr> elts, int buildOp, boolean tuple) {
        if (!hasStarred(elts)) {
            visitExprs(elts);
            u.emit(buildOp, elts.size());
            return;
        }
        u.emit(BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                visitExpr(s.value());
                u.emit(LIST_EXTEND, 1);
            } else {
                visitExpr(x);
                u.emit(LIST_APPEND, 1);
            }
        }
        if (tuple) u.emit(LIST_TO_TUPLE);
    }

    private void dict(Expr.DictExpr d) {
        int pending = 0;
        boolean built = false;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (!built) {
                    u.emit(BUILD_MAP, pending);
                    built = true;
                } else if (pending > 0) {
                    u.emit(BUILD_MAP, pending);
                    u.emit(DICT_UPDATE, 1);
                }
                pending = 0;
                visitExpr(d.values().get(i));
                u.emit(DICT_UPDATE, 1);
            } else {
                visitExpr(k);
                visitExpr(d.values().get(i));
                pending++;
            }
        }
        if (!built) {
            u.emit(BUILD_MAP, pending);
        } else if (pending > 0) {
            u.emit(BUILD_MAP, pending);
            u.emit(DICT_UPDATE, 1);
        }
    }

    private void compare(Expr.Compare c) {
        checkCompare(c);
        visitExpr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            visitExpr(c.comparators().get(0));
            u.loc = c.span();
            emitCompare(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        for (int i = 0; i < n - 1; i++) {
            visitExpr(c.comparators().get(i));
            u.loc = c.span();
            u.emit(SWAP, 2);
            u.emit(COPY, 2);
            emitCompare(c.ops().get(i));
            u.emitJump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visitExpr(c.comparators().get(n - 1));
        u.loc = c.span();
        emitCompare(c.ops().get(n - 1));
        u.emitNoLoc(JUMP, 0).target = end;
        u.bind(cleanup);
        u.emitNoLoc(SWAP, 2);
        u.emitNoLoc(POP_TOP, 0);
        u.bind(end);
    }

    private void emitCompare(Ast.CmpOpKind op) {
        switch (op) {
            case EQ -> u.emit(COMPARE_OP, Ops.EQ);
            case NOT_EQ -> u.emit(COMPARE_OP, Ops.NE);
            case LT -> u.emit(COMPARE_OP, Ops.LT);
            case LT_E -> u.emit(COMPARE_OP, Ops.LE);
            case GT -> u.emit(COMPARE_OP, Ops.GT);
            case GT_E -> u.emit(COMPARE_OP, Ops.GE);
            case IS -> u.emit(IS_OP, 0);
            case IS_NOT -> u.emit(IS_OP, 1);
            case IN -> u.emit(CONTAINS_OP, 0);
            case NOT_IN -> u.emit(CONTAINS_OP, 1);
        }
    }

    private void call(Expr.Call c) {
        checkCaller(c.func(), c.span());
        boolean simple = !hasStarred(c.args());
        for (Ast.Keyword k : c.keywords()) if (k.arg() == null) simple = false;
        if (c.func() instanceof Expr.Attribute a && simple) {
            visitExpr(a.value());
            u.loc = a.span();
            u.emit(LOAD_METHOD, u.addName(a.attr()));
            emitCallArgs(c.args(), c.keywords(), 0, c.span());
            return;
        }
        visitExpr(c.func());
        u.emit(PUSH_NULL);
        emitCallArgs(c.args(), c.keywords(), 0, c.span());
    }

    /**
     * Emits arguments and the call. The callable and its self/NULL slot are on the stack, plus
     * {@code extra} positional arguments already pushed.
     */
    private void emitCallArgs(List<Expr> args, List<Ast.Keyword> keywords, int extra, Span callSpan) {
        boolean simple = !hasStarred(args);
        for (Ast.Keyword k : keywords) if (k.arg() == null) simple = false;
        if (simple) {
            visitExprs(args);
            String[] kw = null;
            if (!keywords.isEmpty()) {
                kw = new String[keywords.size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = keywords.get(i).arg();
                    for (int j = 0; j < i; j++) {
                        if (kw[j].equals(kw[i])) {
                            throw error("keyword argument repeated: " + kw[i], keywords.get(i).span());
                        }
                    }
                    visitExpr(keywords.get(i).value());
                }
            }
            u.loc = callSpan;
            if (kw != null) u.emit(KW_NAMES, u.addKwnames(kw));
            u.emit(CALL, extra + args.size() + keywords.size());
            return;
        }
        // General form: a tuple of positional arguments and a dict of keyword arguments.
        if (extra == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            // As CPython: f(*x) passes x itself, so a non-iterable x is reported by CALL_FUNCTION_EX
            // with the function's name ("print() argument after * must be an iterable").
            visitExpr(only.value());
        } else {
            starredArgs(args, extra);
        }
        int flags = 0;
        if (!keywords.isEmpty()) {
            flags = 1;
            u.emit(BUILD_MAP, 0);
            for (Ast.Keyword k : keywords) {
                if (k.arg() == null) {
                    visitExpr(k.value());
                    u.emit(DICT_MERGE, 1);
                } else {
                    loadConst(PyStr.intern(k.arg()));
                    visitExpr(k.value());
                    u.emit(BUILD_MAP, 1);
                    u.emit(DICT_MERGE, 1);
                }
            }
        }
        u.loc = callSpan;
        u.emit(CALL_FUNCTION_EX, flags);
    }

    /** The positional arguments of a starred call as one tuple (after {@code extra} values already pushed). */
    private void starredArgs(List<Expr> args, int extra) {
        u.emit(BUILD_LIST, extra);
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                visitExpr(s.value());
                u.emit(LIST_EXTEND, 1);
            } else {
                visitExpr(a);
                u.emit(LIST_APPEND, 1);
            }
        }
        u.emit(LIST_TO_TUPLE);
    }

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> vs = j.values();
        if (vs.size() == 1 && vs.get(0) instanceof Expr.FormattedValue) {
            visitExpr(vs.get(0));
            return;
        }
        if (vs.isEmpty()) {
            loadConst(PyStr.EMPTY);
            return;
        }
        visitExprs(vs);
        u.loc = j.span();
        u.emit(BUILD_STRING, vs.size());
    }

    private void formattedValue(Expr.FormattedValue f) {
        visitExpr(f.value());
        int flags = switch (f.conversion()) {
            case 's' -> FVC_STR;
            case 'r' -> FVC_REPR;
            case 'a' -> FVC_ASCII;
            default -> FVC_NONE;
        };
        if (f.formatSpec() != null) {
            visitExpr(f.formatSpec());
            flags |= FVS_HAVE_SPEC;
        }
        u.loc = f.span();
        u.emit(FORMAT_VALUE, flags);
    }

    private void lambda(Expr.Lambda l) {
        int flags = defaults(l.args());
        Scope scope = st.scopeFor(l);
        Unit inner = new Unit(scope, "<lambda>", qualnameFor("<lambda>", scope), l.span().line());
        enterScope(inner);
        setupArgs(l.args());
        if (scope.generator) u.flags |= PyCode.CO_GENERATOR;
        loadDocConst(null);
        u.loc = l.span();
        prologue();
        visitExpr(l.body());
        u.loc = l.body().span();
        if (!scope.generator) u.emit(RETURN_VALUE);
        else {
            u.emit(POP_TOP);
            loadConst(PyNone.INSTANCE);
            u.emit(RETURN_VALUE);
        }
        PyCode code = leaveScope();
        u.loc = l.span();
        makeFunction(inner, code, flags);
    }

    private void comprehension(Expr node, List<Ast.Comprehension> gens, List<Expr> elts, int buildOp) {
        Scope scope = st.scopeFor(node);
        String name = scope.name;
        boolean isGen = buildOp < 0;
        boolean isAsync = scope.coroutine;
        Unit inner = new Unit(scope, name, qualnameFor(name, scope), node.span().line());
        // Evaluate the outermost iterable here, in the enclosing scope.
        Ast.Comprehension first = gens.get(0);
        enterScope(inner);
        u.addVarname(".0");
        u.argcount = 1;
        u.flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (isGen && isAsync) u.flags |= PyCode.CO_ASYNC_GENERATOR;
        else if (isGen) u.flags |= PyCode.CO_GENERATOR;
        else if (isAsync) u.flags |= PyCode.CO_COROUTINE;
        u.loc = node.span();
        prologue();
        if (!isGen) u.emit(buildOp, 0);
        compGenerator(gens, 0, elts, buildOp, node.span());
        u.loc = node.span();
        if (isGen) loadConst(PyNone.INSTANCE);
        u.emit(RETURN_VALUE);
        PyCode code = leaveScope();
        u.loc = node.span();
        makeFunction(inner, code, 0);
        u.emit(PUSH_NULL);
        if (first.isAsync()) visitExpr(asyncIterated(first.iter()));
        else visitIterable(first.iter());
        u.loc = node.span();
        u.emit(first.isAsync() ? GET_AITER : GET_ITER);
        u.emit(CALL, 1);
        if (isAsync && !isGen) {
            u.emit(GET_AWAITABLE, 0);
            loadConst(PyNone.INSTANCE);
            yieldFromLoop(true);
        }
    }

    private void compGenerator(List<Ast.Comprehension> gens, int index, List<Expr> elts, int buildOp, Span span) {
        Ast.Comprehension g = gens.get(index);
        Label start = new Label(), anchor = new Label(), ifCleanup = new Label(), except = new Label();
        if (index == 0) {
            u.emit(LOAD_FAST, u.addVarname(".0"));
        } else {
            if (g.isAsync()) visitExpr(asyncIterated(g.iter()));
            else visitIterable(g.iter());
            u.loc = span;
            u.emit(g.isAsync() ? GET_AITER : GET_ITER);
        }
        u.bind(start);
        if (g.isAsync()) {
            u.emitJump(SETUP_FINALLY, except);
            u.emit(GET_ANEXT);
            loadConst(PyNone.INSTANCE);
            yieldFromLoop(true);
            u.emit(POP_BLOCK);
        } else {
            u.emitJump(FOR_ITER, anchor);
        }
        storeTarget(g.target());
        for (Expr cond : g.ifs()) jumpIf(cond, ifCleanup, false);
        int depth = index + 2;
        if (index + 1 < gens.size()) {
            compGenerator(gens, index + 1, elts, buildOp, span);
        } else {
            u.loc = span;
            switch (buildOp) {
                case -1 -> {
                    visitExpr(elts.get(0));
                    u.loc = span;
                    if ((u.flags & PyCode.CO_ASYNC_GENERATOR) != 0) u.emit(ASYNC_GEN_WRAP);
                    u.emit(YIELD_VALUE, 0);
                    u.emit(POP_TOP);
                }
                case BUILD_LIST -> {
                    visitExpr(elts.get(0));
                    u.loc = span;
                    u.emit(LIST_APPEND, depth);
                }
                case BUILD_SET -> {
                    visitExpr(elts.get(0));
                    u.loc = span;
                    u.emit(SET_ADD, depth);
                }
                default -> {
                    visitExpr(elts.get(0));
                    visitExpr(elts.get(1));
                    u.loc = span;
                    u.emit(MAP_ADD, depth);
                }
            }
        }
        u.bind(ifCleanup);
        u.loc = span;
        u.emitJump(JUMP, start);
        if (g.isAsync()) {
            u.bind(except);
            u.emit(END_ASYNC_FOR);
        } else {
            u.bind(anchor);
        }
    }
}
