package dev.coroscope.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading stylesheets as text for tests that check which tokens and classes they define and use. */
public final class CssText {
    private CssText() {
    }

    /** The first group of every match of {@code pattern} in {@code css}, comments left out. */
    public static Set<String> matches(Pattern pattern, String css) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(withoutComments(css));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    public static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    /** The stylesheet at {@code url} (as JavaFX names it) as text. */
    public static String read(String url) throws IOException {
        try (InputStream in = new URL(url).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
