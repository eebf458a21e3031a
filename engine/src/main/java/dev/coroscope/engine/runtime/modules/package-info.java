/**
 * Standard-library modules implemented in Java ({@code inspect}, {@code types}, {@code time} on
 * the virtual clock, {@code math}, {@code collections}, {@code functools}, {@code itertools}...),
 * registered by {@link dev.coroscope.engine.runtime.modules.StdModules}.
 */
package dev.coroscope.engine.runtime.modules;
