package dev.coroscope.engine.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyTuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiler's output, read through the disassembler and the code object's attributes. */
class DisassemblerTest {

    @BeforeAll
    static void init() {
        SilentRuntime.bindToThisThread();
    }

    private static String trimLines(String s) {
        return s.lines().map(String::stripTrailing).collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    static PyCode compile(String src) {
        return Compiler.compile(Parser.parse(src, "t.py"), "t.py", false);
    }

    @Test
    void aSimpleAssignmentCompilesToLoadStore() {
        String dis = trimLines(Disassembler.dis(compile("x = 1\n"), false));
        assertEquals(trimLines("""
                Disassembly of <code object <module>, line 1>:
                   1     0 LOAD_CONST               0 (1)
                         1 STORE_NAME               0 (x)
                         2 LOAD_CONST               1 (None)
                         3 RETURN_VALUE
                """), dis);
    }

    @Test
    void varnamesFollowCPythonsOrder() {
        PyCode mod = compile("def f(a, b, *rest, key=None, **extra):\n    z = 1\n    y = 2\n");
        PyCode f = null;
        for (var c : mod.consts) if (c instanceof PyCode pc) f = pc;
        assertEquals("('a', 'b', 'key', 'rest', 'extra', 'z', 'y')", f.varnamesTuple().repr());
        assertEquals(2, f.argcount);
        assertEquals(1, f.kwonlyargcount);
    }

    @Test
    void tryExceptHasAnExceptionTableEntry() {
        PyCode c = compile("try:\n    x = 1\nexcept ValueError:\n    pass\n");
        assertTrue(c.excStart.length >= 2, "handlers: " + c.excStart.length);
        assertEquals(0, c.excDepth[0]);
    }

    @Test
    void closuresGetCellsAndFreeVariables() {
        PyCode mod = compile("def outer():\n    n = 0\n    def inner():\n        return n\n    return inner\n");
        PyCode outer = (PyCode) java.util.Arrays.stream(mod.consts).filter(c -> c instanceof PyCode).findFirst().get();
        PyCode inner = (PyCode) java.util.Arrays.stream(outer.consts).filter(c -> c instanceof PyCode).findFirst().get();
        assertEquals(PyTuple.of(dev.coroscope.engine.runtime.PyStr.of("n")).repr(), outer.cellvarsTuple().repr());
        assertEquals("('n',)", inner.freevarsTuple().repr());
        assertEquals("outer.<locals>.inner", inner.qualname);
    }

    @Test
    void returnOutsideAFunctionIsACompileError() {
        CompileError e = org.junit.jupiter.api.Assertions.assertThrows(CompileError.class, () -> compile("return 1\n"));
        assertEquals("'return' outside function", e.getMessage());
    }
}
