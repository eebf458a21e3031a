package dev.coroscope.engine.vm;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The short fuzz run, part of every build: 250 mutated and generated programs with fixed seeds (see
 * {@link Fuzz}); the engine must handle each one as a Python program, never with a fault of its
 * own. The long run is {@link EngineFuzzLongTest}.
 */
class EngineFuzzTest {

    @Property(tries = 150, shrinking = ShrinkingMode.OFF, seed = "20261125")
    void mutated_corpus_programs_are_handled(@ForAll long seed) {
        Fuzz.check(Fuzz.mutate(seed));
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF, seed = "8")
    void generated_programs_are_handled(@ForAll long seed) {
        Fuzz.check(Fuzz.generate(seed));
    }

    @AfterContainer
    static void figures() {
        System.out.println("engine fuzz (short run) outcomes: " + Fuzz.outcomes());
    }
}
