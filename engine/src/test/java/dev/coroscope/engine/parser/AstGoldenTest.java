package dev.coroscope.engine.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.engine.ast.Ast;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each program under {@code parser/ast/} parses to the tree CPython 3.11 builds for it, positions
 * included: our dump must equal the {@code .ast} file recorded by {@code record.py}.
 */
class AstGoldenTest {

    @TestFactory
    Stream<DynamicTest> every_program_parses_to_cpythons_tree() {
        return GoldenFiles.programs("parser/ast").stream().map(program -> DynamicTest.dynamicTest(
                program.getFileName().toString(), () -> {
                    String name = program.getFileName().toString();
                    String source = SourceDecoder.decode(Files.readAllBytes(program), name);
                    Ast.Module module = Parser.parse(source, name);
                    String expected = Files.readString(GoldenFiles.expected(program, ".ast"), StandardCharsets.UTF_8);
                    assertEquals(expected, AstDump.dump(module, source) + "\n");
                }));
    }

    static String dumpOf(Path program) throws Exception {
        String name = program.getFileName().toString();
        String source = SourceDecoder.decode(Files.readAllBytes(program), name);
        return AstDump.dump(Parser.parse(source, name), source);
    }
}
