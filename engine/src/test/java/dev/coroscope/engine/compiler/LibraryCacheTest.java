package dev.coroscope.engine.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.coroscope.engine.parser.Parser;
import dev.coroscope.engine.runtime.PyBool;
import dev.coroscope.engine.runtime.PyBytes;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyComplex;
import dev.coroscope.engine.runtime.PyEllipsis;
import dev.coroscope.engine.runtime.PyFloat;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PySet;
import dev.coroscope.engine.runtime.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiled-library cache: every bundled module's cached code object (written by the build's
 * LibraryCacheBuilder step) is the one compiling its source gives, field by field and with the
 * same sharing; stale, foreign or damaged files are refused so the source is compiled instead.
 */
class LibraryCacheTest {

    @BeforeAll
    static void init() {
        SilentRuntime.bindToThisThread();
    }

    static List<String> bundledModules() throws Exception {
        URL lib = LibraryCacheTest.class.getResource(LibraryCache.LIB);
        assertNotNull(lib, "library folder on the class path");
        try (Stream<Path> s = Files.list(Path.of(lib.toURI()))) {
            List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
            assertTrue(names.size() >= 20, "found the bundled modules: " + names);
            return names;
        }
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream is = LibraryCacheTest.class.getResourceAsStream(path)) {
            assertNotNull(is, path);
            return is.readAllBytes();
        }
    }

    @Test
    void resourcesAreReadAsTheClassLoaderReadsThem() throws Exception {
        for (String path : List.of(LibraryCache.LIB + "asyncio.py", LibraryCache.CACHE + "asyncio.code",
                "/dev/coroscope/engine/compiler/LibraryCache.class")) {
            assertArrayEquals(resource(path), LibraryCache.resource(path), path);
        }
        assertNull(LibraryCache.resource(LibraryCache.LIB + "no_such_module.py"));
    }

    @TestFactory
    Stream<DynamicTest> everyBundledModuleIsCachedAsItCompiles() throws Exception {
        return bundledModules().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] source = resource(LibraryCache.LIB + name);
            String filename = LibraryCache.filenameOf(name);
            PyCode cached = LibraryCache.cached(name, source, filename);
            assertNotNull(cached, "the build wrote a valid cache file for " + name);
            PyCode compiled = LibraryCache.compile(source, filename);
            assertEquals(Disassembler.dis(compiled, true), Disassembler.dis(cached, true));
            new Same().code(compiled, cached, name);
            assertNotNull(LibraryCache.load(name, source, filename));
        }));
    }

    @Test
    void theWarmUpProgramIsCachedAsItCompiles() throws Exception {
        byte[] source = resource(LibraryCache.WARMUP);
        PyCode cached = LibraryCache.cachedWarmUp(source);
        assertNotNull(cached, "the build wrote a valid cache file for the warm-up program");
        PyCode compiled = LibraryCache.compileWarmUp(source);
        assertEquals(LibraryCache.WARMUP_FILENAME, cached.filename);
        assertEquals(Disassembler.dis(compiled, true), Disassembler.dis(cached, true));
        new Same().code(compiled, cached, "warmup.py");
        byte[] edited = java.util.Arrays.copyOf(source, source.length + 1);
        edited[source.length] = '\n';
        assertNull(LibraryCache.cachedWarmUp(edited), "a warm-up source the cache was not written from");
    }

    @Test
    void everyKindOfConstantSurvivesTheRoundTrip() {
        String src = String.join("\n",
                "'''doc'''",
                "import a.b as c",
                "from x import (y, z)",
                "A = (1, -2, 2**70, -(2**65), 1.5, -0.0, float('nan'), 1e308 * 10, 2j, b'\\x00\\xff', ..., None, True, False)",
                "B = ('é', '\\ud800', 'a' 'b', '', 'x', ((1, 2), ()), 12345678901234567890)",
                "def f(p, /, q: int = 3, *r, s, t=4, **u) -> 'ret':",
                "    v = lambda w: (p, w)",
                "    class K:",
                "        def m(self): return __class__",
                "    try:",
                "        return g(q, key=s, other=t)",
                "    except (ValueError, KeyError) as e:",
                "        raise",
                "    finally:",
                "        print([i * i for i in r if i])",
                "async def h():",
                "    async with x as y:",
                "        await y",
                "    async for i in x:",
                "        yield i",
                "");
        for (boolean library : new boolean[] {false, true}) {
            PyCode c = Compiler.compile(Parser.parse(src, "t.py"), "t.py", library);
            byte[] source = src.getBytes(StandardCharsets.UTF_8);
            byte[] file = CodeFile.write(c, source, 7);
            PyCode back = CodeFile.read(file, source, "t.py", 7);
            assertNotNull(back);
            new Same().code(c, back, "t.py");
            assertNotNull(CodeFile.read(file, source, "t.py", 0), "stamp 0: not checked");
        }
    }

    @Test
    void aFileForOtherSourceOtherCompilerOrOtherNameIsRefused() {
        String src = "x = 1\ndef f():\n    return x\n";
        byte[] source = src.getBytes(StandardCharsets.UTF_8);
        PyCode c = Compiler.compile(Parser.parse(src, "t.py"), "t.py", true);
        byte[] file = CodeFile.write(c, source, 42);
        assertNotNull(CodeFile.read(file, source, "t.py", 42));
        assertNull(CodeFile.read(file, "x = 2\ndef f():\n    return x\n".getBytes(StandardCharsets.UTF_8), "t.py", 42),
                "same length, other text");
        assertNull(CodeFile.read(file, (src + "\n").getBytes(StandardCharsets.UTF_8), "t.py", 42), "other length");
        assertNull(CodeFile.read(file, source, "t.py", 43), "other compiler");
        assertNull(CodeFile.read(file, source, "u.py", 42), "other file name");
        byte[] otherVersion = file.clone();
        otherVersion[7]++;
        assertNull(CodeFile.read(otherVersion, source, "t.py", 42), "other format version");
    }

    @Test
    void aDamagedFileIsRefusedNeverThrown() {
        String src = "import asyncio\nasync def f(a, *, b=(1, 'two')):\n    return await g(a, b=b)\n";
        byte[] source = src.getBytes(StandardCharsets.UTF_8);
        PyCode c = Compiler.compile(Parser.parse(src, "t.py"), "t.py", true);
        byte[] file = CodeFile.write(c, source, 1);
        for (int n = 0; n < file.length; n++) {
            assertNull(CodeFile.read(Arrays.copyOf(file, n), source, "t.py", 1), "truncated to " + n);
        }
        byte[] longer = Arrays.copyOf(file, file.length + 1);
        assertNull(CodeFile.read(longer, source, "t.py", 1), "trailing byte");
        // Damage past the header: whatever the bytes then say, reading ends in a code object or null.
        java.util.Random rnd = new java.util.Random(5);
        for (int k = 0; k < 2000; k++) {
            byte[] bad = file.clone();
            int at = 24 + rnd.nextInt(bad.length - 24);
            bad[at] = (byte) rnd.nextInt(256);
            try {
                CodeFile.read(bad, source, "t.py", 1);
            } catch (Throwable t) {
                fail("byte " + at + " damaged: " + t);
            }
        }
    }

    @Test
    void aStaleSourceIsCompiledNotReadFromTheCache() throws Exception {
        byte[] source = resource(LibraryCache.LIB + "abc.py");
        byte[] edited = (new String(source, StandardCharsets.UTF_8) + "\nEDITED = 1\n").getBytes(StandardCharsets.UTF_8);
        String filename = LibraryCache.filenameOf("abc.py");
        assertNotNull(LibraryCache.cached("abc.py", source, filename));
        assertNull(LibraryCache.cached("abc.py", edited, filename));
        PyCode loaded = LibraryCache.load("abc.py", edited, filename);
        assertTrue(Arrays.stream(loaded.names).anyMatch(n -> n.value().equals("EDITED")), "compiled from the edited source");
        assertNull(LibraryCache.cached("no_such_module.py", source, filename), "no cache file");
    }

    @Test
    void theBuilderWritesAFileForEachSourceThatCompiles(@org.junit.jupiter.api.io.TempDir Path root) throws Exception {
        Path lib = Files.createDirectories(root.resolve(LibraryCache.LIB.substring(1)));
        Files.writeString(lib.resolve("good.py"), "def f():\n    return 1\n");
        Files.writeString(lib.resolve("bad.py"), "def f(:\n");
        Path cache = Files.createDirectories(root.resolve(LibraryCache.CACHE.substring(1)));
        Files.writeString(cache.resolve("gone.code"), "left from a module that no longer exists");
        Path warmUp = root.resolve(LibraryCache.WARMUP.substring(1));
        Files.createDirectories(warmUp.getParent());
        Files.writeString(warmUp, "for i in range(3):\n    pass\n");
        assertEquals(2, LibraryCacheBuilder.build(root));
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(List.of("good.code", "vm-warmup.code"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        byte[] warmSource = Files.readAllBytes(warmUp);
        PyCode warm = CodeFile.read(Files.readAllBytes(cache.resolve("vm-warmup.code")), warmSource,
                LibraryCache.WARMUP_FILENAME, LibraryCache.compilerStamp(root));
        assertNotNull(warm);
        new Same().code(LibraryCache.compileWarmUp(warmSource), warm, "warmup.py");
        byte[] source = Files.readAllBytes(lib.resolve("good.py"));
        long stamp = LibraryCache.compilerStamp(root);
        PyCode back = CodeFile.read(Files.readAllBytes(cache.resolve("good.code")), source, LibraryCache.filenameOf("good.py"), stamp);
        assertNotNull(back);
        new Same().code(LibraryCache.compile(source, LibraryCache.filenameOf("good.py")), back, "good.py");
    }

    /**
     * Field-by-field equality of two code objects (every field of PyCode, found by reflection, so a
     * field added later is compared too) and of the objects they hold, with the same sharing.
     */
    static final class Same {
        private final Map<Object, Object> seen = new IdentityHashMap<>();
        private final Map<Object, Object> seenBack = new IdentityHashMap<>();

        void code(PyCode a, PyCode b, String where) {
            if (!pair(a, b, where)) return;
            for (Field f : PyCode.class.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                String at = where + "/" + a.qualname + "." + f.getName();
                Object x, y;
                try {
                    f.setAccessible(true);
                    x = f.get(a);
                    y = f.get(b);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                if (f.getName().equals("cache")) {
                    // The VM's inline caches: empty in both, per code object.
                    assertEquals(((Object[]) x).length, ((Object[]) y).length, at);
                    assertTrue(Arrays.stream((Object[]) y).allMatch(o -> o == null), at);
                } else {
                    value(x, y, at);
                }
            }
        }

        private boolean pair(Object a, Object b, String where) {
            Object known = seen.get(a);
            if (known != null) {
                assertSame(known, b, where + ": shared in one, not in the other");
                return false;
            }
            Object knownBack = seenBack.get(b);
            if (knownBack != null) fail(where + ": two objects in one are one in the other");
            seen.put(a, b);
            seenBack.put(b, a);
            return true;
        }

        private void value(Object x, Object y, String at) {
            if (x == null || y == null) {
                assertSame(x, y, at);
            } else if (x instanceof PyObject px) {
                object(px, (PyObject) y, at);
            } else if (x instanceof Object[] xs) {
                Object[] ys = (Object[]) y;
                assertEquals(xs.length, ys.length, at + " length");
                for (int i = 0; i < xs.length; i++) value(xs[i], ys[i], at + "[" + i + "]");
            } else if (x.getClass().isArray()) {
                assertTrue(Arrays.deepEquals(new Object[] {x}, new Object[] {y}), at);
            } else {
                assertEquals(x, y, at);
            }
        }

        private void object(PyObject a, PyObject b, String at) {
            assertEquals(a.getClass(), b.getClass(), at);
            PyObject canonical = canonical(a);
            if (canonical == a) {
                assertSame(a, b, at + ": a shared instance stays shared");
            } else {
                assertTrue(a != b && b != canonical(b), at + ": a fresh object stays fresh");
            }
            if (a instanceof PyCode ca) {
                code(ca, (PyCode) b, at);
                return;
            }
            if (!pair(a, b, at)) return;
            if (a instanceof PyStr s) {
                assertEquals(s.value(), ((PyStr) b).value(), at);
            } else if (a instanceof PyInt i) {
                assertEquals(i.toBig(), ((PyInt) b).toBig(), at);
                assertEquals(i.isBig(), ((PyInt) b).isBig(), at);
            } else if (a instanceof PyFloat f) {
                assertEquals(Double.doubleToRawLongBits(f.value), Double.doubleToRawLongBits(((PyFloat) b).value), at);
            } else if (a instanceof PyComplex c) {
                assertEquals(Double.doubleToRawLongBits(c.real), Double.doubleToRawLongBits(((PyComplex) b).real), at);
                assertEquals(Double.doubleToRawLongBits(c.imag), Double.doubleToRawLongBits(((PyComplex) b).imag), at);
            } else if (a instanceof PyBytes x) {
                assertArrayEquals(x.data, ((PyBytes) b).data, at);
            } else if (a instanceof PyTuple t) {
                value(t.items(), ((PyTuple) b).items(), at);
            } else if (a instanceof PySet fs) {
                PySet other = (PySet) b;
                assertTrue(fs.isFrozen() && other.isFrozen(), at + ": a folded set display is a frozenset");
                value(fs.constantSource(), other.constantSource(), at + " source order");
                value(fs.ordered().toArray(), other.ordered().toArray(), at + " iteration order");
            } else if (a != PyNone.INSTANCE && a != PyEllipsis.INSTANCE) {
                fail(at + ": a constant of an unexpected type " + a.getClass());
            }
        }

        /** The instance every use shares for this value (the interned str, the cached int...), or null. */
        private static PyObject canonical(PyObject a) {
            if (a == PyNone.INSTANCE || a == PyEllipsis.INSTANCE || a == PyBool.TRUE || a == PyBool.FALSE) return a;
            if (a.getClass() == PyStr.class) return PyStr.intern(((PyStr) a).value());
            if (a.getClass() == PyInt.class && !((PyInt) a).isBig()) return PyInt.of(((PyInt) a).v);
            if (a instanceof PyTuple t && t.items().length == 0) return PyTuple.EMPTY;
            if (a.getClass() == PyBytes.class && ((PyBytes) a).data.length <= 1) return PyBytes.of(((PyBytes) a).data);
            return null;
        }
    }
}
