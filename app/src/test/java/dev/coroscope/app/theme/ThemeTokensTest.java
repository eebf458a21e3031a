package dev.coroscope.app.theme;

import static dev.coroscope.app.testing.CssText.matches;
import static dev.coroscope.app.testing.CssText.read;
import static dev.coroscope.app.testing.CssText.withoutComments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme files keep the rule "components use tokens only; a theme only defines tokens". */
class ThemeTokensTest {

    /** A token used as a value: after a colon or a comma, e.g. {@code -fx-fill: -cs-text;}. */
    private static final Pattern TOKEN_USE = Pattern.compile("[:,]\\s*(-cs-[a-z0-9-]+)");
    /** A token defined: at the start of a declaration, e.g. {@code -cs-text: #1b1f24;}. */
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(?m)^\\s*(-cs-[a-z0-9-]+)\\s*:");
    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(");

    @Test
    void every_token_the_components_use_is_defined_by_every_theme() throws IOException {
        for (Theme theme : Theme.values()) {
            List<String> sheets = theme.stylesheets();
            Set<String> defined = matches(TOKEN_DEFINITION, read(sheets.get(0)));
            // The component sheet may define tokens in terms of the theme's (-cs-task per task colour).
            defined.addAll(matches(TOKEN_DEFINITION, read(sheets.get(1))));
            Set<String> used = matches(TOKEN_USE, read(sheets.get(1)));
            assertTrue(used.contains("-cs-syntax-async"), "the token pattern finds the tokens in use");
            assertTrue(used.contains("-cs-task-7"), "the token pattern finds the tokens in use");
            used.removeAll(defined);
            assertEquals(Set.of(), used, theme + " lacks tokens");
        }
    }

    @Test
    void every_theme_defines_the_same_tokens() throws IOException {
        Set<String> light = matches(TOKEN_DEFINITION, read(Theme.LIGHT.stylesheets().get(0)));
        for (Theme theme : Theme.values()) {
            assertEquals(light, matches(TOKEN_DEFINITION, read(theme.stylesheets().get(0))), theme.name());
        }
    }

    @Test
    void the_components_define_no_token_a_theme_defines() throws IOException {
        Set<String> own = matches(TOKEN_DEFINITION, read(Theme.LIGHT.stylesheets().get(1)));
        Set<String> themed = matches(TOKEN_DEFINITION, read(Theme.LIGHT.stylesheets().get(0)));
        own.retainAll(themed);
        assertEquals(Set.of(), own, "a component rule would override the theme");
    }

    @Test
    void the_component_stylesheet_has_no_colour_literal() throws IOException {
        String components = withoutComments(read(Theme.LIGHT.stylesheets().get(1)));
        Matcher literal = COLOUR_LITERAL.matcher(components);
        assertTrue(!literal.find(), () -> "colour literal " + literal.group() + " in coroscope.css");
    }

    @Test
    void every_style_class_constant_has_a_rule() throws Exception {
        String components = read(Theme.LIGHT.stylesheets().get(1));
        List<String> missing = Arrays.stream(StyleClasses.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(name -> !components.contains("." + name))
                .toList();
        assertEquals(List.of(), missing);
    }
}
