package dev.coroscope.engine.vm;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The long fuzz run: 100,000 cases, only with {@code mvn -B -Pfuzz -pl engine verify} (the tag
 * keeps it out of the normal build). Same checks as {@link EngineFuzzTest}; prints the outcome
 * counts at the end.
 */
@Tag("fuzz")
class EngineFuzzLongTest {

    @Property(tries = 60_000, shrinking = ShrinkingMode.OFF)
    void mutated_corpus_programs_are_handled(@ForAll long seed) {
        Fuzz.check(Fuzz.mutate(seed));
    }

    @Property(tries = 40_000, shrinking = ShrinkingMode.OFF)
    void generated_programs_are_handled(@ForAll long seed) {
        Fuzz.check(Fuzz.generate(seed));
    }

    @AfterContainer
    static void figures() {
        System.out.println("engine fuzz (long run) outcomes: " + Fuzz.outcomes());
    }
}
