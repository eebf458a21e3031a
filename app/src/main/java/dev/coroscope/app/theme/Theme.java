package dev.coroscope.app.theme;

import java.net.URL;
import java.util.List;

/**
 * A colour theme: one stylesheet of colour tokens on {@code .root} in the {@code assets} module,
 * applied together with the shared component stylesheet, which uses only those tokens. A new theme
 * is a new token file; no component rule changes.
 */
public enum Theme {
    LIGHT("tokens-light.css");

    private static final String CSS_FOLDER = "/dev/coroscope/assets/css/";
    private static final String COMPONENTS = "coroscope.css";

    private final String tokenFile;

    Theme(String tokenFile) {
        this.tokenFile = tokenFile;
    }

    /** The stylesheet URLs to put on a scene (or dialog pane), tokens first. */
    public List<String> stylesheets() {
        return List.of(resource(tokenFile), resource(COMPONENTS));
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
