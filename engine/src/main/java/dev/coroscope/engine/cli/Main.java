package dev.coroscope.engine.cli;

import dev.coroscope.engine.parser.PySyntaxError;
import dev.coroscope.engine.parser.SourceDecoder;
import dev.coroscope.engine.trace.run.TraceCli;
import dev.coroscope.engine.vm.Engine;
import dev.coroscope.engine.vm.OutputSink;
import dev.coroscope.engine.vm.RunRequest;
import dev.coroscope.engine.vm.RunResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar coroscope-engine.jar [--trace FILE.jsonl] [--record-stats FILE] [--max-steps N]
 * SCRIPT.py}: runs a
 * script like {@code python3 SCRIPT.py} (stdout, stderr, exit status 0 or 1). Bad arguments or an
 * unreadable file: one line on stderr, status 2. The only class of the engine that touches the
 * process streams.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status;
        try {
            status = Relaunch.run(args);
        } catch (Throwable t) {
            status = -1; // run here, as without the relaunch
        }
        if (status >= 0) System.exit(status);
        try {
            status = run(args);
        } catch (Throwable t) {
            // Never a Java stack trace for the learner, whatever broke.
            System.out.flush();
            System.err.println("InternalError: Coroscope hit a bug while running your program (please report it); "
                    + "your program is unchanged");
            if (DEBUG) t.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Whether to run the engine's warm-up program first: in the relaunched JVM, whose options make
     * it pay off (see {@link Relaunch#JVM_OPTIONS}), unless {@code COROSCOPE_WARMUP=0};
     * elsewhere only with {@code COROSCOPE_WARMUP=1}.
     */
    static boolean warmUpWanted(String env, boolean relaunched) {
        return relaunched ? !"0".equals(env) : "1".equals(env);
    }

    /** Developer switch: print the Java exception behind an internal error. */
    private static final boolean DEBUG = Boolean.getBoolean("coroscope.debug");

    static int run(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        long maxSteps = RunRequest.DEFAULT_MAX_STEPS;
        String script = null;
        String traceFile = null;
        String statsFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--max-steps")) {
                if (i + 1 >= args.length) return usage(err, "--max-steps needs a number");
                try {
                    maxSteps = Long.parseLong(args[++i].replace("_", ""));
                } catch (NumberFormatException e) {
                    return usage(err, "--max-steps needs a number, got '" + args[i] + "'");
                }
                if (maxSteps < 0) return usage(err, "--max-steps must be 0 (no limit) or positive");
            } else if (a.equals("--trace")) {
                if (i + 1 >= args.length) return usage(err, "--trace needs a file name");
                traceFile = args[++i];
            } else if (a.equals("--record-stats")) {
                if (i + 1 >= args.length) return usage(err, "--record-stats needs a file name");
                statsFile = args[++i];
            } else if (a.startsWith("-") && script == null) {
                return usage(err, "unknown option " + a);
            } else if (script == null) {
                script = a;
            } else {
                return usage(err, "only one script can be run");
            }
        }
        if (script == null) return usage(err, "no script given");
        String unwritable = TraceCli.checkWritable(traceFile, statsFile);
        if (unwritable != null) return usage(err, unwritable);
        Path path = Path.of(script);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            err.println("coroscope: can't open file '" + script + "': " + reason(e));
            return 2;
        }
        String filename = path.toAbsolutePath().normalize().toString();
        OutputSink sink = new OutputSink() {
            @Override
            public void stdout(String text) {
                out.print(text);
            }

            @Override
            public void stderr(String text) {
                out.flush();
                err.print(text);
            }
        };
        if (warmUpWanted(System.getenv("COROSCOPE_WARMUP"), System.getProperty(Relaunch.MARK) != null)) Engine.warmUp();
        RunResult r;
        if (traceFile != null || statsFile != null) {
            String source;
            try {
                source = SourceDecoder.decode(bytes, filename);
            } catch (PySyntaxError e) {
                err.print(e.info().render());
                return 1;
            }
            RunRequest request = new RunRequest(source, filename, maxSteps, sink, null, null);
            TraceCli.Outcome traced = TraceCli.run(request, traceFile, statsFile);
            traced.problems().forEach(p -> err.println("coroscope: " + p));
            r = traced.run();
        } else {
            Engine.RunHandle handle = Engine.startFile(bytes, new RunRequest(null, filename, maxSteps, sink, null, null));
            try {
                r = handle.await();
            } catch (InterruptedException e) {
                return 1;
            }
            if (DEBUG && handle.fault() != null) {
                out.flush();
                handle.fault().printStackTrace(err);
            }
        }
        out.flush();
        err.flush();
        return r.exitStatus();
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "[Errno 2] No such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException) return "[Errno 13] Permission denied";
        if (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("directory")) {
            return "[Errno 21] Is a directory";
        }
        return "cannot read the file";
    }

    private static int usage(PrintStream err, String problem) {
        err.println("coroscope: " + problem + " (usage: coroscope-engine.jar [--trace FILE.jsonl] [--record-stats FILE] [--max-steps N] SCRIPT.py)");
        return 2;
    }
}
