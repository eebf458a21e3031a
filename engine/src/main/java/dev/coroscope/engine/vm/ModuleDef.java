package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.PyModule;
import java.util.function.BiConsumer;

/**
 * A built-in module: a Java initializer, a bundled Python source, or both (the Java part runs
 * first, then the Python source executes in the same module namespace). Python sources are
 * resources under {@code dev/coroscope/engine/lib/} and compile as library code (hidden from
 * tracebacks and the tracer, still counted by the step budget).
 *
 * @param name         the import name
 * @param javaInit     fills the module (may be null)
 * @param pythonSource resource path of the Python part relative to {@code dev/coroscope/engine/lib/}, or null
 */
public record ModuleDef(String name, BiConsumer<Interp, PyModule> javaInit, String pythonSource) {}
