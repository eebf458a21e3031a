package dev.coroscope.engine.compiler;

import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.runtime.PyCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Code objects of the bundled library modules ({@code dev/coroscope/engine/lib/NAME.py}): read
 * from the compiled-library cache ({@code dev/coroscope/engine/libcache/NAME.code}, written by
 * {@link LibraryCacheBuilder} during the Maven build, format {@link CodeFile}) when it matches,
 * compiled from the source otherwise.
 *
 * <p>Invariant: {@link #load} returns the same code object either way. A cache file is used only
 * when it was written from exactly the source bytes being imported (length and CRC-32 in its
 * header) and, when the engine's classes are a directory (a development build, where an IDE may
 * recompile the compiler without rerunning the Maven step), by the compiler classes present now
 * ({@link #compilerStamp}). In a jar the cache and the compiler come from the same build, so the
 * stamp is not recomputed there (that would read the compiler's class files at every start).
 * Anything missing, stale or unreadable falls back to compiling the source, silently.
 *
 * <p>The sources and cache files are read from where this class itself was loaded (the engine
 * jar, through one {@link ZipFile} kept open, or the class folder) rather than through the class
 * loader: a class-path resource lookup first asks every module of the JDK's boot layer, and the
 * first one sets that search up, several milliseconds of a fresh process's start ({@link
 * #resource}). A resource not found there is still looked up through the class loader.
 */
public final class LibraryCache {
    private LibraryCache() {}

    /** Resource folder of the bundled Python sources. */
    public static final String LIB = "/dev/coroscope/engine/lib/";
    /** Resource folder of their compiled forms. */
    public static final String CACHE = "/dev/coroscope/engine/libcache/";
    /** The warm-up program's source ({@code Engine.warmUp}), a program rather than a module. */
    public static final String WARMUP = "/dev/coroscope/engine/vm/warmup.py";
    /** The filename the warm-up program runs under. */
    public static final String WARMUP_FILENAME = "<warmup>";
    /** The warm-up's name in the cache ({@code vm-warmup.code}): no module can be named so. */
    static final String WARMUP_RESOURCE = "vm-warmup.py";

    /** Packages whose classes decide what the compiler makes of a source. */
    static final List<String> COMPILER_PACKAGES = List.of("ast", "lexer", "parser", "compiler");

    /** Stamp of this JVM's compiler classes: 0 when trusted (a jar), -1 when it could not be computed. */
    private static volatile long runtimeStamp = Long.MIN_VALUE;

    /**
     * Where the engine's classes come from: a jar, a class folder, or neither known (both null:
     * another kind of class path, whose resources only the class loader finds).
     */
    private record Origin(ZipFile jar, Path folder) {}

    private static volatile Origin origin;

    /**
     * The module code of the bundled source {@code resource} (a name like {@code asyncio.py}),
     * whose bytes are {@code source}, as library code named {@code filename}.
     */
    public static PyCode load(String resource, byte[] source, String filename) {
        PyCode cached = cached(resource, source, filename);
        return cached != null ? cached : compile(source, filename);
    }

    /** What importing the source does without a cache: parse and compile it as library code. */
    public static PyCode compile(byte[] source, String filename) {
        return compile(source, filename, true);
    }

    /** What running the warm-up program does without a cache: compile it as a program. */
    public static PyCode compileWarmUp(byte[] source) {
        return compile(source, WARMUP_FILENAME, false);
    }

    private static PyCode compile(byte[] source, String filename, boolean library) {
        String text = new String(source, StandardCharsets.UTF_8);
        return Compiler.compile(Parser.parse(text, filename), filename, library);
    }

    /**
     * The warm-up program's code compiled at build time, when the cache has it for exactly
     * {@code source} (the bytes of {@link #WARMUP}); else null, and it is compiled as any program.
     */
    public static PyCode cachedWarmUp(byte[] source) {
        return cached(WARMUP_RESOURCE, source, WARMUP_FILENAME);
    }

    /** The cached code of {@code resource}, or null when there is no valid cache file for this source. */
    public static PyCode cached(String resource, byte[] source, String filename) {
        byte[] file;
        try {
            file = resource(CACHE.concat(cacheName(resource)));
            if (file == null) return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        long stamp = runtimeStamp();
        if (stamp == -1) return null;
        return CodeFile.read(file, source, filename, stamp);
    }

    /** The filename the library code of {@code resource} carries (what {@code __file__} says). */
    public static String filenameOf(String resource) {
        return "<coroscope>/".concat(resource);
    }

    /** {@code asyncio.py} -> {@code asyncio.code}. */
    static String cacheName(String resource) {
        return (resource.endsWith(".py") ? resource.substring(0, resource.length() - 3) : resource).concat(".code");
    }

    private static long runtimeStamp() {
        long s = runtimeStamp;
        if (s == Long.MIN_VALUE) {
            s = computeRuntimeStamp();
            runtimeStamp = s;
        }
        return s;
    }

    private static long computeRuntimeStamp() {
        Path folder = origin().folder();
        if (folder == null) return 0;
        try {
            return compilerStamp(folder);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * The bytes of the bundled resource at {@code path} (absolute, like {@code LIB + "asyncio.py"}),
     * or null if there is none: read from the engine's own jar or class folder, else through the
     * class loader.
     */
    public static byte[] resource(String path) throws IOException {
        Origin o = origin();
        String name = path.substring(1);
        if (o.jar() != null) {
            ZipEntry e = o.jar().getEntry(name);
            if (e != null) {
                try (InputStream in = o.jar().getInputStream(e)) {
                    return in.readAllBytes();
                }
            }
        } else if (o.folder() != null) {
            Path file = o.folder().resolve(name);
            if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        }
        try (InputStream in = LibraryCache.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static Origin origin() {
        Origin o = origin;
        if (o == null) {
            synchronized (LibraryCache.class) {
                // Once: the jar stays open for the process, as the class loader keeps its own.
                o = origin;
                if (o == null) {
                    o = findOrigin();
                    origin = o;
                }
            }
        }
        return o;
    }

    private static Origin findOrigin() {
        try {
            CodeSource source = LibraryCache.class.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            if (url != null && "file".equals(url.getProtocol())) {
                Path p = Path.of(url.toURI());
                if (Files.isDirectory(p)) return new Origin(null, p);
                if (Files.isRegularFile(p)) return new Origin(new ZipFile(p.toFile()), null);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unusual class path: the class loader finds the resources.
        }
        return new Origin(null, null);
    }

    /**
     * A fingerprint of the compiler classes under the class folder {@code root}: a CRC-32 over the
     * names and bytes of every class file of {@link #COMPILER_PACKAGES}, in name order, with the
     * number of files in the high half (so it is never 0 or -1).
     */
    public static long compilerStamp(Path root) {
        List<String> names = new ArrayList<>();
        for (String pkg : COMPILER_PACKAGES) {
            Path dir = root.resolve("dev/coroscope/engine/" + pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> pkg + "/" + p.getFileName()).filter(n -> n.endsWith(".class")).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        names.sort(null);
        CRC32 crc = new CRC32();
        for (String n : names) {
            crc.update(n.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            try {
                crc.update(Files.readAllBytes(root.resolve("dev/coroscope/engine/" + n)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (long) (names.size() + 1) << 32 | crc.getValue();
    }
}
