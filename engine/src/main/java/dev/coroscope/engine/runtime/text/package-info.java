/**
 * Text algorithms that must behave exactly as CPython 3.11.7's, on Java {@code String}s indexed by
 * code point: the format-spec mini-language ({@link dev.coroscope.engine.runtime.text.FormatSpec},
 * {@link dev.coroscope.engine.runtime.text.SpecFormatter}), {@code %}-formatting, parsing of
 * {@code str.format} strings, the {@code str} methods, {@code repr()}/{@code ascii()} of strings and
 * bytes, and the Unicode 14.0 character properties CPython uses.
 *
 * <p>{@link dev.coroscope.engine.runtime.text.PythonError} is the one exception type raised by this
 * package and by {@code runtime.num}; the VM turns it into the Python exception it names.
 */
package dev.coroscope.engine.runtime.text;
