package dev.coroscope.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where lesson files come from, addressed by paths relative to the lessons root ({@code
 * index.txt}, {@code 01-hello-coroutine/lesson.md}). The classpath is what the app uses; a
 * directory serves tests and authoring tools.
 */
public interface LessonSource {
    /** The file's text (UTF-8), or empty when there is no such file. */
    Optional<String> read(String path) throws IOException;

    /** The {@code lessons/} folder on the given class loader's classpath. */
    static LessonSource classpath(ClassLoader loader) {
        return path -> {
            try (InputStream in = loader.getResourceAsStream(LessonLoader.ROOT + "/" + path)) {
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        };
    }

    /** A folder laid out like {@code lessons/} on the classpath. */
    static LessonSource directory(Path root) {
        return path -> {
            Path file = root.resolve(path);
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        };
    }
}
