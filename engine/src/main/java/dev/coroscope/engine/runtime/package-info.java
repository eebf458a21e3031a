/**
 * Python values as Java objects ({@code Py*}: ints, strings, containers, functions, classes,
 * exceptions, generators and coroutines), the object protocol every operation goes through
 * ({@link dev.coroscope.engine.runtime.Ops}), the built-in exception types
 * ({@link dev.coroscope.engine.runtime.Exc}) and the {@code builtins} module.
 */
package dev.coroscope.engine.runtime;
