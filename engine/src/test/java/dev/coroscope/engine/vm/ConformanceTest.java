package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared conformance corpus (copied into {@code conformance/}), one test per program.
 * Programs that import asyncio are skipped until the asyncio runtime exists; the asyncio work
 * removes this assumption.
 */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformanceProgramsBehaveAsCPython() {
        Path dir = GoldenRunner.resourceDir("conformance");
        return GoldenRunner.programs(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            assumeFalse(GoldenRunner.read(p).contains("import asyncio"), "asyncio not implemented yet");
            GoldenRunner.check(p);
        }));
    }
}
