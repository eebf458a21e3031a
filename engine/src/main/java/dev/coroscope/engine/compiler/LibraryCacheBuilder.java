package dev.coroscope.engine.compiler;

import dev.coroscope.engine.runtime.PyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven, phase {@code process-classes}, see engine/pom.xml): compiles every bundled
 * library source under a class folder, and the warm-up program ({@link LibraryCache#WARMUP}), and
 * writes their compiled-library cache files next to the classes, so the jar carries them.
 * {@code java ... LibraryCacheBuilder CLASSES_DIR}.
 *
 * <p>The cache folder is rewritten from scratch each time, so no file outlives its source. A
 * source that does not compile gets no cache file: importing it then compiles it and reports
 * the error as it always did (and {@code LibraryCacheTest} fails the build on the missing file).
 */
public final class LibraryCacheBuilder {
    private LibraryCacheBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: LibraryCacheBuilder CLASSES_DIR");
        build(Path.of(args[0]));
    }

    /** Writes the cache for the sources under {@code root}; returns how many files it wrote. */
    public static int build(Path root) throws IOException {
        Path lib = root.resolve(LibraryCache.LIB.substring(1));
        Path cache = root.resolve(LibraryCache.CACHE.substring(1));
        if (Files.isDirectory(cache)) {
            try (Stream<Path> old = Files.list(cache)) {
                for (Path p : old.toList()) Files.delete(p);
            }
        }
        Path warmUp = root.resolve(LibraryCache.WARMUP.substring(1));
        if (!Files.isDirectory(lib) && !Files.isRegularFile(warmUp)) return 0;
        Files.createDirectories(cache);
        long stamp = LibraryCache.compilerStamp(root);
        int written = 0;
        if (Files.isRegularFile(warmUp)) {
            byte[] source = Files.readAllBytes(warmUp);
            try {
                PyCode code = LibraryCache.compileWarmUp(source);
                Files.write(cache.resolve(LibraryCache.cacheName(LibraryCache.WARMUP_RESOURCE)), CodeFile.write(code, source, stamp));
                written++;
            } catch (RuntimeException e) {
                // Left to Engine.warmUp, which compiles it then (and runs nothing if it fails).
            }
        }
        if (!Files.isDirectory(lib)) return written;
        List<Path> sources;
        try (Stream<Path> s = Files.list(lib)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
        for (Path p : sources) {
            String resource = p.getFileName().toString();
            byte[] source = Files.readAllBytes(p);
            PyCode code;
            try {
                code = LibraryCache.compile(source, LibraryCache.filenameOf(resource));
            } catch (RuntimeException e) {
                continue;
            }
            Files.write(cache.resolve(LibraryCache.cacheName(resource)), CodeFile.write(code, source, stamp));
            written++;
        }
        return written;
    }
}
