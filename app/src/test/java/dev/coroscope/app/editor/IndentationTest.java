package dev.coroscope.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IndentationTest {

    @Test
    void enter_keeps_the_indentation_of_the_line() {
        assertEquals("\n    ", Indentation.lineBreak("    x = 1"));
    }

    @Test
    void enter_after_a_colon_adds_one_level() {
        assertEquals("\n        ", Indentation.lineBreak("    async def main():"));
    }

    @Test
    void a_colon_followed_by_a_comment_still_opens_a_block() {
        assertEquals("\n    ", Indentation.lineBreak("while True:  # forever"));
    }

    @Test
    void a_colon_inside_a_string_or_comment_does_not_open_a_block() {
        assertEquals("\n", Indentation.lineBreak("print('a:')"));
        assertEquals("\n", Indentation.lineBreak("x = 1  # note:"));
    }

    @Test
    void enter_after_a_block_ending_statement_drops_one_level() {
        assertEquals("\n    ", Indentation.lineBreak("        return name"));
        assertEquals("\n", Indentation.lineBreak("    pass"));
        assertEquals("\n    ", Indentation.lineBreak("        raise ValueError('x')"));
    }

    @Test
    void a_name_starting_with_return_does_not_dedent() {
        assertEquals("\n    ", Indentation.lineBreak("    returned = 1"));
    }

    @Test
    void dedent_removes_at_most_one_level_of_spaces() {
        assertEquals(4, Indentation.dedentWidth("        x"));
        assertEquals(2, Indentation.dedentWidth("  x"));
        assertEquals(0, Indentation.dedentWidth("x"));
        assertEquals(1, Indentation.dedentWidth("\tx"));
    }
}
