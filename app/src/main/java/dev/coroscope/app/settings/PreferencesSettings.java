package dev.coroscope.app.settings;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * {@link Settings} stored with {@code java.util.prefs} under the user node {@code /dev/coroscope/app}.
 * The backing store may be unavailable (a read-only home, a sandbox): then values simply are not
 * remembered, and nothing fails.
 */
public final class PreferencesSettings implements Settings {
    /** The preferences node path. */
    public static final String NODE = "/dev/coroscope/app";
    /** System property naming another node, so tests and benchmarks leave the user's settings alone. */
    public static final String NODE_PROPERTY = "coroscope.settingsNode";

    private final Preferences node;

    public PreferencesSettings() {
        this(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, NODE)));
    }

    PreferencesSettings(Preferences node) {
        this.node = node;
    }

    @Override
    public String get(String key, String defaultValue) {
        try {
            return node.get(key, defaultValue);
        } catch (IllegalStateException | SecurityException e) {
            return defaultValue;
        }
    }

    @Override
    public void put(String key, String value) {
        try {
            node.put(key, value);
        } catch (IllegalStateException | SecurityException | IllegalArgumentException e) {
            // Not remembered; the value still applies for this run.
        }
    }

    /** Writes pending changes to the backing store (called when the window closes). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            // Not remembered; nothing the user can do about it here.
        }
    }
}
