package dev.coroscope.engine.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer's tricky parts, each compared with what CPython 3.11's tokenizer does. */
class LexerTest {

    private static Lexer.Result lex(String src) {
        return Lexer.tokenize(new Source(src));
    }

    /** Token kinds (with the text of names, numbers and strings), space-separated. */
    private static String kinds(String src) {
        Lexer.Result r = lex(src);
        assertNull(r.error(), () -> "unexpected error " + r.error());
        List<String> out = new ArrayList<>();
        for (Token t : r.tokens()) {
            switch (t.kind) {
                case NAME, NUMBER, STRING, OP -> out.add(t.kind + "(" + t.text + ")");
                default -> out.add(t.kind.spelling != null ? t.kind.spelling : t.kind.name());
            }
        }
        return String.join(" ", out);
    }

    private static LexError error(String src) {
        LexError e = lex(src).error();
        assertNotNull(e, "expected a tokenizer error");
        return e;
    }

    @Test
    void nested_blocks_indent_and_dedent_once_per_level() {
        assertEquals("if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT pass NEWLINE DEDENT DEDENT "
                + "NAME(x) NEWLINE ENDMARKER", kinds("if a:\n  if b:\n    pass\nx\n"));
    }

    @Test
    void blank_and_comment_lines_do_not_change_indentation() {
        assertEquals("if NAME(a) : NEWLINE INDENT NAME(x) NEWLINE NAME(y) NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n    x\n\n# comment at column 0\n  # indented comment\n   \n    y\n"));
    }

    @Test
    void pending_dedents_come_out_at_end_of_file() {
        assertEquals("if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT ENDMARKER",
                kinds("if a:\n if b:\n  c"));
    }

    @Test
    void a_missing_final_newline_is_supplied() {
        Lexer.Result r = lex("x = 1");
        Token nl = r.tokens().get(3);
        assertEquals(TokenKind.NEWLINE, nl.kind);
        assertEquals(5, nl.col);
        assertEquals(5, nl.endCol);
    }

    @Test
    void an_empty_file_is_just_the_end_marker() {
        assertEquals("ENDMARKER", kinds(""));
        assertEquals("ENDMARKER", kinds("# nothing\n\n"));
    }

    @Test
    void brackets_join_lines_without_newlines_or_indents() {
        assertEquals("NAME(x) = ( NUMBER(1) , NUMBER(2) ) NEWLINE ENDMARKER", kinds("x = (1,\n        2)\n"));
        assertEquals("NAME(x) = [ NUMBER(1) ] NEWLINE ENDMARKER", kinds("x = [\n# c\n1\n  ]\n"));
    }

    @Test
    void backslash_joins_physical_lines() {
        assertEquals("NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE ENDMARKER", kinds("x = 1 + \\\n    2\n"));
    }

    @Test
    void a_tab_advances_to_the_next_multiple_of_eight() {
        // 8 spaces and one tab are the same column, but not the same in "tabs as 1" terms: TabError.
        LexError e = error("if a:\n        x\n\ty\n");
        assertEquals(LexError.Type.TAB, e.type());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.message());
        assertEquals(3, e.line());
        // Consistent tabs are fine.
        assertEquals("if NAME(a) : NEWLINE INDENT NAME(x) NEWLINE NAME(y) NEWLINE DEDENT ENDMARKER",
                kinds("if a:\n\tx\n\ty\n"));
    }

    @Test
    void a_dedent_to_an_unknown_level_is_an_indentation_error_at_the_end_of_the_line() {
        LexError e = error("if a:\n    x\n  y\n");
        assertEquals(LexError.Type.INDENTATION, e.type());
        assertEquals("unindent does not match any outer indentation level", e.message());
        assertEquals(3, e.line());
        assertEquals(4, e.offset()); // "  y\n" is 4 bytes
        assertFalse(e.raised());
    }

    @Test
    void string_prefixes_combine_in_any_case() {
        for (String p : List.of("r", "R", "b", "B", "u", "U", "f", "F", "rb", "bR", "Br", "RB", "fr", "Rf", "FR", "rF")) {
            assertEquals("STRING(" + p + "'x') NEWLINE ENDMARKER", kinds(p + "'x'\n"), p);
        }
        // "ub" and "bu" are not prefixes: a name followed by a string.
        assertEquals("NAME(ub) STRING('x') NEWLINE ENDMARKER", kinds("ub'x'\n"));
    }

    @Test
    void a_triple_quoted_string_is_one_token_spanning_its_lines() {
        Lexer.Result r = lex("x = '''a\n'b'\n\"c\"'''\n");
        Token s = r.tokens().get(2);
        assertEquals(TokenKind.STRING, s.kind);
        assertEquals(1, s.line);
        assertEquals(4, s.col);
        assertEquals(3, s.endLine);
        assertEquals(6, s.endCol);
    }

    @Test
    void escaped_quotes_and_escaped_newlines_stay_inside_a_string() {
        assertEquals("STRING('it\\'s') NEWLINE ENDMARKER", kinds("'it\\'s'\n"));
        assertEquals("STRING('a\\\nb') NEWLINE ENDMARKER", kinds("'a\\\nb'\n"));
    }

    @Test
    void an_unterminated_string_is_reported_at_its_first_char() {
        LexError e = error("x = 1\ny = 'abc\n");
        assertEquals("unterminated string literal (detected at line 2)", e.message());
        assertEquals(2, e.line());
        assertEquals(5, e.offset());
        assertTrue(e.raised());
        LexError t = error("x = '''abc\n\n\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 3)", t.message());
        assertEquals(1, t.line());
    }

    @Test
    void numbers_follow_cpythons_rules() {
        assertEquals("NUMBER(1_000) NUMBER(0x_ff) NUMBER(0o17) NUMBER(0b1) NUMBER(1.5e-3) NUMBER(.5) NUMBER(1.) "
                + "NUMBER(3j) NUMBER(1e5J) NUMBER(00) NEWLINE ENDMARKER",
                kinds("1_000 0x_ff 0o17 0b1 1.5e-3 .5 1. 3j 1e5J 00\n"));
        assertEquals("invalid decimal literal", error("1__0\n").message());
        assertEquals("invalid decimal literal", error("1_\n").message());
        assertEquals("invalid decimal literal", error("12abc\n").message());
        assertEquals("invalid hexadecimal literal", error("0xg\n").message());
        assertEquals("invalid digit '8' in octal literal", error("0o18\n").message());
        assertEquals("invalid digit '2' in binary literal", error("0b12\n").message());
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                error("012\n").message());
    }

    @Test
    void a_keyword_glued_to_a_number_only_warns() {
        Lexer.Result r = lex("x = 1if y else 2\n");
        assertNull(r.error());
        assertEquals(1, r.warnings().size());
        assertEquals("invalid decimal literal", r.warnings().get(0).message());
        assertEquals("NAME(x) = NUMBER(1) if NAME(y) else NUMBER(2) NEWLINE ENDMARKER", kinds("x = 1if y else 2\n"));
    }

    @Test
    void operators_take_the_longest_match() {
        assertEquals("**= //= >>= <<= -> := ... != == <= >= ** // @= NEWLINE ENDMARKER",
                kinds("**= //= >>= <<= -> := ... != == <= >= ** // @=\n"));
        assertEquals(". . NAME(x) NEWLINE ENDMARKER", kinds(". . x\n"));
    }

    @Test
    void keywords_are_their_own_kinds_but_soft_keywords_are_names() {
        assertEquals("async await NAME(match) NAME(case) NAME(_) NAME(type) None NEWLINE ENDMARKER",
                kinds("async await match case _ type None\n"));
    }

    @Test
    void unicode_identifiers_are_nfkc_normalised() {
        Lexer.Result r = lex("ﬁ = ｘ\n");
        assertEquals("fi", r.tokens().get(0).text);
        assertEquals("x", r.tokens().get(2).text);
        assertEquals("café", lex("café\n").tokens().get(0).text);
    }

    @Test
    void characters_that_cannot_be_in_names_are_refused_with_their_code_point() {
        assertEquals("invalid character '€' (U+20AC)", error("x = 5€\n").message());
        assertEquals("invalid non-printable character U+00A0", error("x =\u00a01\n").message());
        assertEquals("invalid non-printable character U+200B", error("x\u200b = 1\n").message());
        // Unknown ASCII punctuation is a token the parser refuses.
        assertEquals("NAME(a) OP($) NAME(b) NEWLINE ENDMARKER", kinds("a $ b\n"));
    }

    @Test
    void brackets_are_matched_by_the_lexer() {
        assertEquals("unmatched ')'", error("x = 1)\n").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("(1]\n").message());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1",
                error("(1,\n2]\n").message());
        LexError open = error("x = (1,\n2\n");
        assertEquals('(', open.openBracket());
        assertEquals(1, open.bracketLine());
        assertEquals(5, open.bracketOffset());
    }

    @Test
    void two_hundred_brackets_are_fine_and_one_more_is_too_many() {
        String ok = "(".repeat(200) + ")".repeat(200) + "\n";
        assertNull(lex(ok).error());
        assertEquals("too many nested parentheses", error("(".repeat(201) + ")".repeat(201) + "\n").message());
    }

    @Test
    void a_line_holding_a_nul_is_refused_when_reached() {
        LexError e = error("x = 1\ny = 2\0\n");
        assertEquals("source code cannot contain null bytes", e.message());
        assertEquals(2, e.line());
        assertEquals("y = 2", e.text());
        assertEquals(4, lex("x = 1\ny = 2\0\n").tokens().size()); // x = 1 NEWLINE
    }

    @Test
    void every_token_knows_its_line_and_column() {
        Lexer.Result r = lex("def f(a):\n    return a  # c\n");
        Token ret = r.tokens().get(8);
        assertEquals(TokenKind.RETURN, ret.kind);
        assertEquals(2, ret.line);
        assertEquals(4, ret.col);
        assertEquals(10, ret.endCol);
        Token nl = r.tokens().get(10);
        assertEquals(TokenKind.NEWLINE, nl.kind);
        assertEquals(14, nl.col); // from the comment's '#'
        assertEquals(17, nl.endCol); // to the '\n'
    }

    @Test
    void a_ten_thousand_char_line_is_one_token() {
        String s = "'" + "a".repeat(10_000) + "'";
        Lexer.Result r = lex("x = " + s + "\n");
        assertEquals(10_002, r.tokens().get(2).text.length());
        assertEquals(10_006, r.tokens().get(2).endCol);
    }
}
