package dev.coroscope.engine.vm;

/**
 * Loads, once per JVM and before any program runs, the Java subclasses of the engine's hot value
 * classes that otherwise load only when a program first needs them (the first instance of a user
 * subclass of {@code list}, {@code dict}, {@code tuple}...).
 *
 * <p>Why: while a class has no loaded subclass, the JIT compiles type tests and calls on it as if
 * it were final and records that assumption; loading the first subclass later throws away every
 * compiled method that assumed it (for the interpreter loop, one more compile of its largest
 * method, with the loop interpreted meanwhile). Loaded up front, no compile assumes it. Loading
 * without initializing costs a fraction of a millisecond for all of them.
 *
 * <p>Invariant: every name in {@link #NAMES} is a class of the engine jar (a test checks
 * it, since a renamed class would otherwise be skipped silently).
 */
final class SubclassPreload {

    private SubclassPreload() {}

    static final String[] NAMES = {
        "dev.coroscope.engine.runtime.SeqTypes$PyListSub",
        "dev.coroscope.engine.runtime.SeqTypes$PyTupleSub",
        "dev.coroscope.engine.runtime.DictType$PyDictSub",
        "dev.coroscope.engine.runtime.SetType$PySetSub",
        "dev.coroscope.engine.runtime.PyInt$Sub",
        "dev.coroscope.engine.runtime.PyStr$Sub",
        "dev.coroscope.engine.runtime.PyFloat$Sub",
        "dev.coroscope.engine.runtime.modules.CollectionsModule$DefaultDict",
    };

    /** Loads every class of {@link #NAMES} (not initializing it); returns how many loaded. */
    static int load() {
        ClassLoader loader = SubclassPreload.class.getClassLoader();
        int n = 0;
        for (String name : NAMES) {
            try {
                Class.forName(name, false, loader);
                n++;
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a missed speed-up: the class loads when first used, as without this.
            }
        }
        return n;
    }
}
