package dev.coroscope.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Build step (Maven, phase {@code package}, after the jar; see engine/pom.xml): makes the
 * class-data-sharing archive {@code coroscope-engine.jsa} next to the jar, which the relaunched
 * command-line JVM ({@link Relaunch}) maps instead of loading, parsing and verifying the same
 * ~1,000 classes from the jar at every start. {@code java ... CdsArchiveBuilder JAR TRAINING.py}.
 *
 * <p>The archive is what a run of the training program in the child's configuration loads
 * ({@code -XX:ArchiveClassesAtExit}); it is valid only for that exact jar (path, size, time)
 * and that exact JVM, which the JVM checks itself when mapping it. The file appears only whole
 * and proven: it is dumped under a temporary name, then used once with {@code -Xshare:on} (which
 * fails instead of falling back), and renamed only if that run succeeded, because a truncated
 * archive can crash the JVM that maps it. Whatever goes wrong (a JVM without CDS, no base
 * archive, a timeout), there is simply no archive and nothing fails: the command line then runs
 * as it did without one.
 */
public final class CdsArchiveBuilder {
    private CdsArchiveBuilder() {}

    public static void main(String[] args) {
        if (args.length != 2) throw new IllegalArgumentException("usage: CdsArchiveBuilder JAR TRAINING.py");
        build(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
    }

    /** Writes the archive for {@code jar}; true when it exists afterwards. */
    static boolean build(Path jar, Path training) {
        Path archive = Relaunch.archiveOf(jar);
        Path tmp = archive.resolveSibling(archive.getFileName() + ".tmp");
        Path probe = null;
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(tmp);
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(training)) return false;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // Trained with the JIT off: a method's state flags are archived with it, and a method
            // that happened to sit in the compile queue when the JVM dumped (the interpreter loop,
            // in a build on a busy machine) was never compiled again by any JVM mapping the
            // archive, which made every program run about ten times slower. With -Xint nothing
            // is ever queued, and which classes get loaded does not depend on the JIT.
            run(command(java, "-XX:ArchiveClassesAtExit=" + tmp, jar, training, "-Xint"), training.getParent(), 180);
            if (!Files.isRegularFile(tmp) || Files.size(tmp) == 0) return false;
            probe = Files.createTempFile("coroscope-cds", ".py");
            Files.writeString(probe, "print('ok')\n");
            Result r = run(command(java, "-XX:SharedArchiveFile=" + tmp, jar, probe, "-Xshare:on"), probe.getParent(), 60);
            if (r == null || r.status != 0 || !r.stdout.equals("ok\n")) return false;
            Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(tmp);
                if (probe != null) Files.deleteIfExists(probe);
            } catch (IOException e) {
                // A leftover temporary file in target/ harms nothing.
            }
        }
    }

    /** The child's command line (as Relaunch makes it) with {@code extra} JVM options, running {@code script}. */
    private static List<String> command(String java, String option, Path jar, Path script, String... extra) {
        List<String> c = new ArrayList<>();
        c.add(java);
        c.addAll(Relaunch.JVM_OPTIONS);
        c.add(option);
        c.addAll(List.of(extra));
        c.add("-D" + Relaunch.MARK + "=1");
        c.add("-jar");
        c.add(jar.toString());
        c.add(script.toString());
        return c;
    }

    private record Result(int status, String stdout) {}

    /** Runs {@code command} to its end (stdout kept, stderr dropped); null if it did not end in time. */
    private static Result run(List<String> command, Path dir, int seconds) throws IOException {
        Path out = Files.createTempFile("coroscope-cds", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended;
            try {
                ended = p.waitFor(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            if (!ended) {
                p.destroyForcibly();
                return null;
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
