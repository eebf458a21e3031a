package dev.coroscope.app.settings;

import java.util.HashMap;
import java.util.Map;

/** {@link Settings} kept in memory only: for tests and for runs that must not touch the user's preferences. */
public final class MemorySettings implements Settings {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public synchronized String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
    }
}
