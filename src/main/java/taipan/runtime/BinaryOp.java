package taipan.runtime;

/**
 * The binary operators, plain and in-place, with their special-method names
 * and the symbol CPython puts in "unsupported operand type(s)" messages.
 * An in-place member tries {@link #inplaceMethod} first, then behaves as
 * {@link #plain}.
 */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), AND("&", "and"), XOR("^", "xor"), OR("|", "or"),
    IADD("+=", ADD), ISUB("-=", SUB), IMUL("*=", MUL), IMATMUL("@=", MATMUL), ITRUEDIV("/=", TRUEDIV),
    IFLOORDIV("//=", FLOORDIV), IMOD("%=", MOD), IPOW("**=", POW), ILSHIFT("<<=", LSHIFT),
    IRSHIFT(">>=", RSHIFT), IAND("&=", AND), IXOR("^=", XOR), IOR("|=", OR);

    private static final BinaryOp[] VALUES = values();

    /** The operator as written ("+", "+="). */
    public final String symbol;
    /** {@code __add__} */
    public final String method;
    /** {@code __radd__} */
    public final String reflectedMethod;
    /** {@code __iadd__} for in-place members, null for plain ones. */
    public final String inplaceMethod;
    /** The plain operator (itself for plain members). */
    public final BinaryOp plain;
    /** {@link #method}, {@link #reflectedMethod}, {@link #inplaceMethod} as slot names. */
    public final SlotName methodSlot;
    public final SlotName reflectedSlot;
    public final SlotName inplaceSlot;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.method = "__" + stem + "__";
        this.reflectedMethod = "__r" + stem + "__";
        this.inplaceMethod = null;
        this.plain = this;
        this.methodSlot = SlotName.of(method);
        this.reflectedSlot = SlotName.of(reflectedMethod);
        this.inplaceSlot = null;
    }

    BinaryOp(String symbol, BinaryOp plain) {
        this.symbol = symbol;
        this.method = plain.method;
        this.reflectedMethod = plain.reflectedMethod;
        this.inplaceMethod = "__i" + plain.method.substring(2);
        this.plain = plain;
        this.methodSlot = plain.methodSlot;
        this.reflectedSlot = plain.reflectedSlot;
        this.inplaceSlot = SlotName.of(inplaceMethod);
    }

    public boolean isInplace() {
        return inplaceMethod != null;
    }

    /** The in-place member of a plain operator. */
    public BinaryOp inplace() {
        return isInplace() ? this : VALUES[ordinal() + 13];
    }

    public static BinaryOp of(int ordinal) {
        return VALUES[ordinal];
    }
}
