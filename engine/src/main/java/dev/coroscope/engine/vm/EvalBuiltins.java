package dev.coroscope.engine.vm;

import dev.coroscope.engine.compiler.CompileError;
import dev.coroscope.engine.compiler.CompileRecursionError;
import dev.coroscope.engine.compiler.Compiler;
import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.parser.ParserMemoryError;
import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.parser.SourceDecoder;
import dev.coroscope.engine.parser.SyntaxErrorInfo;
import dev.coroscope.engine.runtime.Args;
import dev.coroscope.engine.runtime.Exc;
import dev.coroscope.engine.runtime.Ops;
import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyBuiltinFunction;
import dev.coroscope.engine.runtime.PyByteArray;
import dev.coroscope.engine.runtime.PyBytes;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyDict;
import dev.coroscope.engine.runtime.PyError;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyTuple;
import dev.coroscope.engine.runtime.PyType;

/**
 * The builtins {@code eval}, {@code exec} and {@code compile}: source text is parsed and compiled
 * by the engine's own parser and compiler (so it can only do what a program can do anyway) and
 * run in a frame whose globals and locals follow CPython's rules (default: the caller's; a
 * globals dict without {@code __builtins__} gets the builtins dict). Code made from a string is
 * named {@code <string>} and its source is not registered, so tracebacks show
 * {@code File "<string>", line N} without a source line, as CPython's linecache cannot find it.
 */
public final class EvalBuiltins {
    private EvalBuiltins() {}

    private enum Mode { EXEC, EVAL, SINGLE }

    private static final PyStr BUILTINS = PyStr.intern("__builtins__");

    public static void install(PyDict d) {
        d.put("eval", new PyBuiltinFunction("eval", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("eval", k);
            if (a.length < 1) throw Exc.typeError("eval expected at least 1 argument, got 0");
            Args.atMost("eval", a, 3);
            return run("eval", Mode.EVAL, a[0], a.length > 1 ? a[1] : PyNone.INSTANCE, a.length > 2 ? a[2] : PyNone.INSTANCE);
        }}).inModule("builtins"));
        d.put("exec", new PyBuiltinFunction("exec", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            PyObject closure = PyNone.INSTANCE;
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    if (!k[i].equals("closure")) {
                        throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for exec()");
                    }
                    closure = a[npos + i];
                }
            }
            if (npos < 1) throw Exc.typeError("exec() takes at least 1 positional argument (0 given)");
            if (npos > 3) throw Exc.typeError("exec() takes at most 3 positional arguments (" + npos + " given)");
            if (closure != PyNone.INSTANCE) throw Exc.typeError("closure can only be used when source is a code object");
            run("exec", Mode.EXEC, a[0], npos > 1 ? a[1] : PyNone.INSTANCE, npos > 2 ? a[2] : PyNone.INSTANCE);
            return PyNone.INSTANCE;
        }}).inModule("builtins"));
        d.put("compile", new PyBuiltinFunction("compile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("compile", a, k,
                    new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3, 6);
            String filename;
            if (p[1] instanceof PyStr s) {
                filename = s.value();
            } else if (p[1] instanceof PyBytes b) {
                filename = new String(b.data, java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw Exc.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p[1]));
            }
            if (!(p[2] instanceof PyStr m)) {
                throw Exc.typeError("compile() argument 'mode' must be str, not " + Ops.typeName(p[2]));
            }
            Mode mode = switch (m.value()) {
                case "exec" -> Mode.EXEC;
                case "eval" -> Mode.EVAL;
                case "single" -> Mode.SINGLE;
                default -> throw Exc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            for (int i = 3; i <= 5; i++) {
                if (p[i] != null && !(p[i] instanceof PyInt)) {
                    throw Exc.typeError("'" + Ops.typeName(p[i]) + "' object cannot be interpreted as an integer");
                }
            }
            if (p[0] instanceof PyCode) throw Exc.typeError("compile() arg 1 must be a string, bytes or AST object");
            String source = sourceText("compile", p[0], mode, "a string, bytes or AST object");
            return compileSource(source, filename, mode);
        }}).inModule("builtins"));
    }

    private static PyObject run(String fname, Mode mode, PyObject src, PyObject globals, PyObject locals) {
        Interp in = Interp.current();
        Frame caller = in.frame;
        if (globals != PyNone.INSTANCE && !(globals instanceof PyDict)) {
            if (mode == Mode.EVAL) {
                throw Exc.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                        : "globals must be a dict");
            }
            throw Exc.typeError("exec() globals must be a dict, not " + Ops.typeName(globals));
        }
        if (locals != PyNone.INSTANCE && !isMapping(locals)) {
            throw Exc.typeError(mode == Mode.EVAL ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + Ops.typeName(locals));
        }
        PyDict g;
        PyObject l;
        if (globals == PyNone.INSTANCE) {
            g = caller == null ? new PyDict() : caller.globals;
            l = locals == PyNone.INSTANCE ? (caller == null ? g : caller.localsDict()) : locals;
        } else {
            g = (PyDict) globals;
            l = locals == PyNone.INSTANCE ? g : locals;
        }
        PyCode code;
        if (src instanceof PyCode c) {
            code = c;
            if (code.nfrees > 0) {
                if (mode == Mode.EVAL) throw Exc.typeError("code object passed to eval() may not contain free variables");
                throw Exc.typeError("code object requires a closure of exactly length " + code.nfrees);
            }
        } else {
            String text = sourceText(fname, src, mode, "a string, bytes or code object");
            code = compileSource(text, "<string>", mode);
        }
        PyObject given = g.get(BUILTINS);
        if (given == null) g.put(BUILTINS, in.rt.builtinsDict);
        // Names not found in the globals come from the globals' own __builtins__ (a dict, or a
        // module's dictionary), as in CPython: eval(s, {"__builtins__": {}}) has no len().
        PyDict builtins = given instanceof PyDict bd ? bd
                : given instanceof dev.coroscope.engine.runtime.PyModule bm ? bm.getDict() : in.rt.builtinsDict;
        Frame f = new Frame(code, g, builtins, l, in.newFrameId());
        return in.execute(f, null);
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.getType().lookup("__getitem__") != null;
    }

    /** The source text of a str, bytes or bytearray argument (eval strips leading blanks, as CPython does). */
    private static String sourceText(String fname, PyObject src, Mode mode, String accepted) {
        String text;
        if (src instanceof PyStr s) {
            text = s.value();
        } else if (src instanceof PyBytes b) {
            text = decode(b.data);
        } else if (src instanceof PyByteArray b) {
            text = decode(b.toBytes());
        } else {
            throw Exc.typeError(fname + "() arg 1 must be " + accepted);
        }
        if (text.indexOf('\0') >= 0) throw syntaxError(SyntaxErrorInfo.Kind.SYNTAX_ERROR,
                "source code string cannot contain null bytes", null, 0, 0, null, 0, 0, false);
        if (mode == Mode.EVAL && src instanceof PyStr) {
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            text = text.substring(i);
        }
        return text;
    }

    private static String decode(byte[] data) {
        try {
            return SourceDecoder.decode(data, "<string>");
        } catch (PySyntaxError e) {
            throw toException(e.info());
        }
    }

    /**
     * The depth CPython's compiler starts counting from: the recursion depth (frames and counted
     * calls, the compile() call itself included when its caller is not yet specialized: see
     * RecursionCost.coldCall), measured with compile() at several depths.
     */
    private static int compileDepth() {
        return Interp.current().depth();
    }

    private static PyCode compileSource(String source, String filename, Mode mode) {
        java.util.List<dev.coroscope.engine.parser.SyntaxWarningInfo> lexWarnings = new java.util.ArrayList<>();
        java.util.List<Compiler.Warning> found = new java.util.ArrayList<>();
        boolean done = false;
        try {
            PyCode code = compileSource(source, filename, mode, lexWarnings, found);
            done = true;
            return code;
        } finally {
            // CPython issues them through the warnings module (filters apply), also before a SyntaxError.
            try {
                for (dev.coroscope.engine.parser.SyntaxWarningInfo w : lexWarnings) {
                    PyType cat = Exc.ALL.get(w.category());
                    warnCompiled(w.message(), cat == null ? Exc.SyntaxWarning : cat, filename, w.line());
                }
                for (Compiler.Warning w : found) {
                    try {
                        warnCompiled(w.message(), Exc.SyntaxWarning, filename, w.line());
                    } catch (PyError e) {
                        // A filter turned it into an error: CPython reports a SyntaxError there instead.
                        if (e.exc.isInstance(Exc.SyntaxWarning)) throw toException(compilerError(new CompileError(w.message(), w.at()), filename));
                        throw e;
                    }
                }
            } catch (PyError e) {
                if (done) throw e;
            }
        }
    }

    private static void warnCompiled(String message, PyType category, String filename, int line) {
        Interp in = Interp.current();
        PyObject w = in.rt.modules.importName("warnings", PyNone.INSTANCE, PyInt.of(0));
        Ops.call(Ops.getAttr(w, "warn_explicit"), PyStr.of(message), category, PyStr.of(filename), PyInt.of(line));
    }

    private static PyCode compileSource(String source, String filename, Mode mode,
                                        java.util.List<dev.coroscope.engine.parser.SyntaxWarningInfo> lexWarnings,
                                        java.util.List<Compiler.Warning> found) {
        try {
            if (mode == Mode.EVAL) {
                try {
                    return Compiler.compileEval(Parser.parseEval(source, filename, lexWarnings), filename, compileDepth(), found);
                } catch (CompileError e) {
                    throw toException(compilerError(e, filename));
                } catch (PySyntaxError e) {
                    throw toException(lineTextOfString(atImplicitEnd(e.info(), source), source));
                }
            }
            // CPython's string tokenizer ends the last line for exec and single.
            String given = source;
            if (!source.endsWith("\n")) source = source.concat("\n");
            dev.coroscope.engine.ast.Ast.Module mod = Parser.parse(source, filename, lexWarnings);
            try {
                if (mode == Mode.SINGLE) {
                    SyntaxErrorInfo bad = singleStatement(mod.body(), given, source, filename);
                    if (bad != null) throw toException(bad);
                    return Compiler.compileInteractive(mod, filename, compileDepth(), found);
                }
                return Compiler.compile(mod, filename, false, found, compileDepth());
            } catch (CompileError e) {
                throw toException(compilerError(e, filename));
            }
        } catch (CompileRecursionError e) {
            throw Exc.error(Exc.RecursionError, CompileRecursionError.MESSAGE);
        } catch (PySyntaxError e) {
            throw toException(lineTextOfString(atStringEnd(e.info(), source), source));
        } catch (ParserMemoryError e) {
            throw Exc.error(Exc.MemoryError, null);
        }
    }

    /**
     * Single mode takes one interactive statement: a compound statement, or simple statements on
     * one line. Else CPython's error: nothing to compile, a statement after a compound one, or a
     * second line of simple statements.
     */
    private static SyntaxErrorInfo singleStatement(java.util.List<dev.coroscope.engine.ast.Stmt> body, String given,
                                                   String source, String filename) {
        String[] lines = source.split("\n", -1); // the last element is the empty rest after the final newline
        if (body.isEmpty()) {
            if (given.isEmpty()) return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "invalid syntax", filename, 0, 0, 0, 0, "");
            int last = lines.length - 1;
            return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "invalid syntax", filename, last, 0, last, 0,
                    lines[last - 1] + "\n");
        }
        dev.coroscope.engine.ast.Stmt first = body.get(0);
        boolean compound = first instanceof dev.coroscope.engine.ast.Stmt.FunctionDef
                || first instanceof dev.coroscope.engine.ast.Stmt.ClassDef || first instanceof dev.coroscope.engine.ast.Stmt.For
                || first instanceof dev.coroscope.engine.ast.Stmt.While || first instanceof dev.coroscope.engine.ast.Stmt.If
                || first instanceof dev.coroscope.engine.ast.Stmt.With || first instanceof dev.coroscope.engine.ast.Stmt.Try
                || first instanceof dev.coroscope.engine.ast.Stmt.Match;
        int line = first.span().line();
        for (dev.coroscope.engine.ast.Stmt s : body) {
            if (s == first || (!compound && s.span().line() == line)) continue;
            if (compound) {
                int l = s.span().line(), col = s.span().col();
                String text = lines[l - 1];
                int end = col;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
                if (end == col) end = col + 1;
                return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "invalid syntax", filename, l, col + 1, l, end + 1,
                        text + "\n");
            }
            int lastLine = first.span().endLine();
            for (dev.coroscope.engine.ast.Stmt o : body) if (o.span().line() == line) lastLine = Math.max(lastLine, o.span().endLine());
            String text = lines[lastLine - 1];
            return new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "multiple statements found while compiling a single statement",
                    filename, lastLine, text.length() + 1, lastLine, text.length() + 1, text + "\n");
        }
        return null;
    }

    /**
     * In eval mode CPython's tokenizer does not end the last line: a plain "invalid syntax" at the
     * end of the input (the implicit NEWLINE or ENDMARKER) is reported at the last line with
     * offsets 0, and at line 0 for an empty source.
     */
    /**
     * An error at the end of a string (an indented block or 'except' expected, no token left):
     * CPython's string tokenizer stands past the last line it read, so the offset is that line's
     * length with its newline ('try:\n  pass\n': 7); a file's tokenizer has its buffer emptied (0).
     */
    private static SyntaxErrorInfo atStringEnd(SyntaxErrorInfo info, String source) {
        if (info.offset() != 0 || info.endOffset() != -1 || !source.endsWith("\n")) return info;
        String[] lines = source.split("\n", -1); // the last element is the empty rest after the final newline
        if (info.line() != lines.length - 1 || info.line() < 1) return info;
        int len = lines[info.line() - 1].getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), info.line(), len, info.endLine(), -1, info.text());
    }

    private static SyntaxErrorInfo atImplicitEnd(SyntaxErrorInfo info, String source) {
        if (info.kind() != SyntaxErrorInfo.Kind.SYNTAX_ERROR || !"invalid syntax".equals(info.message())) return info;
        String[] lines = source.split("\n", -1);
        int at = 0;
        for (int i = 0; i < info.line() - 1 && i < lines.length; i++) at += lines[i].length() + 1;
        at += Math.max(0, info.offset() - 1);
        if (info.line() > lines.length) at = source.length();
        String rest = at >= source.length() ? "" : source.substring(at);
        String restTrimmed = rest.strip();
        if (rest.indexOf('\n') >= 0 || !(restTrimmed.isEmpty() || restTrimmed.startsWith("#"))) return info;
        if (source.isEmpty()) {
            return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), 0, 0, 0, 0, "");
        }
        int last = source.substring(0, source.length() - 1).split("\n", -1).length;
        String text = source.split("\n", -1)[last - 1] + (source.endsWith("\n") ? "\n" : "");
        return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), last, 0, last, 0, text);
    }

    /**
     * An unclosed bracket is reported once the tokenizer reached the end; for a string source
     * CPython then cuts an earlier line's text out of the string without its newline (the
     * tokenizer's current line keeps it).
     */
    private static SyntaxErrorInfo lineTextOfString(SyntaxErrorInfo info, String source) {
        String text = info.text();
        if (info.message() != null && info.message().startsWith("Exceeds the limit") && info.line() >= 1) {
            // From a string, CPython quotes the whole line (a file's report shows only a window of it).
            String[] lines = source.split("\n", -1);
            if (info.line() <= lines.length) {
                String line = lines[info.line() - 1] + (info.line() < lines.length ? "\n" : "");
                return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), info.line(), info.offset(),
                        info.endLine(), info.endOffset(), line);
            }
        }
        if (text == null || !text.endsWith("\n") || info.message() == null || !info.message().endsWith("was never closed")) {
            return info;
        }
        String body = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        int lines = body.split("\n", -1).length;
        if (info.line() >= lines) return info;
        return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), info.line(), info.offset(),
                info.endLine(), info.endOffset(), text.substring(0, text.length() - 1));
    }

    /**
     * A SyntaxError of the compiler stage ('return' outside function, bad global...): CPython
     * takes its text from the file of that name through linecache, not from the string, so it
     * has none unless the name is a file the run knows (the program's own).
     */
    private static SyntaxErrorInfo compilerError(CompileError e, String filename) {
        SyntaxErrorInfo info = Sources.toSyntaxError(e, "", filename).info();
        String text = info.line() > 0 ? Interp.current().rt.sourceLine(filename, info.line()) : null;
        return new SyntaxErrorInfo(info.kind(), info.message(), info.filename(), info.line(), info.offset(),
                info.endLine(), info.endOffset(), text);
    }

    private static PyError toException(SyntaxErrorInfo info) {
        return syntaxError(info.kind(), info.message(), info.filename(), info.line(), info.offset(), info.text(),
                info.endLine(), info.endOffset(), true);
    }

    private static PyError syntaxError(SyntaxErrorInfo.Kind kind, String msg, String filename, int line, int offset,
                                       String text, int endLine, int endOffset, boolean located) {
        PyType type = switch (kind) {
            case SYNTAX_ERROR -> Exc.SyntaxError;
            case INDENTATION_ERROR -> Exc.IndentationError;
            case TAB_ERROR -> Exc.TabError;
        };
        PyObject m = PyStr.of(msg == null ? "" : msg);
        if (!located) return new PyError(new PyBaseException(type, PyTuple.of(m)));
        return Exc.syntaxError(type, m, PyTuple.of(
                filename == null ? PyNone.INSTANCE : PyStr.of(filename), PyInt.of(line), PyInt.of(offset),
                text == null ? PyNone.INSTANCE : PyStr.of(text), PyInt.of(endLine), PyInt.of(endOffset)));
    }
}
