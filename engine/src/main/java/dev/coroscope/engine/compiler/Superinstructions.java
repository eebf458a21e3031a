package dev.coroscope.engine.compiler;

import static dev.coroscope.engine.compiler.Opcode.*;

import dev.coroscope.engine.runtime.PyCode;

/**
 * Makes the instruction array the interpreter loop runs from a code object's instructions: the
 * same array, except that the first instruction of some adjacent pairs carries a fused opcode
 * ({@link Opcode#LOAD_FAST__LOAD_CONST}, {@link Opcode#LOAD_FAST__LOAD_FAST},
 * {@link Opcode#COMPARE_OP__POP_JUMP_IF_FALSE}, {@link Opcode#COMPARE_OP__POP_JUMP_IF_TRUE}, {@link Opcode#LOAD_GLOBAL__PUSH_NULL},
 * {@link Opcode#FOR_ITER__STORE_FAST}, {@link Opcode#LOAD_FAST__RETURN_VALUE},
 * {@link Opcode#BINARY_OP__RETURN_VALUE}) that
 * lets the loop do both in one dispatch; a LOAD_FAST, LOAD_CONST pair may stand for a longer run
 * ({@link Opcode#LOAD_FAST__LOAD_CONST__BINARY_OP}, {@link Opcode#LOAD_FAST__LOAD_CONST__COMPARE_JUMP}).
 *
 * <p>Invariants: the result has the same length, every argument, line-start bit and every
 * second instruction of a pair unchanged, so instruction indices (jumps, the exception table,
 * positions, tracebacks, {@code f_lasti}) mean the same in both arrays and a jump to the second
 * instruction of a pair runs it alone. A pair is fused only when its second instruction starts
 * no line, so doing both in one dispatch skips no step count and no line event. The code
 * object's own instructions ({@code co_code}, the disassembler, the library cache) never hold a
 * fused opcode.
 *
 * <p>Why at code-object creation rather than by looking at the next instruction in the loop:
 * each such look is a branch in the loop's compiled code whose other side a program may first
 * take long after the JIT compiled it, which throws the compile away; a fused opcode is a case
 * of the loop's switch instead.
 */
public final class Superinstructions {

    private Superinstructions() {}

    /** The loop's copy of {@code code} (that array itself when no pair is fused). */
    public static int[] fuse(int[] code) {
        int[] out = null;
        for (int i = 0; i + 1 < code.length; i++) {
            int next = code[i + 1];
            if ((next & PyCode.LINE_START) != 0) continue;
            int fused = fusedOp(code[i] & PyCode.OP_MASK, next & PyCode.OP_MASK);
            if (fused < 0) continue;
            if (fused == LOAD_FAST__LOAD_CONST) fused = longerRun(code, i);
            if (out == null) out = code.clone();
            out[i] = (code[i] & ~PyCode.OP_MASK) | fused;
        }
        return out == null ? code : out;
    }

    /**
     * A LOAD_FAST, LOAD_CONST pair at {@code i} that goes on into a BINARY_OP, or into a
     * COMPARE_OP and a conditional jump, none of them starting a line: the fused opcode for the
     * whole run ({@code n - 1}, {@code if n < 2:}); else the pair's.
     */
    private static int longerRun(int[] code, int i) {
        if (i + 2 >= code.length || (code[i + 2] & PyCode.LINE_START) != 0) return LOAD_FAST__LOAD_CONST;
        int third = code[i + 2] & PyCode.OP_MASK;
        if (third == BINARY_OP) return LOAD_FAST__LOAD_CONST__BINARY_OP;
        if (third == COMPARE_OP && i + 3 < code.length && (code[i + 3] & PyCode.LINE_START) == 0) {
            int fourth = code[i + 3] & PyCode.OP_MASK;
            if (fourth == POP_JUMP_IF_FALSE || fourth == POP_JUMP_IF_TRUE) return LOAD_FAST__LOAD_CONST__COMPARE_JUMP;
        }
        return LOAD_FAST__LOAD_CONST;
    }

    /** The fused opcode for {@code first} followed by {@code second}, or -1. */
    static int fusedOp(int first, int second) {
        if (first == LOAD_FAST) {
            if (second == LOAD_CONST) return LOAD_FAST__LOAD_CONST;
            if (second == LOAD_FAST) return LOAD_FAST__LOAD_FAST;
            if (second == RETURN_VALUE) return LOAD_FAST__RETURN_VALUE;
        } else if (first == COMPARE_OP) {
            if (second == POP_JUMP_IF_FALSE) return COMPARE_OP__POP_JUMP_IF_FALSE;
            if (second == POP_JUMP_IF_TRUE) return COMPARE_OP__POP_JUMP_IF_TRUE;
        } else if (first == LOAD_GLOBAL) {
            if (second == PUSH_NULL) return LOAD_GLOBAL__PUSH_NULL;
        } else if (first == FOR_ITER) {
            if (second == STORE_FAST) return FOR_ITER__STORE_FAST;
        } else if (first == BINARY_OP) {
            if (second == RETURN_VALUE) return BINARY_OP__RETURN_VALUE;
        }
        return -1;
    }
}
