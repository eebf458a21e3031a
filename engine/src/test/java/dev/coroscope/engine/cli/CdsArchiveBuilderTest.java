package dev.coroscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive: made for a jar, mapped by the relaunched JVM, and harmless when
 * it cannot be made or no longer fits the jar (no output of its own, the program's output
 * unchanged). Forks a few JVMs (seconds); no timing is asserted.
 */
class CdsArchiveBuilderTest {

    @Test
    void withoutAJarThereIsNoArchiveAndNoFailure(@TempDir Path dir) throws IOException {
        Path training = Files.writeString(dir.resolve("t.py"), "print(1)\n");
        assertFalse(CdsArchiveBuilder.build(dir.resolve("missing.jar"), training));
        Path notAJar = Files.writeString(dir.resolve("bad.jar"), "not a jar");
        assertFalse(CdsArchiveBuilder.build(notAJar, training));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("bad.jar", "t.py"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no archive, no temporary file left");
        }
    }

    @Test
    void theArchiveIsMadeUsedAndIgnoredQuietlyOnceTheJarChanges(@TempDir Path dir) throws Exception {
        // A dynamic archive extends the JDK's own (base) archive; some JDK builds ship none.
        Assumptions.assumeTrue(run(dir, "-Xshare:on", "-version")[2].equals("0"), "this JDK has a base CDS archive");
        Path jar = engineJar(dir.resolve("engine.jar"));
        Path training = Files.writeString(dir.resolve("train.py"), "import asyncio\nasync def f():\n    print('t')\nasyncio.run(f())\n");
        Path script = Files.writeString(dir.resolve("prog.py"), "import asyncio\nasync def main():\n    print('hi')\nasyncio.run(main())\nprint(1 / 0)\n");
        assertTrue(CdsArchiveBuilder.build(jar, training), "archive made (this JDK has CDS)");
        Path archive = Relaunch.archiveOf(jar);
        assertTrue(Files.size(archive) > 0);

        String[] mapped = run(dir, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-D" + Relaunch.MARK + "=1", "-jar",
                jar.toString(), script.toString());
        assertEquals("hi\n", mapped[0], "the archive maps (-Xshare:on fails otherwise)");
        assertTrue(mapped[1].endsWith("ZeroDivisionError: division by zero\n"), mapped[1]);
        assertEquals("1", mapped[2]);

        // A plain start relaunches with the archive; after the jar changes the JVM refuses the
        // archive, and the run is the same, with not a word about it.
        String[] plain = run(dir, "-jar", jar.toString(), script.toString());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        String[] stale = run(dir, "-jar", jar.toString(), script.toString());
        assertEquals(List.of(mapped), List.of(plain));
        assertEquals(List.of(mapped), List.of(stale));
    }

    /** A jar of the engine's classes as the build makes it (Main-Class: cli.Main). */
    private static Path engineJar(Path jar) throws IOException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf);
             Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** stdout, stderr and the exit status of {@code java ARGS}, run in {@code dir}. */
    private static String[] run(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        for (String v : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "COROSCOPE_RELAUNCH"}) {
            pb.environment().remove(v);
        }
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("java did not end: " + cmd);
        }
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                String.valueOf(p.exitValue())};
    }
}
