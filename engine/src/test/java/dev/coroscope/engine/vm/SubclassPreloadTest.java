package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every class SubclassPreload names exists, so a rename cannot silently turn the preload off. */
class SubclassPreloadTest {

    @Test
    void everyNamedClassLoads() {
        assertEquals(SubclassPreload.NAMES.length, SubclassPreload.load());
    }
}
