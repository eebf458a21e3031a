package dev.coroscope.engine.vm;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared conformance corpus (copied into {@code conformance/}), one test per program. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> conformanceProgramsBehaveAsCPython() {
        Path dir = GoldenRunner.resourceDir("conformance");
        return GoldenRunner.programs(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            GoldenRunner.check(p);
        }));
    }
}
