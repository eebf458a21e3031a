package dev.coroscope.engine.compiler;

/**
 * The instruction set: the single list of opcodes, their names and stack effects. Modelled on
 * CPython 3.11's bytecode (same names and meanings where they exist) with a few simplifications:
 * jumps hold absolute instruction indices, calls are {@code [callable, self_or_null, args...]}.
 * Opcodes from {@link #FIRST_PSEUDO} on exist only inside the compiler; the assembler removes them.
 */
public final class Opcode {
    private Opcode() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int COPY = 3;
    public static final int SWAP = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int DELETE_FAST = 8;
    public static final int LOAD_DEREF = 9;
    public static final int STORE_DEREF = 10;
    public static final int DELETE_DEREF = 11;
    public static final int LOAD_CLOSURE = 12;
    public static final int LOAD_CLASSDEREF = 13;
    public static final int MAKE_CELL = 14;
    public static final int COPY_FREE_VARS = 15;
    public static final int LOAD_GLOBAL = 16;
    public static final int STORE_GLOBAL = 17;
    public static final int DELETE_GLOBAL = 18;
    public static final int LOAD_NAME = 19;
    public static final int STORE_NAME = 20;
    public static final int DELETE_NAME = 21;
    public static final int LOAD_ATTR = 22;
    public static final int STORE_ATTR = 23;
    public static final int DELETE_ATTR = 24;
    public static final int LOAD_METHOD = 25;
    public static final int BINARY_SUBSCR = 26;
    public static final int STORE_SUBSCR = 27;
    public static final int DELETE_SUBSCR = 28;
    public static final int BUILD_SLICE = 29;
    public static final int BINARY_OP = 30;
    public static final int UNARY_NEGATIVE = 31;
    public static final int UNARY_POSITIVE = 32;
    public static final int UNARY_NOT = 33;
    public static final int UNARY_INVERT = 34;
    public static final int COMPARE_OP = 35;
    public static final int IS_OP = 36;
    public static final int CONTAINS_OP = 37;
    public static final int BUILD_TUPLE = 38;
    public static final int BUILD_LIST = 39;
    public static final int BUILD_SET = 40;
    public static final int BUILD_MAP = 41;
    public static final int BUILD_STRING = 42;
    public static final int LIST_APPEND = 43;
    public static final int SET_ADD = 44;
    public static final int MAP_ADD = 45;
    public static final int LIST_EXTEND = 46;
    public static final int SET_UPDATE = 47;
    public static final int DICT_UPDATE = 48;
    public static final int DICT_MERGE = 49;
    public static final int LIST_TO_TUPLE = 50;
    public static final int UNPACK_SEQUENCE = 51;
    public static final int UNPACK_EX = 52;
    public static final int JUMP_FORWARD = 53;
    public static final int JUMP_BACKWARD = 54;
    public static final int POP_JUMP_IF_FALSE = 55;
    public static final int POP_JUMP_IF_TRUE = 56;
    public static final int POP_JUMP_IF_NONE = 57;
    public static final int POP_JUMP_IF_NOT_NONE = 58;
    public static final int JUMP_IF_FALSE_OR_POP = 59;
    public static final int JUMP_IF_TRUE_OR_POP = 60;
    public static final int GET_ITER = 61;
    public static final int FOR_ITER = 62;
    public static final int CALL = 63;
    public static final int KW_NAMES = 64;
    public static final int CALL_FUNCTION_EX = 65;
    public static final int MAKE_FUNCTION = 66;
    public static final int RETURN_VALUE = 67;
    public static final int LOAD_BUILD_CLASS = 68;
    public static final int RAISE_VARARGS = 69;
    public static final int RERAISE = 70;
    public static final int PUSH_EXC_INFO = 71;
    public static final int POP_EXCEPT = 72;
    public static final int POP_EXCEPT_AND_RERAISE = 73;
    public static final int CHECK_EXC_MATCH = 74;
    public static final int CHECK_EG_MATCH = 75;
    public static final int PREP_RERAISE_STAR = 76;
    public static final int WITH_EXCEPT_START = 77;
    public static final int BEFORE_WITH = 78;
    public static final int BEFORE_ASYNC_WITH = 79;
    public static final int LOAD_ASSERTION_ERROR = 80;
    public static final int YIELD_VALUE = 81;
    public static final int SEND = 82;
    public static final int GET_YIELD_FROM_ITER = 83;
    public static final int GET_AWAITABLE = 84;
    public static final int GET_AITER = 85;
    public static final int GET_ANEXT = 86;
    public static final int END_ASYNC_FOR = 87;
    public static final int ASYNC_GEN_WRAP = 88;
    public static final int FORMAT_VALUE = 89;
    public static final int IMPORT_NAME = 90;
    public static final int IMPORT_FROM = 91;
    public static final int IMPORT_STAR = 92;
    public static final int SETUP_ANNOTATIONS = 93;
    public static final int LOAD_LOCALS = 94;
    public static final int RETURN_CONST = 95;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 96;
    public static final int CLEANUP_THROW = 97;
    public static final int STORE_ANNOTATION = 98;
    /** Pattern matching (CPython 3.11's instructions of the same names). */
    public static final int GET_LEN = 99;
    public static final int MATCH_MAPPING = 100;
    public static final int MATCH_SEQUENCE = 101;
    public static final int MATCH_KEYS = 102;
    public static final int MATCH_CLASS = 103;

    /*
     * Fused instructions (superinstructions): never in a code object's instructions, only in the
     * copy the interpreter loop runs (PyCode.loopCode, made by Superinstructions), each on the
     * first instruction of the pair it stands for; the second instruction stays as it is.
     */
    /** LOAD_FAST then LOAD_CONST. */
    public static final int LOAD_FAST__LOAD_CONST = 104;
    /** LOAD_FAST then LOAD_FAST. */
    public static final int LOAD_FAST__LOAD_FAST = 105;
    /** COMPARE_OP then POP_JUMP_IF_FALSE. */
    public static final int COMPARE_OP__POP_JUMP_IF_FALSE = 106;
    /** COMPARE_OP then POP_JUMP_IF_TRUE. */
    public static final int COMPARE_OP__POP_JUMP_IF_TRUE = 107;
    /** LOAD_GLOBAL then PUSH_NULL (every call of a global function or class). */
    public static final int LOAD_GLOBAL__PUSH_NULL = 108;
    /** LOAD_FAST, LOAD_CONST, BINARY_OP ({@code n - 1}, {@code i % 3}). */
    public static final int LOAD_FAST__LOAD_CONST__BINARY_OP = 109;
    /** LOAD_FAST, LOAD_CONST, COMPARE_OP, then POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE ({@code if n < 2:}). */
    public static final int LOAD_FAST__LOAD_CONST__COMPARE_JUMP = 110;
    /** FOR_ITER then STORE_FAST (the loop variable of {@code for x in ...:}). */
    public static final int FOR_ITER__STORE_FAST = 112;
    /** LOAD_FAST then RETURN_VALUE ({@code return n}). */
    public static final int LOAD_FAST__RETURN_VALUE = 114;
    /** BINARY_OP then RETURN_VALUE ({@code return a + b}). */
    public static final int BINARY_OP__RETURN_VALUE = 115;

    /**
     * Only in the interpreter loop's copy of the instructions ({@code PyCode.loopCode}): stands for
     * every instruction the loop's switch has no case of its own for (see {@code Interp.LOOP_CASES}).
     */
    public static final int RARE = 111;
    /**
     * Only in the loop's copy of the instructions, like {@link #RARE}: stands for the instructions
     * without a case of their own that leave their frame and its position as they are (names in
     * module code, f-string parts, unpacking, building containers; see {@code Interp.LoopForm}).
     */
    public static final int RARE_KEEP = 113;
    public static final int FIRST_PSEUDO = 120;
    public static final int SETUP_FINALLY = 120;
    public static final int SETUP_CLEANUP = 121;
    public static final int SETUP_WITH = 122;
    public static final int POP_BLOCK = 123;
    /** Compiler-only: an unconditional jump, direction decided by the assembler. */
    public static final int JUMP = 124;

    /** FORMAT_VALUE flags. */
    public static final int FVC_MASK = 0x3, FVC_NONE = 0, FVC_STR = 1, FVC_REPR = 2, FVC_ASCII = 3, FVS_HAVE_SPEC = 4;

    /** MAKE_FUNCTION flags. */
    public static final int MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8;

    private static final String[] NAMES = new String[128];

    static {
        for (var f : Opcode.class.getFields()) {
            if (f.getType() == int.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                String n = f.getName();
                if (n.startsWith("FVC_") || n.startsWith("FVS_") || n.startsWith("MF_") || n.equals("FIRST_PSEUDO")) continue;
                try {
                    int v = f.getInt(null);
                    if (NAMES[v] == null) NAMES[v] = n;
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public static String name(int op) {
        String n = op >= 0 && op < NAMES.length ? NAMES[op] : null;
        return n == null ? "OP_" + op : n;
    }

    public static boolean hasJump(int op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND: case SETUP_FINALLY: case SETUP_CLEANUP:
            case SETUP_WITH: case JUMP:
                return true;
            default:
                return false;
        }
    }

    /** True when execution never falls through to the next instruction. */
    public static boolean isTerminal(int op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case JUMP_BACKWARD_NO_INTERRUPT: case JUMP: case RETURN_VALUE:
            case RETURN_CONST: case RAISE_VARARGS: case RERAISE: case POP_EXCEPT_AND_RERAISE:
                return true;
            default:
                return false;
        }
    }

    /** Stack effect; {@code jump} selects the effect when the jump is taken. */
    public static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case NOP: case MAKE_CELL: case COPY_FREE_VARS: case DELETE_FAST: case DELETE_DEREF: case DELETE_GLOBAL:
            case DELETE_NAME: case SWAP: case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_NOT: case UNARY_INVERT:
            case LIST_TO_TUPLE: case GET_ITER: case KW_NAMES: case GET_YIELD_FROM_ITER: case GET_AWAITABLE:
            case GET_AITER: case ASYNC_GEN_WRAP: case SETUP_ANNOTATIONS: case JUMP_FORWARD: case JUMP_BACKWARD:
            case JUMP_BACKWARD_NO_INTERRUPT: case JUMP: case LOAD_ATTR: case YIELD_VALUE: case POP_BLOCK:
            case SETUP_FINALLY: case SETUP_CLEANUP: case SETUP_WITH: case CHECK_EXC_MATCH: case CHECK_EG_MATCH:
                return 0;
            case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case BINARY_SUBSCR:
            case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case LIST_APPEND: case SET_ADD:
            case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE: case RETURN_VALUE:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            case IMPORT_NAME: case IMPORT_STAR: case DELETE_ATTR: case RERAISE: case POP_EXCEPT:
            case PREP_RERAISE_STAR: case STORE_ANNOTATION:
                return -1;
            case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLOSURE:
            case LOAD_CLASSDEREF: case LOAD_GLOBAL: case LOAD_NAME: case LOAD_METHOD: case LOAD_BUILD_CLASS:
            case PUSH_EXC_INFO: case WITH_EXCEPT_START: case BEFORE_WITH: case BEFORE_ASYNC_WITH:
            case LOAD_ASSERTION_ERROR: case GET_ANEXT: case IMPORT_FROM: case LOAD_LOCALS:
            case GET_LEN: case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS:
                return 1;
            case MATCH_CLASS:
                return -2;
            case RETURN_CONST:
                return 0;
            case STORE_ATTR: case DELETE_SUBSCR: case POP_EXCEPT_AND_RERAISE: case END_ASYNC_FOR: case MAP_ADD:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case FOR_ITER:
                return jump ? -1 : 1;
            case SEND:
                return jump ? -1 : 0;
            case CALL:
                return -arg - 1;
            case CALL_FUNCTION_EX:
                return (arg & 1) != 0 ? -3 : -2;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0xF);
            case RAISE_VARARGS:
                return -arg;
            case FORMAT_VALUE:
                return (arg & FVS_HAVE_SPEC) != 0 ? -1 : 0;
            case CLEANUP_THROW:
                return -1;
            default:
                throw new IllegalArgumentException("no stack effect for " + name(op));
        }
    }
}
