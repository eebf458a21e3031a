package dev.coroscope.engine.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.ast.Span;
import org.junit.jupiter.api.Test;

/** How an error value is placed and printed (the golden tests compare whole outputs with CPython's). */
class SyntaxErrorInfoTest {

    @Test
    void a_compile_error_is_placed_in_utf8_bytes_like_cpythons_compiler() {
        String src = "x = 1\nreturn é\n";
        SyntaxErrorInfo info = SyntaxErrorInfo.at(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "'return' outside function",
                "t.py", src, new Span(2, 0, 2, 8));
        assertEquals(2, info.line());
        assertEquals(1, info.offset());
        assertEquals(10, info.endOffset()); // "return é" is 8 chars but 9 bytes
        assertEquals("return é\n", info.text());
        String[] lines = info.render().split("\n");
        assertEquals("  File \"t.py\", line 2", lines[0]);
        assertEquals("    return é", lines[1]);
        assertEquals("    " + "^".repeat(9), lines[2]);
        assertEquals("SyntaxError: 'return' outside function", lines[3]);
    }

    @Test
    void subclasses_of_syntax_error_get_a_single_caret() {
        SyntaxErrorInfo info = new SyntaxErrorInfo(SyntaxErrorInfo.Kind.INDENTATION_ERROR, "unexpected indent", "t.py",
                1, 3, 1, 9, "  foobar\n");
        String caretLine = info.render().split("\n")[2];
        assertEquals(1, caretLine.chars().filter(c -> c == '^').count());
    }

    @Test
    void an_error_without_a_line_prints_only_its_message() {
        SyntaxErrorInfo info = new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "Non-UTF-8 code", "t.py", 0, 0,
                0, 0, null);
        assertEquals("SyntaxError: Non-UTF-8 code\n", info.render());
    }

    @Test
    void a_caret_left_of_the_text_is_not_printed() {
        SyntaxErrorInfo info = new SyntaxErrorInfo(SyntaxErrorInfo.Kind.TAB_ERROR,
                "inconsistent use of tabs and spaces in indentation", "t.py", 3, 1, 3, 0, "\tb = 2\n");
        String out = info.render();
        assertFalse(out.contains("^"));
        assertTrue(out.contains("\n    b = 2\n"));
    }

    @Test
    void an_error_spanning_lines_is_underlined_to_the_end_of_its_first_line() {
        SyntaxErrorInfo info = new SyntaxErrorInfo(SyntaxErrorInfo.Kind.SYNTAX_ERROR, "m", "t.py", 1, 5, 2, 3,
                "x = (a +\n");
        assertEquals("        ^^^^", info.render().split("\n")[2]); // "(a +", not past the line
    }
}
