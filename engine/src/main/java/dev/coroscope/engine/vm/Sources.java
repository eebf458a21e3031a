package dev.coroscope.engine.vm;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.compiler.CompileError;
import dev.coroscope.engine.compiler.Compiler;
import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.parser.SyntaxErrorInfo;
import dev.coroscope.engine.runtime.PyCode;

/** Source text to code object: parse, then compile; compile errors become {@link PySyntaxError}. */
public final class Sources {
    private Sources() {}

    public static Ast.Module parse(String source, String filename) {
        return Parser.parse(source, filename);
    }

    /** Parses and compiles; throws PySyntaxError (or ParserMemoryError) for bad programs. */
    public static PyCode compile(String source, String filename, boolean library) {
        Ast.Module mod = Parser.parse(source, filename);
        try {
            return Compiler.compile(mod, filename, library);
        } catch (CompileError e) {
            throw toSyntaxError(e, source, filename);
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
