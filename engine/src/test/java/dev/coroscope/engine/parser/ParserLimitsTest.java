package dev.coroscope.engine.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.ast.Ast;
import dev.coroscope.engine.ast.Expr;
import dev.coroscope.engine.ast.Stmt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Deep and large inputs: the same limits as CPython 3.11 (measured with python3), and never a
 * Java StackOverflowError, whatever the caller's stack size.
 */
class ParserLimitsTest {

    private static String nested(String open, String close, int depth, String inner) {
        return "x = " + open.repeat(depth) + inner + close.repeat(depth) + "\n";
    }

    @Test
    void two_hundred_nested_brackets_of_each_kind_parse() {
        Parser.parse(nested("(", ")", 150, "1"), "t.py");
        Parser.parse(nested("(", ")", 200, "1"), "t.py");
        Parser.parse(nested("[", "]", 200, ""), "t.py");
        Parser.parse(nested("{", "}", 200, ""), "t.py");
        Parser.parse(nested("f(", ")", 200, ""), "t.py");
    }

    @Test
    void the_two_hundred_and_first_bracket_is_too_many() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(nested("(", ")", 201, "1"), "t.py"));
        assertEquals("too many nested parentheses", e.info().message());
    }

    @Test
    void long_operator_chains_stop_where_cpythons_parser_does() {
        Ast.Module m = Parser.parse("x = " + "-".repeat(5967) + "1\n", "t.py");
        Expr e = ((Stmt.Assign) m.body().get(0)).value();
        int depth = 0;
        while (e instanceof Expr.UnaryOp u) {
            depth++;
            e = u.operand();
        }
        assertEquals(5967, depth);
        assertThrows(ParserMemoryError.class, () -> Parser.parse("x = " + "-".repeat(5968) + "1\n", "t.py"));
        Parser.parse("x = " + "not ".repeat(5967) + "1\n", "t.py");
        assertThrows(ParserMemoryError.class, () -> Parser.parse("x = " + "not ".repeat(5968) + "1\n", "t.py"));
        Parser.parse("x = " + "2**".repeat(2983) + "1\n", "t.py");
        assertThrows(ParserMemoryError.class, () -> Parser.parse("x = " + "2**".repeat(2984) + "1\n", "t.py"));
        Parser.parse("x = " + "lambda: ".repeat(2983) + "1\n", "t.py");
        assertThrows(ParserMemoryError.class, () -> Parser.parse("x = " + "lambda: ".repeat(2984) + "1\n", "t.py"));
    }

    @Test
    void an_error_deep_inside_brackets_is_reported_until_cpythons_second_pass_runs_out() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(nested("[", "]", 193, "a b"), "t.py"));
        assertEquals("invalid syntax. Perhaps you forgot a comma?", e.info().message());
        assertThrows(ParserMemoryError.class, () -> Parser.parse(nested("[", "]", 194, "a b"), "t.py"));
        assertThrows(PySyntaxError.class, () -> Parser.parse(nested("(", ")", 199, "a b"), "t.py"));
        assertThrows(ParserMemoryError.class, () -> Parser.parse(nested("(", ")", 200, "a b"), "t.py"));
    }

    @Test
    void a_deep_program_parses_even_on_a_thread_with_a_small_stack() throws Exception {
        String deep = "x = " + "-".repeat(2000) + "(" + "[".repeat(120) + "1" + "]".repeat(120) + ")\n";
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Parser.parse(deep, "t.py"));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 64 * 1024);
        t.start();
        t.join();
        assertTrue(result.get() instanceof Ast.Module, () -> "got " + result.get());
    }

    @Test
    void odd_but_valid_files_parse() {
        assertEquals(0, Parser.parse("", "t.py").body().size());
        assertEquals(0, Parser.parse("# just a comment", "t.py").body().size());
        assertEquals(0, Parser.parse("\n\n   \n\t\n", "t.py").body().size());
        assertEquals(2, Parser.parse("x = 1\ny = 2", "t.py").body().size());
        assertEquals(1, Parser.parse("x = '" + "a".repeat(10_000) + "'\n", "t.py").body().size());
        assertEquals(1, Parser.parse("x = 1\r\n", "t.py").body().size());
    }
}
