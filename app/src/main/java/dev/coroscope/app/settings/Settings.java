package dev.coroscope.app.settings;

/**
 * What the app remembers between runs (theme, panel sizes, playback speed...), as plain string,
 * double and integer values under short keys. View models depend on this interface only, so they
 * are tested with {@link MemorySettings}; the app uses {@link PreferencesSettings}.
 *
 * <p>Reads never fail: a missing or unreadable value gives the default.
 */
public interface Settings {

    String get(String key, String defaultValue);

    void put(String key, String value);

    default double getDouble(String key, double defaultValue) {
        String v = get(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : defaultValue;
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    default int getInt(String key, int defaultValue) {
        String v = get(key, null);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    default void putInt(String key, int value) {
        put(key, Integer.toString(value));
    }
}
