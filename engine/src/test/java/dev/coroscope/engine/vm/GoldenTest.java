package dev.coroscope.engine.vm;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The engine's own golden programs ({@code golden/<area>/NAME.py}), one test each; caret lines compared too. */
class GoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenProgramsBehaveAsCPython() {
        Path dir = GoldenRunner.resourceDir("golden");
        return GoldenRunner.programs(dir).stream()
                .map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> GoldenRunner.check(p, true)));
    }
}
