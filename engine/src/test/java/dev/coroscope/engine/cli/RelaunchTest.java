package dev.coroscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** When the command line relaunches itself in a tuned JVM, and with which command. */
class RelaunchTest {
    private static final String JAVA = "/jdk/bin/java";
    private static final String[] ARGS = {"--max-steps", "0", "prog.py"};

    private static String[] own(String... jvmAndJar) {
        List<String> l = new ArrayList<>(List.of(jvmAndJar));
        l.addAll(List.of(ARGS));
        return l.toArray(new String[0]);
    }

    @Test
    void plainJarLaunchRunsTheSameJarAndArgumentsWithTheOptions() {
        List<String> cmd = Relaunch.childCommand(own("-jar", "engine/x.jar"), ARGS, Map.of(), JAVA, j -> null);
        List<String> want = new ArrayList<>();
        want.add(JAVA);
        want.addAll(Relaunch.JVM_OPTIONS);
        want.add("-D" + Relaunch.MARK + "=1");
        want.addAll(List.of("-jar", "engine/x.jar", "--max-steps", "0", "prog.py"));
        assertEquals(want, cmd);
    }

    @Test
    void theJarsClassDataArchiveIsMappedQuietlyWhenThereIsOne() {
        Path archive = Path.of("/build/engine/x.jsa");
        List<String> seen = new ArrayList<>();
        List<String> cmd = Relaunch.childCommand(own("-jar", "engine/x.jar"), ARGS, Map.of(), JAVA, jar -> {
            seen.add(jar);
            return archive;
        });
        assertEquals(List.of("engine/x.jar"), seen);
        List<String> want = new ArrayList<>();
        want.add(JAVA);
        want.addAll(Relaunch.JVM_OPTIONS);
        want.add("-XX:SharedArchiveFile=" + archive);
        want.add("-Xlog:cds=off,cds+dynamic=off");
        want.add("-D" + Relaunch.MARK + "=1");
        want.addAll(List.of("-jar", "engine/x.jar", "--max-steps", "0", "prog.py"));
        assertEquals(want, cmd);
    }

    @Test
    void developerOptionsFromTheEnvironmentComeAfterTheChildsOwn() {
        List<String> cmd = Relaunch.childCommand(own("-jar", "engine/x.jar"), ARGS,
                Map.of("COROSCOPE_CHILD_OPTIONS", "  -XX:TieredStopAtLevel=1 \t-XX:+CITime "), JAVA, j -> null);
        List<String> want = new ArrayList<>();
        want.add(JAVA);
        want.addAll(Relaunch.JVM_OPTIONS);
        want.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+CITime"));
        want.add("-D" + Relaunch.MARK + "=1");
        want.addAll(List.of("-jar", "engine/x.jar", "--max-steps", "0", "prog.py"));
        assertEquals(want, cmd);
        assertEquals(List.of(), Relaunch.extraOptions("   "));
        assertEquals(List.of(), Relaunch.extraOptions(null));
    }

    @Test
    void theArchiveOfAJarIsBesideIt() {
        assertEquals(Path.of("/a/b/coroscope-engine.jsa"), Relaunch.archiveOf(Path.of("/a/b/coroscope-engine.jar")));
        assertEquals(Path.of("/a/b/engine.bin.jsa"), Relaunch.archiveOf(Path.of("/a/b/engine.bin")));
    }

    @Test
    void anyJvmOptionKeepsTheRunInThisJvm() {
        assertNull(Relaunch.childCommand(own("-Xmx64m", "-jar", "x.jar"), ARGS, Map.of(), JAVA, j -> null));
        assertNull(Relaunch.childCommand(own("-cp", "x.jar", "dev.coroscope.engine.cli.Main"), ARGS, Map.of(), JAVA, j -> null));
    }

    @Test
    void environmentOptionsOrTheSwitchKeepTheRunInThisJvm() {
        String[] own = own("-jar", "x.jar");
        assertNull(Relaunch.childCommand(own, ARGS, Map.of("JAVA_TOOL_OPTIONS", "-Xss4m"), JAVA, j -> null));
        assertNull(Relaunch.childCommand(own, ARGS, Map.of("JDK_JAVA_OPTIONS", ""), JAVA, j -> null));
        assertNull(Relaunch.childCommand(own, ARGS, Map.of("_JAVA_OPTIONS", "-Xint"), JAVA, j -> null));
        assertNull(Relaunch.childCommand(own, ARGS, Map.of("COROSCOPE_RELAUNCH", "0"), JAVA, j -> null));
    }

    @Test
    void unknownOrMismatchedCommandLineKeepsTheRunInThisJvm() {
        assertNull(Relaunch.childCommand(null, ARGS, Map.of(), JAVA, j -> null));
        assertNull(Relaunch.childCommand(new String[] {"-jar", "x.jar", "--max-steps", "0", "other.py"}, ARGS, Map.of(), JAVA, j -> null));
        assertNull(Relaunch.childCommand(new String[] {"-jar", "x.jar"}, ARGS, Map.of(), JAVA, j -> null));
    }

    @Test
    void theProcCommandLineIsSplitAtItsNulBytesWithoutTheExecutable() {
        byte[] image = "/usr/bin/java\0-jar\0x.jar\0a b.py\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(List.of("-jar", "x.jar", "a b.py", ""), List.of(Relaunch.splitCmdline(image)));
        assertNull(Relaunch.splitCmdline(new byte[0]));
        assertNull(Relaunch.splitCmdline("java\0-jar".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "cut short");
    }

    @Test
    void thisJvmsArgumentsAreWhatProcessHandleReports() {
        String[] reported = ProcessHandle.current().info().arguments().orElse(null);
        Assumptions.assumeTrue(reported != null, "this platform reports a process's arguments");
        assertEquals(List.of(reported), List.of(Relaunch.ownArguments()));
    }

    @Test
    void theChildNeverRelaunchesAgain() {
        // The test JVM was not started with -jar, so this is null either way; with the mark set it
        // must be null before the command line is even read.
        System.setProperty(Relaunch.MARK, "1");
        try {
            assertNull(Relaunch.childCommand(ARGS));
        } finally {
            System.clearProperty(Relaunch.MARK);
        }
    }

    @Test
    void theWarmUpRunsInTheRelaunchedJvmUnlessSwitchedOffAndElsewhereOnlyWhenAskedFor() {
        assertEquals(true, Main.warmUpWanted(null, true));
        assertEquals(true, Main.warmUpWanted("1", true));
        assertEquals(false, Main.warmUpWanted("0", true));
        assertEquals(false, Main.warmUpWanted(null, false));
        assertEquals(false, Main.warmUpWanted("0", false));
        assertEquals(true, Main.warmUpWanted("1", false));
    }
}
