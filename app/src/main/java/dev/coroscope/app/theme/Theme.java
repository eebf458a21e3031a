package dev.coroscope.app.theme;

import java.net.URL;
import java.util.List;

/**
 * A colour theme: one stylesheet of colour tokens on {@code .root} in the {@code assets} module,
 * applied together with the shared component stylesheet, which uses only those tokens. A new theme
 * is a new token file; no component rule changes.
 *
 * <p>Every theme defines the same tokens (a test checks it), so switching themes only swaps the
 * first stylesheet of the scene.
 */
public enum Theme {
    LIGHT("Light", "tokens-light.css"),
    DARK("Dark", "tokens-dark.css"),
    HIGH_CONTRAST("High contrast", "tokens-high-contrast.css");

    private static final String CSS_FOLDER = "/dev/coroscope/assets/css/";
    private static final String COMPONENTS = "coroscope.css";
    /** The lesson features' components (dev.coroscope.app.lessons), kept apart from the visualizer's. */
    private static final String LESSON_COMPONENTS = "lessons.css";

    private final String displayName;
    private final String tokenFile;

    Theme(String displayName, String tokenFile) {
        this.displayName = displayName;
        this.tokenFile = tokenFile;
    }

    /** The name the View menu shows, e.g. {@code High contrast}. */
    public String displayName() {
        return displayName;
    }

    /** The stylesheet URLs to put on a scene (or dialog pane): tokens first, then the components. */
    public List<String> stylesheets() {
        return List.of(resource(tokenFile), resource(COMPONENTS), resource(LESSON_COMPONENTS));
    }

    /** The theme called {@code name} ({@link #name()}), or {@code fallback} if there is none. */
    public static Theme byName(String name, Theme fallback) {
        for (Theme t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return fallback;
    }

    private static String resource(String name) {
        URL url = Theme.class.getResource(CSS_FOLDER + name);
        if (url == null) {
            // The assets jar is a build-time dependency; a missing file is a packaging defect.
            throw new IllegalStateException("missing stylesheet " + CSS_FOLDER + name);
        }
        return url.toExternalForm();
    }
}
