package dev.coroscope.app.lessons;

import static dev.coroscope.app.testing.CssText.matches;
import static dev.coroscope.app.testing.CssText.read;
import static dev.coroscope.app.testing.CssText.withoutComments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.theme.Theme;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import org.junit.jupiter.api.Test;

/** lessons.css keeps the theme rule: tokens only, every token defined by every theme, every class styled. */
class LessonStylesTest {
    private static final Pattern TOKEN_USE = Pattern.compile("[:,(]\\s*(-cs-[a-z0-9-]+)");
    private static final Pattern TOKEN_DEFINITION = Pattern.compile("(?m)^\\s*(-cs-[a-z0-9-]+)\\s*:");
    private static final Pattern COLOUR_LITERAL = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|\\brgba?\\(|\\bhsba?\\(");

    private static String lessonsCss() throws IOException {
        List<String> sheets = Theme.LIGHT.stylesheets();
        String url = sheets.stream().filter(s -> s.endsWith("/lessons.css")).findFirst().orElseThrow();
        return read(url);
    }

    @Test
    void every_theme_applies_the_lesson_stylesheet_after_its_tokens() {
        for (Theme t : Theme.values()) {
            List<String> sheets = t.stylesheets();
            assertTrue(sheets.get(sheets.size() - 1).endsWith("/lessons.css"), sheets.toString());
        }
    }

    @Test
    void every_token_the_lesson_stylesheet_uses_is_defined_by_every_theme() throws IOException {
        Set<String> used = matches(TOKEN_USE, lessonsCss());
        assertTrue(used.contains("-cs-accent"), "the pattern finds tokens");
        for (Theme t : Theme.values()) {
            Set<String> defined = matches(TOKEN_DEFINITION, read(t.stylesheets().get(0)));
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(defined);
            assertEquals(Set.of(), missing, t + " lacks tokens");
        }
    }

    @Test
    void the_lesson_stylesheet_has_no_colour_literal_and_defines_no_token() throws IOException {
        String css = withoutComments(lessonsCss());
        Matcher literal = COLOUR_LITERAL.matcher(css);
        assertFalse(literal.find(), () -> "colour literal " + literal.group());
        assertEquals(Set.of(), matches(TOKEN_DEFINITION, css));
    }

    @Test
    void every_style_class_and_pseudo_class_has_a_rule() throws Exception {
        String css = withoutComments(lessonsCss());
        List<String> missing = Arrays.stream(LessonStyles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(f -> {
                    try {
                        Object v = f.get(null);
                        return v instanceof PseudoClass p ? ":" + p.getPseudoClassName() : "." + v;
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(selector -> !Pattern.compile(Pattern.quote(selector) + "(?![a-z-])").matcher(css).find())
                .toList();
        assertEquals(List.of(), missing);
    }
}
