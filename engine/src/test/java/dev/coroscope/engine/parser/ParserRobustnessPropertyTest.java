package dev.coroscope.engine.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.coroscope.engine.ast.Ast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, parsing ends in a tree or in a Python error value (PySyntaxError or
 * ParserMemoryError): never another Java exception. Inputs are the golden programs with tokens
 * deleted, duplicated and inserted, and random strings of Python's punctuation and keywords.
 */
class ParserRobustnessPropertyTest {

    private static final List<String> PIECES = List.of("(", ")", "[", "]", "{", "}", ":", ",", "=", "==", ".",
            "*", "**", "if ", "else ", "for ", " in ", "def ", "class ", "lambda ", "await ", "async ", "yield ",
            "return ", "x", "1", "1.5e3", "0x", "'s'", "\"", "'", "f\"{", "}\"", "f'{x!r:>{w}}'", "\"\"\"", "\\",
            "\n", "    ", "\t", "#", ":=", "->", "@", "€", "\u00a0", "é", "\0", "\r", ";", "not ", "is ", "-");

    private static final List<String> PROGRAMS = loadPrograms();

    private static List<String> loadPrograms() {
        List<String> out = new ArrayList<>();
        for (String folder : List.of("parser/ast", "parser/errors")) {
            for (Path p : GoldenFiles.programs(folder)) {
                try {
                    byte[] bytes = Files.readAllBytes(p);
                    if (bytes.length < 4000) {
                        out.add(new String(bytes, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    private static void parsesOrFailsInPython(String source) {
        try {
            Ast.Module m = Parser.parse(source, "p.py", new ArrayList<>());
            assertNotNull(m);
        } catch (PySyntaxError e) {
            assertNotNull(e.info().render());
        } catch (ParserMemoryError e) {
            assertNotNull(e.render());
        }
    }

    @Property(tries = 5000)
    void a_mutated_program_parses_or_fails_with_a_python_error(@ForAll("mutants") String source) {
        parsesOrFailsInPython(source);
    }

    @Property(tries = 5000)
    void random_punctuation_parses_or_fails_with_a_python_error(@ForAll("soup") String source) {
        parsesOrFailsInPython(source);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> program = Arbitraries.of(PROGRAMS);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 6);
        Arbitrary<String> insert = Arbitraries.of(PIECES);
        return Combinators.combine(program, where, length, insert).as((src, w, len, ins) -> {
            int at = src.isEmpty() ? 0 : w % src.length();
            int end = Math.min(src.length(), at + len);
            return src.substring(0, at) + ins + src.substring(end);
        });
    }
}
