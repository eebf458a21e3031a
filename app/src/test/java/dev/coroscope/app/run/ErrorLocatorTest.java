package dev.coroscope.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.testing.TestPrograms;
import org.junit.jupiter.api.Test;

/** Error reports recorded from CPython 3.11 ({@code app/tools/record_test_programs.py}). */
class ErrorLocatorTest {

    @Test
    void a_syntax_error_points_at_its_line_with_cpythons_message() {
        ProgramError e = ErrorLocator.locate(TestPrograms.resource("syntax_error.err"), "main.py");
        assertEquals(3, e.line());
        assertEquals("SyntaxError", e.type());
        assertEquals("expected ':'", e.message());
        assertEquals(TestPrograms.resource("syntax_error.err"), e.report());
    }

    @Test
    void a_traceback_points_at_the_innermost_line_of_the_program_not_of_asyncio() {
        ProgramError e = ErrorLocator.locate(TestPrograms.resource("runtime_error.err"), "main.py");
        assertEquals(5, e.line());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.summary());
        assertTrue(e.report().startsWith("Traceback (most recent call last):"));
    }

    @Test
    void warnings_before_the_final_report_are_not_part_of_it() {
        String err = "main.py:3: RuntimeWarning: coroutine 'f' was never awaited\n"
                + "  f()\n"
                + "Traceback (most recent call last):\n"
                + "  File \"main.py\", line 7, in <module>\n"
                + "    g()\n"
                + "ValueError: bad\n";
        ProgramError e = ErrorLocator.locate(err, "main.py");
        assertEquals(7, e.line());
        assertTrue(e.report().startsWith("Traceback"));
    }

    @Test
    void text_without_an_error_line_is_no_error() {
        assertNull(ErrorLocator.locate("", "main.py"));
        assertNull(ErrorLocator.locate("just some text\nwith spaces at the end \n", "main.py"));
    }

    @Test
    void an_exception_without_a_message_is_its_type_alone() {
        ProgramError e = ErrorLocator.locate("Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n"
                + "    raise KeyError\nKeyError\n", "main.py");
        assertEquals("KeyError", e.summary());
        assertEquals(2, e.line());
    }
}
