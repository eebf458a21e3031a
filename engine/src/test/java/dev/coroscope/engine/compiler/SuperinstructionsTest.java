package dev.coroscope.engine.compiler;

import static dev.coroscope.engine.compiler.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.engine.runtime.PyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loop's copy of the instructions: which pairs are fused, and what never changes. */
class SuperinstructionsTest {

    @BeforeAll
    static void init() {
        SilentRuntime.bindToThisThread();
    }

    private static int insn(int op, int arg) {
        return op | (arg << 8);
    }

    @Test
    void fusesEachPairOnItsFirstInstruction() {
        int[] code = {
            insn(LOAD_FAST, 3), insn(LOAD_CONST, 2), insn(LOAD_FAST, 1), insn(LOAD_FAST, 0),
            insn(COMPARE_OP, 2), insn(POP_JUMP_IF_FALSE, 9), insn(COMPARE_OP, 0), insn(POP_JUMP_IF_TRUE, 0),
            insn(LOAD_FAST, 4), insn(RETURN_VALUE, 0),
        };
        int[] expected = code.clone();
        expected[0] = insn(LOAD_FAST__LOAD_CONST, 3);
        expected[2] = insn(LOAD_FAST__LOAD_FAST, 1);
        expected[3] = code[3]; // followed by COMPARE_OP: not a pair
        expected[4] = insn(COMPARE_OP__POP_JUMP_IF_FALSE, 2);
        expected[6] = insn(COMPARE_OP__POP_JUMP_IF_TRUE, 0);
        expected[8] = insn(LOAD_FAST__RETURN_VALUE, 4);
        int[] before = code.clone();
        assertArrayEquals(expected, Superinstructions.fuse(code));
        assertArrayEquals(before, code, "the code object's own instructions are left alone");
    }

    @Test
    void fusesLongerRunsAndTheCallablesNull() {
        int[] code = {
            insn(LOAD_FAST, 0), insn(LOAD_CONST, 1), insn(BINARY_OP, 10),
            insn(LOAD_FAST, 0), insn(LOAD_CONST, 2), insn(COMPARE_OP, 0), insn(POP_JUMP_IF_FALSE, 12),
            insn(LOAD_FAST, 0), insn(LOAD_CONST, 2), insn(COMPARE_OP, 0), insn(POP_JUMP_IF_TRUE, 12),
            insn(LOAD_GLOBAL, 3), insn(PUSH_NULL, 0), insn(LOAD_FAST, 1), insn(LOAD_CONST, 1),
            insn(BINARY_OP, 0) | PyCode.LINE_START, insn(RETURN_VALUE, 0),
        };
        int[] expected = code.clone();
        expected[0] = insn(LOAD_FAST__LOAD_CONST__BINARY_OP, 0);
        expected[3] = insn(LOAD_FAST__LOAD_CONST__COMPARE_JUMP, 0);
        expected[5] = insn(COMPARE_OP__POP_JUMP_IF_FALSE, 0);
        expected[7] = insn(LOAD_FAST__LOAD_CONST__COMPARE_JUMP, 0);
        expected[9] = insn(COMPARE_OP__POP_JUMP_IF_TRUE, 0);
        expected[11] = insn(LOAD_GLOBAL__PUSH_NULL, 3);
        expected[13] = insn(LOAD_FAST__LOAD_CONST, 1); // the operator starts a line: only the pair
        expected[15] = insn(BINARY_OP__RETURN_VALUE, 0) | PyCode.LINE_START;
        assertArrayEquals(expected, Superinstructions.fuse(code));
    }

    @Test
    void fusesTheLoopVariablesStore() {
        int[] code = {
            insn(FOR_ITER, 3), insn(STORE_FAST, 2), insn(JUMP_BACKWARD, 0),
            insn(FOR_ITER, 7) | PyCode.LINE_START, insn(STORE_FAST, 1) | PyCode.LINE_START, insn(JUMP_BACKWARD, 3),
            insn(FOR_ITER, 9), insn(STORE_NAME, 0), insn(JUMP_BACKWARD, 6), insn(RETURN_VALUE, 0),
        };
        int[] expected = code.clone();
        expected[0] = insn(FOR_ITER__STORE_FAST, 3);
        // the store starts a line (kept for its own step), or is not a local's: not fused
        assertArrayEquals(expected, Superinstructions.fuse(code));
    }

    @Test
    void aSecondInstructionStartingALineIsNotFused() {
        int[] code = {insn(LOAD_FAST, 0), insn(LOAD_CONST, 1) | PyCode.LINE_START, insn(RETURN_VALUE, 0)};
        assertSame(code, Superinstructions.fuse(code));
        int[] cmp = {insn(COMPARE_OP, 0), insn(POP_JUMP_IF_FALSE, 0) | PyCode.LINE_START};
        assertSame(cmp, Superinstructions.fuse(cmp));
        int[] ret = {insn(LOAD_FAST, 0), insn(RETURN_VALUE, 0) | PyCode.LINE_START};
        assertSame(ret, Superinstructions.fuse(ret));
        int[] sum = {insn(BINARY_OP, 0), insn(RETURN_VALUE, 0) | PyCode.LINE_START};
        assertSame(sum, Superinstructions.fuse(sum));
    }

    @Test
    void compiledCodeKeepsIndicesArgumentsAndLineStarts() {
        PyCode c = DisassemblerTest.compile("""
                def f(a, b):
                    while a < b:
                        a = a + 1
                    if a == b:
                        return a - b
                    return (a,
                            b)
                """);
        PyCode f = (PyCode) java.util.Arrays.stream(c.consts).filter(o -> o instanceof PyCode).findFirst().orElseThrow();
        assertEquals(f.code.length, f.loopCode.length);
        int fused = 0;
        for (int i = 0; i < f.code.length; i++) {
            assertEquals(f.code[i] & ~PyCode.OP_MASK, f.loopCode[i] & ~PyCode.OP_MASK, "argument and line start at " + i);
            assertTrue((f.code[i] & PyCode.OP_MASK) < LOAD_FAST__LOAD_CONST, "no fused opcode in co_code at " + i);
            if (f.code[i] != f.loopCode[i]) fused++;
        }
        assertTrue(fused >= 3, "a < b, a + 1 / a - b and a == b are pairs: " + fused);
    }
}
