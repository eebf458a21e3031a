package dev.coroscope.engine.runtime;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A code object: what the compiler makes of one function, class body, comprehension or module.
 * Instructions are ints: bits 0-6 the opcode, bit 7 set on the first instruction of each source
 * line (the VM counts steps there), bits 8-31 the argument. Every instruction has a source position
 * (line, column, end line, end column) for tracebacks and caret lines. The exception table lists
 * instruction ranges {@code [start, end)} with the handler to jump to and the stack depth to unwind
 * to, as in CPython 3.11.
 *
 * <p>Fast locals ("localsplus") are laid out as: {@link #varnames} (parameters first), then cell
 * variables that are not parameters, then free variables.
 */
public final class PyCode extends PyObject {

    public static final PyType TYPE = PyType.builtin("code", null, false, new Consumer<PyType>() { public void accept(PyType x) {
        CodeType.init(x);
        x.setNew((cls, a, k) -> {
            if (a.length < 16) throw Exc.typeError("code expected at least 16 arguments, got " + a.length);
            throw Exc.typeError("cannot create 'code' instances");
        });
    }});

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_NOFREE = 0x40;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;

    public static final int OP_MASK = 0x7F;
    public static final int LINE_START = 0x80;

    public final int[] code;
    /**
     * What the interpreter loop runs: {@link #code} with some adjacent pairs fused into one
     * instruction (see {@code compiler.Superinstructions}) and the opcodes the loop leaves to its
     * default case replaced by one ({@code Interp.LoopForm}); indices mean the same in both.
     */
    public final int[] loopCode;
    /** Where the loop hands a run of simple instructions to its fast loop ({@code Interp.LoopForm.fastEntries}). */
    public final boolean[] fastEntry;
    /**
     * Whether every instruction of this (generator) code is one {@code Interp.resumeSimple} runs,
     * so that resuming it from Java tries that first: 0 not known yet, 1 yes, 2 no.
     */
    public byte simpleResume;
    public final PyObject[] consts;
    public final PyStr[] names;
    /** Names of all fast-local slots (locals, then cells, then frees). */
    public final PyStr[] localsplusNames;
    /** Number of slots that are plain or parameter locals ({@code co_varnames}). */
    public final int nvarnames;
    public final int ncells;
    public final int nfrees;
    /** For each slot: true when it holds a cell (a cell var or a free var). */
    public final boolean[] isCell;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public int flags;
    /**
     * Frames made for this code so far, counted up to {@link RecursionCost#WARM_RUNS}: CPython 3.11
     * runs a function's first calls unspecialized, where every built-in call is checked against
     * the recursion limit (see {@link RecursionCost#coldCall}).
     */
    public int runs;
    /** Index of the first instruction of the first for loop (a FOR_ITER a backward jump returns to); see {@link #firstForLoop}. */
    private int firstForLoop = -1;

    /**
     * Where this code's first for loop starts (its FOR_ITER), or MAX_VALUE: CPython 3.11 counts each
     * pass through a for loop's backward jump towards specializing the code, as it counts calls
     * (a while loop's conditional jump back does not count).
     */
    public int firstForLoop() {
        int found = firstForLoop;
        if (found >= 0) return found;
        found = Integer.MAX_VALUE;
        for (int insn : code) {
            if ((insn & OP_MASK) != dev.coroscope.engine.compiler.Opcode.JUMP_BACKWARD) continue;
            int target = insn >>> 8;
            if (target < code.length && (code[target] & OP_MASK) == dev.coroscope.engine.compiler.Opcode.FOR_ITER) found = Math.min(found, target);
        }
        return firstForLoop = found;
    }
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int[] lines;
    public final int[] cols;
    public final int[] endLines;
    public final int[] endCols;
    public final int[] excStart;
    public final int[] excEnd;
    public final int[] excTarget;
    public final int[] excDepth;
    public final int stacksize;
    /**
     * For a function with plain parameters (no keyword-only ones, no {@code *args}/{@code **kwargs}):
     * its number of positional parameters, the argument count of a call the loop binds by copying
     * alone; -1 otherwise. The flags it depends on never change later.
     */
    public final int plainArgcount;
    /** Length of a frame's array: fast locals plus the value stack. */
    public final int frameSize;
    /** Library code (bundled Python modules): hidden from tracebacks and from the tracer. */
    public final boolean library;
    /** Keyword names of calls: KW_NAMES's argument indexes this table. */
    public String[][] kwnames = new String[0][];
    /** The VM's memory of where the keywords of the last keyword-name array it bound go (vm.Bind). */
    public Object kwSlots;
    /** Per-instruction inline cache slots of the VM (one per instruction, filled on demand). */
    public final Object[] cache;
    /**
     * Per instruction, how it takes part in settrace's line events, as CPython's line table would
     * have it: {@link #LINE_OWN} (it has its own position), {@link #LINE_INHERITED} (none of its own;
     * it falls through from the code before and shares its line: reports nothing) or
     * {@link #LINE_NONE} (none of its own and only reached by a jump or an exception, like an
     * exception handler's entry: reports nothing, and the next positioned instruction reports its
     * line even if it is the line reported last). Its {@link #lines} entry, for tracebacks, is
     * inherited in both cases. Filled by the assembler.
     */
    public final byte[] lineKind;
    public static final byte LINE_OWN = 0;
    public static final byte LINE_INHERITED = 1;
    public static final byte LINE_NONE = 2;
    public PyCode(int[] code, PyObject[] consts, PyStr[] names, PyStr[] localsplusNames, int nvarnames, int ncells,
                  int nfrees, boolean[] isCell, int argcount, int posonlyargcount, int kwonlyargcount, int flags,
                  String name, String qualname, String filename, int firstlineno, int[] lines, int[] cols,
                  int[] endLines, int[] endCols, int[] excStart, int[] excEnd, int[] excTarget, int[] excDepth,
                  int stacksize, boolean library) {
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.localsplusNames = localsplusNames;
        this.nvarnames = nvarnames;
        this.ncells = ncells;
        this.nfrees = nfrees;
        this.isCell = isCell;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.lines = lines;
        this.cols = cols;
        this.endLines = endLines;
        this.endCols = endCols;
        this.excStart = excStart;
        this.excEnd = excEnd;
        this.excTarget = excTarget;
        this.excDepth = excDepth;
        this.stacksize = stacksize;
        this.plainArgcount = kwonlyargcount == 0
                && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0
                ? argcount : -1;
        this.frameSize = localsplusNames.length + stacksize;
        this.library = library;
        this.cache = new Object[code.length];
        this.lineKind = new byte[code.length];
        this.loopCode = dev.coroscope.engine.vm.Interp.LoopForm.of(dev.coroscope.engine.compiler.Superinstructions.fuse(code), code);
        this.fastEntry = dev.coroscope.engine.vm.Interp.LoopForm.fastEntries(loopCode);
    }

    public int nlocalsplus() {
        return localsplusNames.length;
    }

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & CO_COROUTINE) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & CO_ASYNC_GENERATOR) != 0;
    }

    /** True when calling the function makes a generator, coroutine or async generator. */
    public boolean isResumable() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** Index of the handler entry covering instruction {@code i}, or -1. */
    public int findHandler(int i) {
        int lo = 0, hi = excStart.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (excEnd[mid] <= i) lo = mid + 1;
            else if (excStart[mid] > i) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    public int lineAt(int i) {
        return i >= 0 && i < lines.length ? lines[i] : firstlineno;
    }

    public PyTuple varnamesTuple() {
        return PyTuple.of(Arrays.copyOf(localsplusNames, nvarnames));
    }

    public PyTuple cellvarsTuple() {
        PyObject[] r = new PyObject[ncells];
        int k = 0;
        for (int i = 0; i < nvarnames && k < ncells; i++) if (isCell[i]) r[k++] = localsplusNames[i];
        for (int i = nvarnames; k < ncells; i++) r[k++] = localsplusNames[i];
        return PyTuple.of(r);
    }

    public PyTuple freevarsTuple() {
        int n = localsplusNames.length;
        return PyTuple.of(Arrays.copyOfRange(localsplusNames, n - nfrees, n));
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<code object " + name + " at " + Ops.address(this) + ", file \"" + filename + "\", line "
                + firstlineno + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        for (PyObject c : consts) v.accept(c);
    }
}
