/**
 * Number algorithms that must behave exactly as CPython 3.11.7's, on plain Java types only
 * ({@code long}, {@code BigInteger}, {@code double}, {@code String}): float repr and
 * correctly rounded float formatting ({@link dev.coroscope.engine.runtime.num.FloatRepr}), int text
 * conversions and the int/str digit limit ({@link dev.coroscope.engine.runtime.num.IntText}),
 * parsing {@code int()}/{@code float()} arguments, arithmetic corner cases, the {@code math}
 * functions, hashing, the set and dict hash tables with CPython's iteration order, and the
 * {@code random} module's Mersenne Twister.
 *
 * <p>Nothing here depends on the VM's runtime classes; callers pass callbacks (equality of keys,
 * conversions of arbitrary objects) where Python code may run. Errors are
 * {@link dev.coroscope.engine.runtime.text.PythonError}s carrying CPython's exception type and message.
 */
package dev.coroscope.engine.runtime.num;
