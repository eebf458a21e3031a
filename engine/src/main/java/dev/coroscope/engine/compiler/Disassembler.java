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
            if (op != Opcode.NOP && op != Opcode.POP_TOP || arg != 0) sb.append(String.format(" %d", arg));
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
