package dev.coroscope.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.theme.StyleClasses;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class PythonHighlighterTest {

    /** Each token as {@code KIND:text}, in order. */
    private static List<String> tokens(String source) {
        return PythonHighlighter.tokens(source).stream()
                .map(t -> t.kind() + ":" + t.text(source))
                .collect(Collectors.toList());
    }

    @Test
    void async_and_await_are_marked_apart_from_other_keywords() {
        assertEquals(List.of("ASYNC_KEYWORD:async", "KEYWORD:def", "DEFINITION:main",
                        "ASYNC_KEYWORD:await", "KEYWORD:return"),
                tokens("async def main():\n    await x\n    return"));
    }

    @Test
    void a_name_that_merely_contains_a_keyword_is_plain() {
        assertEquals(List.of(), tokens("asyncio awaiting defer classes import_"));
    }

    @Test
    void asyncio_attribute_call_highlights_only_what_it_should() {
        assertEquals(List.of("KEYWORD:import", "ASYNC_KEYWORD:await", "NUMBER:1"),
                tokens("import asyncio\nawait asyncio.sleep(1)"));
    }

    @Test
    void strings_of_every_quote_style_and_prefix_are_strings() {
        assertEquals(List.of("STRING:'a'", "STRING:\"b\"", "STRING:f\"{x}\"", "STRING:rb'\\d'",
                        "STRING:'''t\n'''", "STRING:\"\"\"u\"\"\""),
                tokens("'a' \"b\" f\"{x}\" rb'\\d' '''t\n''' \"\"\"u\"\"\""));
    }

    @Test
    void an_escaped_quote_does_not_end_a_string() {
        assertEquals(List.of("STRING:'it\\'s'", "COMMENT:# done"), tokens("'it\\'s' # done"));
    }

    @Test
    void an_unterminated_string_stops_at_the_end_of_its_line() {
        assertEquals(List.of("STRING:\"open", "KEYWORD:pass"), tokens("\"open\npass"));
    }

    @Test
    void an_unterminated_triple_quoted_string_runs_to_the_end() {
        assertEquals(List.of("KEYWORD:pass", "STRING:'''doc\npass"), tokens("pass '''doc\npass"));
    }

    @Test
    void a_hash_inside_a_string_is_not_a_comment() {
        assertEquals(List.of("BUILTIN:print", "STRING:\"#1\"", "COMMENT:# real"),
                tokens("print(\"#1\")  # real"));
    }

    @Test
    void comments_run_to_the_end_of_the_line() {
        assertEquals(List.of("COMMENT:# await this", "KEYWORD:pass"), tokens("# await this\npass"));
    }

    @Test
    void numbers_in_every_python_form_are_numbers() {
        assertEquals(List.of("NUMBER:1", "NUMBER:0.5", "NUMBER:1_000", "NUMBER:0xFF", "NUMBER:1e-3",
                        "NUMBER:.25", "NUMBER:3j"),
                tokens("1, 0.5, 1_000, 0xFF, 1e-3, .25, 3j"));
    }

    @Test
    void decorators_at_the_start_of_a_line_are_decorators_but_matrix_multiplication_is_not() {
        assertEquals(List.of("DECORATOR:@functools.wraps", "DECORATOR:@cache", "KEYWORD:def",
                        "DEFINITION:f"),
                tokens("@functools.wraps(g)\n    @cache\ndef f(): a @ b"));
    }

    @Test
    void constants_builtins_and_definitions_are_marked() {
        assertEquals(List.of("KEYWORD:class", "DEFINITION:Box", "KEYWORD:return", "CONSTANT:None",
                        "KEYWORD:or", "CONSTANT:True", "KEYWORD:and", "BUILTIN:len"),
                tokens("class Box: return None or True and len(x)"));
    }

    @Test
    void a_builtin_name_used_as_an_attribute_is_plain() {
        assertEquals(List.of(), tokens("obj.print(obj.len)"));
    }

    @Test
    void style_spans_cover_the_whole_text_with_the_kind_style_classes() {
        String source = "async def f():\n    await g()  # wait\n    return 'ok'\n";
        StyleSpans<Collection<String>> spans = PythonHighlighter.styleSpans(source);
        assertEquals(source.length(), spans.length());
        assertEquals(List.of(StyleClasses.SYNTAX_ASYNC), styleAt(spans, source.indexOf("async")));
        assertEquals(List.of(StyleClasses.SYNTAX_ASYNC), styleAt(spans, source.indexOf("await")));
        assertEquals(List.of(StyleClasses.SYNTAX_COMMENT), styleAt(spans, source.indexOf("# wait")));
        assertEquals(List.of(StyleClasses.SYNTAX_STRING), styleAt(spans, source.indexOf("'ok'")));
        assertTrue(styleAt(spans, source.indexOf("g()")).isEmpty());
    }

    @Test
    void style_spans_of_empty_text_are_empty() {
        assertEquals(0, PythonHighlighter.styleSpans("").length());
    }

    @Test
    void the_shipped_gather_example_highlights_both_awaits_and_its_comment() {
        String source = ExamplePrograms.source(ExamplePrograms.GATHER);
        List<String> found = tokens(source);
        assertEquals(2, found.stream().filter(t -> t.equals("ASYNC_KEYWORD:await")).count());
        assertEquals(2, found.stream().filter(t -> t.equals("ASYNC_KEYWORD:async")).count());
        assertTrue(found.contains("COMMENT:# ['a', 'b']"), found.toString());
    }

    private static Collection<String> styleAt(StyleSpans<Collection<String>> spans, int offset) {
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (offset < at + span.getLength()) {
                return List.copyOf(span.getStyle());
            }
            at += span.getLength();
        }
        throw new IllegalArgumentException("offset " + offset + " beyond the spans");
    }
}
