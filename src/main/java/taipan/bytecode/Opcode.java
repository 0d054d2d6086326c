package taipan.bytecode;

/**
 * Taipan's instruction set: the single definition of every opcode, its
 * operand and its effect on the value stack.
 *
 * <p>An instruction is one {@code int}: the opcode's ordinal in the low 8 bits
 * and the operand in the upper 24 ({@link #encode}). Jump operands are
 * absolute instruction indexes. Stack pictures read bottom → top; "NULL" is
 * Java null on the stack. Names index {@code CodeObject.names}, constants
 * {@code consts}, locals {@code varnames}; cell operands index the cell-and-free
 * area ({@code cellvars} then {@code freevars}).
 *
 * <p>Exceptions: an instruction that raises looks up the exception table
 * ({@code CodeObject.exceptionTable}); a covering entry truncates the stack to
 * its depth, pushes the instruction index when its lasti flag is set, pushes
 * the exception, and jumps to its handler. Without one the frame unwinds.
 */
public enum Opcode {
    /** Does nothing. */
    NOP(Operand.NONE, 0),
    /** [x] → []. */
    POP_TOP(Operand.NONE, -1),
    /** [.., x_n, .., x_1] → [.., x_n, .., x_1, x_n]: pushes a copy of the n-th item from the top (n ≥ 1). */
    COPY(Operand.COUNT, 1),
    /** Swaps the top with the n-th item from the top (n ≥ 2). */
    SWAP(Operand.COUNT, 0),
    /** [] → [consts[i]]. */
    LOAD_CONST(Operand.CONST, 1),
    /** [] → [local i]; UnboundLocalError when it has no value. */
    LOAD_FAST(Operand.LOCAL, 1),
    /** [x] → [], local i = x. */
    STORE_FAST(Operand.LOCAL, -1),
    /** Unbinds local i; UnboundLocalError when it has no value. */
    DELETE_FAST(Operand.LOCAL, 0),
    /** [] → [contents of cell i]; NameError/UnboundLocalError-style message when empty. */
    LOAD_DEREF(Operand.CELL, 1),
    /** [x] → [], cell i = x. */
    STORE_DEREF(Operand.CELL, -1),
    /** Empties cell i; error when already empty. */
    DELETE_DEREF(Operand.CELL, 0),
    /** [] → [cell i itself] (to build a closure tuple). */
    LOAD_CLOSURE(Operand.CELL, 1),
    /** Class bodies: [] → [value]: the class namespace's entry for the cell's name, else the cell's contents. */
    LOAD_CLASSDEREF(Operand.CELL, 1),
    /** [] → [value of names[i]]: looked up in locals mapping, then globals, then builtins; NameError. */
    LOAD_NAME(Operand.NAME, 1),
    /** [x] → [], locals mapping[names[i]] = x. */
    STORE_NAME(Operand.NAME, -1),
    /** Deletes names[i] from the locals mapping; NameError when absent. */
    DELETE_NAME(Operand.NAME, 0),
    /** [] → [value]: globals, then builtins; NameError. */
    LOAD_GLOBAL(Operand.NAME, 1),
    /** [x] → [], globals[names[i]] = x. */
    STORE_GLOBAL(Operand.NAME, -1),
    /** Deletes names[i] from globals; NameError when absent. */
    DELETE_GLOBAL(Operand.NAME, 0),
    /** [obj] → [obj.names[i]]. */
    LOAD_ATTR(Operand.NAME, 0),
    /** [value, obj] → [], obj.names[i] = value. */
    STORE_ATTR(Operand.NAME, -2),
    /** [obj] → [], del obj.names[i]. */
    DELETE_ATTR(Operand.NAME, -1),
    /**
     * [obj] → [meth, obj] when names[i] is a plain method found on the type
     * (call it with obj as first argument), else [attr, NULL].
     */
    LOAD_METHOD(Operand.NAME, 1),
    /** [container, key] → [container[key]]. */
    BINARY_SUBSCR(Operand.NONE, -1),
    /** [value, container, key] → [], container[key] = value. */
    STORE_SUBSCR(Operand.NONE, -3),
    /** [container, key] → [], del container[key]. */
    DELETE_SUBSCR(Operand.NONE, -2),
    /** [a, b] → [a op b]; the operand is a {@code taipan.runtime.BinaryOp} ordinal (in-place forms included). */
    BINARY_OP(Operand.BINARY_OP, -1),
    /** [a, b] → [a cmp b]; operand: 0 &lt;, 1 &lt;=, 2 ==, 3 !=, 4 &gt;, 5 &gt;= ({@code taipan.runtime.CompareOp} ordinal). */
    COMPARE_OP(Operand.COMPARE_OP, -1),
    /** [a, b] → [a is b] (operand 0) or [a is not b] (operand 1). */
    IS_OP(Operand.FLAG, -1),
    /** [a, b] → [a in b] (operand 0) or [a not in b] (operand 1). */
    CONTAINS_OP(Operand.FLAG, -1),
    /** [x] → [-x]. */
    UNARY_NEGATIVE(Operand.NONE, 0),
    /** [x] → [+x]. */
    UNARY_POSITIVE(Operand.NONE, 0),
    /** [x] → [~x]. */
    UNARY_INVERT(Operand.NONE, 0),
    /** [x] → [not x]. */
    UNARY_NOT(Operand.NONE, 0),
    /** Jumps forward to the target. */
    JUMP_FORWARD(Operand.JUMP, 0),
    /** Jumps backward to the target: a loop back-edge (the interpreter counts these for the JIT). */
    JUMP_BACKWARD(Operand.JUMP, 0),
    /** [x] → []; jumps when x is false. */
    POP_JUMP_IF_FALSE(Operand.JUMP, -1),
    /** [x] → []; jumps when x is true. */
    POP_JUMP_IF_TRUE(Operand.JUMP, -1),
    /** [x] → []; jumps when x is None. */
    POP_JUMP_IF_NONE(Operand.JUMP, -1),
    /** [x] → []; jumps when x is not None. */
    POP_JUMP_IF_NOT_NONE(Operand.JUMP, -1),
    /** [x] → [x] and jumps when x is false, else [x] → []. */
    JUMP_IF_FALSE_OR_POP(Operand.JUMP, -1),
    /** [x] → [x] and jumps when x is true, else [x] → []. */
    JUMP_IF_TRUE_OR_POP(Operand.JUMP, -1),
    /** [x] → [iter(x)]. */
    GET_ITER(Operand.NONE, 0),
    /** [it] → [it, next(it)]; when exhausted: [it] → [] and jumps to the target. */
    FOR_ITER(Operand.JUMP, 1),
    /** [x] → [iterator for yield from]: x itself when it is a generator or a coroutine (inside one), else iter(x). */
    GET_YIELD_FROM_ITER(Operand.NONE, 0),
    /** [x1..xn] → [(x1, .., xn)]. */
    BUILD_TUPLE(Operand.COUNT, Integer.MIN_VALUE),
    /** [x1..xn] → [[x1, .., xn]]. */
    BUILD_LIST(Operand.COUNT, Integer.MIN_VALUE),
    /** [x1..xn] → [{x1, .., xn}]. */
    BUILD_SET(Operand.COUNT, Integer.MIN_VALUE),
    /** [k1, v1, .., kn, vn] → [{k1: v1, ..}]. */
    BUILD_MAP(Operand.COUNT, Integer.MIN_VALUE),
    /** [v1..vn, keys-tuple] → [dict(zip(keys, values))]. */
    BUILD_CONST_KEY_MAP(Operand.COUNT, Integer.MIN_VALUE),
    /** [s1..sn] → [s1 + .. + sn] (str pieces of an f-string). */
    BUILD_STRING(Operand.COUNT, Integer.MIN_VALUE),
    /** [start, stop] → [slice] (operand 2) or [start, stop, step] → [slice] (operand 3). */
    BUILD_SLICE(Operand.COUNT, Integer.MIN_VALUE),
    /** [list] → [tuple(list)]. */
    LIST_TO_TUPLE(Operand.NONE, 0),
    /** [.., list, .. (n-1 items), x] → [.., list, ..]: list.append(x), the list n items below x's position. */
    LIST_APPEND(Operand.COUNT, -1),
    /** As LIST_APPEND for set.add. */
    SET_ADD(Operand.COUNT, -1),
    /** [.., dict, .., key, value] → [.., dict, ..]: dict[key] = value, the dict n items below key. */
    MAP_ADD(Operand.COUNT, -2),
    /** [.., list, .., iterable] → [.., list, ..]: list.extend(iterable). */
    LIST_EXTEND(Operand.COUNT, -1),
    /** [.., set, .., iterable] → [.., set, ..]: set.update(iterable). */
    SET_UPDATE(Operand.COUNT, -1),
    /** [.., dict, .., mapping] → [.., dict, ..]: dict.update(mapping) ({**a, **b}). */
    DICT_UPDATE(Operand.COUNT, -1),
    /** As DICT_UPDATE for call keywords (f(**a, **b)): duplicate keys and non-str keys are TypeErrors. */
    DICT_MERGE(Operand.COUNT, -1),
    /** [seq] → [x_n, .., x_1] (x_1 on top): unpacks exactly n items. */
    UNPACK_SEQUENCE(Operand.COUNT, Integer.MIN_VALUE),
    /** [seq] → [after.., list, before..] (first item on top): starred unpacking; operand = before | after << 8. */
    UNPACK_EX(Operand.UNPACK_EX, Integer.MIN_VALUE),
    /**
     * [value, spec?] → [formatted str]; operand bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii);
     * bit 2: a format spec is on the stack above the value.
     */
    FORMAT_VALUE(Operand.FORMAT, Integer.MIN_VALUE),
    /** [callable, a1..an] → [result]: positional call. */
    CALL(Operand.COUNT, Integer.MIN_VALUE),
    /** [callable, a1..an, kwnames-tuple] → [result]: the last len(kwnames) of the n arguments are keywords. */
    CALL_KW(Operand.COUNT, Integer.MIN_VALUE),
    /** [meth, self-or-NULL, a1..an] → [result]: after LOAD_METHOD; self is the first argument unless NULL. */
    CALL_METHOD(Operand.COUNT, Integer.MIN_VALUE),
    /** [meth, self-or-NULL, a1..an, kwnames-tuple] → [result]: CALL_METHOD with keywords as in CALL_KW. */
    CALL_METHOD_KW(Operand.COUNT, Integer.MIN_VALUE),
    /** [callable, args-tuple, kwargs-dict?] → [result]; operand 1: a kwargs dict is present. */
    CALL_FUNCTION_EX(Operand.FLAG, Integer.MIN_VALUE),
    /**
     * [defaults?, kwdefaults?, annotations?, closure?, code] → [function]; operand flags:
     * 1 defaults tuple, 2 keyword-only defaults dict, 4 annotations dict, 8 closure tuple of cells.
     */
    MAKE_FUNCTION(Operand.MAKE_FUNCTION, Integer.MIN_VALUE),
    /** [] → [builtins.__build_class__]. */
    LOAD_BUILD_CLASS(Operand.NONE, 1),
    /** [x] → []: returns x from the frame (a generator's return raises StopIteration(x)). */
    RETURN_VALUE(Operand.NONE, -1),
    /**
     * [x] → [sent]: suspends a generator/coroutine producing x; resumes with the sent value pushed
     * (or the thrown exception raised here). Operand 1 marks the yield inside a SEND loop
     * (yield from / await), where throw() and close() are first passed to the delegate on the stack below.
     */
    YIELD_VALUE(Operand.FLAG, 0),
    /**
     * [receiver, v] → [receiver, r] where r = receiver.send(v) (next() when v is None and the receiver
     * is not a generator/coroutine); when the receiver returns: [receiver, v] → [return value] and jumps.
     */
    SEND(Operand.JUMP, 0),
    /** [x] → [awaitable iterator of x]; operand: 0 await, 1 after __aenter__, 2 after __aexit__ (for messages). */
    GET_AWAITABLE(Operand.COUNT, 0),
    /** [x] → [x.__aiter__()]. */
    GET_AITER(Operand.NONE, 0),
    /** [aiter] → [aiter, awaitable of aiter.__anext__()]. */
    GET_ANEXT(Operand.NONE, 1),
    /** [aiter, exc] → []: ends an async for when exc is StopAsyncIteration, else re-raises exc. */
    END_ASYNC_FOR(Operand.NONE, -2),
    /** [x] → [wrapped x]: marks a value yielded by an async generator. */
    ASYNC_GEN_WRAP(Operand.NONE, 0),
    /** [mgr] → [bound __exit__, mgr.__enter__()]. */
    BEFORE_WITH(Operand.NONE, 1),
    /** [mgr] → [bound __aexit__, mgr.__aenter__()] (the latter then awaited). */
    BEFORE_ASYNC_WITH(Operand.NONE, 1),
    /** [exit, lasti, prev-exc, exc] → [exit, lasti, prev-exc, exc, exit(type(exc), exc, exc.__traceback__)]. */
    WITH_EXCEPT_START(Operand.NONE, 1),
    /** [exc] → [previously handled exception or None, exc]; exc becomes the handled exception (sys.exc_info). */
    PUSH_EXC_INFO(Operand.NONE, 1),
    /** [prev-exc] → []: restores the previously handled exception. */
    POP_EXCEPT(Operand.NONE, -1),
    /** [exc, type] → [exc, isinstance-match(exc, type)]; TypeError when type is not an exception class (or tuple). */
    CHECK_EXC_MATCH(Operand.NONE, 0),
    /** [exc-group, type] → [rest, match]: except* splitting; match is None when nothing matched. */
    CHECK_EG_MATCH(Operand.NONE, 0),
    /** [orig, list of raised/unhandled] → [exception to raise, or None]: finishes a try/except* statement. */
    PREP_RERAISE_STAR(Operand.NONE, -1),
    /** [lasti?, exc] → raises exc again, keeping its traceback; operand 1: a lasti is below exc (frame's lasti is set from it). */
    RERAISE(Operand.FLAG, Integer.MIN_VALUE),
    /** raise (operand 0), raise exc (1: [exc]), raise exc from cause (2: [exc, cause]). */
    RAISE_VARARGS(Operand.COUNT, Integer.MIN_VALUE),
    /** [] → [AssertionError]. */
    LOAD_ASSERTION_ERROR(Operand.NONE, 1),
    /** [level, fromlist] → [module]: __import__(names[i], globals, locals, fromlist, level). */
    IMPORT_NAME(Operand.NAME, -1),
    /** [module] → [module, module.names[i]] (ImportError "cannot import name" when missing). */
    IMPORT_FROM(Operand.NAME, 1),
    /** [module] → []: from module import * into the locals mapping. */
    IMPORT_STAR(Operand.NONE, -1),
    /** Creates __annotations__ in the locals mapping when absent. */
    SETUP_ANNOTATIONS(Operand.NONE, 0),
    /** [x] → []: the interactive prompt's echo (sys.displayhook(x)). */
    PRINT_EXPR(Operand.NONE, -1),
    /** [x] → [x, len(x)]. */
    GET_LEN(Operand.NONE, 1),
    /** [subject] → [subject, is it a mapping for match]. */
    MATCH_MAPPING(Operand.NONE, 1),
    /** [subject] → [subject, is it a sequence for match]. */
    MATCH_SEQUENCE(Operand.NONE, 1),
    /** [subject, keys-tuple] → [subject, keys-tuple, values-tuple or None when a key is missing]. */
    MATCH_KEYS(Operand.NONE, 1),
    /**
     * [subject, cls, kw-names-tuple] → [attributes-tuple or None]: class pattern with n positional
     * sub-patterns (operand n), via __match_args__; TypeErrors as CPython.
     */
    MATCH_CLASS(Operand.COUNT, -2),
    /** [subject, keys-tuple] → [subject, dict of subject's remaining items] (for **rest). */
    COPY_DICT_WITHOUT_KEYS(Operand.NONE, 0);

    /** What an operand means, for the disassembler. */
    public enum Operand { NONE, CONST, LOCAL, CELL, NAME, JUMP, COUNT, FLAG, BINARY_OP, COMPARE_OP, UNPACK_EX, FORMAT, MAKE_FUNCTION }

    private static final Opcode[] VALUES = values();

    /** How operands are read. */
    public final Operand operand;
    private final int fixedEffect;

    Opcode(Operand operand, int fixedEffect) {
        this.operand = operand;
        this.fixedEffect = fixedEffect;
    }

    /** The opcode of an encoded instruction. */
    public static Opcode of(int instruction) {
        return VALUES[instruction & 0xFF];
    }

    /** The operand of an encoded instruction. */
    public static int arg(int instruction) {
        return instruction >>> 8;
    }

    /** Encodes this opcode with operand {@code arg} (0 ≤ arg < 2**24). */
    public int encode(int arg) {
        if (arg < 0 || arg >= 1 << 24) {
            throw new IllegalArgumentException(this + " operand out of range: " + arg);
        }
        return ordinal() | arg << 8;
    }

    /** Whether the operand is a jump target. */
    public boolean isJump() {
        return operand == Operand.JUMP;
    }

    /**
     * The change in stack depth when this instruction runs with operand {@code arg};
     * {@code jumping} selects the effect on the branch that jumps (for FOR_ITER, SEND,
     * JUMP_IF_*_OR_POP).
     */
    public int stackEffect(int arg, boolean jumping) {
        switch (this) {
            case FOR_ITER: return jumping ? -1 : 1;
            case SEND: return jumping ? -1 : 0;
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP: return jumping ? 0 : -1;
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP: return -arg;
            case BUILD_SLICE: return 1 - arg;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case CALL: return -arg;
            case CALL_KW: return -arg - 1;
            case CALL_METHOD: return -arg - 1;
            case CALL_METHOD_KW: return -arg - 2;
            case CALL_FUNCTION_EX: return (arg & 1) != 0 ? -2 : -1;
            case MAKE_FUNCTION: return -Integer.bitCount(arg & 15);
            case RERAISE: return arg != 0 ? -2 : -1;
            case RAISE_VARARGS: return -arg;
            default: return fixedEffect;
        }
    }
}
