package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.runtime.Arithmetic;
import taipan.runtime.BinaryOp;
import taipan.runtime.CompareOp;
import taipan.runtime.Ops;
import taipan.runtime.Py;
import taipan.runtime.PyCell;

/**
 * The bytecode interpreter: runs a {@link Frame} until it returns or yields.
 *
 * <p>Contract: {@link #run} only dispatches — each case is a line or three that
 * calls a static handler (in {@link Instructions}, {@link Calls},
 * {@link Unwinding} and others), so the method stays far below HotSpot's
 * 8000-byte compilation limit ({@code DispatchSizeTest} checks it). An exception
 * raised by an instruction is routed through the code's exception table
 * ({@link Unwinding#findHandler}); when no entry covers it the frame records
 * its position and the exception propagates to the caller.
 */
public final class Interpreter {
    private Interpreter() {}

    private static final Opcode[] OPS = Opcode.values();

    /** Runs a fresh (non-generator) frame to completion and returns its result. */
    public static Object execute(Frame f) {
        ThreadState ts = ThreadState.current();
        ts.enter(f);
        try {
            return run(f, ts);
        } finally {
            ts.leave(f);
        }
    }

    /** Resumes a suspended frame by raising {@code e} at the instruction where it stopped. */
    static Object runThrowing(Frame f, ThreadState ts, Throwable e) {
        f.pc = Unwinding.handle(f, ts, e, f.sp);
        return run(f, ts);
    }

    /** The dispatch loop. Returns the frame's return value, or the yielded value with {@code f.yielded} set. */
    static Object run(Frame f, ThreadState ts) {
        final CodeObject code = f.code;
        final int[] insns = code.code;
        final Object[] consts = code.consts;
        final Object[] fast = f.fast;
        final Object[] stack = f.stack;
        int pc = f.pc;
        int sp = f.sp;
        while (true) {
            final int insn = insns[pc];
            final int arg = insn >>> 8;
            f.lasti = pc;
            pc++;
            try {
                switch (OPS[insn & 0xFF]) {
                    case NOP -> { }
                    case POP_TOP -> stack[--sp] = null;
                    case COPY -> {
                        stack[sp] = stack[sp - arg];
                        sp++;
                    }
                    case SWAP -> {
                        Object t = stack[sp - 1];
                        stack[sp - 1] = stack[sp - arg];
                        stack[sp - arg] = t;
                    }
                    case LOAD_CONST -> stack[sp++] = consts[arg];
                    case LOAD_FAST -> {
                        Object v = fast[arg];
                        if (v == null) {
                            throw Instructions.unboundLocal(code, arg);
                        }
                        stack[sp++] = v;
                    }
                    case STORE_FAST -> {
                        fast[arg] = stack[--sp];
                        stack[sp] = null;
                    }
                    case DELETE_FAST -> {
                        if (fast[arg] == null) {
                            throw Instructions.unboundLocal(code, arg);
                        }
                        fast[arg] = null;
                    }
                    case LOAD_DEREF -> stack[sp++] = Instructions.loadDeref(f, arg);
                    case STORE_DEREF -> {
                        ((PyCell) fast[code.varnames.length + arg]).value = stack[--sp];
                        stack[sp] = null;
                    }
                    case DELETE_DEREF -> Instructions.deleteDeref(f, arg);
                    case LOAD_CLOSURE -> stack[sp++] = fast[code.varnames.length + arg];
                    case LOAD_CLASSDEREF -> stack[sp++] = Instructions.loadClassDeref(f, arg);
                    case LOAD_NAME -> stack[sp++] = Instructions.loadName(f, code.names[arg]);
                    case STORE_NAME -> {
                        Instructions.storeName(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case DELETE_NAME -> Instructions.deleteName(f, code.names[arg]);
                    case LOAD_GLOBAL -> stack[sp++] = Instructions.loadGlobal(f, code, pc - 1, arg);
                    case STORE_GLOBAL -> {
                        Instructions.storeGlobal(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case DELETE_GLOBAL -> Instructions.deleteGlobal(f, code.names[arg]);
                    case LOAD_ATTR -> stack[sp - 1] = AttributeCache.load(code, pc - 1, stack[sp - 1], code.names[arg]);
                    case STORE_ATTR -> {
                        Ops.setAttr(stack[sp - 1], code.names[arg], stack[sp - 2]);
                        stack[--sp] = null;
                        stack[--sp] = null;
                    }
                    case DELETE_ATTR -> {
                        Ops.setAttr(stack[sp - 1], code.names[arg], null);
                        stack[--sp] = null;
                    }
                    case LOAD_METHOD -> {
                        AttributeCache.loadMethod(code, pc - 1, stack, sp - 1, code.names[arg]);
                        sp++;
                    }
                    case BINARY_SUBSCR -> {
                        sp--;
                        stack[sp - 1] = Ops.getItem(stack[sp - 1], stack[sp]);
                        stack[sp] = null;
                    }
                    case STORE_SUBSCR -> {
                        Ops.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                        sp = Instructions.clear(stack, sp, 3);
                    }
                    case DELETE_SUBSCR -> {
                        Ops.delItem(stack[sp - 2], stack[sp - 1]);
                        sp = Instructions.clear(stack, sp, 2);
                    }
                    case BINARY_OP -> {
                        sp--;
                        stack[sp - 1] = Arithmetic.binary(BinaryOp.of(arg), stack[sp - 1], stack[sp]);
                        stack[sp] = null;
                    }
                    case COMPARE_OP -> {
                        sp--;
                        stack[sp - 1] = Ops.richCompare(stack[sp - 1], stack[sp], CompareOp.of(arg));
                        stack[sp] = null;
                    }
                    case IS_OP -> {
                        sp--;
                        stack[sp - 1] = Py.bool((stack[sp - 1] == stack[sp] || Instructions.sameValue(stack[sp - 1], stack[sp])) != (arg == 1));
                        stack[sp] = null;
                    }
                    case CONTAINS_OP -> {
                        sp--;
                        stack[sp - 1] = Py.bool(Ops.contains(stack[sp], stack[sp - 1]) != (arg == 1));
                        stack[sp] = null;
                    }
                    case UNARY_NEGATIVE -> stack[sp - 1] = Arithmetic.negative(stack[sp - 1]);
                    case UNARY_POSITIVE -> stack[sp - 1] = Arithmetic.positive(stack[sp - 1]);
                    case UNARY_INVERT -> stack[sp - 1] = Arithmetic.invert(stack[sp - 1]);
                    case UNARY_NOT -> stack[sp - 1] = Py.bool(!Ops.isTrue(stack[sp - 1]));
                    case JUMP_FORWARD, JUMP_BACKWARD -> pc = arg;
                    case POP_JUMP_IF_FALSE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.FALSE || v != Boolean.TRUE && !Ops.isTrue(v)) {
                            pc = arg;
                        }
                    }
                    case POP_JUMP_IF_TRUE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.TRUE || v != Boolean.FALSE && Ops.isTrue(v)) {
                            pc = arg;
                        }
                    }
                    case POP_JUMP_IF_NONE -> {
                        if (stack[--sp] == Py.None) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case POP_JUMP_IF_NOT_NONE -> {
                        if (stack[--sp] != Py.None) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case JUMP_IF_FALSE_OR_POP -> {
                        if (!Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case JUMP_IF_TRUE_OR_POP -> {
                        if (Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case GET_ITER -> stack[sp - 1] = Ops.iter(stack[sp - 1]);
                    case FOR_ITER -> {
                        Object v = Ops.next(stack[sp - 1]);
                        if (v == null) {
                            stack[--sp] = null;
                            pc = arg;
                        } else {
                            stack[sp++] = v;
                        }
                    }
                    case GET_YIELD_FROM_ITER -> stack[sp - 1] = Generators.yieldFromIter(code, stack[sp - 1]);
                    case BUILD_TUPLE -> sp = Instructions.buildTuple(stack, sp, arg);
                    case BUILD_LIST -> sp = Instructions.buildList(stack, sp, arg);
                    case BUILD_SET -> sp = Instructions.buildSet(stack, sp, arg);
                    case BUILD_MAP -> sp = Instructions.buildMap(stack, sp, arg);
                    case BUILD_CONST_KEY_MAP -> sp = Instructions.buildConstKeyMap(stack, sp, arg);
                    case BUILD_STRING -> sp = Instructions.buildString(stack, sp, arg);
                    case BUILD_SLICE -> sp = Instructions.buildSlice(stack, sp, arg);
                    case LIST_TO_TUPLE -> stack[sp - 1] = Instructions.listToTuple(stack[sp - 1]);
                    case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE ->
                        sp = Instructions.addToCollection(OPS[insn & 0xFF], stack, sp, arg);
                    case MAP_ADD -> sp = Instructions.mapAdd(stack, sp, arg);
                    case UNPACK_SEQUENCE -> sp = Instructions.unpackSequence(stack, sp, arg);
                    case UNPACK_EX -> sp = Instructions.unpackEx(stack, sp, arg);
                    case FORMAT_VALUE -> sp = Instructions.formatValue(stack, sp, arg);
                    case CALL -> sp = Calls.call(stack, sp, arg);
                    case CALL_KW -> sp = Calls.callKw(stack, sp, arg);
                    case CALL_METHOD -> sp = Calls.callMethod(stack, sp, arg);
                    case CALL_METHOD_KW -> sp = Calls.callMethodKw(stack, sp, arg);
                    case CALL_FUNCTION_EX -> sp = Calls.callFunctionEx(stack, sp, arg);
                    case MAKE_FUNCTION -> sp = Calls.makeFunction(f, stack, sp, arg);
                    case LOAD_BUILD_CLASS -> stack[sp++] = Instructions.loadBuiltin(f, "__build_class__");
                    case RETURN_VALUE -> {
                        f.yielded = false;
                        f.sp = sp - 1;
                        return stack[sp - 1];
                    }
                    case YIELD_VALUE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.pc = pc;
                        f.yielded = true;
                        return v;
                    }
                    case SEND -> {
                        pc = Generators.send(f, stack, sp, pc, arg);
                        sp = f.sp;
                    }
                    case GET_AWAITABLE -> stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], arg);
                    case GET_AITER -> stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
                    case GET_ANEXT -> {
                        Object v = Generators.getANext(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case END_ASYNC_FOR -> sp = Unwinding.endAsyncFor(stack, sp);
                    case ASYNC_GEN_WRAP -> stack[sp - 1] = new Generators.AsyncGenWrapped(stack[sp - 1]);
                    case BEFORE_WITH -> sp = Instructions.beforeWith(stack, sp, false);
                    case BEFORE_ASYNC_WITH -> sp = Instructions.beforeWith(stack, sp, true);
                    case WITH_EXCEPT_START -> {
                        Object v = Unwinding.withExceptStart(stack, sp);
                        stack[sp++] = v;
                    }
                    case PUSH_EXC_INFO -> sp = Unwinding.pushExcInfo(ts, stack, sp);
                    case POP_EXCEPT -> sp = Unwinding.popExcept(ts, stack, sp);
                    case CHECK_EXC_MATCH -> stack[sp - 1] = Unwinding.checkExcMatch(stack[sp - 2], stack[sp - 1]);
                    case CHECK_EG_MATCH -> Unwinding.checkEgMatch(stack, sp);
                    case PREP_RERAISE_STAR -> sp = Unwinding.prepReraiseStar(stack, sp);
                    case RERAISE -> throw Unwinding.reraise(f, stack, sp, arg);
                    case RAISE_VARARGS -> throw Unwinding.raise(ts, stack, sp, arg);
                    case LOAD_ASSERTION_ERROR -> stack[sp++] = taipan.runtime.Exceptions.ASSERTION_ERROR;
                    case IMPORT_NAME -> sp = Imports.importName(f, stack, sp, code.names[arg]);
                    case IMPORT_FROM -> {
                        Object v = Imports.importFrom(stack[sp - 1], code.names[arg]);
                        stack[sp++] = v;
                    }
                    case IMPORT_STAR -> sp = Imports.importStar(f, stack, sp);
                    case SETUP_ANNOTATIONS -> Instructions.setupAnnotations(f);
                    case PRINT_EXPR -> sp = Instructions.printExpr(stack, sp);
                    case GET_LEN -> {
                        Object v = (long) Ops.len(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case MATCH_MAPPING -> {
                        Object v = Matching.isMapping(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case MATCH_SEQUENCE -> {
                        Object v = Matching.isSequence(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case MATCH_KEYS -> {
                        Object v = Matching.matchKeys(stack[sp - 2], stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case MATCH_CLASS -> sp = Matching.matchClass(stack, sp, arg);
                    case COPY_DICT_WITHOUT_KEYS -> stack[sp - 1] = Matching.copyDictWithoutKeys(stack[sp - 2], stack[sp - 1]);
                    default -> throw new IllegalStateException("unknown opcode " + insn);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                pc = Unwinding.handle(f, ts, e, sp);
                sp = f.sp;
            }
        }
    }
}
