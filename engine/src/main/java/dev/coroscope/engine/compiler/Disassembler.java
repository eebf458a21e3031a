package dev.coroscope.engine.compiler;

import dev.coroscope.engine.runtime.Ops;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyObject;

/**
 * Prints a code object as a listing (line, index, opcode, argument and what it means), nested
 * code objects after their parent. Used by tests and for a future "show bytecode" view.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String dis(PyCode code, boolean recursive) {
        StringBuilder sb = new StringBuilder();
        dis(code, recursive, sb);
        return sb.toString();
    }

    private static void dis(PyCode c, boolean recursive, StringBuilder sb) {
        sb.append("Disassembly of <code object ").append(c.name).append(", line ").append(c.firstlineno).append(">:\n");
        int lastLine = -1;
        for (int i = 0; i < c.code.length; i++) {
            int insn = c.code[i];
            int op = insn & PyCode.OP_MASK;
            int arg = insn >>> 8;
            String line = (insn & PyCode.LINE_START) != 0 && c.lines[i] != lastLine ? String.format("%4d", c.lines[i]) : "    ";
            if ((insn & PyCode.LINE_START) != 0) lastLine = c.lines[i];
            sb.append(line).append(String.format(" %5d %-24s", i, Opcode.name(op)));
            if (arg != 0 || takesArg(op)) sb.append(String.format(" %d", arg));
            String meaning = meaning(c, op, arg);
            if (meaning != null) sb.append(" (").append(meaning).append(')');
            sb.append('\n');
        }
        for (int i = 0; i < c.excStart.length; i++) {
            sb.append(String.format("  exc [%d, %d) -> %d depth %d%n", c.excStart[i], c.excEnd[i], c.excTarget[i], c.excDepth[i]));
        }
        sb.append('\n');
        if (recursive) {
            for (PyObject k : c.consts) if (k instanceof PyCode inner) dis(inner, true, sb);
        }
    }

    private static boolean takesArg(int op) {
        switch (op) {
            case Opcode.NOP: case Opcode.POP_TOP: case Opcode.PUSH_NULL: case Opcode.RETURN_VALUE: case Opcode.GET_ITER:
            case Opcode.BINARY_SUBSCR: case Opcode.STORE_SUBSCR: case Opcode.DELETE_SUBSCR: case Opcode.UNARY_NEGATIVE:
            case Opcode.UNARY_POSITIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT: case Opcode.PUSH_EXC_INFO:
            case Opcode.POP_EXCEPT: case Opcode.POP_EXCEPT_AND_RERAISE: case Opcode.CHECK_EXC_MATCH:
            case Opcode.CHECK_EG_MATCH: case Opcode.PREP_RERAISE_STAR: case Opcode.WITH_EXCEPT_START:
            case Opcode.BEFORE_WITH: case Opcode.BEFORE_ASYNC_WITH: case Opcode.LOAD_ASSERTION_ERROR:
            case Opcode.GET_YIELD_FROM_ITER: case Opcode.GET_AITER: case Opcode.GET_ANEXT: case Opcode.END_ASYNC_FOR:
            case Opcode.ASYNC_GEN_WRAP: case Opcode.IMPORT_STAR: case Opcode.SETUP_ANNOTATIONS:
            case Opcode.LOAD_BUILD_CLASS: case Opcode.LIST_TO_TUPLE: case Opcode.LOAD_LOCALS:
                return false;
            default:
                return true;
        }
    }

    private static String meaning(PyCode c, int op, int arg) {
        switch (op) {
            case Opcode.LOAD_CONST:
                return c.consts[arg] instanceof PyCode inner ? "<code " + inner.name + ">" : Ops.repr(c.consts[arg]);
            case Opcode.LOAD_NAME: case Opcode.STORE_NAME: case Opcode.DELETE_NAME: case Opcode.LOAD_GLOBAL:
            case Opcode.STORE_GLOBAL: case Opcode.DELETE_GLOBAL: case Opcode.LOAD_ATTR: case Opcode.STORE_ATTR:
            case Opcode.DELETE_ATTR: case Opcode.LOAD_METHOD: case Opcode.IMPORT_NAME: case Opcode.IMPORT_FROM:
            case Opcode.STORE_ANNOTATION:
                return c.names[arg].value();
            case Opcode.LOAD_FAST: case Opcode.STORE_FAST: case Opcode.DELETE_FAST: case Opcode.LOAD_DEREF:
            case Opcode.STORE_DEREF: case Opcode.DELETE_DEREF: case Opcode.LOAD_CLOSURE: case Opcode.MAKE_CELL:
            case Opcode.LOAD_CLASSDEREF:
                return c.localsplusNames[arg].value();
            case Opcode.KW_NAMES:
                return String.join(", ", c.kwnames[arg]);
            default:
                return null;
        }
    }
}
