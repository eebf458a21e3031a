package dev.coroscope.engine.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each program under {@code parser/errors/} is refused with exactly what CPython 3.11 prints to
 * stderr for it ({@code .err}, recorded by {@code record.py}): same message, line, quoted text and
 * caret.
 */
class SyntaxErrorGoldenTest {

    @TestFactory
    Stream<DynamicTest> every_bad_program_gets_cpythons_syntax_error() {
        return GoldenFiles.programs("parser/errors").stream().map(program -> DynamicTest.dynamicTest(
                program.getFileName().toString(), () -> {
                    String name = program.getFileName().toString();
                    String expected = Files.readString(GoldenFiles.expected(program, ".err"), StandardCharsets.UTF_8);
                    assertEquals(expected, render(Files.readAllBytes(program), name));
                }));
    }

    /** Warnings (printed first, as CPython does) and the error, as the CLI would print them. */
    static String render(byte[] bytes, String name) {
        List<SyntaxWarningInfo> warnings = new ArrayList<>();
        String error;
        try {
            String source = SourceDecoder.decode(bytes, name);
            Parser.parse(source, name, warnings);
            return fail("parsed without error");
        } catch (PySyntaxError e) {
            error = e.info().render();
        } catch (ParserMemoryError e) {
            error = e.render();
        }
        StringBuilder sb = new StringBuilder();
        for (SyntaxWarningInfo w : warnings) {
            sb.append(w.render());
        }
        return sb.append(error).toString();
    }
}
