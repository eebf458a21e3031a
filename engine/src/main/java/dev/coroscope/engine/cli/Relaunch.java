package dev.coroscope.engine.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the command line in a second JVM whose collector suits the interpreter, when the first
 * was started plainly ({@code java -jar coroscope-engine.jar ...}, no JVM options of its own).
 *
 * <p>Why: the default collector on a server-class machine (G1) charges a barrier on every
 * reference store, and the interpreter stores a reference for nearly every push onto a frame's
 * value stack; it also runs concurrent threads. The serial collector with a fixed young
 * generation costs markedly less CPU for this single-threaded, allocation-heavy workload (see
 * the commit that introduced this class for the figures), more than a second JVM start costs.
 * The collector cannot be chosen from inside a running JVM, and a jar's manifest cannot ask for
 * one.
 *
 * <p>Invariants: the child inherits the three standard streams, the working directory and the
 * environment, and gets exactly the script's arguments; the parent reads nothing, writes nothing
 * and exits with the child's status. A signal that ends the parent (Ctrl-C reaches both, as they
 * share the terminal's process group; a {@code kill} may reach only the parent) ends the child
 * too, through a shutdown hook. Whenever anything about the launch is unusual (JVM options given,
 * a {@code JAVA_TOOL_OPTIONS}-style variable set, the command line unreadable, the child not
 * startable), nothing is relaunched and the program runs in this JVM as before.
 * {@code COROSCOPE_RELAUNCH=0} turns it off. For measuring, {@code COROSCOPE_CHILD_OPTIONS} adds
 * JVM options (separated by white space) to the child's, after them, so that one of them can be
 * overridden ({@code -XX:TieredStopAtLevel=1}) or a JIT log asked for without losing the relaunch
 * (bench/jitcost).
 *
 * <p>When the jar has a class-data-sharing archive beside it ({@link CdsArchiveBuilder}), the
 * child maps it: about half the CPU of a small program's start is loading and verifying the
 * engine's classes otherwise. An archive the JVM rejects (another jar or JVM) is ignored silently.
 */
final class Relaunch {
    private Relaunch() {}

    /** Set in the child, so it never relaunches again. */
    static final String MARK = "coroscope.relaunched";

    /**
     * The child's JVM options. A fixed 32 MB young generation, collected often and reused: the
     * first touch of each fresh page of heap costs the kernel's time to fault it in and zero it
     * (2.3 ms per MB with huge pages and 3.3 ms without on one machine here, 0.1 and 0.5 ms on
     * another: the gain varies with the machine), so a larger young
     * generation makes every program pay for its whole size before its first collection, while
     * the collections a smaller one adds are cheap (the many frames and values the interpreter
     * makes die young). With 128 MB, 40 calls of fib(24) took 52-82 ms each until the first
     * collection, even with the interpreter loop already compiled, and 6.5 ms each after it.
     * 128 MB -> 32 MB, median of 5 interleaved runs, wall / CPython's: calls_fib 1.77 -> 1.74,
     * dicts 2.02 -> 1.84, oop 2.20 -> 1.97, loops_int 1.45 -> 1.28, async_queue 1.27 -> 1.15,
     * bigint 1.16 -> 1.06, the rest within noise; calls_fib's system CPU 0.46 -> 0.21 s and its
     * peak memory 180 -> 102 MB; bench/jitcost's 12 programs 20.49 -> 19.18 s of wall in total
     * (16 MB: 19.10, 8 MB: 18.83, about the same, but 16 MB made a list of 1.5 million tuples
     * fail the memory cap in 2 of 3 runs: the cap counts what survives into the old generation,
     * and a big young generation had been hiding up to 100 MB of live data from it, which is why
     * MemoryCap's default rose from 256 to 320 MiB with this change).
     * What survives one young collection goes straight to the old generation (tenuring threshold
     * 0): what the interpreter makes either dies at once (frames, temporaries) or belongs to the
     * program's data (a list being filled, a dict of words), and copying that data back and forth
     * between the survivor spaces first cost more than the garbage promoted with it (strings'
     * collections 478 -> 152 ms of pause, lists 231 -> 81, dicts 254 -> 132; median of 5
     * interleaved runs, wall / CPython's, threshold 15 -> 0: strings 2.28 -> 2.03, dicts 2.21 ->
     * 2.06, lists 1.37 -> 1.22, oop 1.85 -> 1.74, async_queue 1.31 -> 1.22, calls_fib 1.92 -> 1.85,
     * bigint 1.41 -> 1.34, loops_int 1.41 -> 1.51, the rest within 0.05; a list of 1.5 million
     * tuples 2.50 -> 1.40, a dict of 300,000 lists 2.13 -> 1.70).
     * Smaller inlining limits for the optimizing compiler: in a run of a few seconds it spends a
     * third of the process's CPU compiling the interpreter loop and its handlers (several times,
     * as new paths appear), and code it inlines into them less deeply compiles faster while
     * running about as fast (bench/run, 12 programs: CPU 61.8 -> 55.8 s in total, load 6-10).
     * The interpreter profiles a method as soon as it first reports to the JIT (after 128 calls or
     * 1,024 loop turns), not once it is due for its first compilation: so the built-in warm-up
     * program the child runs first ({@link Main}, {@code Engine.warmUp}) lands in the loop's
     * profile, and the loop is compiled with both sides of its branches seen (12 programs: the
     * loop's optimized compilations 62 -> 23). BigInteger's methods are never inlined into their
     * callers: the int arithmetic helpers (IntMath.op and the like) otherwise pull whole big-number
     * algorithms in, and compiling them took 0.6-0.8 s of C2 time each, twice in bench/programs/bigint.py;
     * a call per big-number operation costs nothing next to the operation itself ({@code quiet}: the
     * JVM would print the command on stdout). RareOps.attrOp, which the loop calls for attribute
     * reads and writes, is not inlined into the loop either: a branch in it the warm-up never took
     * (the first attribute read of a generator) would otherwise throw the compiled loop away; so
     * is RareOps.keepFrameOp (the loop's RARE_KEEP case), whose switch would bring one trap per
     * instruction the warm-up never ran. ListSort.lt (a comparison in a sort of objects that
     * are not all ints or all strs: instances with {@code __lt__}, floats, mixed) is not inlined
     * into the sort's loops: each of them (merging, galloping both ways, insertion) pulled in its
     * own copy of the comparison protocol, ListSort's optimized code for oop.py 64 -> 36 KB; a
     * call per comparison is nothing next to the comparison. CallOps.callBuiltin (a built-in
     * function, type or method called from the loop's CALL, through Interp.callShapes) is not
     * inlined into callShapes either: it dispatches on the callable's class and inlined the one or
     * two built-ins seen so far, so each new built-in a program reached threw callShapes' compiled
     * code away (strings.py: callShapes compiled 4-5 times by C2, 224-307 ms; its C2 time in all
     * 1,291 -> 976 ms); a call per built-in call costs little next to the built-in (median of 7
     * interleaved runs, wall / CPython's: strings 2.39 -> 2.15, CPU 3.59 -> 3.37; async_await_chain
     * 1.34 -> 1.36, async_queue 1.26 -> 1.28, bigint 1.37 -> 1.40; of 5 runs of all 12, 8 faster).
     * Compiled code with a profile checks a loop's counter for
     * an on-stack-replacement compilation every 65,536 turns, not 8,192: the interpreter loop
     * turns once per instruction and moves to its normal compilation within a window of steps
     * (Interp.loop's bounce), so a check that falls in that window would ask for a second,
     * needless half-second compilation of it. That still happened in about half the runs of
     * calls_fib (a check falling just before the normal compilation was requested, or right after
     * it was installed), so the optimizing compiler makes no on-stack-replacement versions at all
     * (Tier4BackEdgeThreshold out of reach): a long loop keeps running in the profiled compiled
     * code until its method is next entered, which the interpreter loop does at each window of
     * steps (calls_fib CPU 0.918 and 0.913 of before, 8 pairs each, load 1.4; the other 11
     * programs 0.85-1.02).
     * First-tier compiled code always keeps the full profile (Tier3DelayOn out of reach): while the
     * optimizing compiler's queue is long, as it is during the warm-up, HotSpot compiles methods
     * with the lighter second tier, which counts calls but not branches. A method compiled so
     * before a branch's rare side ran (the range iterator running out, in the warm-up) showed that
     * side as never taken when the loop was compiled with it inlined, and the program's first range
     * loop to end threw the compiled loop away (strings.py: in 2 of 4 runs, then 0.3 s in profiled
     * code and a second 0.1 s compile). Traps in the loop's optimized code over 20 runs of strings,
     * dicts, oop, lists and calls_fib, with the warm-up's sections all in its first round:
     * 8 -> 0; print(1) 0.286 -> 0.286 s (median of 15); wall / CPython's, medians of 9
     * interleaved runs: strings 1.94 -> 1.91, dicts 1.80 -> 1.78, calls_fib 1.85 -> 1.84,
     * comprehensions 1.70 -> 1.74, async_gather 1.86 -> 1.70.
     * The heap is not advised for transparent huge pages any more (-XX:+UseTransparentHugePages was
     * added when the kernel offered them, while the young generation was 128 MB): with a 32 MB young
     * generation reused from the start, what is left of fresh memory is the old generation growing
     * with a program's data, and there, on the machine measured on 2026-11-29 (kernel setting
     * madvise, 86 huge pages faulted in per run of strings.py, no compaction), a young collection
     * promoting 25 MB of new strs paused 68-76 ms with huge pages and 28-30 ms without (14 ms with
     * the heap touched in advance), system CPU 0.41-0.50 -> 0.17-0.21 s. Wall / CPython's, medians
     * of 5, 5 and 7 interleaved runs: strings 2.22 -> 2.07, 2.32 -> 2.07, 2.32 -> 2.19; dicts
     * 1.67 -> 1.70, 1.92 -> 1.82, 1.91 -> 1.88; the other ten within 0.05 either way (oop 1.62 ->
     * 1.72 once, 1.58 -> 1.59 when measured again).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xmn32m", "-XX:MaxTenuringThreshold=0", "-XX:-UsePerfData",
            "-XX:InlineSmallCode=1000", "-XX:Tier3BackedgeNotifyFreqLog=16", "-XX:FreqInlineSize=150", "-XX:Tier0ProfilingStartPercentage=0",
            "-XX:Tier4BackEdgeThreshold=100000000", "-XX:Tier3DelayOn=100000",
            "-XX:CompileCommand=quiet", "-XX:CompileCommand=dontinline,java.math.BigInteger::*",
            "-XX:CompileCommand=dontinline,dev.coroscope.engine.vm.RareOps::attrOp",
            "-XX:CompileCommand=dontinline,dev.coroscope.engine.vm.RareOps::keepFrameOp",
            "-XX:CompileCommand=dontinline,dev.coroscope.engine.runtime.ListSort::lt",
            "-XX:CompileCommand=dontinline,dev.coroscope.engine.vm.CallOps::callBuiltin");

    /**
     * With the class-data-sharing archive of the jar (made by {@link CdsArchiveBuilder} at build
     * time): map it, and say nothing if the JVM finds it does not fit (another jar or JVM; it then
     * loads the classes from the jar as without it). The JVM's own CDS messages go to stdout.
     */
    static List<String> archiveOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    /** Where the class-data-sharing archive of {@code jar} is: beside it, {@code .jar} -> {@code .jsa}. */
    static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        if (name.endsWith(".jar")) name = name.substring(0, name.length() - 4);
        return jar.resolveSibling(name + ".jsa");
    }

    /**
     * Runs {@code args} in a child JVM and returns its exit status, or -1 when the program should
     * run in this JVM instead.
     */
    static int run(String[] args) {
        List<String> command = childCommand(args);
        if (command == null) return -1;
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new EndChild(child));
        for (;;) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // Nothing interrupts the main thread on purpose; keep waiting for the child.
            }
        }
    }

    /**
     * Ends the child when the parent is ended by a signal. A class rather than a lambda, as is
     * {@link ExistingArchive}: the parent JVM has no class-data-sharing archive of the jar, so its
     * first lambda would be generated and linked at run time, milliseconds of the start.
     */
    private static final class EndChild extends Thread {
        private final Process child;

        EndChild(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            if (child.isAlive()) child.destroyForcibly();
        }
    }

    /** The developer's extra child options: {@code COROSCOPE_CHILD_OPTIONS} split at white space (none if unset). */
    static List<String> extraOptions(String value) {
        List<String> options = new ArrayList<>();
        if (value == null) return options;
        for (String o : value.trim().split("\\s+")) {
            if (!o.isEmpty()) options.add(o);
        }
        return options;
    }

    /** The child's command line, or null when this JVM should run the program itself. */
    static List<String> childCommand(String[] args) {
        if (System.getProperty(MARK) != null) return null;
        String[] own = ownArguments();
        return childCommand(own, args, System.getenv(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                new ExistingArchive());
    }

    /**
     * This JVM's command line after the executable, or null if unknown. On Linux read from
     * {@code /proc/self/cmdline} (what {@code ProcessHandle.Info} reads too, without its other
     * look-ups such as the user's name, which take a noticeable part of the parent's start);
     * elsewhere from {@code ProcessHandle}.
     */
    static String[] ownArguments() {
        try (InputStream in = new FileInputStream("/proc/self/cmdline")) {
            String[] own = splitCmdline(in.readAllBytes());
            if (own != null) return own;
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc not mounted: ask ProcessHandle.
        }
        try {
            return ProcessHandle.current().info().arguments().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The arguments after the executable in a {@code /proc/PID/cmdline} image (each argument
     * ended by a NUL byte), or null if it is not one.
     */
    static String[] splitCmdline(byte[] cmdline) {
        if (cmdline.length == 0 || cmdline[cmdline.length - 1] != 0) return null;
        Charset charset = argumentCharset();
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(new String(cmdline, start, i - start, charset));
                start = i + 1;
            }
        }
        return parts.subList(1, parts.size()).toArray(new String[0]);
    }

    /** The encoding the launcher decoded {@code main}'s arguments with, so that they compare equal. */
    private static Charset argumentCharset() {
        try {
            String name = System.getProperty("sun.jnu.encoding");
            if (name != null) return Charset.forName(name);
        } catch (RuntimeException e) {
            // An unknown name: fall through.
        }
        return Charset.defaultCharset();
    }

    /** The archive of the jar at a path (as given on the command line), or null if there is none. */
    private static final class ExistingArchive implements Function<String, Path> {
        @Override
        public Path apply(String jarPath) {
            try {
                Path archive = archiveOf(Path.of(jarPath).toAbsolutePath());
                return Files.isRegularFile(archive) ? archive : null;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The decision, apart from the process it is made in: {@code own} is this JVM's command line
     * after the executable (null if unknown), {@code env} its environment, {@code archives} finds
     * the class-data-sharing archive of a jar path (or null).
     */
    static List<String> childCommand(String[] own, String[] args, Map<String, String> env, String javaExe,
                                     Function<String, Path> archives) {
        if ("0".equals(env.get("COROSCOPE_RELAUNCH"))) return null;
        // Options from the environment would apply to the child too, possibly conflicting with
        // ours (two collectors); whoever sets them is tuning the JVM already.
        for (String v : new String[] {"JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"}) {
            if (env.get(v) != null) return null;
        }
        // Plain `java -jar JAR ARGS...` only: any JVM option means someone chose the JVM's setup.
        if (own == null || own.length != 2 + args.length || !own[0].equals("-jar")) return null;
        for (int i = 0; i < args.length; i++) {
            if (!own[2 + i].equals(args[i])) return null;
        }
        List<String> command = new ArrayList<>();
        command.add(javaExe);
        command.addAll(JVM_OPTIONS);
        Path archive = archives.apply(own[1]);
        if (archive != null) command.addAll(archiveOptions(archive));
        command.addAll(extraOptions(env.get("COROSCOPE_CHILD_OPTIONS")));
        command.add("-D" + MARK + "=1");
        command.add("-jar");
        command.add(own[1]);
        command.addAll(List.of(args));
        return command;
    }
}
