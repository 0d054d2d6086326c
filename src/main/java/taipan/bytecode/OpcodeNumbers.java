package taipan.bytecode;

/**
 * The ordinal of every {@link Opcode} as a compile-time constant, so the
 * interpreter's dispatch can switch on the instruction's low byte directly
 * (a plain tableswitch, no enum indirection). {@code OpcodeNumbersTest} checks
 * that each constant equals its opcode's ordinal; regenerate with
 * {@code tools/gen_opcode_numbers.py} after changing {@link Opcode}.
 */
public final class OpcodeNumbers {
    private OpcodeNumbers() {}

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int COPY = 2;
    public static final int SWAP = 3;
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int DELETE_DEREF = 10;
    public static final int LOAD_CLOSURE = 11;
    public static final int LOAD_CLASSDEREF = 12;
    public static final int LOAD_NAME = 13;
    public static final int STORE_NAME = 14;
    public static final int DELETE_NAME = 15;
    public static final int LOAD_GLOBAL = 16;
    public static final int STORE_GLOBAL = 17;
    public static final int DELETE_GLOBAL = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    public static final int LOAD_METHOD = 22;
    public static final int BINARY_SUBSCR = 23;
    public static final int STORE_SUBSCR = 24;
    public static final int DELETE_SUBSCR = 25;
    public static final int BINARY_OP = 26;
    public static final int COMPARE_OP = 27;
    public static final int IS_OP = 28;
    public static final int CONTAINS_OP = 29;
    public static final int UNARY_NEGATIVE = 30;
    public static final int UNARY_POSITIVE = 31;
    public static final int UNARY_INVERT = 32;
    public static final int UNARY_NOT = 33;
    public static final int JUMP_FORWARD = 34;
    public static final int JUMP_BACKWARD = 35;
    public static final int POP_JUMP_IF_FALSE = 36;
    public static final int POP_JUMP_IF_TRUE = 37;
    public static final int POP_JUMP_IF_NONE = 38;
    public static final int POP_JUMP_IF_NOT_NONE = 39;
    public static final int JUMP_IF_FALSE_OR_POP = 40;
    public static final int JUMP_IF_TRUE_OR_POP = 41;
    public static final int GET_ITER = 42;
    public static final int FOR_ITER = 43;
    public static final int GET_YIELD_FROM_ITER = 44;
    public static final int BUILD_TUPLE = 45;
    public static final int BUILD_LIST = 46;
    public static final int BUILD_SET = 47;
    public static final int BUILD_MAP = 48;
    public static final int BUILD_CONST_KEY_MAP = 49;
    public static final int BUILD_STRING = 50;
    public static final int BUILD_SLICE = 51;
    public static final int LIST_TO_TUPLE = 52;
    public static final int LIST_APPEND = 53;
    public static final int SET_ADD = 54;
    public static final int MAP_ADD = 55;
    public static final int LIST_EXTEND = 56;
    public static final int SET_UPDATE = 57;
    public static final int DICT_UPDATE = 58;
    public static final int DICT_MERGE = 59;
    public static final int UNPACK_SEQUENCE = 60;
    public static final int UNPACK_EX = 61;
    public static final int FORMAT_VALUE = 62;
    public static final int CALL = 63;
    public static final int CALL_KW = 64;
    public static final int CALL_METHOD = 65;
    public static final int CALL_METHOD_KW = 66;
    public static final int CALL_FUNCTION_EX = 67;
    public static final int MAKE_FUNCTION = 68;
    public static final int LOAD_BUILD_CLASS = 69;
    public static final int RETURN_VALUE = 70;
    public static final int YIELD_VALUE = 71;
    public static final int SEND = 72;
    public static final int GET_AWAITABLE = 73;
    public static final int GET_AITER = 74;
    public static final int GET_ANEXT = 75;
    public static final int END_ASYNC_FOR = 76;
    public static final int ASYNC_GEN_WRAP = 77;
    public static final int BEFORE_WITH = 78;
    public static final int BEFORE_ASYNC_WITH = 79;
    public static final int WITH_EXCEPT_START = 80;
    public static final int PUSH_EXC_INFO = 81;
    public static final int POP_EXCEPT = 82;
    public static final int CHECK_EXC_MATCH = 83;
    public static final int CHECK_EG_MATCH = 84;
    public static final int PREP_RERAISE_STAR = 85;
    public static final int RERAISE = 86;
    public static final int RAISE_VARARGS = 87;
    public static final int LOAD_ASSERTION_ERROR = 88;
    public static final int IMPORT_NAME = 89;
    public static final int IMPORT_FROM = 90;
    public static final int IMPORT_STAR = 91;
    public static final int SETUP_ANNOTATIONS = 92;
    public static final int PRINT_EXPR = 93;
    public static final int GET_LEN = 94;
    public static final int MATCH_MAPPING = 95;
    public static final int MATCH_SEQUENCE = 96;
    public static final int MATCH_KEYS = 97;
    public static final int MATCH_CLASS = 98;
    public static final int COPY_DICT_WITHOUT_KEYS = 99;
}
