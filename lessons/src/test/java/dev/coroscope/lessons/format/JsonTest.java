package dev.coroscope.lessons.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void reads_nested_values_with_keys_in_file_order() throws FormatException {
        Object value = Json.parse("{\"b\": [1, 2.5, -3e2], \"a\": {\"t\": true, \"f\": false, \"n\": null}}");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(List.of("b", "a"), List.copyOf(map.keySet()));
        assertEquals(List.of(1L, 2.5, -300.0), map.get("b"));
        Map<?, ?> inner = (Map<?, ?>) map.get("a");
        assertEquals(Boolean.TRUE, inner.get("t"));
        assertEquals(Boolean.FALSE, inner.get("f"));
        assertTrue(inner.containsKey("n"));
        assertNull(inner.get("n"));
    }

    @Test
    void decodes_string_escapes() throws FormatException {
        assertEquals("a\"b\\c/d\n\t\u00e9", Json.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\""));
    }

    @Test
    void whole_numbers_are_longs_and_others_doubles() throws FormatException {
        assertEquals(0L, Json.parse("0"));
        assertEquals(-12L, Json.parse("-12"));
        assertEquals(0.5, Json.parse("0.5"));
        assertEquals(10.0, Json.parse("1E1"));
    }

    @Test
    void a_trailing_comma_is_an_error_with_its_position() {
        FormatException e = assertThrows(FormatException.class, () -> Json.parse("{\"a\": 1,\n}"));
        assertEquals("line 2, column 1: expected a \"key\" in double quotes", e.getMessage());
    }

    @Test
    void duplicate_keys_are_an_error() {
        FormatException e = assertThrows(FormatException.class, () -> Json.parse("{\"a\": 1, \"a\": 2}"));
        assertTrue(e.getMessage().contains("duplicate key \"a\""), e.getMessage());
    }

    @Test
    void text_after_the_value_is_an_error() {
        assertThrows(FormatException.class, () -> Json.parse("{} {}"));
    }

    @Test
    void unclosed_strings_and_raw_newlines_are_errors() {
        assertThrows(FormatException.class, () -> Json.parse("\"abc"));
        assertThrows(FormatException.class, () -> Json.parse("\"a\nb\""));
    }

    @Test
    void leading_zeros_and_bare_words_are_errors() {
        assertThrows(FormatException.class, () -> Json.parse("01"));
        assertThrows(FormatException.class, () -> Json.parse("True"));
        assertThrows(FormatException.class, () -> Json.parse("[1,]"));
    }
}
