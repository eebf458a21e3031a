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
        // -Dgolden=asyncio10 (comma-separated prefixes) runs only those programs while iterating.
        String only = System.getProperty("golden", "");
        return GoldenRunner.programs(dir).stream()
                .filter(p -> only.isEmpty() || java.util.Arrays.stream(only.split(","))
                        .anyMatch(pre -> dir.relativize(p).toString().startsWith(pre)))
                .map(p -> DynamicTest.dynamicTest(dir.relativize(p).toString(), () -> GoldenRunner.check(p, true)));
    }
}
