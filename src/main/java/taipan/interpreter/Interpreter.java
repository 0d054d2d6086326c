package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.bytecode.OpcodeNumbers;
import taipan.modules.SignalModule;
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
 * its position and the exception propagates to the caller. Python signal
 * handlers ({@link SignalModule#runPending}) run at backward jumps and frame
 * entry, as CPython's eval breaker runs them.
 */
public final class Interpreter {
    private Interpreter() {}

    private static final Opcode[] OPS = Opcode.values();

    /** Runs a fresh (non-generator) frame to completion and returns its result. */
    public static Object execute(Frame f) {
        ThreadState ts = ThreadState.current();
        ts.enter(f);
        try {
            if (SignalModule.pending) {
                SignalModule.runPending();
            }
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
                switch (insn & 0xFF) {
                    case OpcodeNumbers.NOP -> { }
                    case OpcodeNumbers.POP_TOP -> stack[--sp] = null;
                    case OpcodeNumbers.COPY -> {
                        stack[sp] = stack[sp - arg];
                        sp++;
                    }
                    case OpcodeNumbers.SWAP -> {
                        Object t = stack[sp - 1];
                        stack[sp - 1] = stack[sp - arg];
                        stack[sp - arg] = t;
                    }
                    case OpcodeNumbers.LOAD_CONST -> stack[sp++] = consts[arg];
                    case OpcodeNumbers.LOAD_FAST -> {
                        Object v = fast[arg];
                        if (v == null) {
                            throw Instructions.unboundLocal(code, arg);
                        }
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.STORE_FAST -> {
                        fast[arg] = stack[--sp];
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_FAST -> {
                        if (fast[arg] == null) {
                            throw Instructions.unboundLocal(code, arg);
                        }
                        fast[arg] = null;
                    }
                    case OpcodeNumbers.LOAD_DEREF -> stack[sp++] = Instructions.loadDeref(f, arg);
                    case OpcodeNumbers.STORE_DEREF -> {
                        ((PyCell) fast[code.varnames.length + arg]).value = stack[--sp];
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_DEREF -> Instructions.deleteDeref(f, arg);
                    case OpcodeNumbers.LOAD_CLOSURE -> stack[sp++] = fast[code.varnames.length + arg];
                    case OpcodeNumbers.LOAD_CLASSDEREF -> stack[sp++] = Instructions.loadClassDeref(f, arg);
                    case OpcodeNumbers.LOAD_NAME -> stack[sp++] = Instructions.loadName(f, code.names[arg]);
                    case OpcodeNumbers.STORE_NAME -> {
                        Instructions.storeName(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_NAME -> Instructions.deleteName(f, code.names[arg]);
                    case OpcodeNumbers.LOAD_GLOBAL -> stack[sp++] = Instructions.loadGlobal(f, code, pc - 1, arg);
                    case OpcodeNumbers.STORE_GLOBAL -> {
                        Instructions.storeGlobal(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_GLOBAL -> Instructions.deleteGlobal(f, code.names[arg]);
                    case OpcodeNumbers.LOAD_ATTR -> stack[sp - 1] = AttributeCache.load(code, pc - 1, stack[sp - 1], code.names[arg]);
                    case OpcodeNumbers.STORE_ATTR -> {
                        AttributeCache.store(code, pc - 1, stack[sp - 1], code.names[arg], stack[sp - 2]);
                        stack[--sp] = null;
                        stack[--sp] = null;
                    }
                    case OpcodeNumbers.DELETE_ATTR -> {
                        Ops.setAttr(stack[sp - 1], code.names[arg], null);
                        stack[--sp] = null;
                    }
                    case OpcodeNumbers.LOAD_METHOD -> {
                        AttributeCache.loadMethod(code, pc - 1, stack, sp - 1, code.names[arg]);
                        sp++;
                    }
                    case OpcodeNumbers.BINARY_SUBSCR -> {
                        sp--;
                        stack[sp - 1] = Ops.getItem(stack[sp - 1], stack[sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.STORE_SUBSCR -> {
                        Ops.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                        sp = Instructions.clear(stack, sp, 3);
                    }
                    case OpcodeNumbers.DELETE_SUBSCR -> {
                        Ops.delItem(stack[sp - 2], stack[sp - 1]);
                        sp = Instructions.clear(stack, sp, 2);
                    }
                    case OpcodeNumbers.BINARY_OP -> {
                        sp--;
                        stack[sp - 1] = Arithmetic.binary(BinaryOp.of(arg), stack[sp - 1], stack[sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.COMPARE_OP -> {
                        sp--;
                        stack[sp - 1] = Ops.richCompare(stack[sp - 1], stack[sp], CompareOp.of(arg));
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.IS_OP -> {
                        sp--;
                        stack[sp - 1] = Py.bool((stack[sp - 1] == stack[sp] || Instructions.sameValue(stack[sp - 1], stack[sp])) != (arg == 1));
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.CONTAINS_OP -> {
                        sp--;
                        stack[sp - 1] = Py.bool(Ops.contains(stack[sp], stack[sp - 1]) != (arg == 1));
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.UNARY_NEGATIVE -> stack[sp - 1] = Arithmetic.negative(stack[sp - 1]);
                    case OpcodeNumbers.UNARY_POSITIVE -> stack[sp - 1] = Arithmetic.positive(stack[sp - 1]);
                    case OpcodeNumbers.UNARY_INVERT -> stack[sp - 1] = Arithmetic.invert(stack[sp - 1]);
                    case OpcodeNumbers.UNARY_NOT -> stack[sp - 1] = Py.bool(!Ops.isTrue(stack[sp - 1]));
                    case OpcodeNumbers.JUMP_FORWARD -> pc = arg;
                    case OpcodeNumbers.JUMP_BACKWARD -> {
                        pc = arg;
                        if (SignalModule.pending) {
                            SignalModule.runPending();
                        }
                    }
                    case OpcodeNumbers.POP_JUMP_IF_FALSE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.FALSE || v != Boolean.TRUE && !Ops.isTrue(v)) {
                            pc = arg;
                        }
                    }
                    case OpcodeNumbers.POP_JUMP_IF_TRUE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.TRUE || v != Boolean.FALSE && Ops.isTrue(v)) {
                            pc = arg;
                        }
                    }
                    case OpcodeNumbers.POP_JUMP_IF_NONE -> {
                        if (stack[--sp] == Py.None) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.POP_JUMP_IF_NOT_NONE -> {
                        if (stack[--sp] != Py.None) {
                            pc = arg;
                        }
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.JUMP_IF_FALSE_OR_POP -> {
                        if (!Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case OpcodeNumbers.JUMP_IF_TRUE_OR_POP -> {
                        if (Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case OpcodeNumbers.GET_ITER -> stack[sp - 1] = Ops.iter(stack[sp - 1]);
                    case OpcodeNumbers.FOR_ITER -> {
                        Object v = Ops.next(stack[sp - 1]);
                        if (v == null) {
                            stack[--sp] = null;
                            pc = arg;
                        } else {
                            stack[sp++] = v;
                        }
                    }
                    case OpcodeNumbers.GET_YIELD_FROM_ITER -> stack[sp - 1] = Generators.yieldFromIter(code, stack[sp - 1]);
                    case OpcodeNumbers.BUILD_TUPLE -> sp = Instructions.buildTuple(stack, sp, arg);
                    case OpcodeNumbers.BUILD_LIST -> sp = Instructions.buildList(stack, sp, arg);
                    case OpcodeNumbers.BUILD_SET -> sp = Instructions.buildSet(stack, sp, arg);
                    case OpcodeNumbers.BUILD_MAP -> sp = Instructions.buildMap(stack, sp, arg);
                    case OpcodeNumbers.BUILD_CONST_KEY_MAP -> sp = Instructions.buildConstKeyMap(stack, sp, arg);
                    case OpcodeNumbers.BUILD_STRING -> sp = Instructions.buildString(stack, sp, arg);
                    case OpcodeNumbers.BUILD_SLICE -> sp = Instructions.buildSlice(stack, sp, arg);
                    case OpcodeNumbers.LIST_TO_TUPLE -> stack[sp - 1] = Instructions.listToTuple(stack[sp - 1]);
                    case OpcodeNumbers.LIST_APPEND, OpcodeNumbers.SET_ADD, OpcodeNumbers.LIST_EXTEND, OpcodeNumbers.SET_UPDATE, OpcodeNumbers.DICT_UPDATE, OpcodeNumbers.DICT_MERGE ->
                        sp = Instructions.addToCollection(OPS[insn & 0xFF], stack, sp, arg);
                    case OpcodeNumbers.MAP_ADD -> sp = Instructions.mapAdd(stack, sp, arg);
                    case OpcodeNumbers.UNPACK_SEQUENCE -> sp = Instructions.unpackSequence(stack, sp, arg);
                    case OpcodeNumbers.UNPACK_EX -> sp = Instructions.unpackEx(stack, sp, arg);
                    case OpcodeNumbers.FORMAT_VALUE -> sp = Instructions.formatValue(stack, sp, arg);
                    case OpcodeNumbers.CALL -> sp = Calls.call(stack, sp, arg);
                    case OpcodeNumbers.CALL_KW -> sp = Calls.callKw(stack, sp, arg);
                    case OpcodeNumbers.CALL_METHOD -> sp = Calls.callMethod(stack, sp, arg);
                    case OpcodeNumbers.CALL_METHOD_KW -> sp = Calls.callMethodKw(stack, sp, arg);
                    case OpcodeNumbers.CALL_FUNCTION_EX -> sp = Calls.callFunctionEx(stack, sp, arg);
                    case OpcodeNumbers.MAKE_FUNCTION -> sp = Calls.makeFunction(f, stack, sp, arg);
                    case OpcodeNumbers.LOAD_BUILD_CLASS -> stack[sp++] = Instructions.loadBuiltin(f, "__build_class__");
                    case OpcodeNumbers.RETURN_VALUE -> {
                        f.yielded = false;
                        f.sp = sp - 1;
                        return stack[sp - 1];
                    }
                    case OpcodeNumbers.YIELD_VALUE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.pc = pc;
                        f.yielded = true;
                        return v;
                    }
                    case OpcodeNumbers.SEND -> {
                        pc = Generators.send(f, stack, sp, pc, arg);
                        sp = f.sp;
                    }
                    case OpcodeNumbers.GET_AWAITABLE -> stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], arg);
                    case OpcodeNumbers.GET_AITER -> stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
                    case OpcodeNumbers.GET_ANEXT -> {
                        Object v = Generators.getANext(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.END_ASYNC_FOR -> sp = Unwinding.endAsyncFor(stack, sp);
                    case OpcodeNumbers.ASYNC_GEN_WRAP -> stack[sp - 1] = new Generators.AsyncGenWrapped(stack[sp - 1]);
                    case OpcodeNumbers.BEFORE_WITH -> sp = Instructions.beforeWith(stack, sp, false);
                    case OpcodeNumbers.BEFORE_ASYNC_WITH -> sp = Instructions.beforeWith(stack, sp, true);
                    case OpcodeNumbers.WITH_EXCEPT_START -> {
                        Object v = Unwinding.withExceptStart(stack, sp);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.PUSH_EXC_INFO -> sp = Unwinding.pushExcInfo(ts, stack, sp);
                    case OpcodeNumbers.POP_EXCEPT -> sp = Unwinding.popExcept(ts, stack, sp);
                    case OpcodeNumbers.CHECK_EXC_MATCH -> stack[sp - 1] = Unwinding.checkExcMatch(stack[sp - 2], stack[sp - 1]);
                    case OpcodeNumbers.CHECK_EG_MATCH -> Unwinding.checkEgMatch(stack, sp);
                    case OpcodeNumbers.PREP_RERAISE_STAR -> sp = Unwinding.prepReraiseStar(stack, sp);
                    case OpcodeNumbers.RERAISE -> throw Unwinding.reraise(f, stack, sp, arg);
                    case OpcodeNumbers.RAISE_VARARGS -> throw Unwinding.raise(ts, stack, sp, arg);
                    case OpcodeNumbers.LOAD_ASSERTION_ERROR -> stack[sp++] = taipan.runtime.Exceptions.ASSERTION_ERROR;
                    case OpcodeNumbers.IMPORT_NAME -> sp = Imports.importName(f, stack, sp, code.names[arg]);
                    case OpcodeNumbers.IMPORT_FROM -> {
                        Object v = Imports.importFrom(stack[sp - 1], code.names[arg]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.IMPORT_STAR -> sp = Imports.importStar(f, stack, sp);
                    case OpcodeNumbers.SETUP_ANNOTATIONS -> Instructions.setupAnnotations(f);
                    case OpcodeNumbers.PRINT_EXPR -> sp = Instructions.printExpr(stack, sp);
                    case OpcodeNumbers.GET_LEN -> {
                        Object v = (long) Ops.len(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_MAPPING -> {
                        Object v = Matching.isMapping(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_SEQUENCE -> {
                        Object v = Matching.isSequence(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_KEYS -> {
                        Object v = Matching.matchKeys(stack[sp - 2], stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_CLASS -> sp = Matching.matchClass(stack, sp, arg);
                    case OpcodeNumbers.COPY_DICT_WITHOUT_KEYS -> stack[sp - 1] = Matching.copyDictWithoutKeys(stack[sp - 2], stack[sp - 1]);
                    default -> throw new IllegalStateException("unknown opcode " + insn);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                pc = Unwinding.handle(f, ts, e, sp);
                sp = f.sp;
            }
        }
    }
}
