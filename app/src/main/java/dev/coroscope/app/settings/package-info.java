/**
 * What the app remembers between runs: the {@link dev.coroscope.app.settings.Settings} interface,
 * its {@code java.util.prefs} implementation and an in-memory one for tests.
 */
package dev.coroscope.app.settings;
