package dev.coroscope.engine.runtime;

/**
 * A built-in object weakref.ref accepts although its type is not a class of the program's (CPython
 * gives the type a weak-reference slot: asyncio's Future and Task, which asyncio.all_tasks keeps
 * in a WeakSet).
 */
public interface WeakReferenceable {
}
