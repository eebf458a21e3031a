package dev.coroscope.engine.compiler;

import dev.coroscope.engine.runtime.PyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
        // Each cache file's name (as a source's, see LibraryCache.cacheName) -> its source file.
        Map<String, Path> sources = new TreeMap<>();
        if (Files.isDirectory(lib)) {
            try (Stream<Path> s = Files.list(lib)) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".py")).toList()) {
                    sources.put(p.getFileName().toString(), p);
                }
            }
        }
        Path warmUp = root.resolve(LibraryCache.WARMUP.substring(1));
        if (Files.isRegularFile(warmUp)) sources.put(LibraryCache.WARMUP_RESOURCE, warmUp);
        if (sources.isEmpty()) return 0;
        Files.createDirectories(cache);
        long stamp = LibraryCache.compilerStamp(root);
        int written = 0;
        for (Map.Entry<String, Path> e : sources.entrySet()) {
            String resource = e.getKey();
            byte[] source = Files.readAllBytes(e.getValue());
            PyCode code;
            try {
                // The warm-up is a program (Engine.warmUp compiles it itself when it has no file).
                code = resource.equals(LibraryCache.WARMUP_RESOURCE) ? LibraryCache.compileWarmUp(source)
                        : LibraryCache.compile(source, LibraryCache.filenameOf(resource));
            } catch (RuntimeException ex) {
                continue;
            }
            Files.write(cache.resolve(LibraryCache.cacheName(resource)), CodeFile.write(code, source, stamp));
            written++;
        }
        return written;
    }
}
