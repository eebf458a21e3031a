package dev.coroscope.engine.compiler;

import dev.coroscope.engine.ast.Span;
import dev.coroscope.engine.runtime.PyObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The code being generated for one scope: instructions with labels, constants, names. */
final class Unit {

    /** A jump target; bound to the index of the next instruction emitted after {@link #bind}. */
    static final class Label {
        int pos = -1;
    }

    /** One instruction before assembly. {@code cellRef}/{@code freeRef} args are fixed up later. */
    static final class Instr {
        int op;
        int arg;
        Label target;
        int line, col, endLine, endCol;
        /** 0 = plain arg; 1 = arg is an index into cellvars; 2 = into freevars; 3 = a varnames index. */
        int argKind;

        Instr(int op, int arg, Label target, Span loc) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            if (loc != null) {
                line = loc.line();
                col = loc.col();
                endLine = loc.endLine();
                endCol = loc.endCol();
            } else {
                line = -1;
            }
        }
    }

    enum FBlockType { WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR }

    static final class FBlock {
        final FBlockType type;
        final Label block;
        final Label exit;
        /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the bound name (String) or null. */
        final Object datum;

        FBlock(FBlockType type, Label block, Label exit, Object datum) {
            this.type = type;
            this.block = block;
            this.exit = exit;
            this.datum = datum;
        }
    }

    final Symtable.Scope scope;
    final String name;
    final String qualname;
    final int firstLine;
    final List<Instr> code = new ArrayList<>();
    final List<PyObject> consts = new ArrayList<>();
    final Map<Object, Integer> constIndex = new HashMap<>();
    final LinkedHashMap<String, Integer> names = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars;
    final List<String> freevars;
    final List<String[]> kwnames = new ArrayList<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    Span loc;
    private final List<Label> pending = new ArrayList<>();

    Unit(Symtable.Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        this.cellvars = scope.cellNames();
        this.freevars = scope.freeNames();
    }

    Instr emit(int op, int arg) {
        Instr i = new Instr(op, arg, null, loc);
        add(i);
        return i;
    }

    Instr emit(int op) {
        return emit(op, 0);
    }

    Instr emitJump(int op, Label target) {
        Instr i = new Instr(op, 0, target, loc);
        add(i);
        return i;
    }

    /** Emits an instruction with no source location (cleanup code). */
    Instr emitNoLoc(int op, int arg) {
        Instr i = new Instr(op, arg, null, null);
        add(i);
        return i;
    }

    private void add(Instr i) {
        if (!pending.isEmpty()) {
            for (Label l : pending) l.pos = code.size();
            pending.clear();
        }
        code.add(i);
    }

    void bind(Label l) {
        l.pos = -2;
        pending.add(l);
    }

    /** Binds labels still pending at the end to one past the last instruction. */
    void finish() {
        for (Label l : pending) l.pos = code.size();
        pending.clear();
    }

    int addConst(PyObject v, Object key) {
        Integer i = constIndex.get(key);
        if (i != null) return i;
        int n = consts.size();
        consts.add(v);
        constIndex.put(key, n);
        return n;
    }

    int addName(String raw) {
        String n = Symtable.mangle(scope.priv, raw);
        Integer i = names.get(n);
        if (i != null) return i;
        int k = names.size();
        names.put(n, k);
        return k;
    }

    int addVarname(String n) {
        Integer i = varnames.get(n);
        if (i != null) return i;
        int k = varnames.size();
        varnames.put(n, k);
        return k;
    }

    int addKwnames(String[] kw) {
        kwnames.add(kw);
        return kwnames.size() - 1;
    }
}
