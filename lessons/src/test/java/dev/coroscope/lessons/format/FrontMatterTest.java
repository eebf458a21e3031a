package dev.coroscope.lessons.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    @Test
    void reads_scalars_block_lists_and_the_body() throws FormatException {
        FrontMatter fm = FrontMatter.parse("---\ntitle: Hello, coroutine\ntopics:\n  - await\n  - asyncio-run\n---\n# Body\ntext\n");
        assertEquals("Hello, coroutine", fm.string("title"));
        assertEquals(List.of("await", "asyncio-run"), fm.list("topics"));
        assertEquals("# Body\ntext\n", fm.body());
        assertEquals(7, fm.bodyLine());
    }

    @Test
    void reads_flow_lists_quotes_and_ignores_comments() throws FormatException {
        FrontMatter fm = FrontMatter.parse("---\n# a comment\ntitle: \"Quoted: \\\"yes\\\"\"\nother: 'it''s'\n"
                + "topics: [send, 'throw']\n---\n");
        assertEquals("Quoted: \"yes\"", fm.string("title"));
        assertEquals("it's", fm.string("other"));
        assertEquals(List.of("send", "throw"), fm.list("topics"));
        assertNull(fm.list("title"));
        assertEquals("", fm.body());
    }

    @Test
    void carriage_returns_and_a_byte_order_mark_are_tolerated() throws FormatException {
        FrontMatter fm = FrontMatter.parse("\uFEFF---\r\ntitle: T\r\n---\r\nbody\r\n");
        assertEquals("T", fm.string("title"));
        assertEquals("body\n", fm.body());
    }

    @Test
    void a_missing_opening_line_is_an_error() {
        FormatException e = assertThrows(FormatException.class, () -> FrontMatter.parse("title: x\n"));
        assertEquals("line 1: the file must start with a '---' line (front matter)", e.getMessage());
    }

    @Test
    void a_missing_closing_line_is_an_error() {
        assertThrows(FormatException.class, () -> FrontMatter.parse("---\ntitle: x\n"));
    }

    @Test
    void a_repeated_key_is_an_error_naming_its_line() {
        FormatException e = assertThrows(FormatException.class,
                () -> FrontMatter.parse("---\ntitle: a\ntitle: b\n---\n"));
        assertEquals("line 3: 'title' is given twice", e.getMessage());
    }

    @Test
    void an_item_without_a_key_and_a_line_without_colon_are_errors() {
        assertThrows(FormatException.class, () -> FrontMatter.parse("---\n- x\n---\n"));
        assertThrows(FormatException.class, () -> FrontMatter.parse("---\njust words\n---\n"));
        assertThrows(FormatException.class, () -> FrontMatter.parse("---\ntopics: [a, b\n---\n"));
    }
}
