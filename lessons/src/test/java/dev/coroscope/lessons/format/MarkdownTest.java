package dev.coroscope.lessons.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.lessons.format.Markdown.BulletList;
import dev.coroscope.lessons.format.Markdown.Code;
import dev.coroscope.lessons.format.Markdown.CodeBlock;
import dev.coroscope.lessons.format.Markdown.Document;
import dev.coroscope.lessons.format.Markdown.Emphasis;
import dev.coroscope.lessons.format.Markdown.Heading;
import dev.coroscope.lessons.format.Markdown.NumberedList;
import dev.coroscope.lessons.format.Markdown.Paragraph;
import dev.coroscope.lessons.format.Markdown.Strong;
import dev.coroscope.lessons.format.Markdown.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void parses_every_supported_block() {
        Document doc = Markdown.parse("# Title\n\nOne\ntwo.\n\n## Part\n\n- a\n- b\n  more\n\n1. x\n2. y\n\n```python\nprint(1)\n  x = 2\n```\n");
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(
                new Heading(1, List.of(new Text("Title"))),
                new Paragraph(List.of(new Text("One two."))),
                new Heading(2, List.of(new Text("Part"))),
                new BulletList(List.of(List.of(new Text("a")), List.of(new Text("b more")))),
                new NumberedList(1, List.of(List.of(new Text("x")), List.of(new Text("y")))),
                new CodeBlock("python", "print(1)\n  x = 2")), doc.blocks());
    }

    @Test
    void parses_bold_italic_code_and_escapes_inside_text() {
        Document doc = Markdown.parse("Press **F10** to *step*, see `cr_await` and \\*stars\\*.");
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(new Paragraph(List.of(
                new Text("Press "), new Strong(List.of(new Text("F10"))), new Text(" to "),
                new Emphasis(List.of(new Text("step"))), new Text(", see "), new Code("cr_await"),
                new Text(" and *stars*.")))), doc.blocks());
    }

    @Test
    void stars_inside_code_spans_are_literal() {
        Document doc = Markdown.parse("`**kwargs` and `a*b`");
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(new Paragraph(List.of(new Code("**kwargs"), new Text(" and "), new Code("a*b")))),
                doc.blocks());
    }

    @Test
    void bold_may_contain_code_and_italic() {
        Document doc = Markdown.parse("**the `send` *method***");
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of(new Paragraph(List.of(new Strong(List.of(new Text("the "), new Code("send"),
                new Text(" "), new Emphasis(List.of(new Text("method")))))))), doc.blocks());
    }

    @Test
    void unsupported_constructs_are_reported_with_their_line() {
        Document doc = Markdown.parse("ok\n\n### deep\n\n> quote\n\n| a | b |\n\n[link](http://x)\n\n* star\n\n<b>hi</b>\n\n---\n", 10);
        assertEquals(List.of(
                "line 12: only # and ## headings are supported",
                "line 14: block quotes are not supported",
                "line 16: tables are not supported",
                "line 18: links and images are not supported",
                "line 20: bullets are written '- item'",
                "line 20: the * is never closed",
                "line 22: HTML is not supported",
                "line 24: horizontal rules are not supported"), doc.problems());
    }

    @Test
    void unclosed_markers_are_reported_and_kept_as_text() {
        Document doc = Markdown.parse("a **b and `c\n\n```\nnever closed");
        assertEquals(List.of("line 1: the ** is never closed", "line 1: the ` code span is never closed",
                "line 3: the ``` code block is never closed"), doc.problems());
        assertEquals(new Paragraph(List.of(new Text("a **b and `c"))), doc.blocks().get(0));
    }

    @Test
    void a_numbered_list_keeps_its_start_and_blank_lines_between_items() {
        Document doc = Markdown.parse("3. c\n\n4. d\n");
        assertEquals(List.of(new NumberedList(3, List.of(List.of(new Text("c")), List.of(new Text("d"))))),
                doc.blocks());
        assertTrue(doc.problems().isEmpty());
    }
}
