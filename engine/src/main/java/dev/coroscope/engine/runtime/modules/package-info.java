/**
 * Standard-library modules implemented in Java ({@code inspect}, {@code types}, {@code time} on
 * the virtual clock, {@code math}, {@code collections}, {@code functools}, {@code itertools}...),
 * and the Java cores of bundled Python modules ({@code _re} for {@code re}, {@code _weakref} for
 * {@code weakref}), registered by {@link dev.coroscope.engine.runtime.modules.StdModules}.
 */
package dev.coroscope.engine.runtime.modules;
