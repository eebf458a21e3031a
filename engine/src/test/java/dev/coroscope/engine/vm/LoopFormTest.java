package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.compiler.Opcode;
import dev.coroscope.engine.runtime.PyCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Interp.LoopForm}: the opcodes it lets through to the loop are exactly the case labels of
 * the loop's switch. A case added to the switch but not to the list would never run (its
 * instructions would reach the default case instead, correct but slow); one listed without a case
 * would send an opcode past the single RARE entry the JIT's switch profile relies on.
 */
class LoopFormTest {

    @Test
    void listsExactlyTheLoopsCaseLabels() throws IOException {
        String src = Files.readString(Path.of("src/main/java/dev/coroscope/engine/vm/Interp.java"));
        int start = src.indexOf("switch (insn & PyCode.OP_MASK) {");
        int end = src.indexOf("default: {", start);
        assertTrue(start > 0 && end > start, "the loop's switch is found in Interp.java");
        TreeSet<String> labels = new TreeSet<>();
        Matcher m = Pattern.compile("case ([A-Z_]+):").matcher(src.substring(start, end));
        while (m.find()) labels.add(m.group(1));
        TreeSet<Integer> labelled = new TreeSet<>();
        for (String name : labels) {
            try {
                labelled.add(Opcode.class.getField(name).getInt(null));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("case " + name + " is an Opcode constant", e);
            }
        }
        TreeSet<Integer> listed = new TreeSet<>();
        for (int op = 0; op <= PyCode.OP_MASK; op++) {
            if (Interp.LoopForm.hasCase(op)) listed.add(op);
        }
        assertEquals(labelled, listed);
    }

    @Test
    void replacesOnlyTheOpcodesWithoutACase() {
        int[] code = {Opcode.LOAD_FAST | (3 << 8), Opcode.IMPORT_NAME | PyCode.LINE_START | (2 << 8),
            Opcode.FORMAT_VALUE | (4 << 8), Opcode.RETURN_VALUE};
        int[] loop = Interp.LoopForm.of(code, code);
        assertEquals(Opcode.LOAD_FAST | (3 << 8), loop[0]);
        assertEquals(Opcode.RARE | PyCode.LINE_START | (2 << 8), loop[1]);
        assertEquals(Opcode.RARE_KEEP | (4 << 8), loop[2], "an instruction that keeps its frame");
        assertEquals(Opcode.RETURN_VALUE, loop[3]);
        assertEquals(Opcode.IMPORT_NAME | PyCode.LINE_START | (2 << 8), code[1], "the code object's own instructions are left alone");
        assertEquals(Opcode.FORMAT_VALUE | (4 << 8), code[2]);
    }
    @Test
    void fastEntriesMarkLongRunsAndLoopsOnly() {
        int[] code = {
            Opcode.LOAD_FAST | (0 << 8),          // 0: a loop's head, three simple instructions then the jump back
            Opcode.LOAD_CONST | (1 << 8),         // 1
            Opcode.BINARY_OP | (0 << 8),          // 2
            Opcode.STORE_FAST | (0 << 8),         // 3
            Opcode.JUMP_BACKWARD | (0 << 8),      // 4
            Opcode.LOAD_FAST | (0 << 8),          // 5: two simple instructions, then a call
            Opcode.LOAD_FAST | (1 << 8),          // 6
            Opcode.CALL | (1 << 8),               // 7
            Opcode.RETURN_VALUE};                 // 8
        boolean[] entry = Interp.LoopForm.fastEntries(code);
        assertTrue(entry[0] && entry[1] && entry[4], "a run reaching the backward jump");
        assertFalse(entry[5] || entry[6], "a run of two before a call");
        assertFalse(entry[7] || entry[8], "instructions fastRun never runs");
    }

    @Test
    void aShortRunBeforeACallIsNoEntry() {
        int[] code = {
            Opcode.FOR_ITER | (7 << 8),           // 0: `for i in ...: acc += f(i)`: four simple
            Opcode.STORE_FAST | (1 << 8),         // 1     instructions, then the call
            Opcode.LOAD_FAST | (0 << 8),          // 2
            Opcode.LOAD_GLOBAL | (0 << 8),        // 3
            Opcode.LOAD_FAST | (1 << 8),          // 4
            Opcode.CALL | (1 << 8),               // 5
            Opcode.JUMP_BACKWARD | (0 << 8),      // 6
            Opcode.RETURN_VALUE};                 // 7
        boolean[] entry = Interp.LoopForm.fastEntries(code);
        assertFalse(entry[0] || entry[1] || entry[2], "the call would cost more than the run saves");
        assertTrue(entry[6], "the backward jump itself");
    }

    @Test
    void closureReadsAndIntTestsStayInTheFastLoop() {
        int[] code = {
            Opcode.LOAD_FAST | (0 << 8),          // 0: `while n:` (an int test)
            Opcode.POP_JUMP_IF_FALSE | (6 << 8),  // 1
            Opcode.LOAD_DEREF | (1 << 8),         // 2: a closure's variable
            Opcode.BINARY_OP | (0 << 8),          // 3
            Opcode.STORE_FAST | (0 << 8),         // 4
            Opcode.JUMP_BACKWARD | (0 << 8),      // 5
            Opcode.RETURN_VALUE};                 // 6
        boolean[] entry = Interp.LoopForm.fastEntries(code);
        assertTrue(entry[0] && entry[2], "the loop's test and a closure read start runs fastRun takes");
    }
}
