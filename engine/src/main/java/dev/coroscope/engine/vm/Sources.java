package dev.coroscope.engine.vm;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.compiler.CompileError;
import dev.coroscope.engine.compiler.Compiler;
import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.parser.SyntaxErrorInfo;
import dev.coroscope.engine.parser.SyntaxWarningInfo;
import java.util.ArrayList;
import java.util.List;
import dev.coroscope.engine.runtime.PyCode;

/** Source text to code object: parse, then compile; compile errors become {@link PySyntaxError}. */
public final class Sources {
    private Sources() {}

    public static Ast.Module parse(String source, String filename) {
        return Parser.parse(source, filename);
    }

    /** Parses and compiles; throws PySyntaxError (or ParserMemoryError) for bad programs. */
    public static PyCode compile(String source, String filename, boolean library) {
        return compile(source, filename, library, null);
    }

    /**
     * As {@link #compile(String, String, boolean)}; the SyntaxWarnings CPython prints while
     * compiling (the tokenizer's, then the compiler's) are added to {@code warnings}, also when a
     * SyntaxError follows them.
     */
    public static PyCode compile(String source, String filename, boolean library, List<SyntaxWarningInfo> warnings) {
        return compile(source, filename, library, warnings, 0);
    }

    /**
     * As {@link #compile(String, String, boolean, List)} while {@code pythonDepth} Python frames
     * run; a program nested too deep throws {@code CompileRecursionError}.
     */
    public static PyCode compile(String source, String filename, boolean library, List<SyntaxWarningInfo> warnings,
                                 int pythonDepth) {
        Ast.Module mod = Parser.parse(source, filename, warnings);
        List<Compiler.Warning> found = warnings == null ? null : new ArrayList<>();
        try {
            return Compiler.compile(mod, filename, library, found, pythonDepth);
        } catch (CompileError e) {
            throw toSyntaxError(e, source, filename);
        } finally {
            if (found != null && !found.isEmpty()) {
                String[] lines = source.split("\n", -1);
                for (Compiler.Warning w : found) {
                    String text = w.line() >= 1 && w.line() <= lines.length ? lines[w.line() - 1] : null;
                    warnings.add(new SyntaxWarningInfo("SyntaxWarning", w.message(), filename, w.line(), text));
                }
            }
        }
    }

    static PySyntaxError toSyntaxError(CompileError e, String source, String filename) {
        Span s = e.span;
        int line = s == null ? 0 : s.line();
        String text = null;
        if (line > 0) {
            String[] lines = source.split("\n", -1);
            if (line <= lines.length) text = lines[line - 1] + (line < lines.length ? "\n" : "");
        }
        int offset = s == null ? 0 : s.col() + 1;
        int endLine = s == null ? 0 : s.endLine();
        int endOffset = s == null ? 0 : s.endCol() + 1;
        return new PySyntaxError(new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, e.getMessage(), filename,
                line, offset, endLine, endOffset, text));
    }
}
