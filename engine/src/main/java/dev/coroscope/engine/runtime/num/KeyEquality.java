package dev.coroscope.engine.runtime.num;

/**
 * The equality test a hash table runs when two keys have the same hash and are not the same Java
 * object: Python's {@code stored == probe}, which may run Python code ({@code __eq__}) and may throw.
 * The table notices if that code mutated it and restarts the lookup, as CPython does.
 *
 * @param <K> the key type (the VM's object type)
 */
@FunctionalInterface
public interface KeyEquality<K> {
    boolean equal(K stored, K probe);
}
