package dev.coroscope.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text a projector must carry stays readable in every theme: each pair of a text token and the
 * background it is drawn on has a WCAG contrast ratio of at least 4.5:1.
 */
class ThemeContrastTest {
    private static final Pattern DEFINITION = Pattern.compile("(?m)^\\s*(-cs-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    /** Text token, background token: the pairs the component stylesheet draws. */
    private static final String[][] PAIRS = {
        {"-cs-text", "-cs-panel-bg"}, {"-cs-text", "-cs-card-bg"}, {"-cs-text", "-cs-card-done-bg"},
        {"-cs-text", "-cs-chrome-bg"}, {"-cs-text", "-cs-editor-bg"}, {"-cs-text", "-cs-executing-line"},
        {"-cs-text-muted", "-cs-panel-bg"}, {"-cs-text-muted", "-cs-chrome-bg"},
        {"-cs-on-accent", "-cs-accent"}, {"-cs-accent", "-cs-card-bg"},
        {"-cs-narration-text", "-cs-narration-bg"},
        {"-cs-stdout", "-cs-console-bg"}, {"-cs-stderr", "-cs-stderr-bg"},
        {"-cs-error-text", "-cs-error-bg"}, {"-cs-gutter-text", "-cs-gutter-bg"},
        {"-cs-state-ready", "-cs-card-bg"}, {"-cs-state-running", "-cs-card-bg"},
        {"-cs-state-waiting", "-cs-card-bg"}, {"-cs-state-done", "-cs-card-done-bg"},
        {"-cs-state-cancelled", "-cs-card-done-bg"}, {"-cs-state-failed", "-cs-card-done-bg"},
        {"-cs-text", "-cs-chip-bg"}, {"-cs-on-task", "-cs-task-none"},
        {"-cs-on-task", "-cs-task-0"}, {"-cs-on-task", "-cs-task-1"}, {"-cs-on-task", "-cs-task-2"},
        {"-cs-on-task", "-cs-task-3"}, {"-cs-on-task", "-cs-task-4"}, {"-cs-on-task", "-cs-task-5"},
        {"-cs-on-task", "-cs-task-6"}, {"-cs-on-task", "-cs-task-7"},
        {"-cs-syntax-keyword", "-cs-editor-bg"}, {"-cs-syntax-async", "-cs-syntax-async-bg"},
        {"-cs-syntax-string", "-cs-editor-bg"}, {"-cs-syntax-comment", "-cs-editor-bg"},
        {"-cs-syntax-number", "-cs-editor-bg"}, {"-cs-syntax-builtin", "-cs-editor-bg"},
        {"-cs-syntax-definition", "-cs-editor-bg"}, {"-cs-syntax-decorator", "-cs-editor-bg"},
    };

    @Test
    void every_text_colour_keeps_4_5_to_1_against_its_background_in_every_theme() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Map<String, String> tokens = tokens(theme);
            for (String[] pair : PAIRS) {
                String fg = tokens.get(pair[0]);
                String bg = tokens.get(pair[1]);
                assertTrue(fg != null && bg != null, theme + " defines " + pair[0] + " and " + pair[1] + " as #rrggbb");
                double ratio = contrast(fg, bg);
                if (ratio < 4.5) {
                    failures.add(String.format(Locale.ROOT, "%s: %s %s on %s %s = %.2f", theme, pair[0], fg, pair[1], bg,
                            ratio));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void the_contrast_formula_gives_21_for_black_on_white() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static Map<String, String> tokens(Theme theme) throws IOException {
        Map<String, String> out = new HashMap<>();
        String css;
        try (InputStream in = new URL(theme.stylesheets().get(0)).openStream()) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = DEFINITION.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            out.put(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
