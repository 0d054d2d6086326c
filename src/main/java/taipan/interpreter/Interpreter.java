package taipan.interpreter;

import taipan.bytecode.CodeObject;
import taipan.bytecode.Opcode;
import taipan.bytecode.OpcodeNumbers;
import taipan.modules.SignalModule;
import taipan.runtime.Arithmetic;
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
                        // the instruction after a local load, when it is one of the common partners,
                        // without another dispatch (the switch's one indirect jump predicts badly)
                        final int next = insns[pc];
                        final int nextArg = next >>> 8;
                        switch (next & 0xFF) {
                            case OpcodeNumbers.LOAD_FAST -> {
                                stack[sp++] = v;
                                Object w = fast[nextArg];
                                if (w != null) {
                                    stack[sp++] = w;
                                    pc++;
                                }
                            }
                            case OpcodeNumbers.LOAD_CONST -> {
                                stack[sp++] = v;
                                stack[sp++] = consts[nextArg];
                                pc++;
                            }
                            case OpcodeNumbers.LOAD_ATTR -> {
                                f.lasti = pc++;
                                stack[sp++] = AttributeCache.load(code, pc - 1, v, code.names[nextArg]);
                            }
                            default -> stack[sp++] = v;
                        }
                    }
                    case OpcodeNumbers.STORE_FAST -> {
                        fast[arg] = stack[--sp];
                        stack[sp] = null;
                        final int next = insns[pc];
                        if ((next & 0xFF) == OpcodeNumbers.LOAD_FAST && fast[next >>> 8] != null) {
                            stack[sp++] = fast[next >>> 8];
                            pc++;
                        }
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
                    case OpcodeNumbers.LOAD_CLASSDEREF -> {
                        f.lasti = pc - 1;
                        stack[sp++] = Instructions.loadClassDeref(f, arg);
                    }
                    case OpcodeNumbers.LOAD_NAME -> {
                        f.lasti = pc - 1;
                        stack[sp++] = Instructions.loadName(f, code.names[arg]);
                    }
                    case OpcodeNumbers.STORE_NAME -> {
                        f.lasti = pc - 1;
                        Instructions.storeName(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_NAME -> {
                        f.lasti = pc - 1;
                        Instructions.deleteName(f, code.names[arg]);
                    }
                    case OpcodeNumbers.LOAD_GLOBAL -> stack[sp++] = Instructions.loadGlobal(f, code, pc - 1, arg);
                    case OpcodeNumbers.STORE_GLOBAL -> {
                        f.lasti = pc - 1;
                        Instructions.storeGlobal(f, code.names[arg], stack[--sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.DELETE_GLOBAL -> {
                        f.lasti = pc - 1;
                        Instructions.deleteGlobal(f, code.names[arg]);
                    }
                    case OpcodeNumbers.LOAD_ATTR -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = AttributeCache.load(code, pc - 1, stack[sp - 1], code.names[arg]);
                    }
                    case OpcodeNumbers.STORE_ATTR -> {
                        f.lasti = pc - 1;
                        AttributeCache.store(code, pc - 1, stack[sp - 1], code.names[arg], stack[sp - 2]);
                        stack[--sp] = null;
                        stack[--sp] = null;
                    }
                    case OpcodeNumbers.DELETE_ATTR -> {
                        f.lasti = pc - 1;
                        Ops.setAttr(stack[sp - 1], code.names[arg], null);
                        stack[--sp] = null;
                    }
                    case OpcodeNumbers.LOAD_METHOD -> {
                        f.lasti = pc - 1;
                        AttributeCache.loadMethod(code, pc - 1, stack, sp - 1, code.names[arg]);
                        sp++;
                    }
                    case OpcodeNumbers.BINARY_SUBSCR -> {
                        sp--;
                        stack[sp - 1] = Instructions.getItem(f, pc, stack[sp - 1], stack[sp]);
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.STORE_SUBSCR -> {
                        Instructions.setItem(f, pc, stack[sp - 2], stack[sp - 1], stack[sp - 3]);
                        sp = Instructions.clear(stack, sp, 3);
                    }
                    case OpcodeNumbers.DELETE_SUBSCR -> {
                        f.lasti = pc - 1;
                        Ops.delItem(stack[sp - 2], stack[sp - 1]);
                        sp = Instructions.clear(stack, sp, 2);
                    }
                    case OpcodeNumbers.BINARY_OP -> {
                        Object v = Instructions.binaryOp(f, pc, arg, stack[sp - 2], stack[sp - 1]);
                        stack[--sp] = null;
                        final int next = insns[pc];
                        if ((next & 0xFF) == OpcodeNumbers.STORE_FAST) {
                            // the store of the result (x = a + b, x += 1) without another dispatch
                            fast[next >>> 8] = v;
                            stack[--sp] = null;
                            pc++;
                        } else {
                            stack[sp - 1] = v;
                        }
                    }
                    case OpcodeNumbers.COMPARE_OP -> {
                        Object v = Instructions.compare(f, pc, stack[sp - 2], stack[sp - 1], arg);
                        stack[--sp] = null;
                        final int next = insns[pc];
                        if ((next & 0xFF) == OpcodeNumbers.POP_JUMP_IF_FALSE && v instanceof Boolean b) {
                            // the conditional jump that follows most comparisons, without another dispatch
                            stack[--sp] = null;
                            pc = b ? pc + 1 : next >>> 8;
                        } else {
                            stack[sp - 1] = v;
                        }
                    }
                    case OpcodeNumbers.IS_OP -> {
                        sp--;
                        stack[sp - 1] = Py.bool((stack[sp - 1] == stack[sp] || Instructions.sameValue(stack[sp - 1], stack[sp])) != (arg == 1));
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.CONTAINS_OP -> {
                        f.lasti = pc - 1;
                        sp--;
                        stack[sp - 1] = Py.bool(Ops.contains(stack[sp], stack[sp - 1]) != (arg == 1));
                        stack[sp] = null;
                    }
                    case OpcodeNumbers.UNARY_NEGATIVE -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Arithmetic.negative(stack[sp - 1]);
                    }
                    case OpcodeNumbers.UNARY_POSITIVE -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Arithmetic.positive(stack[sp - 1]);
                    }
                    case OpcodeNumbers.UNARY_INVERT -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Arithmetic.invert(stack[sp - 1]);
                    }
                    case OpcodeNumbers.UNARY_NOT -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Py.bool(!Ops.isTrue(stack[sp - 1]));
                    }
                    case OpcodeNumbers.JUMP_FORWARD -> pc = arg;
                    case OpcodeNumbers.JUMP_BACKWARD -> {
                        if (SignalModule.pending) {
                            f.lasti = pc - 1;
                            SignalModule.runPending();
                        }
                        pc = arg;
                    }
                    case OpcodeNumbers.POP_JUMP_IF_FALSE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.FALSE || v != Boolean.TRUE && !Instructions.isTrue(f, pc, v)) {
                            pc = arg;
                        }
                    }
                    case OpcodeNumbers.POP_JUMP_IF_TRUE -> {
                        Object v = stack[--sp];
                        stack[sp] = null;
                        if (v == Boolean.TRUE || v != Boolean.FALSE && Instructions.isTrue(f, pc, v)) {
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
                        f.lasti = pc - 1;
                        if (!Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case OpcodeNumbers.JUMP_IF_TRUE_OR_POP -> {
                        f.lasti = pc - 1;
                        if (Ops.isTrue(stack[sp - 1])) {
                            pc = arg;
                        } else {
                            stack[--sp] = null;
                        }
                    }
                    case OpcodeNumbers.GET_ITER -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Ops.iter(stack[sp - 1]);
                    }
                    case OpcodeNumbers.FOR_ITER -> {
                        Object v = Instructions.forIterNext(f, pc, stack[sp - 1]);
                        final int next = insns[pc];
                        if (v == null) {
                            stack[--sp] = null;
                            pc = arg;
                        } else if ((next & 0xFF) == OpcodeNumbers.STORE_FAST) {
                            // the loop variable's store, without another dispatch
                            fast[next >>> 8] = v;
                            pc++;
                        } else {
                            stack[sp++] = v;
                        }
                    }
                    case OpcodeNumbers.GET_YIELD_FROM_ITER -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Generators.yieldFromIter(code, stack[sp - 1]);
                    }
                    case OpcodeNumbers.BUILD_TUPLE -> sp = Instructions.buildTuple(stack, sp, arg);
                    case OpcodeNumbers.BUILD_LIST -> sp = Instructions.buildList(stack, sp, arg);
                    case OpcodeNumbers.BUILD_SET -> {
                        f.lasti = pc - 1;
                        sp = Instructions.buildSet(stack, sp, arg);
                    }
                    case OpcodeNumbers.BUILD_MAP -> {
                        f.lasti = pc - 1;
                        sp = Instructions.buildMap(stack, sp, arg);
                    }
                    case OpcodeNumbers.BUILD_CONST_KEY_MAP -> {
                        f.lasti = pc - 1;
                        sp = Instructions.buildConstKeyMap(stack, sp, arg);
                    }
                    case OpcodeNumbers.BUILD_STRING -> {
                        f.lasti = pc - 1;
                        sp = Instructions.buildString(stack, sp, arg);
                    }
                    case OpcodeNumbers.BUILD_SLICE -> sp = Instructions.buildSlice(stack, sp, arg);
                    case OpcodeNumbers.LIST_TO_TUPLE -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Instructions.listToTuple(stack[sp - 1]);
                    }
                    case OpcodeNumbers.LIST_APPEND, OpcodeNumbers.SET_ADD, OpcodeNumbers.LIST_EXTEND, OpcodeNumbers.SET_UPDATE, OpcodeNumbers.DICT_UPDATE, OpcodeNumbers.DICT_MERGE ->
                        sp = Instructions.addToCollection(OPS[insn & 0xFF], stack, sp, arg);
                    case OpcodeNumbers.MAP_ADD -> {
                        f.lasti = pc - 1;
                        sp = Instructions.mapAdd(stack, sp, arg);
                    }
                    case OpcodeNumbers.UNPACK_SEQUENCE -> sp = Instructions.unpackSequence(f, pc, stack, sp, arg);
                    case OpcodeNumbers.UNPACK_EX -> {
                        f.lasti = pc - 1;
                        sp = Instructions.unpackEx(stack, sp, arg);
                    }
                    case OpcodeNumbers.FORMAT_VALUE -> {
                        f.lasti = pc - 1;
                        sp = Instructions.formatValue(stack, sp, arg);
                    }
                    case OpcodeNumbers.CALL -> {
                        f.lasti = pc - 1;
                        sp = Calls.call(stack, sp, arg);
                    }
                    case OpcodeNumbers.CALL_KW -> {
                        f.lasti = pc - 1;
                        sp = Calls.callKw(stack, sp, arg);
                    }
                    case OpcodeNumbers.CALL_METHOD -> {
                        f.lasti = pc - 1;
                        sp = Calls.callMethod(stack, sp, arg);
                    }
                    case OpcodeNumbers.CALL_METHOD_KW -> {
                        f.lasti = pc - 1;
                        sp = Calls.callMethodKw(stack, sp, arg);
                    }
                    case OpcodeNumbers.CALL_FUNCTION_EX -> {
                        f.lasti = pc - 1;
                        sp = Calls.callFunctionEx(stack, sp, arg);
                    }
                    case OpcodeNumbers.MAKE_FUNCTION -> {
                        f.lasti = pc - 1;
                        sp = Calls.makeFunction(f, stack, sp, arg);
                    }
                    case OpcodeNumbers.LOAD_BUILD_CLASS -> {
                        f.lasti = pc - 1;
                        stack[sp++] = Instructions.loadBuiltin(f, "__build_class__");
                    }
                    case OpcodeNumbers.RETURN_VALUE -> {
                        f.lasti = pc - 1;
                        f.yielded = false;
                        f.sp = sp - 1;
                        return stack[sp - 1];
                    }
                    case OpcodeNumbers.YIELD_VALUE -> {
                        f.lasti = pc - 1;
                        Object v = stack[--sp];
                        stack[sp] = null;
                        f.sp = sp;
                        f.pc = pc;
                        f.yielded = true;
                        return v;
                    }
                    case OpcodeNumbers.SEND -> {
                        f.lasti = pc - 1;
                        pc = Generators.send(f, stack, sp, pc, arg);
                        sp = f.sp;
                    }
                    case OpcodeNumbers.GET_AWAITABLE -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Generators.getAwaitable(stack[sp - 1], arg);
                    }
                    case OpcodeNumbers.GET_AITER -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Generators.getAIter(stack[sp - 1]);
                    }
                    case OpcodeNumbers.GET_ANEXT -> {
                        f.lasti = pc - 1;
                        Object v = Generators.getANext(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.END_ASYNC_FOR -> {
                        f.lasti = pc - 1;
                        sp = Unwinding.endAsyncFor(stack, sp);
                    }
                    case OpcodeNumbers.ASYNC_GEN_WRAP -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = new Generators.AsyncGenWrapped(stack[sp - 1]);
                    }
                    case OpcodeNumbers.BEFORE_WITH -> {
                        f.lasti = pc - 1;
                        sp = Instructions.beforeWith(stack, sp, false);
                    }
                    case OpcodeNumbers.BEFORE_ASYNC_WITH -> {
                        f.lasti = pc - 1;
                        sp = Instructions.beforeWith(stack, sp, true);
                    }
                    case OpcodeNumbers.WITH_EXCEPT_START -> {
                        f.lasti = pc - 1;
                        Object v = Unwinding.withExceptStart(stack, sp);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.PUSH_EXC_INFO -> {
                        f.lasti = pc - 1;
                        sp = Unwinding.pushExcInfo(ts, stack, sp);
                    }
                    case OpcodeNumbers.POP_EXCEPT -> {
                        f.lasti = pc - 1;
                        sp = Unwinding.popExcept(ts, stack, sp);
                    }
                    case OpcodeNumbers.CHECK_EXC_MATCH -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Unwinding.checkExcMatch(stack[sp - 2], stack[sp - 1]);
                    }
                    case OpcodeNumbers.CHECK_EG_MATCH -> {
                        f.lasti = pc - 1;
                        Unwinding.checkEgMatch(stack, sp);
                    }
                    case OpcodeNumbers.PREP_RERAISE_STAR -> {
                        f.lasti = pc - 1;
                        sp = Unwinding.prepReraiseStar(stack, sp);
                    }
                    case OpcodeNumbers.RERAISE -> throw Unwinding.reraise(f, stack, sp, arg);
                    case OpcodeNumbers.RAISE_VARARGS -> throw Unwinding.raise(ts, stack, sp, arg);
                    case OpcodeNumbers.LOAD_ASSERTION_ERROR -> stack[sp++] = taipan.runtime.Exceptions.ASSERTION_ERROR;
                    case OpcodeNumbers.IMPORT_NAME -> {
                        f.lasti = pc - 1;
                        sp = Imports.importName(f, stack, sp, code.names[arg]);
                    }
                    case OpcodeNumbers.IMPORT_FROM -> {
                        f.lasti = pc - 1;
                        Object v = Imports.importFrom(stack[sp - 1], code.names[arg]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.IMPORT_STAR -> {
                        f.lasti = pc - 1;
                        sp = Imports.importStar(f, stack, sp);
                    }
                    case OpcodeNumbers.SETUP_ANNOTATIONS -> {
                        f.lasti = pc - 1;
                        Instructions.setupAnnotations(f);
                    }
                    case OpcodeNumbers.PRINT_EXPR -> {
                        f.lasti = pc - 1;
                        sp = Instructions.printExpr(stack, sp);
                    }
                    case OpcodeNumbers.GET_LEN -> {
                        f.lasti = pc - 1;
                        Object v = (long) Ops.len(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_MAPPING -> {
                        f.lasti = pc - 1;
                        Object v = Matching.isMapping(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_SEQUENCE -> {
                        f.lasti = pc - 1;
                        Object v = Matching.isSequence(stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_KEYS -> {
                        f.lasti = pc - 1;
                        Object v = Matching.matchKeys(stack[sp - 2], stack[sp - 1]);
                        stack[sp++] = v;
                    }
                    case OpcodeNumbers.MATCH_CLASS -> {
                        f.lasti = pc - 1;
                        sp = Matching.matchClass(stack, sp, arg);
                    }
                    case OpcodeNumbers.COPY_DICT_WITHOUT_KEYS -> {
                        f.lasti = pc - 1;
                        stack[sp - 1] = Matching.copyDictWithoutKeys(stack[sp - 2], stack[sp - 1]);
                    }
                    default -> throw new IllegalStateException("unknown opcode " + insn);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                f.lasti = pc - 1;
                pc = Unwinding.handle(f, ts, e, sp);
                sp = f.sp;
            }
        }
    }
}
