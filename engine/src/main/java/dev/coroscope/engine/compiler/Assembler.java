package dev.coroscope.engine.compiler;

import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Turns a {@link Unit} into a {@link PyCode}: follows control flow to compute the stack depth at
 * every instruction and which exception handler covers it (the SETUP_x / POP_BLOCK
 * pseudo-instructions, as CPython's {@code label_exception_targets}), removes the pseudo
 * instructions, resolves labels, fixes cell/free indices into fast-local slots, builds the
 * exception table and marks the first instruction of every source line.
 */
final class Assembler {
    private Assembler() {}

    /** A handler on the block stack while following control flow. */
    private record Handler(int target, int depth, Handler next) {}

    static PyCode assemble(Unit u, String filename, boolean library) {
        u.finish();
        List<Unit.Instr> code = u.code;
        int n = code.size();
        // Instruction positions without a location inherit the previous one (or the first line).
        int lastLine = u.firstLine, lastCol = 0, lastEndLine = u.firstLine, lastEndCol = 0;
        for (Unit.Instr i : code) {
            if (i.line < 0) {
                i.line = lastLine;
                i.col = lastCol;
                i.endLine = lastEndLine;
                i.endCol = lastEndCol;
                i.argKind |= 0x100;
            } else {
                lastLine = i.line;
                lastCol = i.col;
                lastEndLine = i.endLine;
                lastEndCol = i.endCol;
            }
        }
        // Flow analysis.
        int[] depth = new int[n + 1];
        Handler[] handlers = new Handler[n + 1];
        boolean[] seen = new boolean[n + 1];
        Arrays.fill(depth, -1);
        Deque<int[]> work = new ArrayDeque<>();
        List<Handler> handlerStates = new ArrayList<>();
        handlerStates.add(null);
        work.push(new int[] {0, 0, 0});
        int maxDepth = 0;
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int pc = w[0], d = w[1];
            Handler h = handlerStates.get(w[2]);
            while (pc < n && !seen[pc]) {
                seen[pc] = true;
                depth[pc] = d;
                handlers[pc] = h;
                Unit.Instr ins = code.get(pc);
                int op = ins.op;
                if (op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH) {
                    int hd = op == Opcode.SETUP_WITH ? d - 1 : d;
                    int target = ins.target.pos;
                    handlerStates.add(h);
                    work.push(new int[] {target, hd + 1, handlerStates.size() - 1});
                    maxDepth = Math.max(maxDepth, hd + 1);
                    h = new Handler(target, hd, h);
                    pc++;
                    continue;
                }
                if (op == Opcode.POP_BLOCK) {
                    h = h == null ? null : h.next;
                    pc++;
                    continue;
                }
                if (Opcode.hasJump(op)) {
                    int jd = d + Opcode.stackEffect(op, ins.arg, true);
                    maxDepth = Math.max(maxDepth, jd);
                    handlerStates.add(h);
                    work.push(new int[] {ins.target.pos, jd, handlerStates.size() - 1});
                }
                if (Opcode.isTerminal(op)) break;
                d += Opcode.stackEffect(op, ins.arg, false);
                if (d < 0) throw new IllegalStateException("stack underflow in " + u.qualname + " at " + pc + " " + Opcode.name(op));
                maxDepth = Math.max(maxDepth, d);
                pc++;
            }
        }
        // Remove pseudo instructions; map old indices to new.
        int[] newIndex = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            newIndex[i] = k;
            int op = code.get(i).op;
            if (!(op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH || op == Opcode.POP_BLOCK)) k++;
        }
        newIndex[n] = k;
        int m = k;
        int[] out = new int[m];
        int[] lines = new int[m], cols = new int[m], endLines = new int[m], endCols = new int[m];
        Handler[] outHandlers = new Handler[m];
        boolean[] noLoc = new boolean[m];
        int nvar = u.varnames.size();
        List<String> extraCells = new ArrayList<>();
        for (String c : u.cellvars) if (!u.varnames.containsKey(c)) extraCells.add(c);
        int j = 0;
        for (int i = 0; i < n; i++) {
            Unit.Instr ins = code.get(i);
            int op = ins.op;
            if (op == Opcode.SETUP_FINALLY || op == Opcode.SETUP_CLEANUP || op == Opcode.SETUP_WITH || op == Opcode.POP_BLOCK) continue;
            int arg = ins.arg;
            if (ins.target != null) {
                int t = newIndex[ins.target.pos];
                arg = t;
                if (op == Opcode.JUMP) op = t <= j ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD;
            }
            switch (ins.argKind & 0xFF) {
                case 1: {
                    String name = u.cellvars.get(arg);
                    Integer vi = u.varnames.get(name);
                    arg = vi != null ? vi : nvar + extraCells.indexOf(name);
                    break;
                }
                case 2:
                    arg = nvar + extraCells.size() + arg;
                    break;
                default:
                    break;
            }
            if (!seen[i]) {
                // Unreachable code: keep it (jump targets may point at it) but it never runs.
                outHandlers[j] = null;
            } else {
                outHandlers[j] = handlers[i];
            }
            out[j] = (arg << 8) | op;
            lines[j] = ins.line;
            cols[j] = ins.col;
            endLines[j] = ins.endLine;
            endCols[j] = ins.endCol;
            noLoc[j] = (ins.argKind & 0x100) != 0;
            j++;
        }
        // Line starts: the first instruction of each run of one line.
        int prevLine = -1;
        for (int i = 0; i < m; i++) {
            if (lines[i] != prevLine && !noLoc[i]) {
                out[i] |= PyCode.LINE_START;
                prevLine = lines[i];
            } else if (!noLoc[i]) {
                prevLine = lines[i];
            }
        }
        // Exception table: runs of instructions sharing a handler.
        List<int[]> table = new ArrayList<>();
        int runStart = -1;
        Handler runH = null;
        for (int i = 0; i <= m; i++) {
            Handler h = i < m ? outHandlers[i] : null;
            boolean same = h != null && runH != null && h.target == runH.target && h.depth == runH.depth;
            if (!same) {
                if (runH != null) table.add(new int[] {runStart, i, newIndex[runH.target], runH.depth});
                runH = h;
                runStart = i;
            }
        }
        int[] es = new int[table.size()], ee = new int[table.size()], et = new int[table.size()], ed = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            es[i] = table.get(i)[0];
            ee[i] = table.get(i)[1];
            et[i] = table.get(i)[2];
            ed[i] = table.get(i)[3];
        }
        // Fast-local slots: varnames, cells that are not parameters/locals, frees.
        int nslots = nvar + extraCells.size() + u.freevars.size();
        PyStr[] slotNames = new PyStr[nslots];
        boolean[] isCell = new boolean[nslots];
        for (var e : u.varnames.entrySet()) slotNames[e.getValue()] = PyStr.intern(e.getKey());
        for (int i = 0; i < extraCells.size(); i++) {
            slotNames[nvar + i] = PyStr.intern(extraCells.get(i));
            isCell[nvar + i] = true;
        }
        for (String c : u.cellvars) {
            Integer vi = u.varnames.get(c);
            if (vi != null) isCell[vi] = true;
        }
        for (int i = 0; i < u.freevars.size(); i++) {
            slotNames[nvar + extraCells.size() + i] = PyStr.intern(u.freevars.get(i));
            isCell[nvar + extraCells.size() + i] = true;
        }
        PyStr[] names = new PyStr[u.names.size()];
        for (var e : u.names.entrySet()) names[e.getValue()] = PyStr.intern(e.getKey());
        int flags = u.flags;
        if (u.freevars.isEmpty() && u.cellvars.isEmpty()) flags |= PyCode.CO_NOFREE;
        PyCode c = new PyCode(out, u.consts.toArray(new PyObject[0]), names, slotNames, nvar,
                u.cellvars.size(), u.freevars.size(), isCell, u.argcount, u.posonlyargcount, u.kwonlyargcount, flags,
                u.name, u.qualname, filename, u.firstLine, lines, cols, endLines, endCols, es, ee, et, ed,
                maxDepth + 1, library);
        c.kwnames = u.kwnames.toArray(new String[0][]);
        // Settrace line kinds: an instruction without a position that neither falls in from the
        // code before nor is a jump's target is reached only by an exception (a handler's entry):
        // CPython leaves it without a line; the others take the line of the code that leads in.
        boolean[] jumpTarget = new boolean[m + 1];
        for (int i = 0; i < m; i++) {
            int op = out[i] & PyCode.OP_MASK;
            if (Opcode.hasJump(op)) jumpTarget[out[i] >>> 8] = true;
        }
        for (int i = 0; i < m; i++) {
            if (noLoc[i]) {
                boolean fallsIn = i > 0 && !Opcode.isTerminal(out[i - 1] & PyCode.OP_MASK);
                c.lineKind[i] = fallsIn || jumpTarget[i] ? PyCode.LINE_INHERITED : PyCode.LINE_NONE;
            }
        }
        return c;
    }
}
