package dev.coroscope.engine.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the golden programs under a test-resources folder. */
final class GoldenFiles {
    private GoldenFiles() {}

    static List<Path> programs(String folder) {
        URL url = GoldenFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("missing test resources " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path expected(Path program, String suffix) {
        String name = program.getFileName().toString();
        return program.resolveSibling(name.substring(0, name.length() - 3) + suffix);
    }
}
